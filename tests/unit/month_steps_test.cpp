// Month steps of an instalment plan, checked against the calendar:
// 2024 is a leap year (February has 29 days), 2023 is not (28).
#include "core/error.hpp"
#include "core/month_steps.hpp"

#include <gtest/gtest.h>

using relance::Date;
using relance::InvalidArgument;
using relance::monthsAfter;

TEST(MonthSteps, KeepsTheDayOfMonth)
{
    EXPECT_EQ(monthsAfter(Date(2024, 1, 15), 0), Date(2024, 1, 15));
    EXPECT_EQ(monthsAfter(Date(2024, 1, 15), 1), Date(2024, 2, 15));
    EXPECT_EQ(monthsAfter(Date(2024, 11, 15), 2), Date(2025, 1, 15)); // Nov + 2 = Jan of the next year
    EXPECT_EQ(monthsAfter(Date(2024, 1, 15), 24), Date(2026, 1, 15));
}

TEST(MonthSteps, ClampsToShortMonthsWithoutDrifting)
{
    // The 31st: February 2024 ends on the 29th, 2023 on the 28th; March has 31 again.
    EXPECT_EQ(monthsAfter(Date(2024, 1, 31), 1), Date(2024, 2, 29));
    EXPECT_EQ(monthsAfter(Date(2023, 1, 31), 1), Date(2023, 2, 28));
    EXPECT_EQ(monthsAfter(Date(2024, 1, 31), 2), Date(2024, 3, 31));
    EXPECT_EQ(monthsAfter(Date(2024, 1, 31), 3), Date(2024, 4, 30));
    // The 30th (not a month end in January): Feb 29, then back to the 30th in March.
    EXPECT_EQ(monthsAfter(Date(2024, 1, 30), 1), Date(2024, 2, 29));
    EXPECT_EQ(monthsAfter(Date(2024, 1, 30), 2), Date(2024, 3, 30));
    // The 29th of January 2023 has no February counterpart: Feb 28, then Mar 29.
    EXPECT_EQ(monthsAfter(Date(2023, 1, 29), 1), Date(2023, 2, 28));
    EXPECT_EQ(monthsAfter(Date(2023, 1, 29), 2), Date(2023, 3, 29));
}

TEST(MonthSteps, AMonthEndStaysAtMonthEnds)
{
    // 30 April is the last day of April: May 31, June 30, July 31.
    EXPECT_EQ(monthsAfter(Date(2024, 4, 30), 1), Date(2024, 5, 31));
    EXPECT_EQ(monthsAfter(Date(2024, 4, 30), 2), Date(2024, 6, 30));
    EXPECT_EQ(monthsAfter(Date(2024, 4, 30), 3), Date(2024, 7, 31));
    // 28 February 2023 is a month end: March 31; 29 February 2024 likewise.
    EXPECT_EQ(monthsAfter(Date(2023, 2, 28), 1), Date(2023, 3, 31));
    EXPECT_EQ(monthsAfter(Date(2024, 2, 29), 1), Date(2024, 3, 31));
    // 28 February 2024 is not: March 28.
    EXPECT_EQ(monthsAfter(Date(2024, 2, 28), 1), Date(2024, 3, 28));
    // Quarterly from 30 November 2023 (a month end): 29 Feb 2024, 31 May 2024.
    EXPECT_EQ(monthsAfter(Date(2023, 11, 30), 3), Date(2024, 2, 29));
    EXPECT_EQ(monthsAfter(Date(2023, 11, 30), 6), Date(2024, 5, 31));
}

TEST(MonthSteps, StopsAtTheYear9999)
{
    EXPECT_EQ(monthsAfter(Date(9999, 6, 30), 6), Date(9999, 12, 31));
    EXPECT_THROW(monthsAfter(Date(9999, 6, 30), 7), InvalidArgument);
    EXPECT_THROW(monthsAfter(Date(2024, 1, 1), -1), InvalidArgument);
    EXPECT_THROW(monthsAfter(Date(boost::date_time::not_a_date_time), 1), InvalidArgument);
}

TEST(MonthSteps, OnDayOfMonth)
{
    using relance::onDayOfMonth;
    EXPECT_EQ(onDayOfMonth(Date(2027, 1, 31), 0), Date(2027, 1, 31)); // 0: the date as it is
    EXPECT_EQ(onDayOfMonth(Date(2027, 1, 31), 5), Date(2027, 1, 5));
    EXPECT_EQ(onDayOfMonth(Date(2027, 1, 12), 28), Date(2027, 1, 28));
    // 31 in a month of 30 days, and in February of a common and of a leap year
    EXPECT_EQ(onDayOfMonth(Date(2027, 4, 2), 31), Date(2027, 4, 30));
    EXPECT_EQ(onDayOfMonth(Date(2027, 2, 2), 30), Date(2027, 2, 28));
    EXPECT_EQ(onDayOfMonth(Date(2028, 2, 2), 30), Date(2028, 2, 29));
    EXPECT_THROW(onDayOfMonth(Date(2027, 1, 1), 32), InvalidArgument);
    EXPECT_THROW(onDayOfMonth(Date(2027, 1, 1), -1), InvalidArgument);
}
