// Who gets which reminder: the French sample register as of 2026-12-31, and
// a simulated sequence of runs. Days late are counted on the calendar in the
// comments; thresholds are the standard 1;15;30;45, the interval 14 days.
#include "core/error.hpp"
#include "core/letter_records.hpp"
#include "core/register_columns.hpp"
#include "core/register_rows.hpp"
#include "core/reminder_plan.hpp"

#include "error_message.hpp"
#include "policy_test_support.hpp"
#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendRow;
using relance::test::appendTextRow;
using relance::test::Blank;
using relance::test::calcNullDate;
using relance::test::messageOf;

namespace {

const Blank _{};
const char* const atelier = "L'Atelier & Fils SARL";
const char* const berenice = "Éditions Bérénice SA";
const char* const dupont = "Cabinet Dupont-Moreau";

Money euros(std::int64_t cents) { return Money::fromMinorUnits(cents, 2); }

std::vector<std::string> numbers(const ClientReminder& letter)
{
    std::vector<std::string> result;
    for (const auto& reminded : letter.invoices)
        result.push_back(reminded.invoice.number);
    return result;
}

/// The rows of register-fr.ods for three clients (tests/fixtures/README.md).
std::vector<InvoiceRecord> frenchSampleRecords()
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, test::frenchHeaders);
    const std::vector<std::vector<test::TestCell>> rows{
        {"F2024-002", atelier, _, "fr", "FR", Date(2024, 1, 30), 30.0, Date(2024, 2, 29), 842.5, 1011.0, 1011.0,
         Date(2024, 2, 29), _, _, _},
        {"F2024-004", berenice, _, "fr", "FR", Date(2024, 2, 29), 45.0, Date(2024, 4, 14), 615.75, 738.9, 738.9,
         Date(2024, 4, 12), _, _, _},
        {"F2024-006", dupont, _, "fr", "FR", Date(2024, 4, 30), 30.0, Date(2024, 5, 30), 990.0, 1188.0, 1188.0,
         Date(2024, 5, 28), _, _, _},
        {"F2025-001", atelier, _, "fr", "FR", Date(2025, 1, 31), 30.0, Date(2025, 3, 2), 1540.0, 1848.0, _, _, _, 3.0,
         Date(2025, 5, 15)},
        {"F2025-004", atelier, _, "fr", "FR", Date(2025, 4, 30), 45.0, Date(2025, 6, 14), 725.25, 870.3, _, _, _, 2.0,
         Date(2025, 8, 1)},
        {"F2025-005", berenice, _, "fr", "FR", Date(2025, 5, 20), 30.0, Date(2025, 6, 19), 3300.0, 3960.0, _, _,
         "Litige", 1.0, Date(2025, 7, 3)},
        {"F2025-006", dupont, _, "fr", "FR", Date(2025, 6, 30), 30.0, Date(2025, 7, 30), 8400.0, 10080.0, 2520.0,
         Date(2025, 10, 5), "Échéancier", 2.0, Date(2025, 9, 1)},
        {"F2025-010", atelier, _, "fr", "FR", Date(2025, 11, 28), 30.0, Date(2025, 12, 28), 2310.0, 2772.0, _, _, _, _,
         _},
        {"F2025-011", atelier, _, "fr", "FR", Date(2025, 12, 15), 30.0, Date(2026, 1, 14), 980.0, 1176.0, _, _,
         "Litige", _, _},
        {"F2026-001", atelier, _, "fr", "FR", Date(2026, 1, 15), 45.0, Date(2026, 3, 1), 415.0, 498.0, _, _, _, _, _},
        {"F2026-005", berenice, _, "fr", "FR", Date(2026, 6, 30), 45.0, Date(2026, 8, 14), 875.6, 1050.72, 500.0,
         Date(2026, 9, 1), _, _, _},
        {"F2026-008", dupont, _, "fr", "FR", Date(2026, 11, 30), 45.0, Date(2027, 1, 14), 3125.0, 3750.0, _, _, _, _,
         _},
        {"F2026-010", atelier, _, "fr", "FR", Date(2026, 12, 2), 45.0, Date(2027, 1, 16), 310.0, 372.0, _, _, _, _, _},
    };
    for (const auto& row : rows)
        appendRow(sheet, row);
    auto reading = readRegisterRows(sheet, detectRegisterColumns(sheet).layout());
    EXPECT_TRUE(reading.ok());
    return reading.records;
}

/// One client, one invoice of 1000.00 due 2026-01-01, nothing sent yet.
InvoiceRecord singleInvoice(InvoiceStatus status = InvoiceStatus::Open)
{
    InvoiceRecord record;
    record.row = 1;
    record.number = "INV-1";
    record.client = "Whitmore Joinery Ltd";
    record.dueDate = Date(2026, 1, 1);
    record.amountInclTax = euros(100000);
    record.language = "en";
    record.status = status;
    return record;
}

} // namespace

TEST(ReminderPlan, FrenchSampleRegisterAsOfYearEnd)
{
    const auto plan = planReminders(frenchSampleRecords(), Date(2026, 12, 31), test::policyInSixLanguages(), {});

    ASSERT_EQ(plan.letters.size(), 2U);
    // L'Atelier: F2025-001 is 669 days late (2025-03-02 → 2026-03-02 365, → 2026-12-31 304):
    // level 4 by days. The register says F2025-001 had a formal notice (3) on 2025-05-15:
    // one step on, the final notice. F2025-011 is disputed: left out. F2026-010 is not due.
    const ClientReminder& first = plan.letters[0];
    EXPECT_EQ(first.client, atelier);
    EXPECT_EQ(first.previousLevel, 3);
    EXPECT_EQ(first.level, 4);
    EXPECT_EQ(first.lastLetterDate, Date(2025, 8, 1));
    EXPECT_EQ(first.language, "fr");
    EXPECT_FALSE(first.languageIsDefault);
    EXPECT_EQ(numbers(first), (std::vector<std::string>{"F2025-001", "F2025-004", "F2025-010", "F2026-001"}));
    EXPECT_EQ(first.invoices[0].daysLate, 669);
    EXPECT_EQ(first.invoices[2].daysLate, 368); // 2025-12-28 → 2025-12-31 3, + 365
    EXPECT_EQ(first.invoices[3].daysLate, 305); // 2026-03-01 → 2026-12-31
    EXPECT_EQ(first.totalOutstanding, euros(598830)); // 1848.00 + 870.30 + 2772.00 + 498.00
    ASSERT_EQ(first.leftOut.size(), 1U);
    EXPECT_EQ(first.leftOut[0].number, "F2025-011");
    EXPECT_EQ(first.leftOut[0].reason, LeftOutReason::Disputed);

    // Bérénice: F2026-005 (1050.72 − 500.00 paid) is 139 days late; the earlier letter
    // (level 1, 2025-07-03) was about the disputed F2025-005 and does not count: level 1.
    const ClientReminder& second = plan.letters[1];
    EXPECT_EQ(second.client, berenice);
    EXPECT_EQ(second.previousLevel, 0);
    EXPECT_EQ(second.level, 1);
    EXPECT_EQ(numbers(second), (std::vector<std::string>{"F2026-005"}));
    EXPECT_EQ(second.invoices[0].daysLate, 139); // 2026-08-14 → 2026-12-31: 17+30+31+30+31
    EXPECT_EQ(second.invoices[0].outstanding, euros(55072));
    ASSERT_EQ(second.leftOut.size(), 1U);
    EXPECT_EQ(second.leftOut[0].number, "F2025-005");

    // Dupont-Moreau: its only overdue invoice is under a payment plan.
    ASSERT_EQ(plan.skipped.size(), 1U);
    EXPECT_EQ(plan.skipped[0].client, dupont);
    EXPECT_EQ(plan.skipped[0].reason, SkipReason::NothingToRemind);
    EXPECT_EQ(plan.skipped[0].explanation, "nothing to remind: F2025-006 under a payment plan");
}

TEST(ReminderPlan, SimulatedRunsEscalateOneStepPerInterval)
{
    std::vector<InvoiceRecord> records{singleInvoice()};
    std::vector<JournalEntry> journal;
    const ReminderPolicy policy = test::policyInSixLanguages(); // 1;15;30;45, 14 days between letters
    const auto run = [&](Date asOf) { return planReminders(records, asOf, policy, journal); };
    const auto send = [&](const ReminderPlan& plan, Date writtenOn) {
        ASSERT_EQ(plan.letters.size(), 1U);
        journal.push_back(journalEntryFor(plan.letters[0], writtenOn, writtenOn + boost::gregorian::days(8),
                                          "letter.odt"));
    };

    // Day 1, 2026-03-02: 60 days late (30 in January after the 1st, 28, 2), level 4 by days,
    // but no letter yet: the first reminder.
    auto plan = run(Date(2026, 3, 2));
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(plan.letters[0].invoices[0].daysLate, 60);
    EXPECT_EQ(plan.letters[0].invoices[0].levelByDaysLate, 4);
    EXPECT_EQ(plan.letters[0].level, 1);
    send(plan, Date(2026, 3, 2));

    // The same day again, and 5 days later: nothing.
    plan = run(Date(2026, 3, 2));
    EXPECT_TRUE(plan.letters.empty());
    ASSERT_EQ(plan.skipped.size(), 1U);
    EXPECT_EQ(plan.skipped[0].explanation, "last letter on 2026-03-02, 0 days ago; the minimum interval is 14 days");
    plan = run(Date(2026, 3, 7));
    EXPECT_TRUE(plan.letters.empty());
    EXPECT_EQ(plan.skipped[0].reason, SkipReason::WithinInterval);
    EXPECT_EQ(plan.skipped[0].explanation, "last letter on 2026-03-02, 5 days ago; the minimum interval is 14 days");
    EXPECT_TRUE(run(Date(2026, 3, 15)).letters.empty()); // 13 days

    // After the interval: the second reminder, then formal notice, then final notice.
    plan = run(Date(2026, 3, 16));
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(plan.letters[0].previousLevel, 1);
    EXPECT_EQ(plan.letters[0].level, 2);
    send(plan, Date(2026, 3, 16));
    plan = run(Date(2026, 3, 30));
    EXPECT_EQ(plan.letters.at(0).level, 3);
    send(plan, Date(2026, 3, 30));
    plan = run(Date(2026, 4, 13));
    EXPECT_EQ(plan.letters.at(0).level, 4);
    send(plan, Date(2026, 4, 13));
    // At the final notice the next letter, after the interval, repeats it.
    plan = run(Date(2026, 4, 27));
    EXPECT_EQ(plan.letters.at(0).level, 4);

    // The client then agrees a payment plan: nothing more.
    records[0].status = InvoiceStatus::PaymentPlan;
    plan = run(Date(2026, 5, 11));
    EXPECT_TRUE(plan.letters.empty());
    EXPECT_EQ(plan.skipped.at(0).reason, SkipReason::NothingToRemind);
    EXPECT_EQ(plan.skipped.at(0).explanation, "nothing to remind: INV-1 under a payment plan");
}

TEST(ReminderPlan, LevelLimitedByDaysLateIsRepeatedNotRaised)
{
    // Due 2026-01-01; a first reminder on 2026-01-05 (4 days late). On 2026-01-19 the 14-day
    // interval is over and 18 days late reach level 2. With a 7-day interval, on 2026-01-14
    // (9 days after the letter) 13 days late are still level 1 (level 2 starts at 15): the
    // first reminder is repeated, not raised ahead of the thresholds.
    auto record = singleInvoice();
    record.lastReminderLevel = 1; // written back to the register, no journal
    record.lastReminderDate = Date(2026, 1, 5);
    auto plan = planReminders({record}, Date(2026, 1, 19), test::policyInSixLanguages(), {});
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(plan.letters[0].invoices[0].daysLate, 18);
    EXPECT_EQ(plan.letters[0].level, 2); // 18 days reach level 2
    ReminderPolicy everyWeek = test::policyInSixLanguages();
    everyWeek.minimumIntervalDays = 7;
    plan = planReminders({record}, Date(2026, 1, 14), everyWeek, {});
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(plan.letters[0].invoices[0].daysLate, 13);
    EXPECT_EQ(plan.letters[0].level, 1); // 13 days: still level 1, sent again after the interval
}

TEST(ReminderPlan, LettersAboutPaidInvoicesDoNotCount)
{
    // The client had a formal notice about INV-0, since paid; INV-1 is new and late.
    auto paid = singleInvoice();
    paid.number = "INV-0";
    paid.paidAmount = paid.amountInclTax;
    JournalEntry notice;
    notice.date = Date(2025, 6, 1);
    notice.client = paid.client;
    notice.level = formalNotice;
    notice.invoices.push_back({"INV-0", euros(100000), euros(0), euros(4000)});
    const auto plan = planReminders({paid, singleInvoice()}, Date(2026, 3, 2), test::policyInSixLanguages(), {notice});
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(plan.letters[0].previousLevel, 0);
    EXPECT_EQ(plan.letters[0].level, 1);
    EXPECT_EQ(numbers(plan.letters[0]), (std::vector<std::string>{"INV-1"}));
    EXPECT_EQ(plan.letters[0].lastLetterDate, Date(2025, 6, 1)); // still the last letter, for the interval
}

TEST(ReminderPlan, DisputedInvoiceLeftOutOthersReminded)
{
    auto disputed = singleInvoice(InvoiceStatus::Disputed);
    disputed.number = "INV-2";
    auto markedPaid = singleInvoice(InvoiceStatus::Paid);
    markedPaid.number = "INV-3";
    auto partly = singleInvoice(InvoiceStatus::PartlyPaid);
    partly.number = "INV-4";
    partly.paidAmount = euros(25000);
    const auto plan =
        planReminders({singleInvoice(), disputed, markedPaid, partly}, Date(2026, 1, 10), test::policyInSixLanguages(), {});
    ASSERT_EQ(plan.letters.size(), 1U);
    EXPECT_EQ(numbers(plan.letters[0]), (std::vector<std::string>{"INV-1", "INV-4"}));
    EXPECT_EQ(plan.letters[0].totalOutstanding, euros(175000)); // 1000.00 + 750.00
    ASSERT_EQ(plan.letters[0].leftOut.size(), 2U);
    EXPECT_EQ(plan.letters[0].leftOut[0].reason, LeftOutReason::Disputed);
    EXPECT_EQ(plan.letters[0].leftOut[1].reason, LeftOutReason::StatusPaid);

    const auto onlyDisputed = planReminders({disputed}, Date(2026, 1, 10), test::policyInSixLanguages(), {});
    EXPECT_TRUE(onlyDisputed.letters.empty());
    EXPECT_EQ(onlyDisputed.skipped.at(0).explanation, "nothing to remind: INV-2 disputed");
}

TEST(ReminderPlan, NotYetDueGraceAndPaid)
{
    ReminderPolicy grace = test::policyInSixLanguages();
    grace.graceDays = 10;
    // 2026-01-11 is 10 days after 2026-01-01: within the grace.
    auto plan = planReminders({singleInvoice()}, Date(2026, 1, 11), grace, {});
    EXPECT_TRUE(plan.letters.empty());
    EXPECT_EQ(plan.skipped.at(0).explanation, "nothing overdue");
    EXPECT_EQ(planReminders({singleInvoice()}, Date(2026, 1, 12), grace, {}).letters.size(), 1U);
    EXPECT_TRUE(planReminders({singleInvoice()}, Date(2026, 1, 1), test::policyInSixLanguages(), {}).letters.empty());
    auto overpaid = singleInvoice();
    overpaid.paidAmount = euros(100001);
    EXPECT_TRUE(planReminders({overpaid}, Date(2026, 6, 1), test::policyInSixLanguages(), {}).letters.empty());
}

TEST(ReminderPlan, JournalAfterTheAsOfDate)
{
    JournalEntry later;
    later.date = Date(2026, 2, 1);
    later.client = "Whitmore Joinery Ltd";
    later.level = 1;
    later.invoices.push_back({"INV-1", euros(100000), euros(0), euros(0)});
    const auto plan = planReminders({singleInvoice()}, Date(2026, 1, 20), test::policyInSixLanguages(), {later});
    EXPECT_TRUE(plan.letters.empty());
    EXPECT_EQ(plan.skipped.at(0).explanation,
              "last letter on 2026-02-01, after the as-of date 2026-01-20; the minimum interval is 14 days");
}

TEST(ReminderPlan, LanguageOfTheClientOrTheDefault)
{
    ReminderPolicy german = test::policyInSixLanguages();
    german.defaultLanguage = "de";
    auto dutch = singleInvoice();
    dutch.language = "nl";
    auto plan = planReminders({dutch}, Date(2026, 2, 1), german, {});
    EXPECT_EQ(plan.letters.at(0).language, "nl");
    EXPECT_FALSE(plan.letters.at(0).languageIsDefault);
    auto portuguese = singleInvoice();
    portuguese.language = "pt";
    plan = planReminders({portuguese}, Date(2026, 2, 1), german, {});
    EXPECT_EQ(plan.letters.at(0).language, "de");
    EXPECT_TRUE(plan.letters.at(0).languageIsDefault);
    auto none = singleInvoice();
    none.language.clear();
    EXPECT_EQ(planReminders({none}, Date(2026, 2, 1), german, {}).letters.at(0).language, "de");
}

TEST(ReminderPlan, PolicyChecked)
{
    ReminderPolicy policy = test::policyInSixLanguages();
    policy.minimumIntervalDays = 0;
    EXPECT_EQ(messageOf([&] { planReminders({}, Date(2026, 1, 1), policy, {}); }),
              "Interval (0) must be between 1 and 3660 days");
    policy = test::policyInSixLanguages();
    policy.defaultLanguage = "pt";
    EXPECT_EQ(messageOf([&] { planReminders({}, Date(2026, 1, 1), policy, {}); }),
              "Default language 'pt' is not one of en, fr, de, es, it, nl");
    policy = test::policyInSixLanguages();
    policy.graceDays = -1;
    EXPECT_THROW(planReminders({}, Date(2026, 1, 1), policy, {}), InvalidArgument);
}

TEST(LetterRecords, JournalEntryAndRegisterCells)
{
    const auto plan = planReminders(frenchSampleRecords(), Date(2026, 12, 31), test::policyInSixLanguages(), {});
    const ClientReminder& atelierLetter = plan.letters.at(0);
    const JournalEntry entry = journalEntryFor(atelierLetter, Date(2026, 12, 31), Date(2027, 1, 15), "atelier.pdf");
    EXPECT_EQ(entry.client, atelier);
    EXPECT_EQ(entry.level, 4);
    ASSERT_EQ(entry.invoices.size(), 4U);
    EXPECT_EQ(entry.invoices[1].number, "F2025-004");
    EXPECT_EQ(entry.invoices[1].amount, euros(87030));
    EXPECT_EQ(entry.deadline, Date(2027, 1, 15));

    SheetSnapshot header(calcNullDate);
    appendTextRow(header, test::frenchHeaders);
    const auto layout = detectRegisterColumns(header).layout();
    const auto updates = lastReminderUpdates(atelierLetter, Date(2026, 12, 31), layout, calcNullDate);
    ASSERT_EQ(updates.size(), 8U);
    // F2025-001 is the 4th data row: sheet row 5 (0-based 4); N = level, O = date.
    EXPECT_EQ(updates[0].row, 4);
    EXPECT_EQ(updates[0].column, 13);
    EXPECT_EQ(updates[0].value.number, 4);
    EXPECT_EQ(updates[1].column, 14);
    EXPECT_EQ(updates[1].value.number, 46387); // 2026-12-31: 46023 (2026-01-01) + 364
}
