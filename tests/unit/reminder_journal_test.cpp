// The `Relance journal` sheet: headers per language (from the letter
// catalogs), rows ⇄ entries, strict reading.
#include "core/error.hpp"
#include "core/reminder_journal.hpp"
#include "letters/journal_headings.hpp"

#include "error_message.hpp"
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

Money euros(std::int64_t cents) { return Money::fromMinorUnits(cents, 2); }

const std::string catalogs = RELANCE_LETTER_CATALOG_DIR;

std::vector<JournalEntry> readJournal(const SheetSnapshot& sheet)
{
    return relance::readJournal(sheet, journalHeadings(catalogs));
}

JournalEntry atelierNotice()
{
    JournalEntry entry;
    entry.date = Date(2026, 3, 2);
    entry.client = "L'Atelier & Fils SARL";
    entry.level = 3;
    entry.invoices = {{"F2025-001", euros(184800), euros(23417), euros(4000)},
                      {"F2025-004", euros(87030), euros(8120), euros(4000)}};
    entry.deadline = Date(2026, 3, 10);
    entry.fileName = "2026-03-02 L'Atelier & Fils SARL - mise en demeure.pdf";
    return entry;
}

SheetSnapshot journalSheet(const std::vector<JournalEntry>& entries, std::string_view language = "en")
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, journalHeader(language, catalogs));
    for (const auto& entry : entries)
        for (auto& row : journalRows(entry, calcNullDate))
            sheet.appendRow(std::move(row));
    return sheet;
}

} // namespace

TEST(ReminderJournal, HeadersPerLanguage)
{
    EXPECT_EQ(journalHeader("en", catalogs), (std::vector<std::string>{"Date", "Client", "Level", "Invoice", "Amount",
                                                                       "Interest", "Fee", "Deadline", "File",
                                                                       "Payment reference"}));
    EXPECT_EQ(journalHeader("fr", catalogs),
              (std::vector<std::string>{"Date", "Client", "Niveau", "Facture", "Montant", "Intérêts", "Indemnité",
                                        "Date limite", "Fichier", "Référence de paiement"}));
    EXPECT_EQ(journalHeader("de", catalogs), (std::vector<std::string>{"Datum", "Kunde", "Stufe", "Rechnung", "Betrag",
                                                                       "Zinsen", "Pauschale", "Frist", "Datei",
                                                                       "Zahlungsreferenz"}));
    for (const char* language : {"es", "it", "nl"})
        EXPECT_EQ(journalHeader(language, catalogs).size(), journalColumnCount);
    EXPECT_EQ(messageOf([] { journalHeader("pt", catalogs); }),
              "Language (\"pt\") has no letter catalog: use en, fr, de, es, it or nl");
    EXPECT_EQ(journalColumnKey(JournalColumn::FileName), "file");
    EXPECT_EQ(journalSheetName, "Relance journal");
}

TEST(ReminderJournal, OneRowPerInvoice)
{
    const auto rows = journalRows(atelierNotice(), calcNullDate);
    ASSERT_EQ(rows.size(), 2U);
    ASSERT_EQ(rows[0].size(), journalColumnCount);
    EXPECT_EQ(rows[0][0].number, 46083); // 2026-03-02: 46023 (2026-01-01) + 31 + 28 + 1
    EXPECT_EQ(rows[0][1].text, "L'Atelier & Fils SARL");
    EXPECT_EQ(rows[0][2].number, 3);
    EXPECT_EQ(rows[1][3].text, "F2025-004");
    EXPECT_EQ(rows[1][4].number, 870.30);
    EXPECT_EQ(rows[1][5].number, 81.20);
    EXPECT_EQ(rows[1][6].number, 40.0);
    EXPECT_EQ(rows[1][7].number, 46091); // 2026-03-10
    EXPECT_EQ(rows[1][8].text, "2026-03-02 L'Atelier & Fils SARL - mise en demeure.pdf");

    auto noDeadline = atelierNotice();
    noDeadline.deadline.reset();
    EXPECT_TRUE(journalRows(noDeadline, calcNullDate)[0][7].isEmpty());
    auto empty = atelierNotice();
    empty.invoices.clear();
    EXPECT_THROW(journalRows(empty, calcNullDate), InvalidArgument);
}

TEST(ReminderJournal, RowsReadBackAsTheSameLetters)
{
    auto reminder = atelierNotice();
    reminder.level = 1;
    reminder.date = Date(2026, 2, 1);
    reminder.deadline.reset();
    reminder.fileName = "first.pdf";
    auto other = atelierNotice();
    other.client = "Garage Fontaine SAS";
    other.invoices = {{"F2025-009", euros(35296), euros(0), euros(0)}};
    const auto entries = readJournal(journalSheet({reminder, atelierNotice(), other}, "fr"));
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[0].level, 1);
    EXPECT_EQ(entries[0].deadline, std::nullopt);
    EXPECT_EQ(entries[0].invoices.size(), 2U);
    const JournalEntry expected = atelierNotice();
    EXPECT_EQ(entries[1].date, expected.date);
    EXPECT_EQ(entries[1].client, expected.client);
    EXPECT_EQ(entries[1].level, expected.level);
    EXPECT_EQ(entries[1].deadline, expected.deadline);
    EXPECT_EQ(entries[1].fileName, expected.fileName);
    EXPECT_EQ(entries[1].invoices, expected.invoices);
    EXPECT_TRUE(entries[1] == expected);
    EXPECT_EQ(entries[2].client, "Garage Fontaine SAS");
    EXPECT_TRUE(readJournal(SheetSnapshot(calcNullDate)).empty()); // no journal yet
    EXPECT_TRUE(readJournal(journalSheet({})).empty());          // headers only
}

TEST(ReminderJournal, ColumnsInAnyOrderAndLanguage)
{
    SheetSnapshot sheet(Date(1904, 1, 1));
    appendTextRow(sheet, {"Datei", "Kunde", "Datum", "Stufe", "Rechnung", "Betrag", "Zinsen", "Pauschale", "Frist"});
    appendRow(sheet, {"mahnung.pdf", "Schneider & Söhne KG", Date(2026, 5, 4), 2.0, "RE-2025-004", 803.85, 0.0, 40.0,
                      _});
    const auto entries = readJournal(sheet);
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].date, Date(2026, 5, 4));
    EXPECT_EQ(entries[0].fileName, "mahnung.pdf");
    EXPECT_EQ(entries[0].invoices.at(0).amount, euros(80385));
    EXPECT_EQ(entries[0].invoices.at(0).fee, euros(4000));
}

TEST(ReminderJournal, StrictReadingListsEveryProblem)
{
    auto sheet = journalSheet({atelierNotice()});
    appendRow(sheet, {Date(2026, 3, 2), "X", 7.0, "F1", 1.0, 0.0, 0.0, _, "x.pdf"});
    appendRow(sheet, {"hier", "X", 1.0, _, -1.0, 0.0, 0.0, "demain", "x.pdf"});
    appendRow(sheet, {});
    appendRow(sheet, {Date(2026, 3, 2), _, 1.0, "F2", 1.0, "0,00", 0.0, _, _});
    EXPECT_EQ(messageOf([&] { readJournal(sheet); }),
              "Relance journal: row 4, column C (Level): 7 is not a whole number from 0 to 4; "
              "row 5, column A (Date): 'hier' is not a date; "
              "row 5, column D (Invoice): is empty; "
              "row 5, column E (Amount): -1 is negative; "
              "row 5, column H (Deadline): 'demain' is not a date; "
              "row 7, column B (Client): is empty; "
              "row 7, column F (Interest): '0,00' is not a number; "
              "row 7, column I (File): is empty");
}

// The core recognises the headers it is given (the catalogs' words), nothing
// else: without them no journal can be read.
TEST(ReminderJournal, ReadsTheHeadingsItIsGiven)
{
    const auto sheet = journalSheet({atelierNotice()}, "it");
    EXPECT_EQ(relance::readJournal(sheet, {journalHeader("it", catalogs)}).size(), 1U);
    EXPECT_THROW(relance::readJournal(sheet, {journalHeader("en", catalogs)}), InvalidArgument);
    EXPECT_THROW(relance::readJournal(sheet, {}), std::logic_error);
    EXPECT_THROW(relance::readJournal(sheet, {{"Data", "Cliente"}}), std::logic_error);
}

TEST(ReminderJournal, HeaderProblems)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, {"Date", "Client", "Level", "Invoice", "Amount", "Interest", "Fee", "Deadline", "Notes",
                          "Datum"});
    EXPECT_EQ(messageOf([&] { readJournal(sheet); }),
              "Relance journal: row 1: header 'Notes' is not a journal column; row 1: two columns for Date; "
              "row 1: no column for File");
}

// After Edit ▸ Undo of a run, Calc still reports the rows the run wrote as its
// used area: blank rows, with or without the header that stays.
TEST(ReminderJournal, BlankOrHeaderOnlySheetIsAnEmptyJournal)
{
    SheetSnapshot blank(calcNullDate);
    for (int row = 0; row < 12; ++row)
        blank.appendRow(std::vector<SheetCell>(journalColumnCount, SheetCell::empty()));
    EXPECT_TRUE(readJournal(blank).empty());
    EXPECT_EQ(journalRowsUsed(blank), 0);

    SheetSnapshot headerOnly = journalSheet({}, "fr");
    for (int row = 0; row < 5; ++row)
        headerOnly.appendRow(std::vector<SheetCell>(journalColumnCount, SheetCell::empty()));
    EXPECT_TRUE(readJournal(headerOnly).empty());
    EXPECT_EQ(journalRowsUsed(headerOnly), 1);

    SheetSnapshot written = journalSheet({atelierNotice()});
    written.appendRow(std::vector<SheetCell>(journalColumnCount, SheetCell::empty()));
    EXPECT_EQ(journalRowsUsed(written), 3); // header + the notice's two invoices
    EXPECT_EQ(readJournal(written).size(), 1U);
}

TEST(ReminderJournal, ReferenceInTheLastColumn)
{
    JournalEntry entry = atelierNotice();
    entry.reference = "RF18539007547034";
    const auto rows = journalRows(entry, calcNullDate);
    EXPECT_EQ(rows[0][9].text, "RF18539007547034");
    EXPECT_EQ(rows[1][9].text, "RF18539007547034");
    EXPECT_EQ(readJournal(journalSheet({entry})), std::vector<JournalEntry>{entry});
    // a letter that asked for the invoice numbers leaves the cell empty
    EXPECT_EQ(journalRows(atelierNotice(), calcNullDate)[0][9].kind, CellKind::Empty);
}

TEST(ReminderJournal, JournalsWrittenBeforeTheReferenceColumnStillRead)
{
    // the nine columns the first journals had: no reference header, rows of nine cells
    SheetSnapshot sheet(calcNullDate);
    std::vector<std::string> header = journalHeader("fr", catalogs);
    header.pop_back();
    appendTextRow(sheet, header);
    for (auto& row : journalRows(atelierNotice(), calcNullDate)) {
        row.pop_back();
        sheet.appendRow(std::move(row));
    }
    EXPECT_EQ(readJournal(sheet), std::vector<JournalEntry>{atelierNotice()});
}
