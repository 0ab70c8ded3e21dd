#pragma once
// The `Relance journal` sheet of a register: one row per invoice claimed in
// a letter (date, client, level, invoice, amount, interest, fee, deadline,
// file name), so that the sheet filters and sums like any other, and the
// conversion between those rows and JournalEntry. The UNO layer writes the
// rows in one undo step with the register's last-reminder cells
// (register_updates.hpp) and reads them back for the next run.
#include "core/journal_entry.hpp"
#include "core/sheet_snapshot.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The sheet's name, the same in every language so a run finds it.
constexpr std::string_view journalSheetName = "Relance journal";

enum class JournalColumn { LetterDate, Client, Level, Invoice, Amount, Interest, Fee, Deadline, FileName, Reference };
constexpr std::size_t journalColumnCount = 10;

/// The stable English key of a column: "date", "client", "level", "invoice",
/// "amount", "interest", "fee", "deadline", "file", "reference".
std::string_view journalColumnKey(JournalColumn column);

/// The header rows the journal may have, one per letter language, each the
/// nine headers in column order. The words are the letter catalogs' (the
/// letters library's journalHeadings); the core only compares them. The
/// first row names the columns in messages.
using JournalHeadings = std::vector<std::vector<std::string>>;

/// The rows of one letter, one per invoice, in column order: dates as serials
/// from `nullDate`, the level and amounts as numbers (amounts as the double
/// nearest the exact value), no deadline as an empty cell. Throws
/// InvalidArgument for a letter without invoices.
std::vector<std::vector<SheetCell>> journalRows(const JournalEntry& entry, Date nullDate);

/// One past the last row of `sheet` that holds something: where the next
/// letters' rows go. 0 for a sheet with nothing in it, however large the
/// area Calc reports as used (an undo leaves the area its rows had).
int journalRowsUsed(const SheetSnapshot& sheet);

/// Reads a journal sheet back. A sheet with nothing in it is an empty journal
/// (the first run), and so is one with the header row alone (a run undone).
/// Row 1 must hold the headers, each once, in any order and any of the
/// languages of `headings`; the reference column, added after the first
/// journals were written, may be missing (its letters quoted invoice numbers).
/// (The ten headers:
/// a row of headings of the wrong size is a std::logic_error.)
/// Consecutive rows with the same date, client,
/// level, deadline and file name are one letter. Every problem is collected
/// and the whole is refused with one InvalidArgument listing them all --
/// "Relance journal: row 5, column C (Level): 7 is not a whole number from 0
/// to 4; ..." -- since escalating from a journal read in part could send a
/// letter twice.
std::vector<JournalEntry> readJournal(const SheetSnapshot& sheet, const JournalHeadings& headings,
                                      int currencyDigits = 2);

} // namespace relance
