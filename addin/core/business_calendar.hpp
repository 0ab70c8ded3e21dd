#pragma once
// A business-day calendar: a code ("FR", "DE-BY", "GB-ENG") over a table of
// holiday rules, with Saturday and Sunday as the weekend. The holidays of every
// supported year are computed once, when the calendar is built, into one sorted
// table; after that a calendar never changes, so one instance can serve every
// Calc thread at once without locks.
#include "core/holiday_rule.hpp"
#include "core/serial_date.hpp"

#include <string>
#include <vector>

namespace relance {

/// The years every calendar covers. Before 1999 there was no TARGET and some
/// German Land laws of the early 1990s are not sourced here; 2100 is far beyond
/// any payment term, and later statute changes cannot be known anyway.
constexpr int firstCalendarYear = 1999;
constexpr int lastCalendarYear = 2100;

class BusinessCalendar {
public:
    /// Builds the holiday table for firstCalendarYear..lastCalendarYear.
    BusinessCalendar(std::string code, std::vector<HolidayRule> rules);

    const std::string& code() const noexcept { return code_; }
    const std::vector<HolidayRule>& rules() const noexcept { return rules_; }

    /// True on a holiday of the calendar, whatever the weekday (a holiday on a
    /// Sunday is still a holiday; a GB substitute day is one too).
    bool isHoliday(Date date) const;

    /// True on a Monday..Friday that is not a holiday.
    bool isBusinessDay(Date date) const;

    /// `date` itself if it is a business day, else the next business day
    /// (the "Following" convention).
    Date nextBusinessDay(Date date) const;

    /// Every holiday of `year` in date order, once each, including those on a
    /// Saturday or Sunday and GB substitute days.
    std::vector<Date> holidays(int year) const;

private:
    void requireCovered(Date date, const char* argument) const;
    void requireCovered(int year) const;

    std::string code_;
    std::vector<HolidayRule> rules_;
    std::vector<Date> holidays_; // sorted, unique, all covered years
};

/// Saturday or Sunday: the weekend of every calendar here.
bool isWeekend(Date date);

} // namespace relance
