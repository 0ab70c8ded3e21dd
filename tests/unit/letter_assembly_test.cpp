// A reminder plan's client turned into a letter: the figures come from the
// oracle (/work/shared/oracle/interest.csv, fr-1: 7500 due 2023-05-31, paid
// 2023-08-15 under FR = 209.38 + 40) and from hand computation.
#include "core/error.hpp"
#include "letters/letter_assembly.hpp"
#include "rate_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::day;
using relance::test::eur;
using relance::test::shippedTables;

namespace {

ClientReminder reminderOf(int level, std::vector<InvoiceRecord> invoices, Date asOf)
{
    ClientReminder reminder;
    reminder.client = "Boulangerie Martin SARL";
    reminder.language = "fr";
    reminder.level = level;
    for (InvoiceRecord& invoice : invoices) {
        const long late = (asOf - invoice.dueDate).days();
        reminder.invoices.push_back({invoice, late, level, invoice.outstanding()});
    }
    return reminder;
}

InvoiceRecord invoiceOf(const char* number, double amount, Date due)
{
    InvoiceRecord invoice;
    invoice.number = number;
    invoice.client = "Boulangerie Martin SARL";
    invoice.dueDate = due;
    invoice.issueDate = due - boost::gregorian::days(30);
    invoice.amountInclTax = eur(amount);
    return invoice;
}

ClientDirectory martinsAddress()
{
    ClientDirectory clients;
    clients.add({"Boulangerie Martin SARL", "12 rue de la République", "69002", "Lyon", "FR", "", "fr"});
    return clients;
}

} // namespace

TEST(LetterAssembly, FormalNoticeFiguresFromTheOracle)
{
    LetterSettings settings;
    settings.rule = "FR";
    const Date letterDate = day(2023, 8, 15);
    const LetterModel letter = letterFor(reminderOf(3, {invoiceOf("F-1", 7500, day(2023, 5, 31))}, letterDate),
                                         settings, letterDate, shippedTables(), martinsAddress());
    EXPECT_EQ(letter.kind, LetterKind::FormalNotice);
    ASSERT_EQ(letter.invoices.size(), 1u);
    EXPECT_EQ(letter.invoices[0].interest, eur(209.38));
    EXPECT_EQ(letter.invoices[0].fixedFee, eur(40));
    EXPECT_EQ(letter.invoices[0].totalDue(), eur(7500 + 209.38 + 40));
    ASSERT_EQ(letter.interestStatement.size(), 2u); // 30 d at 12.5 % = 77.05, 46 d at 14 % = 132.33
    EXPECT_EQ(letter.interestStatement[0].period.interest, eur(77.05));
    EXPECT_EQ(letter.interestStatement[1].period.interest, eur(132.33));
    EXPECT_EQ(letter.paymentDeadline, day(2023, 8, 23)); // 8 days
    EXPECT_EQ(letter.statutoryRate, AnnualRate::fromFraction(0.14)); // ECB 4.00 % on 1 July 2023 + 10
    EXPECT_EQ(letter.debtor.addressLines, (std::vector<std::string>{"12 rue de la République", "69002 Lyon"}));

    const JournalEntry entry = journalEntryOf(reminderOf(3, {invoiceOf("F-1", 7500, day(2023, 5, 31))}, letterDate),
                                              letter, "Boulangerie Martin SARL.pdf");
    EXPECT_EQ(entry.level, 3);
    ASSERT_EQ(entry.invoices.size(), 1u);
    EXPECT_EQ(entry.invoices[0].amount, eur(7500));
    EXPECT_EQ(entry.invoices[0].interest, eur(209.38));
    EXPECT_EQ(entry.invoices[0].fee, eur(40));
    EXPECT_EQ(entry.deadline, day(2023, 8, 23));
}

TEST(LetterAssembly, PartPaymentBearsInterestOnTheBalance)
{
    // 10,000 due 10 Jun 2024 under EU, 5,000 paid on 20 Jun, letter on 20 Jul 2024:
    //   11-20 Jun: 10,000 × 0.125 × 10/365 = 34.2466 -> 34.25
    //   the 5,000 pays the 40.00 fee and the 34.25 interest first (costs,
    //   interest, principal), then 4,925.75: 10,000 − 4,925.75 = 5,074.25 left
    //   21-30 Jun: 5,074.25 × 0.125 × 10/365 = 17.3776 -> 17.38
    //   1-20 Jul: 5,074.25 × 0.1225 × 20/365 = 34.0600 -> 34.06
    InvoiceRecord invoice = invoiceOf("F-2", 10000, day(2024, 6, 10));
    invoice.paidAmount = eur(5000);
    invoice.paidDate = day(2024, 6, 20);
    LetterSettings settings;
    const LetterModel letter =
        letterFor(reminderOf(2, {invoice}, day(2024, 7, 20)), settings, day(2024, 7, 20), shippedTables(), {});
    EXPECT_EQ(letter.invoices[0].interest, eur(34.25 + 17.38 + 34.06));
    EXPECT_EQ(letter.invoices[0].balance(), eur(5000));
    EXPECT_EQ(letter.paymentDeadline, day(2024, 8, 4)); // 15 days for a reminder
    EXPECT_TRUE(letter.debtor.addressLines.empty());    // not in the client list
}

TEST(LetterAssembly, FirstReminderClaimsNoChargesInTheJournal)
{
    LetterSettings settings;
    const Date letterDate = day(2025, 1, 14);
    const ClientReminder reminder = reminderOf(1, {invoiceOf("F-3", 3000, day(2024, 12, 15))}, letterDate);
    const LetterModel letter = letterFor(reminder, settings, letterDate, shippedTables(), {});
    EXPECT_EQ(letter.kind, LetterKind::FirstReminder);
    EXPECT_EQ(letter.invoices[0].interest, eur(28.94)); // oracle eu-1: computed for the letter ...
    const JournalEntry entry = journalEntryOf(reminder, letter, "x.pdf");
    EXPECT_EQ(entry.invoices[0].interest, eur(0)); // ... but not claimed by a first reminder
    EXPECT_EQ(entry.invoices[0].fee, eur(0));
}

TEST(LetterAssembly, LevelsAndBadRules)
{
    EXPECT_EQ(letterKindOfLevel(1), LetterKind::FirstReminder);
    EXPECT_EQ(letterKindOfLevel(2), LetterKind::SecondReminder);
    EXPECT_EQ(letterKindOfLevel(4), LetterKind::FinalNotice);
    EXPECT_THROW(letterKindOfLevel(0), InvalidArgument);
    EXPECT_THROW(letterKindOfLevel(5), InvalidArgument);
    LetterSettings settings;
    settings.rule = "XX";
    EXPECT_THROW(letterFor(reminderOf(1, {invoiceOf("F-4", 10, day(2024, 1, 1))}, day(2024, 2, 1)), settings,
                           day(2024, 2, 1), shippedTables(), {}),
                 InvalidArgument);
}
