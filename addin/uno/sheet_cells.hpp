#pragma once
// A Calc sheet <-> the core's SheetSnapshot: the reminder run reads the
// register, the client list and the journal as snapshots, and writes cells
// back through the same conversion.
#include "core/sheet_snapshot.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace relance::uno {

/// The used area of `sheet` from A1 (values: numbers, text; empty cells empty).
SheetSnapshot snapshotOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate);

/// The last row and column (0-based) of the sheet's used area; 0, 0 for an empty sheet.
struct UsedArea {
    int lastRow = 0;
    int lastColumn = 0;
};
UsedArea usedAreaOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

/// The first `rows` rows of the used area from A1: where header detection
/// looks, without reading the 100,000 rows below.
SheetSnapshot snapshotOfTop(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate, int rows);

/// Reads the block of cells firstRow..lastRow × firstColumn..lastColumn
/// (0-based, inclusive) into `snapshot` at the same places, with one
/// getDataArray: a reader that needs a few columns of a long register reads
/// each run of adjacent columns once, never cell by cell.
void readBlock(SheetSnapshot& snapshot, const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstRow,
               int lastRow, int firstColumn, int lastColumn);

/// Writes one cell: a number, a text, or nothing (cleared).
void writeCell(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int row, int column,
               const SheetCell& value);

/// Writes `rows` from (row, 0) down, one row per entry, cell by cell: Calc's
/// XCellRangeData::setDataArray leaves no undo action (measured on 7.4), and
/// these writes must be undone with the rest of a reminder run.
void writeRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int row,
               const std::vector<std::vector<SheetCell>>& rows);

} // namespace relance::uno
