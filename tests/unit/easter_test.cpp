// Easter Sunday against published tables (e.g. the US Naval Observatory's
// "Date of Easter" table and the list in Wikipedia "List of dates for Easter"),
// including the extremes: the earliest possible date, 22 March (1818, 2285),
// and the latest, 25 April (1943, 2038).
#include "core/easter.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

using relance::Date;
using relance::westernEasterSunday;

TEST(Easter, PublishedDates)
{
    EXPECT_EQ(westernEasterSunday(1999), Date(1999, 4, 4));
    EXPECT_EQ(westernEasterSunday(2000), Date(2000, 4, 23));
    EXPECT_EQ(westernEasterSunday(2008), Date(2008, 3, 23));
    EXPECT_EQ(westernEasterSunday(2011), Date(2011, 4, 24));
    EXPECT_EQ(westernEasterSunday(2019), Date(2019, 4, 21));
    EXPECT_EQ(westernEasterSunday(2024), Date(2024, 3, 31));
    EXPECT_EQ(westernEasterSunday(2025), Date(2025, 4, 20));
    EXPECT_EQ(westernEasterSunday(2026), Date(2026, 4, 5));
    EXPECT_EQ(westernEasterSunday(2027), Date(2027, 3, 28));
    EXPECT_EQ(westernEasterSunday(2100), Date(2100, 3, 28));
}

TEST(Easter, EarliestAndLatestPossible)
{
    EXPECT_EQ(westernEasterSunday(1818), Date(1818, 3, 22));
    EXPECT_EQ(westernEasterSunday(2285), Date(2285, 3, 22));
    EXPECT_EQ(westernEasterSunday(1943), Date(1943, 4, 25));
    EXPECT_EQ(westernEasterSunday(2038), Date(2038, 4, 25));
}

TEST(Easter, AlwaysASundayBetween22MarchAnd25April)
{
    for (int year = 1583; year <= 9999; ++year) {
        const Date easter = westernEasterSunday(year);
        ASSERT_EQ(easter.day_of_week(), boost::date_time::Sunday) << year;
        ASSERT_GE(easter, Date(static_cast<unsigned short>(year), 3, 22)) << year;
        ASSERT_LE(easter, Date(static_cast<unsigned short>(year), 4, 25)) << year;
    }
}

TEST(Easter, RejectsYearsOutsideTheGregorianCalendar)
{
    EXPECT_THROW(westernEasterSunday(1582), relance::InvalidArgument);
    EXPECT_THROW(westernEasterSunday(10000), relance::InvalidArgument);
}
