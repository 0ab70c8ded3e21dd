#pragma once
// A Calc sheet <-> the core's SheetSnapshot: the reminder run reads the
// register, the client list and the journal as snapshots, and writes cells
// back through the same conversion.
#include "core/sheet_snapshot.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace relance::uno {

/// The used area of `sheet` from A1 (values: numbers, text; empty cells empty).
SheetSnapshot snapshotOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate);

/// Writes one cell: a number, a text, or nothing (cleared).
void writeCell(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int row, int column,
               const SheetCell& value);

/// Writes `rows` from (row, 0) down, one row per entry, cell by cell: Calc's
/// XCellRangeData::setDataArray leaves no undo action (measured on 7.4), and
/// these writes must be undone with the rest of a reminder run.
void writeRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int row,
               const std::vector<std::vector<SheetCell>>& rows);

} // namespace relance::uno
