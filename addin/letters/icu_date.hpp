#pragma once
// Internal to relance_letters (its .cpp files only): a calendar date as the
// UDate ICU's date formats take.
#include "core/serial_date.hpp"

#include <unicode/utypes.h>

namespace relance {

/// Noon of `date` in ICU's default time zone. ICU formats a UDate in that
/// zone; noon keeps the calendar day whatever the zone's offset (±12 h),
/// where midnight UTC would print the previous day west of Greenwich.
UDate icuDate(Date date);

} // namespace relance
