#pragma once
// Holiday rules as data. A rule turns a year into the date of one holiday, or
// into nothing in the years it does not apply: the shape of the Boost.Date_Time
// date generators (partial_date, nth_kday_of_month, ...), which it reuses, plus
// the two generators Boost lacks (days from Easter, "the Wednesday before
// 23 November"). Calendars are tables of these rules; no calendar has code of
// its own (see business_calendar.hpp for how a table becomes business days).
#include "core/serial_date.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace relance {

using Month = boost::date_time::months_of_year;  // boost::date_time::Jan .. Dec
using Weekday = boost::date_time::weekdays;      // boost::date_time::Sunday .. Saturday

/// Generator: a fixed number of days from Western Easter Sunday
/// (-2 Good Friday, 1 Easter Monday, 39 Ascension, 50 Whit Monday, 60 Corpus Christi).
class DaysFromEaster {
public:
    explicit DaysFromEaster(int days) : days_(days) {}
    Date get_date(boost::gregorian::greg_year year) const;
    int days() const noexcept { return days_; }

private:
    int days_;
};

/// Generator: the last `weekday` strictly before a fixed day of a month.
/// Buß- und Bettag is "the Wednesday before 23 November" (§ 1 SächsSFG).
class WeekdayBefore {
public:
    WeekdayBefore(Weekday weekday, Month month, int day);
    Date get_date(boost::gregorian::greg_year year) const;

private:
    boost::gregorian::first_kday_before before_;
    boost::gregorian::partial_date reference_;
};

/// Every way a rule can find its date in a year. Each alternative has
/// `get_date(year)`, like the Boost generators it extends.
using DateGenerator = std::variant<boost::gregorian::partial_date,      // fixed day of a month
                                   boost::gregorian::nth_kday_of_month, // "first Monday of May"
                                   boost::gregorian::last_kday_of_month,// "last Monday of August"
                                   WeekdayBefore, DaysFromEaster>;

/// What happens to a holiday that falls on a Saturday or Sunday.
enum class WeekendRule {
    Stays,             ///< nothing: it stays where it falls (most of the continent)
    SundayToSaturday,  ///< on a Sunday it is kept the day before (NL King's Day)
    SubstituteWeekday, ///< it stays, and the next weekday that is not already a
                       ///< holiday becomes one too (GB "substitute day")
};

/// One holiday of a calendar: a name, a date generator, the years it applies
/// and its weekend rule. A value: the modifiers return a changed copy, so a
/// table reads `fixedDay("Reformationstag", Oct, 31).from(2018)`.
class HolidayRule {
public:
    HolidayRule(std::string name, DateGenerator generator);

    /// The rule applies from `year` on (the year a statute took effect).
    HolidayRule from(int year) const;
    /// The rule applies through `year` (the last year before it was repealed).
    HolidayRule until(int year) const;
    /// The rule does not apply in these years: the holiday was moved by a
    /// one-off rule (GB Spring bank holiday in jubilee years).
    HolidayRule except(std::initializer_list<int> years) const;
    /// A Sunday date is kept on the Saturday before.
    HolidayRule sundayToSaturday() const;
    /// A weekend date earns a substitute weekday (resolved by the calendar,
    /// which knows the other holidays the substitute must not land on).
    HolidayRule substituteIfWeekend() const;

    const std::string& name() const noexcept { return name_; }
    WeekendRule weekendRule() const noexcept { return weekendRule_; }
    bool appliesIn(int year) const;

    /// The holiday's date in `year` (after a Sunday-to-Saturday move, before
    /// any substitute day), or nothing when the rule does not apply that year.
    /// Throws InvalidArgument for years outside 1583..9999.
    std::optional<Date> dateIn(int year) const;

private:
    std::string name_;
    DateGenerator generator_;
    int firstYear_;
    int lastYear_;
    std::vector<int> skippedYears_;
    WeekendRule weekendRule_ = WeekendRule::Stays;
};

// Factories named after what a statute says, so that a table line reads like
// the statute's list. Invalid fields (month 13, day 32, nth 5) throw
// InvalidArgument naming the rule.

/// "1 May", "25 December".
HolidayRule fixedDay(std::string name, Month month, int day);
/// "the first Monday in May": nth = 1..4.
HolidayRule nthWeekday(std::string name, int nth, Weekday weekday, Month month);
/// "the last Monday in August".
HolidayRule lastWeekday(std::string name, Weekday weekday, Month month);
/// "the Wednesday before 23 November".
HolidayRule weekdayBefore(std::string name, Weekday weekday, Month month, int day);
/// "Easter Monday" = 1, "Good Friday" = -2.
HolidayRule daysFromEaster(std::string name, int days);
/// A holiday of one year only (a royal wedding, a state funeral).
HolidayRule oneOff(std::string name, int year, Month month, int day);

} // namespace relance
