// DUEDATE expectations worked out on a calendar:
//  2024-01-31 + 30 days: Feb has 29 days in 2024, so Jan 31 + 29 = Feb 29, + 30 = Mar 1.
//  2023-01-31 + 30 days: Feb has 28 days, so Jan 31 + 28 = Feb 28, + 30 = Mar 2.
#include "core/error.hpp"
#include "core/payment_terms.hpp"

#include <gtest/gtest.h>

using relance::Date;
using relance::EndOfMonthRule;
using relance::PaymentTerms;

namespace {
Date due(Date invoice, long days, EndOfMonthRule eom = EndOfMonthRule::None, int dayOfMonth = 0)
{
    return relance::dueDate(invoice, PaymentTerms{days, eom, dayOfMonth});
}
} // namespace

TEST(PaymentTerms, NetDaysAcrossFebruary)
{
    EXPECT_EQ(due(Date(2024, 1, 31), 30), Date(2024, 3, 1));
    EXPECT_EQ(due(Date(2023, 1, 31), 30), Date(2023, 3, 2));
    EXPECT_EQ(due(Date(2024, 12, 15), 30), Date(2025, 1, 14));
    EXPECT_EQ(due(Date(2024, 6, 10), 0), Date(2024, 6, 10));
}

TEST(PaymentTerms, FortyFiveDaysEndOfMonth)
{
    // 2024-01-15 + 45 d = 2024-02-29 (16 days left in Jan + 29 in Feb), end of Feb = 2024-02-29
    EXPECT_EQ(due(Date(2024, 1, 15), 45, EndOfMonthRule::AfterDays), Date(2024, 2, 29));
    // 2024-01-20 + 45 d = 2024-03-05 -> end of March
    EXPECT_EQ(due(Date(2024, 1, 20), 45, EndOfMonthRule::AfterDays), Date(2024, 3, 31));
    // end of month first: 2024-01-20 -> 2024-01-31, + 45 d = 2024-03-16 (29 Feb days + 16)
    EXPECT_EQ(due(Date(2024, 1, 20), 45, EndOfMonthRule::BeforeDays), Date(2024, 3, 16));
    // same in 2023: 2023-01-31 + 45 = 2023-03-17
    EXPECT_EQ(due(Date(2023, 1, 20), 45, EndOfMonthRule::BeforeDays), Date(2023, 3, 17));
}

TEST(PaymentTerms, PaidOnTheTwentieth)
{
    // 2024-03-10 + 30 = 2024-04-09 -> first 20th on or after = 2024-04-20
    EXPECT_EQ(due(Date(2024, 3, 10), 30, EndOfMonthRule::None, 20), Date(2024, 4, 20));
    // 2024-03-25 + 30 = 2024-04-24 -> 20th already passed -> 2024-05-20
    EXPECT_EQ(due(Date(2024, 3, 25), 30, EndOfMonthRule::None, 20), Date(2024, 5, 20));
    // landing on the 20th itself keeps it
    EXPECT_EQ(due(Date(2024, 3, 21), 30, EndOfMonthRule::None, 20), Date(2024, 4, 20));
}

TEST(PaymentTerms, DayOfMonthClampsToShortMonths)
{
    // "the 31st" in April is the 30th; in a leap February the 29th, otherwise the 28th
    EXPECT_EQ(relance::nextDayOfMonth(Date(2024, 4, 5), 31), Date(2024, 4, 30));
    EXPECT_EQ(relance::nextDayOfMonth(Date(2024, 2, 10), 30), Date(2024, 2, 29));
    EXPECT_EQ(relance::nextDayOfMonth(Date(2023, 2, 10), 30), Date(2023, 2, 28));
    // past the clamped day in January -> January has 31, so Jan 31
    EXPECT_EQ(relance::nextDayOfMonth(Date(2023, 1, 31), 31), Date(2023, 1, 31));
    // from Dec 21 the next 20th is in January of the following year
    EXPECT_EQ(relance::nextDayOfMonth(Date(2024, 12, 21), 20), Date(2025, 1, 20));
}

TEST(PaymentTerms, EndOfMonthThenDayOfMonth)
{
    // 2024-01-10 + 30 = 2024-02-09 -> end of Feb 2024-02-29 -> first 10th on/after = 2024-03-10
    EXPECT_EQ(due(Date(2024, 1, 10), 30, EndOfMonthRule::AfterDays, 10), Date(2024, 3, 10));
}

TEST(PaymentTerms, RejectsNonsense)
{
    EXPECT_THROW(due(Date(2024, 1, 1), -1), relance::InvalidArgument);
    EXPECT_THROW(due(Date(2024, 1, 1), 100000), relance::InvalidArgument);
    EXPECT_THROW(relance::endOfMonthRuleFromCode(3), relance::InvalidArgument);
    EXPECT_THROW(due(Date(2024, 1, 1), 30, EndOfMonthRule::None, 32), relance::InvalidArgument);
    EXPECT_THROW(due(Date(2024, 1, 1), 30, EndOfMonthRule::None, -5), relance::InvalidArgument);
}
