#include "core/month_steps.hpp"

#include "core/error.hpp"

#include <algorithm>

namespace relance {

Date monthsAfter(Date start, int months)
{
    if (start.is_special())
        throw InvalidArgument("a month step needs a date to start from");
    if (months < 0)
        throw InvalidArgument("a month step (" + std::to_string(months) + ") must not be negative");
    // Month index counted from year 0, in a long so that no int overflows.
    const long index = static_cast<long>(start.year()) * 12 + (start.month() - 1) + months;
    const long year = index / 12;
    const int month = static_cast<int>(index % 12) + 1;
    if (year > latestSupportedDate().year())
        throw InvalidArgument("a date " + std::to_string(months) + " months after " + isoText(start) +
                              " falls after 9999-12-31");
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    const int lastDay = boost::gregorian::gregorian_calendar::end_of_month_day(y, m);
    const bool startsAtMonthEnd = start == start.end_of_month();
    const int day = startsAtMonthEnd ? lastDay : std::min<int>(start.day(), lastDay);
    return Date(y, m, static_cast<unsigned short>(day));
}

Date onDayOfMonth(Date date, int day)
{
    if (day < 0 || day > 31)
        throw InvalidArgument("day of month (" + std::to_string(day) + ") must be between 0 and 31");
    if (day == 0)
        return date;
    const int lastDay = date.end_of_month().day();
    return Date(date.year(), date.month(), static_cast<unsigned short>(std::min(day, lastDay)));
}

} // namespace relance
