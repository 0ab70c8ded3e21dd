// DAYSLATE expectations counted on the calendar, not by the code.
#include "core/days_late.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

using relance::Date;
using relance::daysLate;

TEST(DaysLate, DayAfterDueIsDayOne)
{
    EXPECT_EQ(daysLate(Date(2024, 3, 15), Date(2024, 3, 16)), 1);
    EXPECT_EQ(daysLate(Date(2024, 3, 15), Date(2024, 3, 15)), 0);
    EXPECT_EQ(daysLate(Date(2024, 3, 15), Date(2024, 3, 1)), 0);
}

TEST(DaysLate, AcrossLeapFebruary)
{
    // 2024-02-28 -> 2024-03-01: Feb 29 and Mar 1 = 2 days; in 2023 only Mar 1 = 1 day
    EXPECT_EQ(daysLate(Date(2024, 2, 28), Date(2024, 3, 1)), 2);
    EXPECT_EQ(daysLate(Date(2023, 2, 28), Date(2023, 3, 1)), 1);
    // a whole leap year: 2024-01-01 -> 2025-01-01 = 366 days
    EXPECT_EQ(daysLate(Date(2024, 1, 1), Date(2025, 1, 1)), 366);
}

TEST(DaysLate, GraceDelaysButDoesNotShift)
{
    // 10 days late with 10 days' grace: not late yet; 11 days late: 11
    EXPECT_EQ(daysLate(Date(2024, 5, 31), Date(2024, 6, 10), 10), 0);
    EXPECT_EQ(daysLate(Date(2024, 5, 31), Date(2024, 6, 11), 10), 11);
}

TEST(DaysLate, RejectsBadGrace)
{
    EXPECT_THROW(daysLate(Date(2024, 1, 1), Date(2024, 2, 1), -1), relance::InvalidArgument);
    EXPECT_THROW(daysLate(Date(2024, 1, 1), Date(2024, 2, 1), 100000), relance::InvalidArgument);
}
