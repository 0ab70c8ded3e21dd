#pragma once
// The language a register's own column headers are written in, so that what
// Relance adds to the register (the journal's headings) speaks it too.
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <optional>
#include <string>

namespace relance {

/// The language (en, fr, de, es, it, nl) most of the header row's
/// recognised headers are written in (register_synonyms.hpp); a tie goes to
/// the language of the leftmost header among the tied ones. Nothing when no
/// header names a field.
std::optional<std::string> registerHeaderLanguage(const SheetSnapshot& sheet, const RegisterLayout& layout);

} // namespace relance
