#pragma once
// The register's "Relance journal" sheet and the undo step of a run.
//
// What Edit ▸ Undo takes back, and what it does not (README, "Journal and
// undo"): a run's journal rows and the register's last-reminder cells are one
// undo step, named after the run ("Relance: reminder letters to 3 clients"):
// undoing it says "these letters were not sent", so the next run writes them
// again. The letters' files stay on disk (an undo in Calc never deletes
// files). The sheet itself, its header row and its formatting are written
// outside the undo step: undoing a sheet inserted through the API crashes
// LibreOffice 7.4 in a document without a view (measured), and a journal
// left without its header would no longer read as a journal.
#include "core/journal_entry.hpp"
#include "core/letter_records.hpp"
#include "uno/register_document.hpp"

#include <string>
#include <vector>

namespace relance::uno {

/// Appends `entries` to the journal (creating the sheet, with its header in
/// `headerLanguage`, when the register has none or an empty one) and applies
/// `updates` to the invoice sheet, in one undo step titled `undoTitle`
/// ("Relance: reminder letters to 3 clients" in the UI language); then formats the
/// journal as an accountant would: dates and amounts in the register's own
/// formats, optimal column widths, a bold, frozen header row, an autofilter.
void recordLetters(RegisterRun& run, const std::vector<JournalEntry>& entries, const std::vector<CellUpdate>& updates,
                   const std::string& headerLanguage, const rtl::OUString& undoTitle);

} // namespace relance::uno
