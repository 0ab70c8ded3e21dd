#pragma once
// A copy of a sheet's cell values, filled by the UNO layer (getDataArray) so
// that the core reads registers and journals without ever seeing UNO. Dates
// arrive as Calc serial numbers, with the document's null date beside them.
#include "core/serial_date.hpp"

#include <string>
#include <vector>

namespace relance {

enum class CellKind { Empty, Number, Text };

/// One cell's content: empty, a number (dates are serials) or text.
struct SheetCell {
    CellKind kind = CellKind::Empty;
    double number = 0;
    std::string text; ///< UTF-8

    static SheetCell empty() { return {}; }
    static SheetCell ofNumber(double value) { return {CellKind::Number, value, {}}; }
    static SheetCell ofText(std::string value) { return {CellKind::Text, 0, std::move(value)}; }

    bool isEmpty() const { return kind == CellKind::Empty; }
};

/// A rectangle of cells starting at A1, with 0-based rows and columns.
/// Cells outside what was set read as empty, so a ragged copy is fine.
class SheetSnapshot {
public:
    explicit SheetSnapshot(Date nullDate) : nullDate_(nullDate) {}

    /// Sets a cell, growing the grid as needed. Throws InvalidArgument for a
    /// negative row or column.
    void set(int row, int column, SheetCell cell);
    void setNumber(int row, int column, double value) { set(row, column, SheetCell::ofNumber(value)); }
    void setText(int row, int column, std::string value) { set(row, column, SheetCell::ofText(std::move(value))); }

    /// Grows the grid to at least `rows` × `columns` (the new cells empty),
    /// so that a bulk reader's set() calls move cells in place instead of
    /// growing each row cell by cell. Throws InvalidArgument for a negative size.
    void growTo(int rows, int columns);

    /// Appends a row below the last one (a convenience for tests and the
    /// journal, which is written and read a row at a time).
    void appendRow(std::vector<SheetCell> cells);

    /// The cell at (row, column); an empty cell when outside the grid.
    const SheetCell& cell(int row, int column) const;

    /// One past the last row / column that holds a cell (set, even if empty).
    int rowCount() const { return static_cast<int>(rows_.size()); }
    int columnCount() const { return columns_; }

    /// True when every cell of the row is empty.
    bool isBlankRow(int row) const;

    /// The document's day zero, for dateFromSerial.
    Date nullDate() const { return nullDate_; }

private:
    Date nullDate_;
    std::vector<std::vector<SheetCell>> rows_;
    int columns_ = 0;
};

} // namespace relance
