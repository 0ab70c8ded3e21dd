// Which invoices a payment-plan agreement covers (core/payment_plan_debt.hpp):
// one client's late invoices, plan or not, but never disputed, paid or not yet due.
#include "core/error.hpp"
#include "core/payment_plan_debt.hpp"

#include "error_message.hpp"
#include "policy_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::messageOf;

namespace {

Money euros(std::int64_t cents) { return Money::fromMinorUnits(cents, 2); }

InvoiceRecord invoice(int row, const char* number, const char* client, Date due, std::int64_t cents,
                      InvoiceStatus status = InvoiceStatus::Open, const char* language = "fr")
{
    InvoiceRecord record;
    record.row = row;
    record.number = number;
    record.client = client;
    record.dueDate = due;
    record.amountInclTax = euros(cents);
    record.status = status;
    record.language = language;
    return record;
}

std::vector<std::string> numbers(const ClientReminder& debt)
{
    std::vector<std::string> result;
    for (const auto& covered : debt.invoices)
        result.push_back(covered.invoice.number);
    return result;
}

const Date asOf(2026, 12, 31);

std::vector<InvoiceRecord> register_()
{
    std::vector<InvoiceRecord> records{
        invoice(1, "F-1", "Garage Fontaine SAS", Date(2026, 10, 31), 120000),
        invoice(2, "F-2", "Garage Fontaine SAS", Date(2026, 11, 30), 50000, InvoiceStatus::Disputed),
        invoice(3, "F-3", "Autre Client SA", Date(2026, 10, 1), 99900),
        invoice(4, "F-4", "Garage Fontaine SAS", Date(2026, 12, 1), 30000, InvoiceStatus::PaymentPlan),
        invoice(5, "F-5", "Garage Fontaine SAS", Date(2026, 12, 31), 77700), // due today: not late
        invoice(6, "F-6", "Garage Fontaine SAS", Date(2026, 9, 30), 40000, InvoiceStatus::Paid),
        invoice(7, "F-7", "Garage Fontaine SAS", Date(2026, 9, 1), 60000),
    };
    records[6].paidAmount = euros(60000); // paid in full, status left open
    records.push_back(invoice(8, "F-8", "Garage Fontaine SAS", Date(2026, 8, 1), 100000));
    records.back().paidAmount = euros(25050); // part-paid: 749.50 still owed
    return records;
}

} // namespace

TEST(PaymentPlanDebt, LateUndisputedUnpaidInvoicesOfTheClientOnly)
{
    const ClientReminder debt = paymentPlanDebt(register_(), "Garage Fontaine SAS", asOf, test::policyInSixLanguages());
    // F-2 disputed, F-3 another client, F-5 due on the as-of date, F-6 marked paid, F-7 paid in full
    EXPECT_EQ(numbers(debt), (std::vector<std::string>{"F-1", "F-4", "F-8"}));
    // 1200.00 + 300.00 (under a plan: the agreement may replace it) + 1000.00 − 250.50
    EXPECT_EQ(debt.totalOutstanding, euros(224950));
    EXPECT_EQ(debt.invoices[0].daysLate, 61); // 2026-10-31 → 2026-12-31: 30 + 31
    EXPECT_EQ(debt.invoices[2].outstanding, euros(74950));
    EXPECT_EQ(debt.level, 1);
    EXPECT_EQ(debt.language, "fr");
    EXPECT_FALSE(debt.languageIsDefault);
}

TEST(PaymentPlanDebt, ClientNameAsAPersonTypesIt)
{
    const ClientReminder debt = paymentPlanDebt(register_(), "  garage fontaine sas ", asOf, test::policyInSixLanguages());
    EXPECT_EQ(debt.invoices.size(), 3U);
    EXPECT_EQ(debt.client, "garage fontaine sas");
}

TEST(PaymentPlanDebt, LanguageTheLettersDoNotHaveFallsBackToTheDefault)
{
    std::vector<InvoiceRecord> records{invoice(1, "P-1", "Lisboa Lda", Date(2026, 6, 30), 10000,
                                               InvoiceStatus::Open, "pt")};
    ReminderPolicy policy = test::policyInSixLanguages();
    policy.defaultLanguage = "de";
    const ClientReminder debt = paymentPlanDebt(records, "Lisboa Lda", asOf, policy);
    EXPECT_EQ(debt.language, "de");
    EXPECT_TRUE(debt.languageIsDefault);
}

TEST(PaymentPlanDebt, NothingToCoverIsRefusedNamingTheClient)
{
    EXPECT_EQ(messageOf([] { paymentPlanDebt(register_(), "Nobody SA", asOf, test::policyInSixLanguages()); }),
              "Client \"Nobody SA\" has no overdue, undisputed invoice in the register");
    // only a disputed invoice and one not yet due
    const std::vector<InvoiceRecord> records{
        invoice(1, "D-1", "Dupont", Date(2026, 11, 1), 10000, InvoiceStatus::Disputed),
        invoice(2, "D-2", "Dupont", Date(2027, 1, 15), 10000)};
    EXPECT_THROW(paymentPlanDebt(records, "Dupont", asOf, test::policyInSixLanguages()), InvalidArgument);
}

TEST(PaymentPlanDebt, ClientsWithADebtToCover)
{
    std::vector<InvoiceRecord> records = register_();
    records.push_back(invoice(9, "F-9", " GARAGE FONTAINE SAS ", Date(2026, 9, 1), 1000)); // the same client, typed otherwise
    records.push_back(invoice(10, "F-10", "Dupont", Date(2026, 11, 1), 10000, InvoiceStatus::Disputed));
    records.push_back(invoice(11, "F-11", "Durand", Date(2027, 1, 15), 10000)); // not yet due
    records.push_back(invoice(12, "F-12", "", Date(2026, 1, 15), 10000));       // no client
    // in sheet order: Garage Fontaine (row 1), Autre Client (row 3); Dupont only disputed, Durand not late
    EXPECT_EQ(clientsWithPlanDebt(records, asOf), (std::vector<std::string>{"Garage Fontaine SAS", "Autre Client SA"}));
    EXPECT_TRUE(clientsWithPlanDebt({}, asOf).empty());
}
