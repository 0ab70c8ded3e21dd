// The level payment of an instalment plan. Expected values come from the
// closed form A·r / (1 − (1+r)^−n), evaluated here independently, and from
// PMT examples published in spreadsheet documentation.
#include "core/annuity.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

#include <cmath>

using relance::AnnualRate;
using relance::InvalidArgument;
using relance::Money;
using relance::annuityPayment;
using relance::unroundedAnnuityPayment;

namespace {

Money amount(double value) { return Money::fromAmount(value, 2); }
AnnualRate rate(double fraction) { return AnnualRate::fromFraction(fraction); }

// Monthly plan: r = annual / 12.
Money monthly(double principal, int count, double annual)
{
    return annuityPayment(amount(principal), count, rate(annual), 1, 12);
}

// The closed form, written with expm1/log1p so that a tiny rate loses no
// digits to 1 − (1+r)^−n: 1 − (1+r)^−n = −expm1(−n·log1p(r)).
long double closedForm(long double principal, long double r, int n)
{
    if (r == 0)
        return principal / n;
    return principal * r / -std::expm1(-n * std::log1p(r));
}

// Calc's PMT (sign flipped) as LibreOffice's interpreter evaluates it for a
// payment in arrears, in double: (fv + pv·e^(n·log1p r))·r / expm1(n·log1p r).
double calcPmt(double r, int n, double pv)
{
    const double exponent = n * std::log1p(r);
    return pv * std::exp(exponent) * r / std::expm1(exponent);
}

} // namespace

TEST(Annuity, TheWorkedExample)
{
    // 1000.00 over 3 months at 12 % (r = 1 %): 1.01^3 = 1.030301, 1.01^-3 = 0.970590147...,
    // 1 - 0.970590147 = 0.029409852..., 10 / 0.029409852 = 340.0221114... -> 340.02
    EXPECT_EQ(monthly(1000, 3, 0.12), amount(340.02));
    EXPECT_NEAR(static_cast<double>(unroundedAnnuityPayment(amount(1000), 3, rate(0.12), 1, 12)),
                340.022111481469, 1e-9);
}

TEST(Annuity, PublishedPmtExamples)
{
    // Microsoft's PMT page: PMT(8%/12, 10, 10000) = -1,037.03
    EXPECT_EQ(monthly(10000, 10, 0.08), amount(1037.03));
    // OpenOffice wiki, PMT: PMT(5.5%/12; 24; 5000) = -220.48
    EXPECT_EQ(monthly(5000, 24, 0.055), amount(220.48));
    // OpenOffice wiki (es), PAGO: PAGO(1,99%/12;36;25000) = -715.96 and PAGO(0.05/12;36;50000) = -1,498.54
    EXPECT_EQ(monthly(25000, 36, 0.0199), amount(715.96));
    EXPECT_EQ(monthly(50000, 36, 0.05), amount(1498.54));
    // FoxPro PAYMENT(100000, .105/12, 240) displays 998.38
    EXPECT_EQ(monthly(100000, 240, 0.105), amount(998.38));
    // Claris PMT(21000; .069/12; 48) = 501.90; Mescius PMT(6%/12, 15, 5000) = -346.82
    EXPECT_EQ(monthly(21000, 48, 0.069), amount(501.90));
    EXPECT_EQ(monthly(5000, 15, 0.06), amount(346.82));
}

TEST(Annuity, UnroundedAgreesWithPublishedDigits)
{
    // Adobe FormCalc Pmt(150000, 0.0475/12, 25*12) = 855.17604207164 (monthly, 25 years)
    EXPECT_NEAR(static_cast<double>(unroundedAnnuityPayment(amount(150000), 300, rate(0.0475), 1, 12)),
                855.17604207164, 1e-10);
    // Pmt(25000, 0.085, 12) = 3403.82145169876 (yearly: a period of 12 months)
    EXPECT_NEAR(static_cast<double>(unroundedAnnuityPayment(amount(25000), 12, rate(0.085), 12, 12)),
                3403.82145169876, 1e-10);
}

TEST(Annuity, UnroundedAgreesWithTheClosedFormAndCalcsPmt)
{
    struct Case {
        double principal;
        int count;
        double annual;
        int periodMonths;
    };
    for (const Case c : {Case{1000, 3, 0.12, 1}, Case{1000, 4, 0.08, 3}, Case{15000, 7, 0.05, 12},
                         Case{123456.78, 600, 0.0399, 1}, Case{99.99, 1, 0.2, 6}, Case{5000, 60, 0.00000001, 1},
                         Case{80000, 120, -0.02, 1}, Case{9999999999999.99, 600, 0.5, 12},
                         Case{1, 600, 0.12, 1}, Case{750, 13, 0.1215, 2}}) {
        const long double r = static_cast<long double>(c.annual) * c.periodMonths / 12;
        const long double expected = closedForm(c.principal, r, c.count);
        const long double actual =
            unroundedAnnuityPayment(amount(c.principal), c.count, rate(c.annual), c.periodMonths, 12);
        EXPECT_NEAR(static_cast<double>(actual / expected), 1.0, 1e-15)
            << c.principal << " " << c.count << " " << c.annual;
        // Calc's PMT in double agrees to its own precision.
        EXPECT_NEAR(calcPmt(static_cast<double>(r), c.count, c.principal) / static_cast<double>(actual), 1.0, 1e-12);
        // And the rounded payment is the closed form rounded to the cent.
        EXPECT_EQ(annuityPayment(amount(c.principal), c.count, rate(c.annual), c.periodMonths, 12).minorUnits(),
                  std::llround(static_cast<double>(expected * 100)));
    }
}

TEST(Annuity, ZeroRateSplitsEvenly)
{
    EXPECT_EQ(monthly(1200, 12, 0), amount(100));     // 1200 / 12 = 100.00
    EXPECT_EQ(monthly(1000, 3, 0), amount(333.33));   // 333.333... -> 333.33
    EXPECT_EQ(monthly(1000, 6, 0), amount(166.67));   // 166.666... -> 166.67
    EXPECT_EQ(monthly(1, 8, 0), amount(0.13));        // 12.5 cents, a half -> 13 cents
    EXPECT_EQ(annuityPayment(Money::fromMinorUnits(100000, 0), 3, rate(0), 1, 12),
              Money::fromMinorUnits(33333, 0));       // 100000 yen / 3 = 33333.3 -> 33333
}

TEST(Annuity, ExactHalvesRoundAwayFromZero)
{
    // One payment at 1 % a month: 0.50 × 1.01 = 0.505, an exact half cent -> 0.51
    EXPECT_EQ(monthly(0.50, 1, 0.12), amount(0.51));
    // Two payments at 1 %: A·0.01 / (1 − 1.01^−2) = A·0.01·1.0201 / 0.0201 = A·10201 / 20100.
    // 10201 = 101² shares no factor with 20100 = 2²·3·5²·67, so a half cent needs
    // A = 10050 cents × odd: 100.50 -> 10050 × 10201 / 20100 = 10201 / 2 = 5100.5 cents -> 51.01
    EXPECT_EQ(monthly(100.50, 2, 0.12), amount(51.01));
    EXPECT_EQ(monthly(201, 2, 0.12), amount(102.01)); // 20100 × 10201 / 20100 = 10201 cents, exact
}

TEST(Annuity, NegativeRatesAndTheFloor)
{
    // -12 % a year, r = -1 %: 1000 × -0.01 / (1 - 0.99^-3); 0.99^3 = 0.970299, 0.99^-3 = 1.0306101...,
    // -10 / -0.0306101... = 326.6890... -> 326.69
    EXPECT_EQ(monthly(1000, 3, -0.12), amount(326.69));
    // -100 % a year paid yearly: r = -1, the first interest cancels the debt; the payment is 0.
    EXPECT_EQ(annuityPayment(amount(1000), 5, rate(-1), 12, 12), amount(0));
    // Below -100 % per period the formula has no meaning.
    EXPECT_THROW(annuityPayment(amount(1000), 5, rate(-1.5), 12, 12), InvalidArgument);
}

TEST(Annuity, RefusesBadArguments)
{
    EXPECT_THROW(annuityPayment(amount(1000), 0, rate(0.05), 1, 12), InvalidArgument);
    EXPECT_THROW(annuityPayment(amount(1000), 3, rate(0.05), 1, 0), InvalidArgument);
    EXPECT_THROW(annuityPayment(amount(1000), 3, rate(0.05), -1, 12), InvalidArgument);
    // One yearly payment of 9999999999999.99 at 10,000 %: A × 101 ≈ 1.01e15, which in
    // ten-thousandths is 1.01e19 minor units, beyond 2^63 ≈ 9.22e18.
    EXPECT_THROW(annuityPayment(Money::fromAmount(9999999999999.99, 4), 1, rate(100), 12, 12), InvalidArgument);
}
