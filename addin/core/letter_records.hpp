#pragma once
// What a letter written leaves behind: its journal entry, and the register's
// last-reminder cells of the invoices it claimed. The UNO layer applies both
// in one undo step, so the next run escalates from them.
#include "core/journal_entry.hpp"
#include "core/register_layout.hpp"
#include "core/reminder_plan.hpp"
#include "core/sheet_snapshot.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

/// A cell to write into the register.
struct CellUpdate {
    int row;     ///< 0-based
    int column;  ///< 0-based
    SheetCell value;
};

/// The journal entry of `letter` written on `writtenOn`: its level, its
/// invoices with their outstanding amounts, interest and fees 0 (the caller
/// sets the figures the letter states, from the interest engine and the
/// rule's fee).
JournalEntry journalEntryFor(const ClientReminder& letter, Date writtenOn, std::optional<Date> deadline,
                             std::string fileName);

/// For every invoice of `letter`: its last reminder level := the letter's
/// level and its last reminder date := `writtenOn` (a serial from
/// `nullDate`), in the columns the layout maps; none for a column it does not map.
std::vector<CellUpdate> lastReminderUpdates(const ClientReminder& letter, Date writtenOn, const RegisterLayout& layout,
                                            Date nullDate);

} // namespace relance
