#include "core/holiday_rule.hpp"

#include "core/easter.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <limits>

namespace relance {

namespace {

// Boost's constrained types throw their own exceptions (bad_day_of_month,
// bad_month, bad_year); the core promises InvalidArgument only, so every
// field is checked here first, with the rule's name in the message.
void requireMonthDay(const std::string& name, Month month, int day)
{
    if (month < boost::date_time::Jan || month > boost::date_time::Dec)
        throw InvalidArgument("holiday \"" + name + "\": month (" + std::to_string(month) +
                              ") must be between 1 and 12");
    // The month's length in a common year: 29 February would exist in leap years only.
    const int longest = boost::gregorian::gregorian_calendar::end_of_month_day(2001, month);
    if (day < 1 || day > longest)
        throw InvalidArgument("holiday \"" + name + "\": day (" + std::to_string(day) +
                              ") must be between 1 and " + std::to_string(longest));
}

void requireYear(int year)
{
    if (year < 1583 || year > 9999)
        throw InvalidArgument("holiday year (" + std::to_string(year) +
                              ") must be between 1583 and 9999");
}

boost::gregorian::partial_date checkedPartialDate(const std::string& name, Month month, int day)
{
    requireMonthDay(name, month, day);
    return boost::gregorian::partial_date(static_cast<unsigned short>(day), month);
}

} // namespace

Date DaysFromEaster::get_date(boost::gregorian::greg_year year) const
{
    return westernEasterSunday(year) + boost::gregorian::days(days_);
}

WeekdayBefore::WeekdayBefore(Weekday weekday, Month month, int day)
    : before_(weekday), reference_(checkedPartialDate("weekday before", month, day))
{
}

Date WeekdayBefore::get_date(boost::gregorian::greg_year year) const
{
    // first_kday_before is strict: for 23 November on a Wednesday it gives the 16th.
    return before_.get_date(reference_.get_date(year));
}

HolidayRule::HolidayRule(std::string name, DateGenerator generator)
    : name_(std::move(name)), generator_(std::move(generator)),
      firstYear_(std::numeric_limits<int>::min()), lastYear_(std::numeric_limits<int>::max())
{
}

HolidayRule HolidayRule::from(int year) const
{
    if (year > lastYear_)
        throw InvalidArgument("holiday \"" + name_ + "\": first year (" + std::to_string(year) +
                              ") is after its last year (" + std::to_string(lastYear_) + ")");
    HolidayRule changed = *this;
    changed.firstYear_ = year;
    return changed;
}

HolidayRule HolidayRule::until(int year) const
{
    if (year < firstYear_)
        throw InvalidArgument("holiday \"" + name_ + "\": last year (" + std::to_string(year) +
                              ") is before its first year (" + std::to_string(firstYear_) + ")");
    HolidayRule changed = *this;
    changed.lastYear_ = year;
    return changed;
}

HolidayRule HolidayRule::except(std::initializer_list<int> years) const
{
    HolidayRule changed = *this;
    changed.skippedYears_.insert(changed.skippedYears_.end(), years.begin(), years.end());
    return changed;
}

HolidayRule HolidayRule::sundayToSaturday() const
{
    HolidayRule changed = *this;
    changed.weekendRule_ = WeekendRule::SundayToSaturday;
    return changed;
}

HolidayRule HolidayRule::substituteIfWeekend() const
{
    HolidayRule changed = *this;
    changed.weekendRule_ = WeekendRule::SubstituteWeekday;
    return changed;
}

bool HolidayRule::appliesIn(int year) const
{
    return year >= firstYear_ && year <= lastYear_ &&
           std::find(skippedYears_.begin(), skippedYears_.end(), year) == skippedYears_.end();
}

std::optional<Date> HolidayRule::dateIn(int year) const
{
    requireYear(year);
    if (!appliesIn(year))
        return std::nullopt;
    const boost::gregorian::greg_year y(static_cast<unsigned short>(year));
    Date date = std::visit([&](const auto& generator) { return generator.get_date(y); }, generator_);
    if (weekendRule_ == WeekendRule::SundayToSaturday && date.day_of_week() == boost::date_time::Sunday)
        date -= boost::gregorian::days(1);
    return date;
}

HolidayRule fixedDay(std::string name, Month month, int day)
{
    boost::gregorian::partial_date generator = checkedPartialDate(name, month, day);
    return HolidayRule(std::move(name), generator);
}

HolidayRule nthWeekday(std::string name, int nth, Weekday weekday, Month month)
{
    requireMonthDay(name, month, 1);
    // Boost's "fifth" means "last if there is no fifth"; say lastWeekday instead.
    if (nth < 1 || nth > 4)
        throw InvalidArgument("holiday \"" + name + "\": nth (" + std::to_string(nth) +
                              ") must be between 1 and 4 (use lastWeekday for the last)");
    using Nth = boost::gregorian::nth_kday_of_month;
    return HolidayRule(std::move(name), Nth(static_cast<Nth::week_num>(nth), weekday, month));
}

HolidayRule lastWeekday(std::string name, Weekday weekday, Month month)
{
    requireMonthDay(name, month, 1);
    return HolidayRule(std::move(name), boost::gregorian::last_kday_of_month(weekday, month));
}

HolidayRule weekdayBefore(std::string name, Weekday weekday, Month month, int day)
{
    requireMonthDay(name, month, day); // here too, so that the message names the holiday
    return HolidayRule(std::move(name), WeekdayBefore(weekday, month, day));
}

HolidayRule daysFromEaster(std::string name, int days)
{
    return HolidayRule(std::move(name), DaysFromEaster(days));
}

HolidayRule oneOff(std::string name, int year, Month month, int day)
{
    requireYear(year);
    return fixedDay(std::move(name), month, day).from(year).until(year);
}

} // namespace relance
