// Holiday rules, one generator at a time. Expected dates are read off a
// printed calendar (1 May 2024 is a Wednesday, 31 August 2024 a Saturday,
// 23 November 2022 a Wednesday, 27 April 2025 a Sunday) or are published
// holiday dates (Buß- und Bettag 2022-11-16, 2024-11-20, 2025-11-19; Ascension
// 2025-05-29).
#include "core/error.hpp"
#include "core/holiday_rule.hpp"

#include <gtest/gtest.h>

using namespace relance;
using namespace boost::date_time;

TEST(HolidayRule, FixedDay)
{
    EXPECT_EQ(fixedDay("Christmas Day", Dec, 25).dateIn(2024), Date(2024, 12, 25));
    EXPECT_EQ(fixedDay("Christmas Day", Dec, 25).name(), "Christmas Day");
}

TEST(HolidayRule, NthAndLastWeekdayOfMonth)
{
    EXPECT_EQ(nthWeekday("Early May", 1, Monday, May).dateIn(2024), Date(2024, 5, 6));
    EXPECT_EQ(nthWeekday("Second Tuesday", 2, Tuesday, May).dateIn(2024), Date(2024, 5, 14));
    EXPECT_EQ(lastWeekday("Summer", Monday, Aug).dateIn(2024), Date(2024, 8, 26));
    EXPECT_EQ(lastWeekday("Spring", Monday, May).dateIn(2024), Date(2024, 5, 27));
}

TEST(HolidayRule, WeekdayStrictlyBeforeAFixedDay)
{
    const HolidayRule bussUndBettag = weekdayBefore("Buß- und Bettag", Wednesday, Nov, 23);
    EXPECT_EQ(bussUndBettag.dateIn(2022), Date(2022, 11, 16)); // the 23rd itself is a Wednesday
    EXPECT_EQ(bussUndBettag.dateIn(2024), Date(2024, 11, 20));
    EXPECT_EQ(bussUndBettag.dateIn(2025), Date(2025, 11, 19));
}

TEST(HolidayRule, DaysFromEaster)
{
    EXPECT_EQ(daysFromEaster("Good Friday", -2).dateIn(2025), Date(2025, 4, 18));
    EXPECT_EQ(daysFromEaster("Ascension", 39).dateIn(2025), Date(2025, 5, 29));
    EXPECT_EQ(daysFromEaster("Whit Monday", 50).dateIn(2024), Date(2024, 5, 20));
}

TEST(HolidayRule, YearsOfValidity)
{
    const HolidayRule fromTo = fixedDay("Frauentag", Mar, 8).from(2019).until(2030);
    EXPECT_FALSE(fromTo.dateIn(2018));
    EXPECT_EQ(fromTo.dateIn(2019), Date(2019, 3, 8));
    EXPECT_EQ(fromTo.dateIn(2030), Date(2030, 3, 8));
    EXPECT_FALSE(fromTo.dateIn(2031));

    const HolidayRule skipping = lastWeekday("Spring", Monday, May).except({2002, 2012});
    EXPECT_FALSE(skipping.dateIn(2012));
    EXPECT_TRUE(skipping.dateIn(2013));
}

TEST(HolidayRule, OneOffAppliesInItsYearOnly)
{
    const HolidayRule funeral = oneOff("State Funeral", 2022, Sep, 19);
    EXPECT_EQ(funeral.dateIn(2022), Date(2022, 9, 19));
    EXPECT_FALSE(funeral.dateIn(2021));
    EXPECT_FALSE(funeral.dateIn(2023));
}

TEST(HolidayRule, SundayToSaturdayMovesOnlySundays)
{
    const HolidayRule kingsDay = fixedDay("Koningsdag", Apr, 27).sundayToSaturday();
    EXPECT_EQ(kingsDay.dateIn(2025), Date(2025, 4, 26)); // 27 April 2025 is a Sunday
    EXPECT_EQ(kingsDay.dateIn(2024), Date(2024, 4, 27)); // a Saturday: stays
    EXPECT_EQ(kingsDay.dateIn(2026), Date(2026, 4, 27)); // a Monday
    EXPECT_EQ(kingsDay.weekendRule(), WeekendRule::SundayToSaturday);
}

TEST(HolidayRule, SubstituteIsLeftToTheCalendar)
{
    // The rule keeps its own date; the calendar adds the substitute day.
    const HolidayRule christmas = fixedDay("Christmas Day", Dec, 25).substituteIfWeekend();
    EXPECT_EQ(christmas.dateIn(2022), Date(2022, 12, 25));
    EXPECT_EQ(christmas.weekendRule(), WeekendRule::SubstituteWeekday);
    EXPECT_EQ(fixedDay("Noël", Dec, 25).weekendRule(), WeekendRule::Stays);
}

TEST(HolidayRule, RejectsImpossibleFields)
{
    EXPECT_THROW(fixedDay("x", Apr, 32), InvalidArgument);
    EXPECT_THROW(fixedDay("x", Apr, 31), InvalidArgument);
    EXPECT_THROW(weekdayBefore("x", Wednesday, Nov, 31), InvalidArgument);
    EXPECT_THROW(fixedDay("x", Apr, 0), InvalidArgument);
    EXPECT_THROW(fixedDay("x", Feb, 29), InvalidArgument); // would exist in leap years only
    EXPECT_THROW(fixedDay("x", static_cast<Month>(13), 1), InvalidArgument);
    EXPECT_THROW(nthWeekday("x", 5, Monday, May), InvalidArgument);
    EXPECT_THROW(nthWeekday("x", 0, Monday, May), InvalidArgument);
    EXPECT_THROW(fixedDay("x", May, 1).until(2000).from(2001), InvalidArgument);
    EXPECT_THROW(fixedDay("x", May, 1).from(2001).until(2000), InvalidArgument);
    EXPECT_THROW(fixedDay("x", May, 1).dateIn(1500), InvalidArgument);
    EXPECT_THROW(oneOff("x", 10000, May, 1), InvalidArgument);
}

TEST(HolidayRule, MessagesNameTheRuleAndTheValue)
{
    try {
        fixedDay("Tag der Arbeit", May, 32);
        FAIL() << "no exception";
    } catch (const InvalidArgument& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("Tag der Arbeit"), std::string::npos) << message;
        EXPECT_NE(message.find("32"), std::string::npos) << message;
    }
}
