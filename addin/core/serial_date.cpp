#include "core/serial_date.hpp"

#include "core/error.hpp"

#include <boost/date_time/gregorian/formatters.hpp>

#include <cmath>

namespace relance {

Date earliestSupportedDate() { return Date(1583, 1, 1); }
Date latestSupportedDate() { return Date(9999, 12, 31); }

Date dateFromSerial(double serial, Date nullDate, const char* argument)
{
    if (!std::isfinite(serial))
        throw InvalidArgument(std::string(argument) + " is not a number");
    const double day = std::floor(serial);
    const double first = static_cast<double>((earliestSupportedDate() - nullDate).days());
    const double last = static_cast<double>((latestSupportedDate() - nullDate).days());
    if (day < first || day > last)
        throw InvalidArgument(std::string(argument) + " (" + std::to_string(serial) +
                              ") is not a date between 1583-01-01 and 9999-12-31");
    return nullDate + boost::gregorian::days(static_cast<long>(day));
}

double serialFromDate(Date date, Date nullDate)
{
    return static_cast<double>((date - nullDate).days());
}

std::string isoText(Date date) { return boost::gregorian::to_iso_extended_string(date); }

} // namespace relance
