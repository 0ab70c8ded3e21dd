#include "core/business_calendar.hpp"

#include "core/error.hpp"

#include <algorithm>

namespace relance {

namespace {

bool contains(const std::vector<Date>& dates, Date date)
{
    return std::find(dates.begin(), dates.end(), date) != dates.end();
}

// The holidays of one year, unsorted: each rule's date, then a substitute for
// every weekend date of a rule that asks for one. Substitutes are handed out
// in date order, so the earlier holiday takes the earlier weekday: in GB,
// Christmas on a Saturday and Boxing Day on a Sunday give Monday 27 to
// Christmas and Tuesday 28 to Boxing Day, and Christmas on a Sunday goes to
// Tuesday 27 because Monday 26 is Boxing Day itself.
std::vector<Date> holidaysOfYear(const std::vector<HolidayRule>& rules, int year)
{
    std::vector<Date> days;
    std::vector<Date> needSubstitute;
    for (const HolidayRule& rule : rules) {
        const std::optional<Date> date = rule.dateIn(year);
        if (!date)
            continue;
        days.push_back(*date);
        if (rule.weekendRule() == WeekendRule::SubstituteWeekday && isWeekend(*date))
            needSubstitute.push_back(*date);
    }
    std::sort(needSubstitute.begin(), needSubstitute.end());
    for (const Date weekendHoliday : needSubstitute) {
        Date substitute = weekendHoliday + boost::gregorian::days(1);
        while (isWeekend(substitute) || contains(days, substitute))
            substitute += boost::gregorian::days(1);
        days.push_back(substitute);
    }
    return days;
}

} // namespace

bool isWeekend(Date date)
{
    const auto weekday = date.day_of_week();
    return weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday;
}

BusinessCalendar::BusinessCalendar(std::string code, std::vector<HolidayRule> rules)
    : code_(std::move(code)), rules_(std::move(rules))
{
    for (int year = firstCalendarYear; year <= lastCalendarYear; ++year) {
        const std::vector<Date> days = holidaysOfYear(rules_, year);
        holidays_.insert(holidays_.end(), days.begin(), days.end());
    }
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
}

void BusinessCalendar::requireCovered(int year) const
{
    if (year < firstCalendarYear || year > lastCalendarYear)
        throw InvalidArgument("Year (" + std::to_string(year) + ") is outside the years the " +
                              code_ + " calendar covers (" + std::to_string(firstCalendarYear) +
                              " to " + std::to_string(lastCalendarYear) + ")");
}

void BusinessCalendar::requireCovered(Date date, const char* argument) const
{
    if (date.is_special())
        throw InvalidArgument(std::string(argument) + " is not a date");
    const int year = date.year();
    if (year < firstCalendarYear || year > lastCalendarYear)
        throw InvalidArgument(std::string(argument) + " (" + isoText(date) +
                              ") is outside the years the " + code_ + " calendar covers (" +
                              std::to_string(firstCalendarYear) + " to " +
                              std::to_string(lastCalendarYear) + ")");
}

bool BusinessCalendar::isHoliday(Date date) const
{
    requireCovered(date, "Date");
    return std::binary_search(holidays_.begin(), holidays_.end(), date);
}

bool BusinessCalendar::isBusinessDay(Date date) const
{
    requireCovered(date, "Date");
    return !isWeekend(date) && !std::binary_search(holidays_.begin(), holidays_.end(), date);
}

Date BusinessCalendar::nextBusinessDay(Date date) const
{
    requireCovered(date, "Date");
    // At most a long weekend plus a few holidays away.
    Date day = date;
    while (!isBusinessDay(day)) {
        day += boost::gregorian::days(1);
        if (day.year() > lastCalendarYear)
            throw InvalidArgument("Date (" + isoText(date) + ") has no following business day in the " +
                                  code_ + " calendar before the end of " +
                                  std::to_string(lastCalendarYear) + ", the last year it covers");
    }
    return day;
}

std::vector<Date> BusinessCalendar::holidays(int year) const
{
    requireCovered(year);
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const Date last(static_cast<unsigned short>(year), 12, 31);
    return std::vector<Date>(std::lower_bound(holidays_.begin(), holidays_.end(), first),
                             std::upper_bound(holidays_.begin(), holidays_.end(), last));
}

} // namespace relance
