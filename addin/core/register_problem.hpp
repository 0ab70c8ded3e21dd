#pragma once
// Why a register cannot be shown, as data rather than an English sentence:
// the sidebar says it in the UI language (ui/overview_texts.hpp), with the
// sheet, the fields and the cells concerned.
#include "core/cell_reading.hpp"
#include "core/register_field.hpp"
#include "core/register_rows.hpp"
#include "core/sheet_snapshot.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relance {

enum class RegisterProblemKind {
    NoDocument,           ///< the frame shows no spreadsheet
    NoRegisterSheet,      ///< no sheet but the journal and client lists
    NoHeaderRow,          ///< no row of the first rows names two fields
    MissingColumns,       ///< `fields`: the required fields no column is mapped to
    AmbiguousColumn,      ///< `fields` (one) named by several `columns`
    StoredMappingRefused, ///< the mapping kept in the document does not parse: `detail`
    MergedCells,          ///< merged cells in the register: the first at `range`
    UnreadableCells,      ///< `count` cells do not read; the first few in `cells`
    NoDataRows,           ///< no invoice below the header
    Failed,               ///< anything else (settings, rate tables, RELANCE_ASOF): `detail`
};

struct RegisterProblem {
    RegisterProblemKind kind = RegisterProblemKind::Failed;
    std::string sheet;                ///< the sheet concerned, "" when none
    std::vector<RegisterField> fields;
    std::vector<std::string> columns; ///< AmbiguousColumn: "F “Échéance”", column letter and header
    std::string range;                ///< MergedCells: "B5:C6"
    int count = 0;                    ///< UnreadableCells: how many
    std::vector<CellProblem> cells;   ///< UnreadableCells: the first listedCellProblems
    std::string detail;               ///< English, from the core: StoredMappingRefused, Failed
};

/// Cells an UnreadableCells problem lists; `count` says how many there are.
constexpr std::size_t listedCellProblems = 3;

/// Why `cells` (sheet `sheet`) does not read as a register with the stored
/// mapping `storedMapping` (blank: header detection), as
/// resolveRegisterLayout decides it; nullopt when it does read.
std::optional<RegisterProblem> layoutProblem(const std::string& sheet, const SheetSnapshot& cells,
                                             std::string_view storedMapping);

/// Why the rows read cannot be shown: cells that do not read (every one
/// counts: a row with a problem yields no invoice, so figures without it
/// would be wrong), or no invoice at all; nullopt when the reading is whole.
std::optional<RegisterProblem> readingProblem(const std::string& sheet, const RegisterReading& reading);

} // namespace relance
