// TARGET (now T2), the euro-area payment system: its closing days, besides
// Saturdays and Sundays, decided by the ECB Governing Council:
//   1999: New Year's Day, Christmas Day and, for the year 2000 changeover,
//         31 December 1999 (ECB press releases of 31 March and 15 July 1999,
//         https://www.ecb.europa.eu/press/pr/date/1999/html/pr990715_1.en.html);
//   2000: the six days below (press release of 15 July 1999);
//   2001: the same six and 31 December 2001, before the euro cash changeover
//         (press release of 25 May 2000, .../pr/date/2000/html/pr000525_2.en.html);
//   2002 on: New Year's Day, Good Friday, Easter Monday, 1 May, Christmas Day
//         and 26 December "until further notice" (press release of
//         14 December 2000, .../pr/date/2000/html/pr001214_4.en.html).
// A TARGET closing day is not a settlement day for euro payments anywhere.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> closingDays()
{
    return {
        fixedDay("New Year's Day", Jan, 1),                        // New Year's Day
        daysFromEaster("Good Friday", -2).from(2000),              // Good Friday
        daysFromEaster("Easter Monday", 1).from(2000),             // Easter Monday
        fixedDay("Labour Day", May, 1).from(2000),                 // Labour Day
        fixedDay("Christmas Day", Dec, 25),                        // Christmas Day
        fixedDay("Christmas Holiday", Dec, 26).from(2000),         // 26 December
        oneOff("Year 2000 changeover", 1999, Dec, 31),             // additional closing day
        oneOff("Euro cash changeover", 2001, Dec, 31),             // additional closing day
    };
}

} // namespace

std::vector<BusinessCalendar> target() { return {BusinessCalendar("TARGET", closingDays())}; }

} // namespace relance::holiday_tables
