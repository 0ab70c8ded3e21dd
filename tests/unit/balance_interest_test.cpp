// BALANCEINTEREST: partial payments, credited in the order each rule's law
// sets. Each scenario is computed by hand beside it; rates are the 2024-H1
// ones: EU 12.50 % (ECB 4.50 + 8), DE 12.62 % (Basiszinssatz 3.62 + 9),
// FR 14.50 % (ECB 4.50 + 10).
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

} // namespace

TEST(BalanceInterest, PrincipalFirstUnderTheEuRule)
{
    // 10000 due 2024-01-31, 4000 paid 2024-02-29, as of 2024-03-31:
    //   2024-02-01..02-29: 29 d on 10000: 10000 × 0.125 × 29/365 = 99.3151 -> 99.32
    //   payment 4000 -> principal 6000 (the day of payment bore interest on 10000)
    //   2024-03-01..03-31: 31 d on 6000: 6000 × 0.125 × 31/365 = 63.6986 -> 63.70
    const BalanceStatement s = balance(10000, day(2024, 1, 31), {paid(day(2024, 2, 29), 4000)}, day(2024, 3, 31), "EU");
    ASSERT_EQ(s.periods.size(), 2u);
    EXPECT_EQ(s.periods[0].to, day(2024, 2, 29));
    EXPECT_EQ(s.periods[0].principal, eur(10000));
    EXPECT_EQ(s.periods[0].interest, eur(99.32));
    EXPECT_EQ(s.periods[1].from, day(2024, 3, 1));
    EXPECT_EQ(s.periods[1].principal, eur(6000));
    EXPECT_EQ(s.periods[1].interest, eur(63.70));
    EXPECT_EQ(s.interest, eur(163.02));
    EXPECT_EQ(s.fee, eur(40));
    EXPECT_EQ(s.principalOutstanding, eur(6000));
    EXPECT_EQ(s.interestOutstanding, eur(163.02));
    EXPECT_EQ(s.feeOutstanding, eur(40));
    expectBalanced(s, eur(10000), eur(4000));
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
    //   1200 pays principal 1000, interest 3.42, fee 40, leaves 156.58 overpaid.
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
    EXPECT_EQ(onAsOf.principalOutstanding, eur(0));
}

TEST(BalanceInterest, DutchCapitalizationWithAPayment)
{
    // NL, 10000 due 2023-06-30, 3000 paid 2024-03-31, as of 2024-09-30:
    //   2023-07-01..12-31: 10000 × 0.12 × 184/365   = 604.9315 -> 604.93
    //   2024-01-01..03-31: 10000 × 0.125 × 91/365   = 311.6438 -> 311.64
    //   3000 to the principal (PrincipalFirst) -> 7000
    //   2024-04-01..06-30: 7000 × 0.125 × 91/365    = 218.1507 -> 218.15
    //   anniversary 2024-07-01: 604.93 + 311.64 + 218.15 = 1134.72 joins -> 8134.72
    //   2024-07-01..09-30: 8134.72 × 0.1225 × 92/365 = 251.1734 -> 251.17
    const BalanceStatement s = balance(10000, day(2023, 6, 30), {paid(day(2024, 3, 31), 3000)}, day(2024, 9, 30), "NL");
    ASSERT_EQ(s.periods.size(), 4u);
    EXPECT_EQ(s.periods[1].interest, eur(311.64));
    EXPECT_EQ(s.periods[2].principal, eur(7000));
    EXPECT_EQ(s.periods[2].interest, eur(218.15));
    EXPECT_EQ(s.periods[3].principal, eur(8134.72));
    EXPECT_EQ(s.periods[3].interest, eur(251.17));
    EXPECT_EQ(s.interest, eur(1385.89));
    EXPECT_EQ(s.principalOutstanding, eur(7000));
    EXPECT_EQ(s.interestOutstanding, eur(1385.89));
    expectBalanced(s, eur(10000), eur(3000));
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
