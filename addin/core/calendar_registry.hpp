#pragma once
// The calendars Relance knows, by code: what the Calendar argument of DUEDATE,
// PAYMENTPLAN, HOLIDAYS and ISBUSINESSDAY names.
#include "core/business_calendar.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The calendar with this code, compared without regard to ASCII case
/// ("de-by" is "DE-BY"). Throws InvalidArgument listing the valid codes for
/// any other text. The calendars are built on first use, once, thread-safely,
/// and live until the program ends.
const BusinessCalendar& calendarByCode(std::string_view code);

/// Every calendar code, in a fixed order: FR, FR-57, DE, the sixteen DE-xx,
/// GB-ENG, GB-SCT, BE, NL, ES, IT, LU, TARGET.
std::vector<std::string> calendarCodes();

} // namespace relance
