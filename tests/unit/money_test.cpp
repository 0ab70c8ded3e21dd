// Exact money: integer minor units, one rounding half away from zero.
// Every expectation is worked out by hand in the comment beside it.
#include "core/error.hpp"
#include "core/money.hpp"
#include "core/rounding.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using relance::InvalidArgument;
using relance::Money;
using relance::divRoundHalfAway;
using relance::mulDivRoundHalfAway;

namespace {
Money cents(std::int64_t minor) { return Money::fromMinorUnits(minor, 2); }
Money yen(std::int64_t minor) { return Money::fromMinorUnits(minor, 0); }
} // namespace

// --- mulDivRoundHalfAway / divRoundHalfAway ---------------------------------

TEST(Rounding, HalvesGoAwayFromZeroInEverySign)
{
    EXPECT_EQ(divRoundHalfAway(5, 2), 3);   // 2.5 -> 3
    EXPECT_EQ(divRoundHalfAway(-5, 2), -3); // -2.5 -> -3 (not -2: symmetric)
    EXPECT_EQ(divRoundHalfAway(5, -2), -3); // 5 / -2 = -2.5 -> -3
    EXPECT_EQ(divRoundHalfAway(-5, -2), 3); // 2.5 -> 3
    EXPECT_EQ(divRoundHalfAway(7, 2), 4);   // 3.5 -> 4 (banker's rounding would also give 4)
    EXPECT_EQ(divRoundHalfAway(9, 2), 5);   // 4.5 -> 5 (banker's rounding would give 4)
    EXPECT_EQ(divRoundHalfAway(3, 4), 1);   // 0.75 -> 1
    EXPECT_EQ(divRoundHalfAway(1, 4), 0);   // 0.25 -> 0
    EXPECT_EQ(divRoundHalfAway(-1, 4), 0);  // -0.25 -> 0
    EXPECT_EQ(divRoundHalfAway(24999, 10000), 2);   // 2.4999 -> 2
    EXPECT_EQ(divRoundHalfAway(-24999, 10000), -2); // -2.4999 -> -2
    EXPECT_EQ(divRoundHalfAway(0, 7), 0);
}

TEST(Rounding, ProductOfThreeIsRoundedOnce)
{
    // 669.98 at 12 % for one month: 66998 cents × 12'000'000 (0.12 in 1e-8) × 1 / (12 × 1e8)
    // = 66998 × 0.01 = 669.98 cents -> 670 cents.
    EXPECT_EQ(mulDivRoundHalfAway(66998, 12'000'000, 1, 12 * 100'000'000LL), 670);
    // Rounding each factor first would go wrong: 1000.00 × 12.15 % × 30 / 365
    // = 100000 × 0.1215 × 30 / 365 cents = 364500 / 365 = 998.630... -> 999 cents.
    EXPECT_EQ(mulDivRoundHalfAway(100000, 12'150'000, 30, 365 * 100'000'000LL), 999);
    // The same over 360 days: 364500 / 360 = 1012.5 cents: an exact half -> 1013.
    EXPECT_EQ(mulDivRoundHalfAway(100000, 12'150'000, 30, 360 * 100'000'000LL), 1013);
    EXPECT_EQ(mulDivRoundHalfAway(-100000, 12'150'000, 30, 360 * 100'000'000LL), -1013);
}

TEST(Rounding, ExactWhereADoubleIsNot)
{
    // 10^13 units in cents (10^15) at 100 % (10^10 in 1e-8) for 3660 days on 365:
    // 10^15 × 10^10 × 3660 / (365 × 10^8) = 10^17 × 3660 / 365 = 73 200 000 000 000 000 000 / 73
    // = 1 002 739 726 027 397 260 remainder 20 (73 × 1002739726027397260 = 73199999999999999980),
    // and 20/73 < 1/2 -> 1002739726027397260, a value no double holds exactly.
    EXPECT_EQ(mulDivRoundHalfAway(1'000'000'000'000'000LL, 10'000'000'000LL, 3660, 365 * 100'000'000LL),
              1'002'739'726'027'397'260LL);
}

TEST(Rounding, RefusesOverflowAndDivisionByZero)
{
    constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max();
    // (2^63 - 1)^2 × 4 ≈ 2^128 > 2^127: the product leaves 128 bits.
    EXPECT_THROW(mulDivRoundHalfAway(big, big, 4, 1), InvalidArgument);
    // (2^63 - 1) × 2 fits in 128 bits but not the 64-bit result.
    EXPECT_THROW(mulDivRoundHalfAway(big, 2, 1, 1), InvalidArgument);
    // (-2^63) × (-2^63) = 2^126 fits in 128 bits, the quotient by 1 does not fit in 64.
    constexpr std::int64_t least = std::numeric_limits<std::int64_t>::min();
    EXPECT_THROW(mulDivRoundHalfAway(least, least, 1, 1), InvalidArgument);
    // ... but dividing it back down is fine: 2^126 / 2^63 = 2^63 is still too big, 2^126 / -2^63 = -2^63 fits.
    EXPECT_EQ(mulDivRoundHalfAway(least, least, 1, least), least);
    EXPECT_THROW(mulDivRoundHalfAway(1, 1, 1, 0), InvalidArgument);
    EXPECT_THROW(divRoundHalfAway(1, 0), InvalidArgument);
}

TEST(Rounding, SixtyFourBitShortcutAgreesWithTheWideComputation)
{
    // Products that fit in 64 bits take a shortcut; it must round exactly as
    // the 128-bit computation does. Checked against a reference written here
    // with 128-bit integers, on both sides of 2^63 and on exact halves.
    __extension__ typedef __int128 Wide;
    auto reference = [](std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
        const Wide n = Wide(a) * b * c;
        Wide q = n / d;
        const Wide r = n % d;
        if (2 * (r < 0 ? -r : r) >= (d < 0 ? -Wide(d) : Wide(d)))
            q += ((n < 0) == (d < 0)) ? 1 : -1;
        return static_cast<std::int64_t>(q);
    };
    std::mt19937_64 random(42);
    for (int i = 0; i < 100000; ++i) {
        const auto a = static_cast<std::int64_t>(random() % 2'000'000'000'000LL) - 1'000'000'000'000LL;
        const auto b = static_cast<std::int64_t>(random() % 60'000'000) - 10'000'000;
        const auto c = static_cast<std::int64_t>(random() % 3000);
        const std::int64_t d = (i % 2 ? 365 : 360) * 100'000'000LL;
        EXPECT_EQ(mulDivRoundHalfAway(a, b, c, d), reference(a, b, c, d)) << a << " " << b << " " << c;
    }
    // Exact halves in the shortcut, both signs: 5 × 1 × 1 / 2, -5 × 1 × 1 / 2.
    EXPECT_EQ(mulDivRoundHalfAway(5, 1, 1, 2), 3);
    EXPECT_EQ(mulDivRoundHalfAway(-5, 1, 1, 2), -3);
    // A product just above 2^63 (the wide path) next to one just below (the shortcut).
    EXPECT_EQ(mulDivRoundHalfAway(3'037'000'500LL, 3'037'000'500LL, 1, 7), reference(3'037'000'500LL, 3'037'000'500LL, 1, 7));
    EXPECT_EQ(mulDivRoundHalfAway(3'037'000'499LL, 3'037'000'499LL, 1, 7), reference(3'037'000'499LL, 3'037'000'499LL, 1, 7));
}

// --- Money from a Calc double -------------------------------------------------

TEST(Money, FromAmountRoundsTheDecimalCalcShows)
{
    EXPECT_EQ(Money::fromAmount(1280.5, 2).minorUnits(), 128050);
    // The double nearest 1.005 is 1.00499999999999989...; Calc shows 1.005 and
    // ROUND(1.005;2) = 1.01. Rounding the 15 significant digits gives 100.5 cents -> 101.
    EXPECT_EQ(Money::fromAmount(1.005, 2).minorUnits(), 101);
    // 2.675 is stored as 2.67499999999999982...; shown as 2.675 -> 267.5 cents -> 268.
    EXPECT_EQ(Money::fromAmount(2.675, 2).minorUnits(), 268);
    EXPECT_EQ(Money::fromAmount(-2.675, 2).minorUnits(), -268);
    // 0.125 is exact in binary: 12.5 cents, a true half -> 13; -0.125 -> -13.
    EXPECT_EQ(Money::fromAmount(0.125, 2).minorUnits(), 13);
    EXPECT_EQ(Money::fromAmount(-0.125, 2).minorUnits(), -13);
    EXPECT_EQ(Money::fromAmount(0.124999, 2).minorUnits(), 12); // 12.4999 cents -> 12
    // 0.1 + 0.2 = 0.30000000000000004 -> 30 cents.
    EXPECT_EQ(Money::fromAmount(0.1 + 0.2, 2).minorUnits(), 30);
    // A decision worth pinning: 16 significant digits just below a half are read
    // at Calc's 15, 1280.50500000000, so they round up like the half itself.
    EXPECT_EQ(Money::fromAmount(1280.504999999999, 2).minorUnits(), 128051);
}

TEST(Money, FromAmountAtEachCurrencysDigits)
{
    EXPECT_EQ(Money::fromAmount(1280.5, 0).minorUnits(), 1281);  // JPY: 1280.5 -> 1281
    EXPECT_EQ(Money::fromAmount(1280.4, 0).minorUnits(), 1280);  // 1280.4 -> 1280
    EXPECT_EQ(Money::fromAmount(-0.5, 0).minorUnits(), -1);      // -0.5 -> -1
    EXPECT_EQ(Money::fromAmount(1.2345, 3).minorUnits(), 1235);  // 1234.5 thousandths -> 1235
    EXPECT_EQ(Money::fromAmount(1.23456, 4).minorUnits(), 12346); // 12345.6 -> 12346
    EXPECT_EQ(Money::fromAmount(0.00005, 4).minorUnits(), 1);    // 0.5 ten-thousandths -> 1
    EXPECT_EQ(Money::fromAmount(1e-300, 2).minorUnits(), 0);
    EXPECT_EQ(Money::fromAmount(-1e-300, 2).minorUnits(), 0);
    EXPECT_EQ(Money::fromAmount(0.0, 2).minorUnits(), 0);
    EXPECT_EQ(Money::fromAmount(-0.0, 2).minorUnits(), 0);
    // The largest amount accepted with cents: the double 9999999999999.990234375
    // reads as 9.99999999999999e12 -> 999 999 999 999 999 cents.
    EXPECT_EQ(Money::fromAmount(9999999999999.99, 2).minorUnits(), 999'999'999'999'999LL);
    EXPECT_EQ(Money::fromAmount(123456789012.345, 2).minorUnits(), 12'345'678'901'235LL); // ...234.5 -> 235
    EXPECT_EQ(Money::fromAmount(1280.5, 2).digits(), 2);
}

TEST(Money, FromAmountRefusesWhatIsNotAnAmount)
{
    EXPECT_THROW(Money::fromAmount(std::nan(""), 2), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(HUGE_VAL, 2), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(-HUGE_VAL, 2), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(1e13, 2), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(-1e13, 2), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(1.0, 5), InvalidArgument);
    EXPECT_THROW(Money::fromAmount(1.0, -1), InvalidArgument);
    EXPECT_THROW(Money::fromMinorUnits(1, 5), InvalidArgument);
    try {
        Money::fromAmount(1e13, 2, "Amount");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Amount (1e+13) must be less than 10000000000000 in absolute value");
    }
}

// --- Money back to Calc and to text ------------------------------------------

TEST(Money, ToAmountIsTheNearestDouble)
{
    EXPECT_EQ(cents(128050).toAmount(), 1280.5);
    EXPECT_EQ(cents(-5).toAmount(), -0.05);
    EXPECT_EQ(cents(101).toAmount(), 1.01);
    EXPECT_EQ(yen(1280).toAmount(), 1280.0);
    EXPECT_EQ(Money::fromMinorUnits(12346, 4).toAmount(), 1.2346);
    // Beyond 2^53 minor units (4 digits): 9999999999999.9999 -> the literal's nearest double.
    EXPECT_EQ(Money::fromMinorUnits(99'999'999'999'999'999LL, 4).toAmount(), 9999999999999.9999);
    EXPECT_EQ(Money::fromMinorUnits(12'345'678'901'234'567LL, 4).toAmount(), 1234567890123.4567);
}

TEST(Money, DecimalTextHasTheCurrencysDigits)
{
    EXPECT_EQ(cents(128050).toDecimalText(), "1280.50");
    EXPECT_EQ(cents(-5).toDecimalText(), "-0.05");
    EXPECT_EQ(cents(0).toDecimalText(), "0.00");
    EXPECT_EQ(yen(1280).toDecimalText(), "1280");
    EXPECT_EQ(yen(-7).toDecimalText(), "-7");
    EXPECT_EQ(Money::fromMinorUnits(5, 4).toDecimalText(), "0.0005");
    EXPECT_EQ(Money::fromMinorUnits(1235, 3).toDecimalText(), "1.235");
    // The most negative count: -9223372036854775808 cents.
    EXPECT_EQ(cents(std::numeric_limits<std::int64_t>::min()).toDecimalText(), "-92233720368547758.08");
}

TEST(Money, FromDecimalTextIsExact)
{
    EXPECT_EQ(Money::fromDecimalText("1280.50", 2), cents(128050));
    EXPECT_EQ(Money::fromDecimalText("1280.5", 2), cents(128050));
    EXPECT_EQ(Money::fromDecimalText("1280", 2), cents(128000));
    EXPECT_EQ(Money::fromDecimalText("-0.05", 2), cents(-5));
    EXPECT_EQ(Money::fromDecimalText("1.500", 2), cents(150));  // trailing zeros are not extra precision
    EXPECT_EQ(Money::fromDecimalText("0012.3", 2), cents(1230));
    EXPECT_EQ(Money::fromDecimalText("-0", 2), cents(0));
    EXPECT_EQ(Money::fromDecimalText("1280", 0), yen(1280));
    EXPECT_EQ(Money::fromDecimalText("1280.0", 0), yen(1280));
    EXPECT_EQ(Money::fromDecimalText("9999999999999.99", 2), cents(999'999'999'999'999LL));
    EXPECT_EQ(Money::fromDecimalText("0.0005", 4), Money::fromMinorUnits(5, 4));
}

TEST(Money, FromDecimalTextRefusesRatherThanGuesses)
{
    for (const char* text : {"", "-", "1.005", "1,5", "1 280.50", "+5", "1e3", ".5", "5.", "12a", "--1",
                             "10000000000000", "1280.50 ", " 1280.50"})
        EXPECT_THROW(Money::fromDecimalText(text, 2), InvalidArgument) << text;
    EXPECT_THROW(Money::fromDecimalText("1280.5", 0), InvalidArgument); // yen have no decimals
    try {
        Money::fromDecimalText("1.005", 2, "Amount");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Amount ('1.005') has more decimals than the currency's 2");
    }
}

TEST(Money, TextRoundTrips)
{
    // Counts whose amount stays below 1e13 even with 0 digits.
    for (const std::int64_t minor : {0LL, 1LL, -1LL, 99LL, 100LL, 128050LL, -999'999'999'999LL})
        for (int digits = 0; digits <= 4; ++digits) {
            const Money money = Money::fromMinorUnits(minor, digits);
            EXPECT_EQ(Money::fromDecimalText(money.toDecimalText(), digits), money) << money;
        }
}

// --- Arithmetic ---------------------------------------------------------------

TEST(Money, SumsAreExact)
{
    // 0.10 + 0.20 = 0.30 exactly (in doubles it would be 0.30000000000000004).
    EXPECT_EQ(cents(10) + cents(20), cents(30));
    // Ten times 0.10 is 1.00.
    Money total = cents(0);
    for (int i = 0; i < 10; ++i)
        total += cents(10);
    EXPECT_EQ(total, cents(100));
    EXPECT_EQ(cents(100) - cents(250), cents(-150));
    EXPECT_EQ(-cents(5), cents(-5));
    EXPECT_TRUE(cents(0).isZero());
    EXPECT_TRUE(cents(-1).isNegative());
}

TEST(Money, ComparesWithinACurrency)
{
    EXPECT_LT(cents(99), cents(100));
    EXPECT_GE(cents(100), cents(100));
    EXPECT_EQ(relance::min(cents(3), cents(-2)), cents(-2));
    EXPECT_EQ(relance::max(cents(3), cents(-2)), cents(3));
    // 1.00 with 2 digits and 100 with 0 digits are different amounts in different units.
    EXPECT_NE(cents(100), yen(100));
    EXPECT_THROW((void)(cents(100) < yen(100)), InvalidArgument);
    EXPECT_THROW(cents(100) + yen(100), InvalidArgument);
}

TEST(Money, RefusesOverflow)
{
    constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max();
    EXPECT_THROW(cents(big) + cents(1), InvalidArgument);
    EXPECT_THROW(cents(-big) - cents(2), InvalidArgument);
    EXPECT_THROW(-cents(std::numeric_limits<std::int64_t>::min()), InvalidArgument);
    EXPECT_EQ(cents(big) - cents(1), cents(big - 1));
}
