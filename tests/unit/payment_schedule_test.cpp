// PAYMENTPLAN schedules. Each expected row is worked out by hand in the
// comment above it: interest = balance × annual rate × months / 12, rounded
// half away from zero to the cent; the level payment is the annuity
// A·r / (1 − (1+r)^−n) rounded to the cent.
#include "core/annuity.hpp"
#include "core/error.hpp"
#include "core/payment_schedule.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using relance::Date;
using relance::Instalment;
using relance::InvalidArgument;
using relance::Money;
using relance::PaymentPlanTerms;
using relance::RepaymentMethod;
using relance::buildPaymentPlan;

namespace {

Money eur(double amount) { return Money::fromAmount(amount, 2); }

PaymentPlanTerms terms(double amount, int count, Date first, int periodMonths = 1, double rate = 0,
                       RepaymentMethod method = RepaymentMethod::EqualPayments)
{
    return PaymentPlanTerms{eur(amount), count, first, periodMonths, rate, method};
}

// One row as the expectation lists it: payment, interest, principal, balance.
void expectRow(const Instalment& row, double payment, double interest, double principal, double balance)
{
    EXPECT_EQ(row.payment, eur(payment)) << "row " << row.number;
    EXPECT_EQ(row.interest, eur(interest)) << "row " << row.number;
    EXPECT_EQ(row.principal, eur(principal)) << "row " << row.number;
    EXPECT_EQ(row.balance, eur(balance)) << "row " << row.number;
}

Money principalSum(const std::vector<Instalment>& plan)
{
    Money sum = Money::fromMinorUnits(0, plan.front().principal.digits());
    for (const Instalment& row : plan)
        sum += row.principal;
    return sum;
}

} // namespace

TEST(PaymentPlan, InterestFreeSplitsEvenly)
{
    // 1200.00 over 12 months at 0 %: 1200 / 12 = 100.00 each, no interest,
    // balance 1100, 1000, ..., 0.
    const auto plan = buildPaymentPlan(terms(1200, 12, Date(2024, 1, 15)));
    ASSERT_EQ(plan.size(), 12u);
    for (int k = 0; k < 12; ++k) {
        EXPECT_EQ(plan[k].number, k + 1);
        expectRow(plan[k], 100, 0, 100, 1100 - 100 * k);
        EXPECT_EQ(plan[k].date, Date(2024, static_cast<unsigned short>(1 + k), 15));
    }
}

TEST(PaymentPlan, AnnuityWorkedExample)
{
    // 1000.00 over 3 months at 12 % a year, r = 1 % a month.
    // PMT = 1000 × 0.01 / (1 − 1.01^−3) = 10 / 0.0294098521 = 340.0221... -> 340.02
    const auto plan = buildPaymentPlan(terms(1000, 3, Date(2024, 1, 31), 1, 0.12));
    ASSERT_EQ(plan.size(), 3u);
    // 1: interest 1000.00 × 1 % = 10.00; principal 340.02 − 10.00 = 330.02; balance 669.98
    expectRow(plan[0], 340.02, 10.00, 330.02, 669.98);
    // 2: interest 669.98 × 1 % = 6.6998 -> 6.70; principal 333.32; balance 336.66
    expectRow(plan[1], 340.02, 6.70, 333.32, 336.66);
    // 3 (last): interest 336.66 × 1 % = 3.3666 -> 3.37; principal = the balance 336.66;
    //   payment 336.66 + 3.37 = 340.03 (absorbs the rounding); balance 0
    expectRow(plan[2], 340.03, 3.37, 336.66, 0);
    // Dates: the 31st kept at month ends: 31 Jan, 29 Feb 2024, 31 Mar.
    EXPECT_EQ(plan[0].date, Date(2024, 1, 31));
    EXPECT_EQ(plan[1].date, Date(2024, 2, 29));
    EXPECT_EQ(plan[2].date, Date(2024, 3, 31));
}

TEST(PaymentPlan, AnnuityRowsFollowIpmtAndPpmt)
{
    // Calc, unrounded, for the same plan: PMT = 340.0221115,
    //   IPMT(1%;1;3;-1000) = 10,             PPMT = 330.0221115
    //   IPMT(1%;2;3;-1000) = 669.9778885 × 1 % = 6.699778885, PPMT = 333.3223326
    //   IPMT(1%;3;3;-1000) = 336.6555559 × 1 % = 3.366555559, PPMT = 336.6555559
    // The schedule's rows are these figures rounded to the cent, the last
    // principal taking the remaining balance (336.66).
    const double ipmt[] = {10.0, 6.699778885, 3.366555559};
    const double ppmt[] = {330.0221115, 333.3223326, 336.6555559};
    const auto plan = buildPaymentPlan(terms(1000, 3, Date(2024, 1, 31), 1, 0.12));
    for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(plan[k].interest.toAmount(), ipmt[k], 0.005);
        EXPECT_NEAR(plan[k].principal.toAmount(), ppmt[k], 0.005);
    }
}

TEST(PaymentPlan, YearlyPlanMatchesLibreOfficesIpmtExample)
{
    // LibreOffice Basic help: IPmt(0.05, 5, 7, 15000) = -352.97, the interest of the
    // fifth year of 15000 repaid yearly over 7 years at 5 %.
    // PMT = 15000 × 0.05 / (1 − 1.05^−7) = 750 / 0.289319... = 2592.2988... -> 2592.30
    //   1: 15000.00 × 5 % = 750.00;              principal 1842.30; balance 13157.70
    //   2: 13157.70 × 5 % = 657.885   -> 657.89; principal 1934.41; balance 11223.29
    //   3: 11223.29 × 5 % = 561.1645  -> 561.16; principal 2031.14; balance  9192.15
    //   4:  9192.15 × 5 % = 459.6075  -> 459.61; principal 2132.69; balance  7059.46
    //   5:  7059.46 × 5 % = 352.973   -> 352.97; principal 2239.33; balance  4820.13
    //   6:  4820.13 × 5 % = 241.0065  -> 241.01; principal 2351.29; balance  2468.84
    //   7:  2468.84 × 5 % = 123.442   -> 123.44; principal 2468.84; payment 2592.28
    const auto plan = buildPaymentPlan(terms(15000, 7, Date(2024, 3, 1), 12, 0.05));
    ASSERT_EQ(plan.size(), 7u);
    expectRow(plan[0], 2592.30, 750.00, 1842.30, 13157.70);
    expectRow(plan[1], 2592.30, 657.89, 1934.41, 11223.29);
    expectRow(plan[2], 2592.30, 561.16, 2031.14, 9192.15);
    expectRow(plan[3], 2592.30, 459.61, 2132.69, 7059.46);
    expectRow(plan[4], 2592.30, 352.97, 2239.33, 4820.13);
    expectRow(plan[5], 2592.30, 241.01, 2351.29, 2468.84);
    expectRow(plan[6], 2592.28, 123.44, 2468.84, 0);
    EXPECT_EQ(plan[6].date, Date(2030, 3, 1));
}

TEST(PaymentPlan, MicrosoftsPmtExampleAsASchedule)
{
    // Microsoft's PMT page: PMT(8%/12; 10; 10000) = -1037.03. r = 0.08/12 = 0.00666...
    //   1: 10000.00 × 0.08/12 = 66.666... -> 66.67; principal 1037.03 − 66.67 = 970.36; balance 9029.64
    //   2:  9029.64 × 0.08/12 = 60.1976   -> 60.20; principal 976.83; balance 8052.81
    //  10: the remaining 1030.20: interest 1030.20 × 0.08/12 = 6.868 -> 6.87; payment 1037.07
    const auto plan = buildPaymentPlan(terms(10000, 10, Date(2024, 1, 5), 1, 0.08));
    expectRow(plan[0], 1037.03, 66.67, 970.36, 9029.64);
    expectRow(plan[1], 1037.03, 60.20, 976.83, 8052.81);
    expectRow(plan[9], 1037.07, 6.87, 1030.20, 0);
}

TEST(PaymentPlan, EqualPrincipal)
{
    // 1000.00 in 3 at 12 %: principal 1000 / 3 = 333.33, 333.33, last 1000 − 666.66 = 333.34.
    //   1: interest 1000.00 × 1 % = 10.00;            payment 343.33; balance 666.67
    //   2: interest 666.67 × 1 % = 6.6667 -> 6.67;    payment 340.00; balance 333.34
    //   3: interest 333.34 × 1 % = 3.3334 -> 3.33;    payment 336.67; balance 0
    const auto plan =
        buildPaymentPlan(terms(1000, 3, Date(2024, 1, 31), 1, 0.12, RepaymentMethod::EqualPrincipal));
    expectRow(plan[0], 343.33, 10.00, 333.33, 666.67);
    expectRow(plan[1], 340.00, 6.67, 333.33, 333.34);
    expectRow(plan[2], 336.67, 3.33, 333.34, 0);
}

TEST(PaymentPlan, QuarterlyAnnuity)
{
    // 1000.00 in 4 quarterly payments at 8 % a year: r = 0.08 × 3 / 12 = 2 %.
    // 1.02^4 = 1.08243216; PMT = 20 / (1 − 1/1.08243216) = 20 / 0.0761545735 = 262.6237... -> 262.62
    //   1: 1000.00 × 2 % = 20.00;             principal 242.62; balance 757.38
    //   2:  757.38 × 2 % = 15.1476 -> 15.15;  principal 247.47; balance 509.91
    //   3:  509.91 × 2 % = 10.1982 -> 10.20;  principal 252.42; balance 257.49
    //   4:  257.49 × 2 % = 5.1498  -> 5.15;   principal 257.49; payment 262.64
    const auto plan = buildPaymentPlan(terms(1000, 4, Date(2024, 1, 15), 3, 0.08));
    expectRow(plan[0], 262.62, 20.00, 242.62, 757.38);
    expectRow(plan[1], 262.62, 15.15, 247.47, 509.91);
    expectRow(plan[2], 262.62, 10.20, 252.42, 257.49);
    expectRow(plan[3], 262.64, 5.15, 257.49, 0);
    // Every three months from 15 January: 15 Apr, 15 Jul, 15 Oct.
    EXPECT_EQ(plan[1].date, Date(2024, 4, 15));
    EXPECT_EQ(plan[2].date, Date(2024, 7, 15));
    EXPECT_EQ(plan[3].date, Date(2024, 10, 15));
}

TEST(PaymentPlan, MonthEndDates)
{
    const auto leap = buildPaymentPlan(terms(300, 3, Date(2024, 1, 31)));
    EXPECT_EQ(leap[1].date, Date(2024, 2, 29)); // leap February
    EXPECT_EQ(leap[2].date, Date(2024, 3, 31)); // back to the 31st, no drift to the 29th
    const auto common = buildPaymentPlan(terms(300, 3, Date(2023, 1, 31)));
    EXPECT_EQ(common[1].date, Date(2023, 2, 28));
    EXPECT_EQ(common[2].date, Date(2023, 3, 31));
    // 30 April is April's last day: the plan stays at month ends.
    const auto april = buildPaymentPlan(terms(300, 3, Date(2024, 4, 30)));
    EXPECT_EQ(april[1].date, Date(2024, 5, 31));
    EXPECT_EQ(april[2].date, Date(2024, 6, 30));
    // A 30th that is not a month end keeps the 30th after February.
    const auto thirtieth = buildPaymentPlan(terms(300, 3, Date(2024, 1, 30)));
    EXPECT_EQ(thirtieth[1].date, Date(2024, 2, 29));
    EXPECT_EQ(thirtieth[2].date, Date(2024, 3, 30));
}

TEST(PaymentPlan, BusinessDayAdjustmentMovesDatesNotAmounts)
{
    // A stand-in for a calendar: Saturday and Sunday roll forward to Monday.
    const auto rollWeekend = [](Date d) {
        while (d.day_of_week() == boost::date_time::Saturday || d.day_of_week() == boost::date_time::Sunday)
            d += boost::gregorian::days(1);
        return d;
    };
    // 1 June 2024 is a Saturday -> Monday 3 June; 1 July is a Monday; 1 September a Sunday -> 2 September.
    const auto plain = buildPaymentPlan(terms(1000, 4, Date(2024, 6, 1), 1, 0.12));
    const auto rolled = buildPaymentPlan(terms(1000, 4, Date(2024, 6, 1), 1, 0.12), rollWeekend);
    EXPECT_EQ(rolled[0].date, Date(2024, 6, 3));
    EXPECT_EQ(rolled[1].date, Date(2024, 7, 1));
    EXPECT_EQ(rolled[2].date, Date(2024, 8, 1));
    EXPECT_EQ(rolled[3].date, Date(2024, 9, 2));
    // The next date is still counted from the unadjusted first date (1 July, not 3 July).
    for (std::size_t k = 0; k < plain.size(); ++k) {
        EXPECT_EQ(rolled[k].payment, plain[k].payment);
        EXPECT_EQ(rolled[k].interest, plain[k].interest);
        EXPECT_EQ(rolled[k].balance, plain[k].balance);
    }
}

TEST(PaymentPlan, SixHundredMonths)
{
    // 100000.00 over 600 months at 3 %: r = 0.0025, 1.0025^−600 = 0.2235482...,
    // PMT = 250 / 0.7764518 = 321.9775 -> 321.98.
    const auto plan = buildPaymentPlan(terms(100000, 600, Date(2024, 1, 31), 1, 0.03));
    ASSERT_EQ(plan.size(), 600u);
    EXPECT_EQ(plan[0].payment, eur(321.98));
    EXPECT_EQ(plan[0].interest, eur(250.00)); // 100000 × 0.0025
    EXPECT_EQ(plan[599].balance, eur(0));
    EXPECT_EQ(principalSum(plan), eur(100000));
    // 599 months after January 2024 = 49 years 11 months -> December 2073, kept at month end.
    EXPECT_EQ(plan[599].date, Date(2073, 12, 31));
}

TEST(PaymentPlan, YenHaveNoDecimals)
{
    // 100000 JPY in 3 at 0 %: 33333.3 -> 33333, 33333, last 33334.
    const PaymentPlanTerms yen{Money::fromMinorUnits(100000, 0), 3, Date(2024, 1, 10)};
    const auto plan = buildPaymentPlan(yen);
    EXPECT_EQ(plan[0].payment, Money::fromMinorUnits(33333, 0));
    EXPECT_EQ(plan[1].payment, Money::fromMinorUnits(33333, 0));
    EXPECT_EQ(plan[2].payment, Money::fromMinorUnits(33334, 0));
}

TEST(PaymentPlan, FewCentsOverManyInstalmentsNeverOverpay)
{
    // 0.17 in 10 at 0 %: 1.7 cents -> 2 cents a payment. Eight payments make 0.16;
    // the ninth pays the 0.01 left; the tenth is 0. No balance goes negative.
    const auto plan = buildPaymentPlan(terms(0.17, 10, Date(2024, 1, 1)));
    for (int k = 0; k < 8; ++k)
        expectRow(plan[k], 0.02, 0, 0.02, 0.15 - 0.02 * k);
    expectRow(plan[8], 0.01, 0, 0.01, 0);
    expectRow(plan[9], 0, 0, 0, 0);
}

TEST(PaymentPlan, NegativeRates)
{
    // −100 % a year paid yearly: r = −1. The level payment is 0; the first year's
    // interest, 1000.00 × −1 = −1000.00, cancels the debt: principal 1000.00, payment 0.
    const auto wiped = buildPaymentPlan(terms(1000, 3, Date(2024, 1, 1), 12, -1));
    expectRow(wiped[0], 0, -1000, 1000, 0);
    expectRow(wiped[1], 0, 0, 0, 0);
    expectRow(wiped[2], 0, 0, 0, 0);
    // −12 % a year monthly, r = −1 %: PMT = −10 / (1 − 0.99^−3) = 326.6890... -> 326.69
    //   1: 1000.00 × −1 % = −10.00; principal 336.69; balance 663.31
    //   2: 663.31 × −1 % = −6.6331 -> −6.63; principal 333.32; balance 329.99
    //   3: 329.99 × −1 % = −3.2999 -> −3.30; principal 329.99; payment 326.69
    const auto plan = buildPaymentPlan(terms(1000, 3, Date(2024, 1, 1), 1, -0.12));
    expectRow(plan[0], 326.69, -10.00, 336.69, 663.31);
    expectRow(plan[1], 326.69, -6.63, 333.32, 329.99);
    expectRow(plan[2], 326.69, -3.30, 329.99, 0);
}

TEST(PaymentPlan, PrincipalSumsExactlyForRandomPlans)
{
    __extension__ typedef __int128 Wide;
    std::mt19937_64 random(20240531); // fixed seed: the same plans on every run
    for (int trial = 0; trial < 1500; ++trial) {
        const int digits = static_cast<int>(random() % 5);
        // minor units from 1 to about 10^12 (log-uniform, so small amounts are well covered)
        const auto minor = static_cast<std::int64_t>(std::pow(10.0, std::uniform_real_distribution<double>(0, 12)(random)));
        const int count = 1 + static_cast<int>(random() % 600);
        const int periodMonths = 1 + static_cast<int>(random() % 12);
        // -100 % to +50 %, to 4 decimals of a fraction
        const double rate = static_cast<double>(static_cast<long>(random() % 15001) - 10000) / 10000;
        const auto method = random() % 2 ? RepaymentMethod::EqualPrincipal : RepaymentMethod::EqualPayments;
        const PaymentPlanTerms t{Money::fromMinorUnits(minor, digits), count, Date(2024, 1, 31), periodMonths,
                                 rate, method};
        const auto plan = buildPaymentPlan(t);
        SCOPED_TRACE(testing::Message() << "amount " << t.amount << " count " << count << " months "
                                        << periodMonths << " rate " << rate << " method " << int(method));

        ASSERT_EQ(plan.size(), static_cast<std::size_t>(count));
        EXPECT_EQ(principalSum(plan), t.amount);
        EXPECT_TRUE(plan.back().balance.isZero());
        const auto rateUnits = static_cast<std::int64_t>(std::llround(rate * 1e8));
        std::int64_t balance = minor;
        for (const Instalment& row : plan) {
            // interest recomputed here: balance × rate × months / 12, half away from zero
            const Wide numerator = Wide(balance) * rateUnits * periodMonths;
            const Wide denominator = Wide(12) * 100'000'000;
            const Wide magnitude = numerator < 0 ? -numerator : numerator;
            const Wide rounded = (2 * magnitude + denominator) / (2 * denominator);
            const auto interest = static_cast<std::int64_t>(numerator < 0 ? -rounded : rounded);
            ASSERT_EQ(row.interest.minorUnits(), interest);
            ASSERT_EQ(row.payment, row.interest + row.principal);
            ASSERT_GE(row.principal.minorUnits(), 0);
            balance -= row.principal.minorUnits();
            ASSERT_GE(balance, 0);
            ASSERT_EQ(row.balance.minorUnits(), balance);
        }
        // Equal payments: every payment but the last is the rounded annuity
        // while the balance lasts.
        if (method == RepaymentMethod::EqualPayments && count > 1 && !plan[count - 2].balance.isZero()) {
            const Money level = relance::annuityPayment(t.amount, count, relance::AnnualRate::fromFraction(rate),
                                                        periodMonths, 12);
            for (int k = 0; k + 1 < count; ++k)
                ASSERT_EQ(plan[k].payment, level) << "row " << k + 1;
        }
    }
}

TEST(PaymentPlan, RefusesBadTerms)
{
    const Date first(2024, 1, 31);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 0, first)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 601, first)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(0, 3, first)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(-100, 3, first)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 0)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 13)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 1, -1.01)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 1, std::nan(""))), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 1, 101)), InvalidArgument);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, first, 1, 0, static_cast<RepaymentMethod>(2))), InvalidArgument);
    EXPECT_THROW(relance::repaymentMethodFromCode(2), InvalidArgument);
    EXPECT_EQ(relance::repaymentMethodFromCode(1), RepaymentMethod::EqualPrincipal);
    EXPECT_THROW(buildPaymentPlan(terms(1000, 3, Date(boost::date_time::not_a_date_time))), InvalidArgument);
    // 9999-06-30 + 6 months is 9999-12-31, the last date; a seventh month is too far.
    EXPECT_NO_THROW(buildPaymentPlan(terms(1000, 7, Date(9999, 6, 30))));
    EXPECT_THROW(buildPaymentPlan(terms(1000, 8, Date(9999, 6, 30))), InvalidArgument);
    // A calendar that cannot roll the last day forward.
    const auto beyond = [](Date d) { return d == Date(9999, 12, 31) ? Date(boost::date_time::not_a_date_time) : d; };
    EXPECT_THROW(buildPaymentPlan(terms(1000, 7, Date(9999, 6, 30)), beyond), InvalidArgument);
    try {
        buildPaymentPlan(terms(1000, 0, first));
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Count (0) must be between 1 and 600");
    }
    try {
        buildPaymentPlan(terms(1000, 3, first, 1, -1.5));
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "AnnualRate (-1.5) must not be below -1 (-100 %)");
    }
}
