#pragma once
// The analysis columns Relance adds to the right of an invoice register
// (days late, reminder level, late interest, recovery fee, total due), and
// where they go: a column already headed like one of them is Relance's and
// is rewritten in place; the others take the first empty columns to the
// right of the register. Nothing the user typed is ever written over.
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace relance {

enum class AnalysisColumn { DaysLate, Level, Interest, Fee, TotalDue };

constexpr std::size_t analysisColumnCount = 5;

/// Every analysis column, in the order they are laid out.
const std::array<AnalysisColumn, analysisColumnCount>& allAnalysisColumns();

constexpr std::size_t analysisIndex(AnalysisColumn column) { return static_cast<std::size_t>(column); }

/// Indexed by AnalysisColumn.
template <typename T>
using PerAnalysisColumn = std::array<T, analysisColumnCount>;

/// Each column's name where a command takes a list of them (AnalysisColumns' Columns).
constexpr PerAnalysisColumn<const char*> analysisColumnNames{"DaysLate", "Level", "Interest", "Fee", "TotalDue"};

struct AnalysisPlacement {
    PerAnalysisColumn<int> columns{};  ///< 0-based sheet column of each
    PerAnalysisColumn<bool> existing{}; ///< found by its heading (a refresh)
};

/// Where the analysis columns of the register `layout` on `sheet` go.
///  - `headings[c]` are column c's headings in every language; a header-row
///    cell equal to one of them (folded: case, accents, spaces do not count)
///    and mapped to no register field is that column, the leftmost one if
///    there are several.
///  - The others go, in order and side by side, into the first columns that
///    are empty from the header row to `lastRow` and to the end of the
///    sheet's used area, right of the rightmost existing analysis column,
///    else right of the register: its last mapped column and the headed
///    columns that follow it without a gap (notes, a column of the user's).
/// Throws InvalidArgument when they would go past `lastColumn` (Calc's last
/// column of the document).
AnalysisPlacement placeAnalysisColumns(const SheetSnapshot& sheet, const RegisterLayout& layout,
                                       const PerAnalysisColumn<std::vector<std::string>>& headings, int lastRow,
                                       int lastColumn);

} // namespace relance
