// BusinessCalendar and the registry: the mechanics every calendar shares.
// Country tables are checked against published lists in calendar_xx_test.cpp.
// Weekdays used here, from a printed calendar: 25 December 2021 is a Saturday,
// 25 December 2022 a Sunday, 1 November 2025 a Saturday.
#include "calendar_test_support.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace relance;
using namespace relance::test;
using namespace boost::date_time;

namespace {

// A calendar with the GB Christmas pair only, to see substitution alone.
BusinessCalendar christmasPair()
{
    return BusinessCalendar("XMAS", {
        fixedDay("Christmas Day", Dec, 25).substituteIfWeekend(),
        fixedDay("Boxing Day", Dec, 26).substituteIfWeekend(),
    });
}

} // namespace

TEST(BusinessCalendar, WeekendsAreNotBusinessDays)
{
    const BusinessCalendar none("NONE", {});
    EXPECT_TRUE(none.isBusinessDay(on("2025-01-03")));  // Friday
    EXPECT_FALSE(none.isBusinessDay(on("2025-01-04"))); // Saturday
    EXPECT_FALSE(none.isBusinessDay(on("2025-01-05"))); // Sunday
    EXPECT_FALSE(none.isHoliday(on("2025-01-04")));     // a weekend is not a holiday
    EXPECT_TRUE(none.holidays(2025).empty());
    EXPECT_EQ(none.code(), "NONE");
}

TEST(BusinessCalendar, SubstitutesGoToTheNextFreeWeekdayInDateOrder)
{
    const BusinessCalendar calendar = christmasPair();
    // Saturday + Sunday: Christmas takes Monday 27, Boxing Day Tuesday 28.
    EXPECT_EQ(isoList(calendar.holidays(2021)),
              (std::vector<std::string>{"2021-12-25", "2021-12-26", "2021-12-27", "2021-12-28"}));
    // Sunday + Monday: Monday is Boxing Day itself, so Christmas takes Tuesday.
    EXPECT_EQ(isoList(calendar.holidays(2022)),
              (std::vector<std::string>{"2022-12-25", "2022-12-26", "2022-12-27"}));
    // Friday + Saturday: Boxing Day takes Monday 28.
    EXPECT_EQ(isoList(calendar.holidays(2020)),
              (std::vector<std::string>{"2020-12-25", "2020-12-26", "2020-12-28"}));
    // Weekdays: nothing added.
    EXPECT_EQ(isoList(calendar.holidays(2024)), (std::vector<std::string>{"2024-12-25", "2024-12-26"}));
}

TEST(BusinessCalendar, HolidaysAreSortedUniqueAndKeepWeekendOnes)
{
    // Two rules on the same day (Ascension on 1 May in 2008) count once.
    const BusinessCalendar calendar("TWICE", {
        fixedDay("Toussaint", Nov, 1),
        fixedDay("Labour Day", May, 1),
        daysFromEaster("Ascension", 39),
    });
    EXPECT_EQ(isoList(calendar.holidays(2008)), (std::vector<std::string>{"2008-05-01", "2008-11-01"}));
    // 1 November 2025 is a Saturday and is still listed, after May.
    EXPECT_EQ(isoList(calendar.holidays(2025)),
              (std::vector<std::string>{"2025-05-01", "2025-05-29", "2025-11-01"}));
    EXPECT_TRUE(calendar.isHoliday(on("2025-11-01")));
    EXPECT_FALSE(calendar.isBusinessDay(on("2025-11-01")));
}

TEST(BusinessCalendar, NextBusinessDayIsTheFollowingConvention)
{
    const BusinessCalendar calendar = christmasPair();
    EXPECT_EQ(calendar.nextBusinessDay(on("2021-12-24")), on("2021-12-24")); // a business day stays
    EXPECT_EQ(calendar.nextBusinessDay(on("2021-12-25")), on("2021-12-29"));
    EXPECT_EQ(calendar.nextBusinessDay(on("2022-12-24")), on("2022-12-28"));
}

TEST(BusinessCalendar, CoversFirstToLastCalendarYearOnly)
{
    const BusinessCalendar calendar = christmasPair();
    EXPECT_NO_THROW(calendar.isHoliday(Date(firstCalendarYear, 1, 1)));
    EXPECT_NO_THROW(calendar.isHoliday(Date(lastCalendarYear, 12, 31)));
    EXPECT_NO_THROW(calendar.holidays(firstCalendarYear));
    EXPECT_NO_THROW(calendar.holidays(lastCalendarYear));
    EXPECT_THROW(calendar.isHoliday(Date(firstCalendarYear - 1, 12, 31)), InvalidArgument);
    EXPECT_THROW(calendar.isBusinessDay(Date(lastCalendarYear + 1, 1, 1)), InvalidArgument);
    EXPECT_THROW(calendar.nextBusinessDay(Date(firstCalendarYear - 1, 6, 1)), InvalidArgument);
    EXPECT_THROW(calendar.holidays(firstCalendarYear - 1), InvalidArgument);
    EXPECT_THROW(calendar.holidays(lastCalendarYear + 1), InvalidArgument);
    EXPECT_THROW(calendar.isHoliday(Date(boost::date_time::not_a_date_time)), InvalidArgument);
}

TEST(BusinessCalendar, NoBusinessDayLeftInTheLastYearIsAnError)
{
    const BusinessCalendar calendar("EVE", {fixedDay("New Year's Eve", Dec, 31)});
    try {
        calendar.nextBusinessDay(Date(lastCalendarYear, 12, 31));
        FAIL() << "no exception";
    } catch (const InvalidArgument& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("2100-12-31"), std::string::npos) << message;
        EXPECT_NE(message.find("EVE"), std::string::npos) << message;
    }
}

TEST(BusinessCalendar, OutOfRangeMessageNamesDateAndYears)
{
    try {
        calendarByCode("FR").isBusinessDay(on("1998-05-01"));
        FAIL() << "no exception";
    } catch (const InvalidArgument& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("1998-05-01"), std::string::npos) << message;
        EXPECT_NE(message.find("1999"), std::string::npos) << message;
        EXPECT_NE(message.find("2100"), std::string::npos) << message;
    }
}

TEST(CalendarRegistry, CodesInSpecOrder)
{
    EXPECT_EQ(calendarCodes(),
              (std::vector<std::string>{"FR",    "FR-57", "DE",    "DE-BW", "DE-BY",  "DE-BE", "DE-BB",
                                        "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI",  "DE-NW", "DE-RP",
                                        "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH",  "GB-ENG", "GB-SCT",
                                        "BE",    "NL",    "ES",    "IT",    "LU",     "TARGET"}));
}

TEST(CalendarRegistry, LookupIgnoresCase)
{
    EXPECT_EQ(calendarByCode("de-by").code(), "DE-BY");
    EXPECT_EQ(calendarByCode("Gb-Eng").code(), "GB-ENG");
    EXPECT_EQ(calendarByCode("target").code(), "TARGET");
    EXPECT_EQ(&calendarByCode("fr"), &calendarByCode("FR")); // one instance per code
}

TEST(CalendarRegistry, UnknownCodeListsTheValidOnes)
{
    for (const char* bad : {"XX", "", "DE-", "FR57", "GB", "DE BY"}) {
        try {
            calendarByCode(bad);
            FAIL() << "no exception for \"" << bad << "\"";
        } catch (const InvalidArgument& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find(std::string("\"") + bad + "\""), std::string::npos) << message;
            EXPECT_NE(message.find("FR-57"), std::string::npos) << message;
            EXPECT_NE(message.find("DE-TH"), std::string::npos) << message;
            EXPECT_NE(message.find("TARGET"), std::string::npos) << message;
        }
    }
}

TEST(CalendarRegistry, EveryCalendarIsConsistentInEveryYear)
{
    for (const std::string& code : calendarCodes()) {
        const BusinessCalendar& calendar = calendarByCode(code);
        for (int year = firstCalendarYear; year <= lastCalendarYear; ++year) {
            const std::vector<Date> days = calendar.holidays(year);
            ASSERT_GE(days.size(), 3u) << code << " " << year; // TARGET 1999 had three
            ASSERT_LE(days.size(), 20u) << code << " " << year;
            ASSERT_TRUE(std::is_sorted(days.begin(), days.end())) << code << " " << year;
            ASSERT_EQ(std::adjacent_find(days.begin(), days.end()), days.end()) << code << " " << year;
            for (const Date day : days) {
                ASSERT_EQ(day.year(), year) << code;
                ASSERT_TRUE(calendar.isHoliday(day)) << code << " " << isoText(day);
                ASSERT_FALSE(calendar.isBusinessDay(day)) << code << " " << isoText(day);
            }
        }
    }
}

TEST(CalendarRegistry, UsableFromSeveralThreadsAtOnce)
{
    // Calc may call add-in functions from several threads; the calendars are
    // immutable after they are built once, so concurrent readers agree.
    std::vector<std::thread> threads;
    std::vector<int> businessDays(4, 0);
    for (std::size_t t = 0; t < businessDays.size(); ++t)
        threads.emplace_back([t, &businessDays] {
            for (const std::string& code : calendarCodes())
                for (Date day(2025, 1, 1); day.year() == 2025; day += boost::gregorian::days(1))
                    businessDays[t] += calendarByCode(code).isBusinessDay(day) ? 1 : 0;
        });
    for (std::thread& thread : threads)
        thread.join();
    for (const int count : businessDays)
        EXPECT_EQ(count, businessDays.front());
}

// nextBusinessDay across the Easter weekend and Christmas, with the published
// dates of 2025 (Good Friday 18 April, Easter Monday 21 April) and 2021.
TEST(NextBusinessDay, AcrossEasterWeekend)
{
    EXPECT_EQ(nextBusinessDay("DE", "2025-04-17"), "2025-04-17"); // Maundy Thursday works
    EXPECT_EQ(nextBusinessDay("DE", "2025-04-18"), "2025-04-22");
    EXPECT_EQ(nextBusinessDay("FR", "2025-04-18"), "2025-04-18"); // Good Friday is worked in France...
    EXPECT_EQ(nextBusinessDay("FR-57", "2025-04-18"), "2025-04-22"); // ...but not in Alsace-Moselle
    EXPECT_EQ(nextBusinessDay("GB-ENG", "2025-04-19"), "2025-04-22");
    EXPECT_EQ(nextBusinessDay("GB-SCT", "2025-04-19"), "2025-04-21"); // no Easter Monday in Scotland
    EXPECT_EQ(nextBusinessDay("TARGET", "2024-03-29"), "2024-04-02");
    EXPECT_EQ(nextBusinessDay("NL", "2025-04-18"), "2025-04-18"); // Goede Vrijdag is not a holiday
}

TEST(NextBusinessDay, AcrossChristmas)
{
    EXPECT_EQ(nextBusinessDay("GB-ENG", "2021-12-24"), "2021-12-24");
    EXPECT_EQ(nextBusinessDay("GB-ENG", "2021-12-25"), "2021-12-29");
    EXPECT_EQ(nextBusinessDay("GB-ENG", "2022-12-25"), "2022-12-28");
    EXPECT_EQ(nextBusinessDay("FR", "2025-12-25"), "2025-12-26");
    EXPECT_EQ(nextBusinessDay("FR-57", "2025-12-25"), "2025-12-29");
    EXPECT_EQ(nextBusinessDay("DE", "2025-12-25"), "2025-12-29");
    EXPECT_EQ(nextBusinessDay("IT", "2025-12-24"), "2025-12-24");
    EXPECT_EQ(nextBusinessDay("TARGET", "2025-12-31"), "2025-12-31");
    EXPECT_EQ(nextBusinessDay("TARGET", "2026-01-01"), "2026-01-02");
}
