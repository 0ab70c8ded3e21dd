#pragma once
// The headers of the `Relance journal` sheet (core/reminder_journal.hpp), in
// the letter languages: the `journal` table of each letter catalog
// (packaging/letters/<code>.txt), one message per column, keyed by the
// column's stable key (journalColumnKey: date, client, level, ...).
#include "core/reminder_journal.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The header row in a letter language (case-insensitive), in column order,
/// from the compiled catalogs in `catalogs`. Throws InvalidArgument for a
/// language without a catalog or a catalog without one of the headers.
std::vector<std::string> journalHeader(std::string_view language, const std::string& catalogs);

/// The header rows of every letter language, English first: what
/// readJournal recognises, in any of them.
JournalHeadings journalHeadings(const std::string& catalogs);

} // namespace relance
