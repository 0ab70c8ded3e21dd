// BALANCEINTEREST: partial payments, credited in the order each rule's law
// sets. Each scenario is computed by hand beside it; rates are the 2024-H1
// ones: EU, BE, ES, IT, LU 12.50 % (ECB 4.50 + 8; BE's rounding up to the
// half point leaves 12.50), NL 12.50 % (the published handelsrente), DE
// 12.62 % (Basiszinssatz 3.62 + 9), DE-B2C 8.62 % (3.62 + 5), FR 14.50 %
// (ECB 4.50 + 10), FR-MIN 15.21 % (3 × taux légal pro 5.07), FR-LEGAL-PRO
// 5.07 % and FR-LEGAL-PART 8.01 % on actual/actual (2024: 366 days), GB
// 13.25 % (Bank Rate 5.25 on 31 Dec 2023 + 8, for the whole debt).
//
// Every rule's scenario is the same invoice: 10,000 due 2024-01-31, paid
// 4,000 (or 100) on 2024-02-29, as of 2024-03-31. Interest runs on 10,000
// for 2024-02-01..02-29 (29 days), then on what the payment left of the
// principal for 2024-03-01..03-31 (31 days). The 4,000 shows whether
// interest and fee come before the principal; the 100 whether the fee or
// the interest comes first.
#include "core/balance_interest.hpp"
#include "core/error.hpp"
#include "rate_test_support.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace relance;
using relance::test::day;
using relance::test::eur;
using relance::test::shippedTables;

namespace {

BalanceStatement balance(double amount, Date due, std::vector<Payment> payments, Date asOf, const char* rule,
                         DayBasis basis = DayBasis::Actual365)
{
    return balanceInterest(eur(amount), due, payments, asOf, latePaymentRule(rule), basis, shippedTables());
}

Payment paid(Date date, double amount) { return {date, eur(amount)}; }

// amount + interest + fee − payments counted = what is still owed − overpayment.
void expectBalanced(const BalanceStatement& s, Money amount, Money paymentsCounted)
{
    EXPECT_EQ(amount + s.interest + s.fee - paymentsCounted,
              s.principalOutstanding + s.interestOutstanding + s.feeOutstanding - s.overpayment);
    Money sum = Money::fromMinorUnits(0, amount.digits());
    for (std::size_t i = 0; i < s.periods.size(); ++i) {
        sum += s.periods[i].interest;
        if (i > 0) {
            EXPECT_EQ(s.periods[i].from, s.periods[i - 1].to + boost::gregorian::days(1));
        }
    }
    EXPECT_EQ(sum, s.interest);
}

// What one rule's scenario must give (see the top of the file).
struct Credited {
    double firstInterest;  ///< 2024-02-01..02-29 on 10,000
    double principalAfter; ///< the principal 2024-03-01..03-31 bears
    double secondInterest; ///< 2024-03-01..03-31
    double feeOutstanding;
};

void expectCredited(const char* rule, double payment, const Credited& expected,
                    DayBasis basis = DayBasis::Actual365)
{
    SCOPED_TRACE(std::string(rule) + ", " + std::to_string(payment) + " paid");
    const BalanceStatement s = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), payment)}, day(2024, 3, 31),
                                       rule, basis);
    ASSERT_EQ(s.periods.size(), 2u);
    EXPECT_EQ(s.periods[0].principal, eur(10000));
    EXPECT_EQ(s.periods[0].interest, eur(expected.firstInterest));
    EXPECT_EQ(s.periods[1].principal, eur(expected.principalAfter));
    EXPECT_EQ(s.periods[1].interest, eur(expected.secondInterest));
    EXPECT_EQ(s.interest, eur(expected.firstInterest) + eur(expected.secondInterest));
    EXPECT_EQ(s.principalOutstanding, eur(expected.principalAfter));
    EXPECT_EQ(s.feeOutstanding, eur(expected.feeOutstanding));
    expectBalanced(s, eur(10000), eur(payment));
}

} // namespace

TEST(BalanceInterest, EuCostsThenInterestThenPrincipal)
{
    // The directive sets no order: costs, interest, principal (PECL art.
    // 7:109(4), UNIDROIT art. 6.1.12(1)). EU at 12.50 %:
    //   2024-02-01..02-29: 10000 × 0.125 × 29/365 = 99.3151 -> 99.32
    //   4000 pays the 40.00 fee, the 99.32 interest, then 3860.68 principal
    //   -> principal 10000 − 3860.68 = 6139.32
    //   2024-03-01..03-31: 6139.32 × 0.125 × 31/365 = 65.1777 -> 65.18
    expectCredited("EU", 4000, {99.32, 6139.32, 65.18, 0});
    //   100 pays the 40.00 fee, then 60.00 of the 99.32 interest; the
    //   principal bears interest whole: 10000 × 0.125 × 31/365 = 106.1644 -> 106.16
    expectCredited("EU", 100, {99.32, 10000, 106.16, 0});
}

TEST(BalanceInterest, GermanCostsThenInterestThenPrincipal)
{
    // § 367 BGB. Same invoice under DE (12.62 %):
    //   2024-02-01..02-29: 10000 × 0.1262 × 29/365 = 100.2685 -> 100.27
    //   4000 pays the 40.00 Pauschale, the 100.27 interest, then 3859.73 principal
    //   -> principal 6140.27
    //   2024-03-01..03-31: 6140.27 × 0.1262 × 31/365 = 65.8138 -> 65.81
    const BalanceStatement s = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), 4000)}, day(2024, 3, 31), "DE");
    ASSERT_EQ(s.periods.size(), 2u);
    EXPECT_EQ(s.periods[0].interest, eur(100.27));
    EXPECT_EQ(s.periods[1].principal, eur(6140.27));
    EXPECT_EQ(s.periods[1].interest, eur(65.81));
    EXPECT_EQ(s.interest, eur(166.08));
    EXPECT_EQ(s.feeOutstanding, eur(0));
    EXPECT_EQ(s.interestOutstanding, eur(65.81));
    EXPECT_EQ(s.principalOutstanding, eur(6140.27));
    expectBalanced(s, eur(10000), eur(4000));
    // A payment smaller than the fee and interest leaves the principal whole.
    const BalanceStatement small = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), 100)}, day(2024, 3, 31), "DE");
    EXPECT_EQ(small.feeOutstanding, eur(0));
    EXPECT_EQ(small.periods[1].principal, eur(10000));
    EXPECT_EQ(small.interestOutstanding, eur(100.27 - 60) + small.periods[1].interest);
}

TEST(BalanceInterest, FrenchInterestFirst)
{
    // art. 1343-1 Code civil, FR at 14.50 %:
    //   2024-02-01..02-29: 10000 × 0.145 × 29/365 = 115.2055 -> 115.21
    //   4000 pays the 115.21 interest, the 40.00 indemnité, then 3844.79 principal
    //   -> principal 6155.21
    //   2024-03-01..03-31: 6155.21 × 0.145 × 31/365 = 75.8019 -> 75.80
    const BalanceStatement s = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), 4000)}, day(2024, 3, 31), "FR");
    ASSERT_EQ(s.periods.size(), 2u);
    EXPECT_EQ(s.periods[0].interest, eur(115.21));
    EXPECT_EQ(s.periods[1].principal, eur(6155.21));
    EXPECT_EQ(s.periods[1].interest, eur(75.80));
    EXPECT_EQ(s.interest, eur(191.01));
    EXPECT_EQ(s.feeOutstanding, eur(0));
    expectBalanced(s, eur(10000), eur(4000));
    // 130 pays the interest (115.21) and 14.79 of the fee; the principal keeps bearing interest.
    const BalanceStatement small = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), 130)}, day(2024, 3, 31), "FR");
    EXPECT_EQ(small.feeOutstanding, eur(25.21));
    EXPECT_EQ(small.periods[1].principal, eur(10000));
}

TEST(BalanceInterest, OverpaymentStopsInterestAndIsKept)
{
    // EU, 1000 due 2024-01-31, 1200 paid 2024-02-10, as of 2024-12-31:
    //   2024-02-01..02-10: 1000 × 0.125 × 10/365 = 3.4246 -> 3.42
    //   1200 pays fee 40, interest 3.42, principal 1000, leaves 156.58 overpaid.
    const BalanceStatement s = balance(1000, day(2024, 1, 31), {paid(day(2024, 2, 10), 1200)}, day(2024, 12, 31), "EU");
    ASSERT_EQ(s.periods.size(), 1u);
    EXPECT_EQ(s.interest, eur(3.42));
    EXPECT_EQ(s.overpayment, eur(156.58));
    EXPECT_EQ(s.principalOutstanding + s.interestOutstanding + s.feeOutstanding, eur(0));
    expectBalanced(s, eur(1000), eur(1200));
}

TEST(BalanceInterest, PaymentsBeforeTheDueDate)
{
    // 2000 paid 2024-01-15 on 10000 due 2024-01-31: interest from 1 Feb on 8000.
    //   2024-02-01..02-29: 8000 × 0.125 × 29/365 = 79.4521 -> 79.45
    const BalanceStatement s = balance(10000, day(2024, 1, 31), {paid(day(2024, 1, 15), 2000)}, day(2024, 2, 29), "EU");
    ASSERT_EQ(s.periods.size(), 1u);
    EXPECT_EQ(s.periods[0].principal, eur(8000));
    EXPECT_EQ(s.interest, eur(79.45));
    EXPECT_EQ(s.fee, eur(40));
    // Paid in full on the due date: nothing late, no fee, and the rate table
    // is not read (1990 is before every table).
    const BalanceStatement onTime =
        balance(10000, day(1990, 1, 31), {paid(day(1990, 1, 20), 6000), paid(day(1990, 1, 31), 4500)}, day(1990, 6, 1), "FR");
    EXPECT_TRUE(onTime.periods.empty());
    EXPECT_EQ(onTime.interest, eur(0));
    EXPECT_EQ(onTime.fee, eur(0));
    EXPECT_EQ(onTime.overpayment, eur(500));
    // The British band is set by what is unpaid when interest starts:
    // 12000 less 3000 paid early = 9000 -> 70 GBP, not 100.
    EXPECT_EQ(balance(12000, day(2025, 1, 31), {paid(day(2025, 1, 10), 3000)}, day(2025, 3, 1), "GB").fee, eur(70));
}

TEST(BalanceInterest, UnsortedSameDayAndFuturePayments)
{
    const std::vector<Payment> sorted = {paid(day(2024, 2, 10), 1000), paid(day(2024, 3, 5), 500),
                                         paid(day(2024, 3, 5), 700), paid(day(2024, 5, 1), 2000)};
    const std::vector<Payment> shuffled = {sorted[3], sorted[2], sorted[0], sorted[1]};
    const BalanceStatement a = balance(5000, day(2024, 1, 31), sorted, day(2024, 6, 30), "FR");
    const BalanceStatement b = balance(5000, day(2024, 1, 31), shuffled, day(2024, 6, 30), "FR");
    EXPECT_EQ(a.interest, b.interest);
    EXPECT_EQ(a.periods.size(), b.periods.size());
    EXPECT_EQ(a.principalOutstanding, b.principalOutstanding);
    // The two payments of 5 March count as one 1200 payment that day.
    const BalanceStatement merged = balance(5000, day(2024, 1, 31),
                                            {sorted[0], paid(day(2024, 3, 5), 1200), sorted[3]}, day(2024, 6, 30), "FR");
    EXPECT_EQ(merged.interest, a.interest);
    // A payment after AsOf has not happened yet; one of 0 changes nothing.
    const BalanceStatement none = balance(5000, day(2024, 1, 31), {}, day(2024, 6, 30), "FR");
    const BalanceStatement later = balance(5000, day(2024, 1, 31), {paid(day(2024, 7, 1), 5000), paid(day(2024, 3, 1), 0)},
                                           day(2024, 6, 30), "FR");
    EXPECT_EQ(later.interest, none.interest);
    EXPECT_EQ(later.overpayment, eur(0));
}

TEST(BalanceInterest, WithoutPaymentsItIsLateInterest)
{
    for (const LatePaymentRule& rule : latePaymentRules()) {
        const Date due = day(2023, 6, 30), asOf = day(2025, 12, 31);
        const BalanceStatement s =
            balanceInterest(eur(10000), due, {}, asOf, rule, DayBasis::Actual365, shippedTables());
        const InterestStatement whole = lateInterest(eur(10000), due, asOf, rule, DayBasis::Actual365, shippedTables());
        EXPECT_EQ(s.interest, whole.total) << rule.code;
        EXPECT_EQ(s.periods.size(), whole.periods.size()) << rule.code;
    }
    // A payment on AsOf itself: the day bears interest on the whole balance.
    const BalanceStatement onAsOf = balance(10000, day(2024, 1, 31), {paid(day(2024, 3, 31), 10000)}, day(2024, 3, 31), "EU");
    EXPECT_EQ(onAsOf.interest, lateInterest(eur(10000), day(2024, 1, 31), day(2024, 3, 31), latePaymentRule("EU"),
                                            DayBasis::Actual365, shippedTables())
                                   .total);
    // 10000 × 0.125 × 60/365 = 205.4795 -> 205.48; the 10,000 pays the 40.00 fee
    // and the 205.48 first (EU: costs, interest, principal): 245.48 of principal is left.
    EXPECT_EQ(onAsOf.interest, eur(205.48));
    EXPECT_EQ(onAsOf.principalOutstanding, eur(245.48));
}

TEST(BalanceInterest, DutchCapitalizationWithAPayment)
{
    // NL, 10000 due 2023-06-30, 3000 paid 2024-03-31, as of 2024-09-30:
    //   2023-07-01..12-31: 10000 × 0.12 × 184/365   = 604.9315 -> 604.93
    //   2024-01-01..03-31: 10000 × 0.125 × 91/365   = 311.6438 -> 311.64
    //   art. 6:44 BW: 3000 pays the 40.00 costs, the 916.57 interest, then
    //   2043.43 principal -> 10000 − 2043.43 = 7956.57
    //   2024-04-01..06-30: 7956.57 × 0.125 × 91/365 = 247.9616 -> 247.96
    //   anniversary 2024-07-01: the year's unpaid interest, 247.96, joins -> 8204.53
    //   2024-07-01..09-30: 8204.53 × 0.1225 × 92/365 = 253.3289 -> 253.33
    const BalanceStatement s = balance(10000, day(2023, 6, 30), {paid(day(2024, 3, 31), 3000)}, day(2024, 9, 30), "NL");
    ASSERT_EQ(s.periods.size(), 4u);
    EXPECT_EQ(s.periods[0].interest, eur(604.93));
    EXPECT_EQ(s.periods[1].interest, eur(311.64));
    EXPECT_EQ(s.periods[2].principal, eur(7956.57));
    EXPECT_EQ(s.periods[2].interest, eur(247.96));
    EXPECT_EQ(s.periods[3].principal, eur(8204.53));
    EXPECT_EQ(s.periods[3].interest, eur(253.33));
    EXPECT_EQ(s.interest, eur(1417.86));
    EXPECT_EQ(s.principalOutstanding, eur(7956.57));
    EXPECT_EQ(s.interestOutstanding, eur(247.96 + 253.33)); // capitalized included
    EXPECT_EQ(s.feeOutstanding, eur(0));
    expectBalanced(s, eur(10000), eur(3000));
}

TEST(BalanceInterest, DutchCostsThenInterestThenPrincipal)
{
    // art. 6:44 lid 1 BW: costs (the 40 EUR incassokosten), then interest,
    // then principal. NL at 12.50 %:
    //   2024-02-01..02-29: 10000 × 0.125 × 29/365 = 99.3151 -> 99.32
    //   4000 pays 40.00 costs, 99.32 interest, 3860.68 principal -> 6139.32
    //   2024-03-01..03-31: 6139.32 × 0.125 × 31/365 = 65.1777 -> 65.18
    expectCredited("NL", 4000, {99.32, 6139.32, 65.18, 0});
    //   100 pays the 40.00 costs, then 60.00 of the interest:
    //   10000 × 0.125 × 31/365 = 106.1644 -> 106.16
    expectCredited("NL", 100, {99.32, 10000, 106.16, 0});
}

TEST(BalanceInterest, GermanConsumerInterestThenPrincipal)
{
    // § 367 BGB, DE-B2C at 8.62 %, no fee:
    //   2024-02-01..02-29: 10000 × 0.0862 × 29/365 = 68.4877 -> 68.49
    //   4000 pays the 68.49 interest, then 3931.51 principal -> 6068.49
    //   2024-03-01..03-31: 6068.49 × 0.0862 × 31/365 = 44.4280 -> 44.43
    expectCredited("DE-B2C", 4000, {68.49, 6068.49, 44.43, 0});
    //   100 pays the 68.49 interest, then 31.51 principal -> 9968.49
    //   9968.49 × 0.0862 × 31/365 = 72.9803 -> 72.98
    expectCredited("DE-B2C", 100, {68.49, 9968.49, 72.98, 0});
}

TEST(BalanceInterest, BritishCreditorAppropriatesCostsThenInterest)
{
    // No statute; the creditor appropriates (Cory Bros v The Mecca): fixed
    // sum, interest, debt. GB at 13.25 % for the whole debt; the fixed sum
    // for 10,000 is 100 (s. 5A(2)(c)):
    //   2024-02-01..02-29: 10000 × 0.1325 × 29/365 = 105.2740 -> 105.27
    //   4000 pays 100.00, 105.27, then 3794.73 principal -> 6205.27
    //   2024-03-01..03-31: 6205.27 × 0.1325 × 31/365 = 69.8305 -> 69.83
    expectCredited("GB", 4000, {105.27, 6205.27, 69.83, 0});
    //   100 pays the fixed sum only: 10000 × 0.1325 × 31/365 = 112.5342 -> 112.53
    expectCredited("GB", 100, {105.27, 10000, 112.53, 0});
}

TEST(BalanceInterest, InterestBeforeCapitalInBelgiumLuxembourgSpainItaly)
{
    // BE, LU: Code civil art. 1254; ES: Código civil art. 1173; IT: codice
    // civile art. 1194 -- interest first, then the fee, then the capital.
    // Each at 12.50 %:
    //   2024-02-01..02-29: 10000 × 0.125 × 29/365 = 99.3151 -> 99.32
    //   4000 pays 99.32 interest, 40.00 fee, 3860.68 principal -> 6139.32
    //   2024-03-01..03-31: 6139.32 × 0.125 × 31/365 = 65.1777 -> 65.18
    //   100 pays the 99.32 interest and 0.68 of the fee: 39.32 of it left,
    //   the principal whole: 10000 × 0.125 × 31/365 = 106.1644 -> 106.16
    for (const char* rule : {"BE", "LU", "ES", "IT"}) {
        expectCredited(rule, 4000, {99.32, 6139.32, 65.18, 0});
        expectCredited(rule, 100, {99.32, 10000, 106.16, 39.32});
    }
}

TEST(BalanceInterest, FrenchRulesInterestFirst)
{
    // art. 1343-1 Code civil. FR-MIN at 15.21 % (3 × 5.07):
    //   2024-02-01..02-29: 10000 × 0.1521 × 29/365 = 120.8466 -> 120.85
    //   4000 pays 120.85 interest, 40.00 indemnité, 3839.15 principal -> 6160.85
    //   2024-03-01..03-31: 6160.85 × 0.1521 × 31/365 = 79.5864 -> 79.59
    expectCredited("FR-MIN", 4000, {120.85, 6160.85, 79.59, 0});
    //   100 pays 100.00 of the interest; fee and principal whole:
    //   10000 × 0.1521 × 31/365 = 129.1808 -> 129.18
    expectCredited("FR-MIN", 100, {120.85, 10000, 129.18, 40});
    // Taux légal, actual/actual (2024 has 366 days), no fee.
    // FR-LEGAL-PRO at 5.07 %:
    //   10000 × 0.0507 × 29/366 = 40.1721 -> 40.17; 4000 − 40.17 = 3959.83 to principal -> 6040.17
    //   6040.17 × 0.0507 × 31/366 = 25.9381 -> 25.94
    expectCredited("FR-LEGAL-PRO", 4000, {40.17, 6040.17, 25.94, 0}, DayBasis::ActualActual);
    //   100 − 40.17 = 59.83 to principal -> 9940.17; 9940.17 × 0.0507 × 31/366 = 42.6857 -> 42.69
    expectCredited("FR-LEGAL-PRO", 100, {40.17, 9940.17, 42.69, 0}, DayBasis::ActualActual);
    // FR-LEGAL-PART at 8.01 %:
    //   10000 × 0.0801 × 29/366 = 63.4672 -> 63.47; 4000 − 63.47 = 3936.53 to principal -> 6063.47
    //   6063.47 × 0.0801 × 31/366 = 41.1372 -> 41.14
    expectCredited("FR-LEGAL-PART", 4000, {63.47, 6063.47, 41.14, 0}, DayBasis::ActualActual);
    //   100 − 63.47 = 36.53 to principal -> 9963.47; 9963.47 × 0.0801 × 31/366 = 67.5964 -> 67.60
    expectCredited("FR-LEGAL-PART", 100, {63.47, 9963.47, 67.60, 0}, DayBasis::ActualActual);
}

TEST(BalanceInterest, ContractualRatePrincipalFirst)
{
    // A contractual 10 % has no jurisdiction and no fee: principal first.
    //   2024-02-01..02-29: 10000 × 0.10 × 29/365 = 79.4521 -> 79.45
    //   4000 to the principal -> 6000; 6000 × 0.10 × 31/365 = 50.9589 -> 50.96
    const BalanceStatement s =
        balanceInterest(eur(10000), day(2024, 1, 31), {paid(day(2024, 2, 29), 4000)}, day(2024, 3, 31),
                        contractualRule(AnnualRate::fromFraction(0.10)), DayBasis::Actual365, shippedTables());
    ASSERT_EQ(s.periods.size(), 2u);
    EXPECT_EQ(s.periods[1].principal, eur(6000));
    EXPECT_EQ(s.interest, eur(79.45 + 50.96));
}

TEST(BalanceInterest, Errors)
{
    try {
        balance(1000, day(2024, 1, 31), {paid(day(2024, 2, 1), 10), paid(day(2024, 2, 2), -10)}, day(2024, 3, 1), "EU");
        FAIL();
    } catch (const InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "Payments row 2: the amount (-10.00) must not be negative");
    }
    EXPECT_THROW(balanceInterest(eur(1000), day(2024, 1, 31), {{day(2024, 2, 1), Money::fromMinorUnits(1, 0)}},
                                 day(2024, 3, 1), latePaymentRule("EU"), DayBasis::Actual365, shippedTables()),
                 InvalidArgument);
    EXPECT_THROW(balance(-1, day(2024, 1, 31), {}, day(2024, 3, 1), "EU"), InvalidArgument);
    EXPECT_THROW(balance(1000, day(2024, 1, 31), {{Date(boost::gregorian::not_a_date_time), eur(1)}}, day(2024, 3, 1), "EU"),
                 InvalidArgument);
    EXPECT_THROW(balance(1000, day(2014, 1, 31), {}, day(2014, 3, 1), "FR-LEGAL-PRO"), InvalidArgument);
}

TEST(BalanceInterest, AlwaysBalances)
{
    // Random invoices and payments under every rule: the ledger identity
    // holds, the periods are contiguous and sum to the result.
    std::mt19937 random(11);
    for (const LatePaymentRule& rule : latePaymentRules()) {
        for (int k = 0; k < 200; ++k) {
            const Date due = day(2016, 1, 1) + boost::gregorian::days(static_cast<long>(random() % 3000));
            const Date asOf = due + boost::gregorian::days(static_cast<long>(random() % 900) - 20);
            const Money amount = Money::fromMinorUnits(static_cast<std::int64_t>(random() % 5'000'000), 2);
            std::vector<Payment> payments;
            Money counted = Money::fromMinorUnits(0, 2);
            for (int n = static_cast<int>(random() % 6); n > 0; --n) {
                const Payment p{due + boost::gregorian::days(static_cast<long>(random() % 1000) - 60),
                                Money::fromMinorUnits(static_cast<std::int64_t>(random() % 2'000'000), 2)};
                payments.push_back(p);
                if (p.date <= asOf)
                    counted += p.amount;
            }
            const BalanceStatement s =
                balanceInterest(amount, due, payments, asOf, rule, DayBasis::ActualActual, shippedTables());
            expectBalanced(s, amount, counted);
        }
    }
}
