// The register at a glance (core/register_overview.hpp). Every expected
// figure below is worked out by hand from the register in the comments.
#include "core/aging.hpp"
#include "core/error.hpp"
#include "core/register_overview.hpp"

#include <gtest/gtest.h>

using namespace relance;

namespace {

Money euros(std::int64_t cents) { return Money::fromMinorUnits(cents, 2); }

InvoiceRecord invoice(int row, const char* number, const char* client, Date due, std::int64_t cents,
                      InvoiceStatus status = InvoiceStatus::Open)
{
    InvoiceRecord record;
    record.row = row;
    record.number = number;
    record.client = client;
    record.dueDate = due;
    record.amountInclTax = euros(cents);
    record.status = status;
    return record;
}

const Date asOf(2026, 12, 31);

// Days late as of 2026-12-31 (asOf − due):
//   12-01 → 30; 11-30 → 31; 11-01 → 30 + 30 = 60; 10-02 → 30 + 30 + 30 = 90;
//   10-01 → 91; 12-31 → 0 (due today: not late).
// The DSO period is the 90 days 2026-10-03 … 2026-12-31 (Dec 31 − 89 days:
// Dec 1 is −30, Nov 1 is −60, Oct 3 is −89).
std::vector<InvoiceRecord> register_()
{
    std::vector<InvoiceRecord> records{
        invoice(1, "F-1", "Garage Fontaine SAS", Date(2026, 12, 1), 120000),           // 30 days: 1-30
        invoice(2, "F-2", "Garage Fontaine SAS", Date(2026, 11, 30), 50000, InvoiceStatus::Disputed),
        invoice(3, "F-3", "Autre Client SA", Date(2026, 10, 1), 99900),                // 91 days: 91+
        invoice(4, "F-4", "garage fontaine sas ", Date(2026, 12, 1), 30000, InvoiceStatus::PaymentPlan),
        invoice(5, "F-5", "Garage Fontaine SAS", Date(2026, 12, 31), 77700),           // due today: 0
        invoice(6, "F-6", "Garage Fontaine SAS", Date(2026, 9, 30), 40000, InvoiceStatus::Paid),
        invoice(7, "F-7", "Garage Fontaine SAS", Date(2026, 11, 15), 60000),           // paid in full
        invoice(8, "F-8", "Bricolage Dupont", Date(2026, 11, 1), 100000, InvoiceStatus::PartlyPaid), // 60: 31-60
        invoice(9, "F-9", "  BRICOLAGE DUPONT", Date(2026, 10, 1), 10000),             // 91 days: 91+
        invoice(10, "F-10", "Autre Client SA", Date(2026, 10, 2), 5000),               // 90 days: 61-90
    };
    records[0].issueDate = Date(2026, 11, 1);  // in the DSO period
    records[2].issueDate = Date(2026, 9, 1);   // before it
    records[4].issueDate = Date(2026, 12, 1);  // in it
    records[5].issueDate = Date(2026, 10, 3);  // its first day (paid: still invoiced)
    records[6].issueDate = Date(2026, 10, 2);  // the day before it
    records[6].paidAmount = euros(60000);
    records[7].paidAmount = euros(25050);      // 1000.00 − 250.50 = 749.50 owed
    records[9].issueDate = Date(2026, 12, 31); // its last day
    return records;
}

std::vector<std::string> names(const std::vector<ClientOverdue>& clients)
{
    std::vector<std::string> result;
    for (const ClientOverdue& client : clients)
        result.push_back(client.client);
    return result;
}

} // namespace

TEST(RegisterOverview, OpenTotalsEveryInvoiceThatStillOwesAndIsNotSaidPaid)
{
    // Open: F-1 1200.00 + F-2 500.00 + F-3 999.00 + F-4 300.00 + F-5 777.00
    //       + F-8 749.50 + F-9 100.00 + F-10 50.00 = 4675.50 (8 invoices);
    // F-6 is said paid, F-7 owes nothing.
    const RegisterOverview overview = registerOverview(register_(), asOf);
    EXPECT_EQ(overview.asOf, asOf);
    EXPECT_EQ(overview.open.amount, euros(467550));
    EXPECT_EQ(overview.open.count, 8);
}

TEST(RegisterOverview, DisputedAndPlanCoveredAreKeptApartFromOverdue)
{
    // Disputed: F-2 500.00. Under a plan: F-4 300.00. Both are late, neither is overdue.
    const RegisterOverview overview = registerOverview(register_(), asOf);
    EXPECT_EQ(overview.disputed.amount, euros(50000));
    EXPECT_EQ(overview.disputed.count, 1);
    EXPECT_EQ(overview.planCovered.amount, euros(30000));
    EXPECT_EQ(overview.planCovered.count, 1);
    // Overdue: F-1 1200.00 + F-3 999.00 + F-8 749.50 + F-9 100.00 + F-10 50.00 = 3098.50 (5).
    EXPECT_EQ(overview.overdue.amount, euros(309850));
    EXPECT_EQ(overview.overdue.count, 5);
}

TEST(RegisterOverview, AgingBucketsSplitTheClaimableInvoicesByDaysLate)
{
    // 0: F-5 777.00 | 1-30: F-1 1200.00 | 31-60: F-8 749.50 | 61-90: F-10 50.00
    // 91+: F-3 999.00 + F-9 100.00 = 1099.00 (2).
    const RegisterOverview overview = registerOverview(register_(), asOf);
    ASSERT_EQ(overview.aging.size(), 5u);
    const std::vector<std::pair<const char*, std::pair<std::int64_t, int>>> expected{
        {"0", {77700, 1}}, {"1-30", {120000, 1}}, {"31-60", {74950, 1}}, {"61-90", {5000, 1}}, {"91+", {109900, 2}}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(overview.aging[i].label, expected[i].first);
        EXPECT_EQ(overview.aging[i].total.amount, euros(expected[i].second.first)) << expected[i].first;
        EXPECT_EQ(overview.aging[i].total.count, expected[i].second.second) << expected[i].first;
    }
    // 777.00 + 1200.00 + 749.50 + 50.00 + 1099.00 = 3875.50; + 500.00 + 300.00 = 4675.50 = open.
    Money sum = euros(0);
    for (const AgingBucketTotal& bucket : overview.aging)
        sum += bucket.total.amount;
    EXPECT_EQ(sum + overview.disputed.amount + overview.planCovered.amount, overview.open.amount);
}

TEST(RegisterOverview, BucketsAgreeWithAgingBucketAtEveryDayLate)
{
    // One invoice at a time, 0 to 200 days late: the bucket that gets it is
    // the one AGINGBUCKET names.
    for (long late = 0; late <= 200; ++late) {
        const std::vector<InvoiceRecord> one{
            invoice(1, "X", "C", asOf - boost::gregorian::days(late), 100)};
        const RegisterOverview overview = registerOverview(one, asOf);
        for (const AgingBucketTotal& bucket : overview.aging)
            EXPECT_EQ(bucket.total.count, bucket.label == agingBucket(late) ? 1 : 0) << late << " " << bucket.label;
    }
}

TEST(RegisterOverview, DsoIsOpenReceivablesOverTheLast90DaysInvoicedTimes90)
{
    // Invoiced 2026-10-03 … 2026-12-31: F-1 1200.00 + F-5 777.00 + F-6 400.00
    // + F-10 50.00 = 2427.00 (F-3 and F-7 are older; F-8, F-9 have no issue date).
    // DSO = 4675.50 / 2427.00 × 90 = 420795 / 2427 = 173.3807...
    const RegisterOverview overview = registerOverview(register_(), asOf);
    ASSERT_TRUE(overview.dsoDays.has_value());
    EXPECT_NEAR(*overview.dsoDays, 173.3807, 0.0001);
}

TEST(RegisterOverview, NoDsoWhenNothingWasInvoicedInThePeriod)
{
    std::vector<InvoiceRecord> records = register_();
    for (InvoiceRecord& record : records)
        record.issueDate.reset();
    EXPECT_FALSE(registerOverview(records, asOf).dsoDays.has_value());
}

TEST(RegisterOverview, ClientsRankedByOverdueAmount)
{
    // Garage Fontaine SAS: F-1 1200.00 (F-2 disputed, F-4 plan, F-5 not due: not counted).
    // Autre Client SA: F-3 999.00 + F-10 50.00 = 1049.00.
    // Bricolage Dupont: F-8 749.50 + F-9 100.00 = 849.50 ("  BRICOLAGE DUPONT" is the same client).
    const RegisterOverview overview = registerOverview(register_(), asOf);
    EXPECT_EQ(names(overview.clientsByOverdue),
              (std::vector<std::string>{"Garage Fontaine SAS", "Autre Client SA", "Bricolage Dupont"}));
    const ClientOverdue& garage = overview.clientsByOverdue[0];
    EXPECT_EQ(garage.overdue, euros(120000));
    EXPECT_EQ(garage.overdueCount, 1);
    EXPECT_EQ(garage.rows, (std::vector<int>{1}));
    const ClientOverdue& bricolage = overview.clientsByOverdue[2];
    EXPECT_EQ(bricolage.overdue, euros(84950));
    EXPECT_EQ(bricolage.overdueCount, 2);
    EXPECT_EQ(bricolage.rows, (std::vector<int>{8, 9}));
}

TEST(RegisterOverview, BadPayersRankedByAmountWeightedDaysLate)
{
    // Autre Client SA: (999.00 × 91 + 50.00 × 90) / 1049.00 = (90909 + 4500) / 1049 = 90.9523...
    // Bricolage Dupont: (749.50 × 60 + 100.00 × 91) / 849.50 = (44970 + 9100) / 849.5 = 63.6492...
    // Garage Fontaine SAS: 30 (one invoice).
    const RegisterOverview overview = registerOverview(register_(), asOf);
    ASSERT_EQ(names(overview.clientsByDaysLate),
              (std::vector<std::string>{"Autre Client SA", "Bricolage Dupont", "Garage Fontaine SAS"}));
    EXPECT_NEAR(overview.clientsByDaysLate[0].averageDaysLate, 90.9523, 0.0001);
    EXPECT_NEAR(overview.clientsByDaysLate[1].averageDaysLate, 63.6492, 0.0001);
    EXPECT_DOUBLE_EQ(overview.clientsByDaysLate[2].averageDaysLate, 30.0);
    EXPECT_EQ(overview.clientsByDaysLate[0].rows, (std::vector<int>{3, 10}));
}

TEST(RegisterOverview, TiesKeepSheetOrder)
{
    const std::vector<InvoiceRecord> records{
        invoice(1, "A-1", "Zeta", Date(2026, 12, 1), 10000),
        invoice(2, "B-1", "Alpha", Date(2026, 12, 1), 10000),
    };
    const RegisterOverview overview = registerOverview(records, asOf);
    EXPECT_EQ(names(overview.clientsByOverdue), (std::vector<std::string>{"Zeta", "Alpha"}));
    EXPECT_EQ(names(overview.clientsByDaysLate), (std::vector<std::string>{"Zeta", "Alpha"}));
}

TEST(RegisterOverview, EmptyRegisterGivesZerosInTheCurrencyDigits)
{
    const RegisterOverview overview = registerOverview({}, asOf, 0);
    EXPECT_EQ(overview.open.amount, Money::fromMinorUnits(0, 0));
    EXPECT_EQ(overview.open.count, 0);
    EXPECT_EQ(overview.overdue.amount, Money::fromMinorUnits(0, 0));
    EXPECT_EQ(overview.aging.size(), 5u);
    EXPECT_EQ(overview.aging[4].total.amount, Money::fromMinorUnits(0, 0));
    EXPECT_FALSE(overview.dsoDays.has_value());
    EXPECT_TRUE(overview.clientsByOverdue.empty());
}

TEST(RegisterOverview, RefusesRecordsInOtherCurrencyDigits)
{
    EXPECT_THROW(registerOverview(register_(), asOf, 0), InvalidArgument);
    EXPECT_THROW(registerOverview({}, asOf, 5), InvalidArgument);
}
