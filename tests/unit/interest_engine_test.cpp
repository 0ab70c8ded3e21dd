// LATEINTEREST / LATEINTERESTDETAIL. Every expected figure is worked out by
// hand in the comment beside it: interest = principal × rate × days / year,
// rounded half away from zero to the cent, per period; the total adds the
// rounded periods. Rates come from the shipped tables (see
// late_payment_rule_test.cpp for the rates themselves).
#include "core/accrual_calendar.hpp"
#include "core/error.hpp"
#include "core/interest_engine.hpp"
#include "rate_test_support.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace relance;
using relance::test::day;
using relance::test::eur;
using relance::test::shippedTables;

namespace {

AnnualRate pct(double percent) { return AnnualRate::fromFraction(percent / 100); }

InterestStatement interest(double amount, Date due, Date paid, const LatePaymentRule& rule,
                           DayBasis basis = DayBasis::Actual365)
{
    return lateInterest(eur(amount), due, paid, rule, basis, shippedTables());
}

InterestStatement interest(double amount, Date due, Date paid, const char* rule,
                           DayBasis basis = DayBasis::Actual365)
{
    return interest(amount, due, paid, latePaymentRule(rule), basis);
}

void expectPeriod(const InterestPeriod& period, Date from, Date to, long days, AnnualRate rate, double principal,
                  double interestAmount, bool flagged = false)
{
    EXPECT_EQ(period.from, from);
    EXPECT_EQ(period.to, to);
    EXPECT_EQ(period.days, days);
    EXPECT_EQ(period.rate, rate) << percentText(period.rate);
    EXPECT_EQ(period.principal, eur(principal));
    EXPECT_EQ(period.interest, eur(interestAmount));
    EXPECT_EQ(period.pastValidThrough, flagged);
}

// The properties every statement has: periods contiguous from the day after
// `due` through `paid`, days adding up, each period's interest the rounded
// product of its own figures, and the total their exact sum.
void expectConsistent(const InterestStatement& statement, Date due, Date paid)
{
    if (paid <= due) {
        EXPECT_TRUE(statement.periods.empty());
        EXPECT_TRUE(statement.total.isZero());
        return;
    }
    ASSERT_FALSE(statement.periods.empty());
    EXPECT_EQ(statement.periods.front().from, due + boost::gregorian::days(1));
    EXPECT_EQ(statement.periods.back().to, paid);
    long days = 0;
    Money sum = Money::fromMinorUnits(0, statement.total.digits());
    for (std::size_t i = 0; i < statement.periods.size(); ++i) {
        const InterestPeriod& p = statement.periods[i];
        if (i > 0) {
            EXPECT_EQ(p.from, statement.periods[i - 1].to + boost::gregorian::days(1));
        }
        EXPECT_EQ(p.days, (p.to - p.from).days() + 1);
        EXPECT_EQ(p.interest, simpleInterest(p.principal, p.rate, p.days, p.yearDays));
        days += p.days;
        sum += p.interest;
    }
    EXPECT_EQ(days, (paid - due).days());
    EXPECT_EQ(sum, statement.total);
}

const LatePaymentRule tenPercent = contractualRule(AnnualRate::fromFraction(0.10));

} // namespace

TEST(LateInterest, NothingWhenPaidOnTimeOrEarly)
{
    EXPECT_TRUE(interest(1000, day(2024, 5, 31), day(2024, 5, 31), "FR").periods.empty());
    EXPECT_EQ(interest(1000, day(2024, 5, 31), day(2024, 5, 1), "FR").total, eur(0));
    // Nothing late, so the rule's table is not even read: no error for 1990.
    EXPECT_EQ(interest(1000, day(1990, 5, 31), day(1990, 5, 1), "FR-LEGAL-PRO").total, eur(0));
}

TEST(LateInterest, TheDayAfterDueIsDayOne)
{
    // 10000 × 10 % × 1 / 365 = 2.7397 -> 2.74
    const InterestStatement s = interest(10000, day(2024, 1, 31), day(2024, 2, 1), tenPercent);
    ASSERT_EQ(s.periods.size(), 1u);
    expectPeriod(s.periods[0], day(2024, 2, 1), day(2024, 2, 1), 1, pct(10), 10000, 2.74);
}

TEST(LateInterest, Basis360)
{
    // Oracle fixed-1: 2000 × 0.10 × 30 / 360 = 16.666... -> 16.67
    EXPECT_EQ(interest(2000, day(2025, 3, 1), day(2025, 3, 31), tenPercent, DayBasis::Actual360).total, eur(16.67));
    // EU, 2024-H1 12.50 %, 30 days: 10000 × 0.125 × 30/360 = 104.1666 -> 104.17;
    // on 365: 10000 × 0.125 × 30/365 = 102.7397 -> 102.74.
    EXPECT_EQ(interest(10000, day(2024, 3, 31), day(2024, 4, 30), "EU", DayBasis::Actual360).total, eur(104.17));
    EXPECT_EQ(interest(10000, day(2024, 3, 31), day(2024, 4, 30), "EU").total, eur(102.74));
}

TEST(LateInterest, ActualActualAcrossALeapYear)
{
    // 10 %, due 2023-12-15, paid 2024-01-20:
    //   2023-12-16..31: 16 days / 365 -> 10000 × 0.10 × 16/365 = 43.8356 -> 43.84
    //   2024-01-01..20: 20 days / 366 -> 10000 × 0.10 × 20/366 = 54.6448 -> 54.64
    const InterestStatement s = interest(10000, day(2023, 12, 15), day(2024, 1, 20), tenPercent, DayBasis::ActualActual);
    ASSERT_EQ(s.periods.size(), 2u);
    expectPeriod(s.periods[0], day(2023, 12, 16), day(2023, 12, 31), 16, pct(10), 10000, 43.84);
    expectPeriod(s.periods[1], day(2024, 1, 1), day(2024, 1, 20), 20, pct(10), 10000, 54.64);
    EXPECT_EQ(s.periods[0].yearDays, 365);
    EXPECT_EQ(s.periods[1].yearDays, 366);
    EXPECT_EQ(s.total, eur(98.48));
    // EU from a leap year into a common one, the rate changing too:
    //   2024-12-16..31: 16 d at 12.25 % / 366 -> 10000 × 0.1225 × 16/366 = 53.5519 -> 53.55
    //   2025-01-01..14: 14 d at 11.15 % / 365 -> 10000 × 0.1115 × 14/365 = 42.7671 -> 42.77
    const InterestStatement eu = interest(10000, day(2024, 12, 15), day(2025, 1, 14), "EU", DayBasis::ActualActual);
    ASSERT_EQ(eu.periods.size(), 2u);
    EXPECT_EQ(eu.periods[0].interest, eur(53.55));
    EXPECT_EQ(eu.periods[1].interest, eur(42.77));
    EXPECT_EQ(eu.total, eur(96.32));
    // Two common years in a row divide by 365 alike: one period.
    // 1000 × 0.10 × 730/365 = 200.00
    const InterestStatement common = interest(1000, day(2021, 6, 30), day(2023, 6, 30), tenPercent, DayBasis::ActualActual);
    ASSERT_EQ(common.periods.size(), 1u);
    EXPECT_EQ(common.total, eur(200));
}

TEST(LateInterest, HalfYearRulesSplitOnlyWhereTheRateChanges)
{
    // DE-B2C: Basiszinssatz -0.88 % from 1 Jul 2016 to 31 Dec 2022, so 4.12 %
    // for all of 2017-01-01..2022-12-31 (2191 days): one row.
    // 1000 × 0.0412 × 2191/365 = 247.3123 -> 247.31
    const InterestStatement s = interest(1000, day(2016, 12, 31), day(2022, 12, 31), "DE-B2C");
    ASSERT_EQ(s.periods.size(), 1u);
    expectPeriod(s.periods[0], day(2017, 1, 1), day(2022, 12, 31), 2191, pct(4.12), 1000, 247.31);
    EXPECT_EQ(s.periods[0].fixingDate, day(2017, 1, 1));
}

TEST(LateInterest, BritishRateIsFixedForTheWholeDebt)
{
    // Due 2024-06-30: interest starts 1 Jul 2024, reference date 30 Jun 2024,
    // Bank Rate 5.25 % -> 13.25 % until paid, through the cuts of Aug 2024
    // and Feb 2025 and across the year end: one row of 274 days.
    // 10000 × 0.1325 × 274/365 = 994.6575 -> 994.66
    const InterestStatement s = interest(10000, day(2024, 6, 30), day(2025, 3, 31), "GB");
    ASSERT_EQ(s.periods.size(), 1u);
    expectPeriod(s.periods[0], day(2024, 7, 1), day(2025, 3, 31), 274, pct(13.25), 10000, 994.66);
    EXPECT_EQ(s.periods[0].fixingDate, day(2024, 6, 30));
    // Actual/actual still splits at the year end, at the same rate.
    const InterestStatement actual = interest(10000, day(2024, 6, 30), day(2025, 3, 31), "GB", DayBasis::ActualActual);
    ASSERT_EQ(actual.periods.size(), 2u);
    EXPECT_EQ(actual.periods[0].rate, actual.periods[1].rate);
}

TEST(LateInterest, BelgianRoundingShowsInTheStatement)
{
    // 2024-H2: ECB 4.25 + 8 = 12.25 -> 12.50 % (BE) against 12.25 % (EU), 30 days:
    //   BE 10000 × 0.125 × 30/365 = 102.7397 -> 102.74
    //   EU 10000 × 0.1225 × 30/365 = 100.6849 -> 100.68
    const InterestStatement be = interest(10000, day(2024, 6, 30), day(2024, 7, 30), "BE");
    ASSERT_EQ(be.periods.size(), 1u);
    EXPECT_EQ(be.periods[0].rate, pct(12.5));
    EXPECT_EQ(be.total, eur(102.74));
    EXPECT_EQ(interest(10000, day(2024, 6, 30), day(2024, 7, 30), "EU").total, eur(100.68));
}

TEST(LateInterest, DutchInterestIsCapitalizedEveryYear)
{
    // NL, 10000 due 2023-06-30, paid 2025-12-31; handelsrente 12 % (2023-H2),
    // 12.5 % (2024-H1), 12.25 % (2024-H2), 11.15 % (2025-H1), 10.15 % (2025-H2).
    // Year 1 (2023-07-01..2024-06-30) on 10000:
    //   184 d × 12 %    = 10000 × 0.12 × 184/365    = 604.9315 -> 604.93
    //   182 d × 12.5 %  = 10000 × 0.125 × 182/365   = 623.2877 -> 623.29   year: 1228.22
    // Year 2 (2024-07-01..2025-06-30) on 10000 + 1228.22 = 11228.22:
    //   184 d × 12.25 % = 11228.22 × 0.1225 × 184/365 = 693.3810 -> 693.38
    //   181 d × 11.15 % = 11228.22 × 0.1115 × 181/365 = 620.8285 -> 620.83  year: 1314.21
    // Year 3 (from 2025-07-01) on 11228.22 + 1314.21 = 12542.43:
    //   184 d × 10.15 % = 12542.43 × 0.1015 × 184/365 = 641.7640 -> 641.76
    // Total 604.93 + 623.29 + 693.38 + 620.83 + 641.76 = 3184.19
    const InterestStatement s = interest(10000, day(2023, 6, 30), day(2025, 12, 31), "NL");
    ASSERT_EQ(s.periods.size(), 5u);
    expectPeriod(s.periods[0], day(2023, 7, 1), day(2023, 12, 31), 184, pct(12), 10000, 604.93);
    expectPeriod(s.periods[1], day(2024, 1, 1), day(2024, 6, 30), 182, pct(12.5), 10000, 623.29);
    expectPeriod(s.periods[2], day(2024, 7, 1), day(2024, 12, 31), 184, pct(12.25), 11228.22, 693.38);
    expectPeriod(s.periods[3], day(2025, 1, 1), day(2025, 6, 30), 181, pct(11.15), 11228.22, 620.83);
    expectPeriod(s.periods[4], day(2025, 7, 1), day(2025, 12, 31), 184, pct(10.15), 12542.43, 641.76);
    EXPECT_EQ(s.total, eur(3184.19));
    // Within the first year nothing is capitalized: same as simple interest.
    EXPECT_EQ(interest(10000, day(2023, 6, 30), day(2024, 6, 30), "NL").total, eur(1228.22));
}

TEST(LateInterest, DutchAnniversaryInsideAHalfYearSplitsThePeriod)
{
    // Start 2023-09-01 (due 2023-08-31). The anniversary 2024-09-01 cuts
    // 2024-H2 in two; 2024-H1 stays one period.
    const InterestStatement s = interest(5000, day(2023, 8, 31), day(2024, 10, 31), "NL");
    ASSERT_EQ(s.periods.size(), 4u);
    EXPECT_EQ(s.periods[2].to, day(2024, 8, 31));
    EXPECT_EQ(s.periods[3].from, day(2024, 9, 1));
    EXPECT_EQ(s.periods[3].principal, eur(5000) + s.periods[0].interest + s.periods[1].interest + s.periods[2].interest);
    EXPECT_EQ(s.periods[2].rate, s.periods[3].rate);
    expectConsistent(s, day(2023, 8, 31), day(2024, 10, 31));
}

TEST(LateInterest, AnniversaryOfTheTwentyNinthOfFebruary)
{
    EXPECT_EQ(*anniversaryOf(day(2024, 2, 29), 1), day(2025, 3, 1));
    EXPECT_EQ(*anniversaryOf(day(2024, 2, 29), 4), day(2028, 2, 29));
    EXPECT_EQ(*anniversaryOf(day(2023, 7, 1), 2), day(2025, 7, 1));
    EXPECT_FALSE(anniversaryOf(day(9999, 1, 1), 1).has_value());
}

TEST(LateInterest, PastValidThroughThePeriodIsFlagged)
{
    // DE: Basiszinssatz valid through 2026-12-31. 2027-H1 uses the last known
    // 1.52 % (+ 9 = 10.52 %), flagged, in its own row although the rate is equal.
    //   2026-12-16..31: 10000 × 0.1052 × 16/365 = 46.1151 -> 46.12
    //   2027-01-01..31: 10000 × 0.1052 × 31/365 = 89.3479 -> 89.35 (flagged)
    const InterestStatement s = interest(10000, day(2026, 12, 15), day(2027, 1, 31), "DE");
    ASSERT_EQ(s.periods.size(), 2u);
    expectPeriod(s.periods[0], day(2026, 12, 16), day(2026, 12, 31), 16, pct(10.52), 10000, 46.12, false);
    expectPeriod(s.periods[1], day(2027, 1, 1), day(2027, 1, 31), 31, pct(10.52), 10000, 89.35, true);
    EXPECT_EQ(s.total, eur(135.47));
    // EU in December 2026: past the ECB table's valid-through, but the
    // half-year was fixed on 1 July 2026, inside it: not flagged.
    const InterestStatement eu = interest(10000, day(2026, 10, 31), day(2026, 12, 31), "EU");
    ASSERT_EQ(eu.periods.size(), 1u);
    EXPECT_FALSE(eu.periods[0].pastValidThrough);
}

TEST(LateInterest, OtherCurrencyDigits)
{
    // 100000 JPY (0 digits) at 10 % for 30 days: 821.9178 -> 822
    const InterestStatement s =
        lateInterest(Money::fromMinorUnits(100000, 0), day(2024, 3, 1), day(2024, 3, 31), tenPercent,
                     DayBasis::Actual365, shippedTables());
    EXPECT_EQ(s.total, Money::fromMinorUnits(822, 0));
    // A zero amount: the periods are there, their interest is 0.
    const InterestStatement zero = interest(0, day(2024, 6, 10), day(2024, 7, 20), "DE");
    EXPECT_EQ(zero.periods.size(), 2u);
    EXPECT_EQ(zero.total, eur(0));
}

TEST(LateInterest, Errors)
{
    EXPECT_THROW(latePaymentRule("XX"), InvalidArgument);
    try {
        interest(-5, day(2024, 1, 1), day(2024, 2, 1), "FR");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Amount (-5.00) must not be negative");
    }
    // Taux légal before its table (2015-01-01): the 2014-H2 fixing is an error.
    try {
        interest(1000, day(2014, 11, 30), day(2015, 2, 1), "FR-MIN");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "FR-LEGAL-PRO has no rate for 2014-07-01: its table starts on 2015-01-01 (0.93 %)");
    }
    EXPECT_THROW(interest(1000, day(2013, 5, 31), day(2013, 8, 1), "NL"), InvalidArgument);
    EXPECT_THROW(interest(1000, day(1998, 11, 30), day(1999, 2, 1), "EU"), InvalidArgument);
    EXPECT_THROW(interest(1000, Date(boost::gregorian::not_a_date_time), day(2024, 2, 1), "EU"), InvalidArgument);
    // The rule's table must be loaded.
    EXPECT_THROW(lateInterest(eur(1000), day(2024, 1, 1), day(2024, 2, 1), latePaymentRule("EU"),
                              DayBasis::Actual365, RateTables()),
                 InvalidArgument);
}

TEST(LateInterest, DetailIsContiguousAndSumsExactlyToTheTotal)
{
    // Random invoices under every rule and basis, 2016-2027 (all tables cover
    // it), delays up to three years.
    std::mt19937 random(7);
    const DayBasis bases[] = {DayBasis::Actual365, DayBasis::Actual360, DayBasis::ActualActual};
    int statements = 0;
    for (const LatePaymentRule& rule : latePaymentRules()) {
        for (int k = 0; k < 300; ++k) {
            const Date due = day(2016, 1, 1) + boost::gregorian::days(static_cast<long>(random() % 3650));
            const Date paid = due + boost::gregorian::days(static_cast<long>(random() % 1100) - 30);
            const Money amount = Money::fromMinorUnits(static_cast<std::int64_t>(random() % 100'000'000), 2);
            const DayBasis basis = bases[random() % 3];
            const InterestStatement s = lateInterest(amount, due, paid, rule, basis, shippedTables());
            expectConsistent(s, due, paid);
            ++statements;
        }
    }
    EXPECT_EQ(statements, 13 * 300);
}
