#pragma once
// Calc serial numbers <-> calendar dates. A serial counts days from the
// document's null date (1899-12-30, 1900-01-01 or 1904-01-01), never a constant.
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace relance {

using Date = boost::gregorian::date;

/// First and last day the core accepts. Calc switches to the Julian calendar
/// before 1582-10-15, so serials before 1583 would not mean what they say.
Date earliestSupportedDate();
Date latestSupportedDate();

/// The date of a serial. A time of day (the fraction) is dropped, so
/// =NOW() means today. Throws InvalidArgument (naming `argument`) for NaN,
/// infinities and dates outside the supported range.
Date dateFromSerial(double serial, Date nullDate, const char* argument = "date");

/// The serial of a date relative to the null date.
double serialFromDate(Date date, Date nullDate);

/// ISO 8601 text of a date, for messages.
std::string isoText(Date date);

} // namespace relance
