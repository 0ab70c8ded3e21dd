// Annual rates held as exact counts of 1e-8, and simple interest rounded once.
#include "core/annual_rate.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

#include <cmath>

using relance::AnnualRate;
using relance::InvalidArgument;
using relance::Money;
using relance::simpleInterest;

namespace {
Money cents(std::int64_t minor) { return Money::fromMinorUnits(minor, 2); }
AnnualRate rate(double fraction) { return AnnualRate::fromFraction(fraction); }
} // namespace

TEST(AnnualRate, HeldToEightDecimals)
{
    EXPECT_EQ(rate(0.1215).scaledUnits(), 12'150'000);  // 12.15 % (0.1215 × 1e8; the double is 0.12150000000000000355)
    EXPECT_EQ(rate(0.0801).scaledUnits(), 8'010'000);   // 8.01 %, the taux légal style of figure
    EXPECT_EQ(rate(0.12).scaledUnits(), 12'000'000);
    EXPECT_EQ(rate(-1).scaledUnits(), -100'000'000);   // -100 %
    EXPECT_EQ(rate(0).scaledUnits(), 0);
    EXPECT_EQ(rate(0.123456789).scaledUnits(), 12'345'679);   // 12345678.9 -> 12345679
    EXPECT_EQ(rate(0.1234567849).scaledUnits(), 12'345'678);  // 12345678.49 -> 12345678
    EXPECT_EQ(rate(-0.123456789).scaledUnits(), -12'345'679); // symmetric
    EXPECT_EQ(rate(100).scaledUnits(), 10'000'000'000LL);     // the largest accepted, 10,000 %
    EXPECT_DOUBLE_EQ(rate(0.1215).toFraction(), 0.1215);
    EXPECT_EQ(AnnualRate::fromScaledUnits(12'150'000), rate(0.1215));
}

TEST(AnnualRate, RefusesWhatIsNotARate)
{
    EXPECT_THROW(rate(std::nan("")), InvalidArgument);
    EXPECT_THROW(rate(HUGE_VAL), InvalidArgument);
    EXPECT_THROW(rate(100.0001), InvalidArgument);
    EXPECT_THROW(rate(-100.0001), InvalidArgument);
    EXPECT_THROW(AnnualRate::fromScaledUnits(10'000'000'001LL), InvalidArgument);
    try {
        AnnualRate::fromFraction(1215, "Rate");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Rate (1215) must be between -100 and 100 (-10000 % to 10000 %); write 12 % as 0.12");
    }
}

TEST(SimpleInterest, OneMonthOfAPaymentPlan)
{
    // balance × 12 % × 1/12 = balance × 1 %:
    EXPECT_EQ(simpleInterest(cents(100000), rate(0.12), 1, 12), cents(1000)); // 1000.00 -> 10.00
    EXPECT_EQ(simpleInterest(cents(66998), rate(0.12), 1, 12), cents(670));   // 669.98 -> 6.6998 -> 6.70
    EXPECT_EQ(simpleInterest(cents(33666), rate(0.12), 1, 12), cents(337));   // 336.66 -> 3.3666 -> 3.37
    EXPECT_EQ(simpleInterest(cents(33334), rate(0.12), 1, 12), cents(333));   // 333.34 -> 3.3334 -> 3.33
    // a quarter at 8 %: 757.38 × 0.08 × 3/12 = 757.38 × 0.02 = 15.1476 -> 15.15
    EXPECT_EQ(simpleInterest(cents(75738), rate(0.08), 3, 12), cents(1515));
    // a negative rate gives negative interest, rounded symmetrically: -6.6998 -> -6.70
    EXPECT_EQ(simpleInterest(cents(66998), rate(-0.12), 1, 12), cents(-670));
}

TEST(SimpleInterest, DaysOverABasis)
{
    // 1000.00 at 12.15 % for 30 days, Act/365: 1000 × 0.1215 × 30/365 = 3645/365 = 9.98630... -> 9.99
    EXPECT_EQ(simpleInterest(cents(100000), rate(0.1215), 30, 365), cents(999));
    // Act/360: 1000 × 0.1215 × 30/360 = 10.125, an exact half cent -> 10.13 (banker's rounding: 10.12)
    EXPECT_EQ(simpleInterest(cents(100000), rate(0.1215), 30, 360), cents(1013));
    // 1.00 at 5 % for half a year: 0.025 -> 0.03; the negative amount -> -0.03
    EXPECT_EQ(simpleInterest(cents(100), rate(0.05), 1, 2), cents(3));
    EXPECT_EQ(simpleInterest(cents(-100), rate(0.05), 1, 2), cents(-3));
    // JPY: 1000 yen at 5 % for 30 days Act/365 = 50 × 30/365 = 4.109... -> 4 yen
    EXPECT_EQ(simpleInterest(Money::fromMinorUnits(1000, 0), rate(0.05), 30, 365), Money::fromMinorUnits(4, 0));
    // no time, no interest
    EXPECT_EQ(simpleInterest(cents(100000), rate(0.1215), 0, 365), cents(0));
}

TEST(SimpleInterest, RefusesAMeaninglessYearFraction)
{
    EXPECT_THROW(simpleInterest(cents(100), rate(0.05), 1, 0), InvalidArgument);
    EXPECT_THROW(simpleInterest(cents(100), rate(0.05), 1, -365), InvalidArgument);
    EXPECT_THROW(simpleInterest(cents(100), rate(0.05), -1, 365), InvalidArgument);
}
