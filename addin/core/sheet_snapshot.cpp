#include "core/sheet_snapshot.hpp"

#include "core/error.hpp"

namespace relance {

void SheetSnapshot::set(int row, int column, SheetCell cell)
{
    if (row < 0 || column < 0)
        throw InvalidArgument("cell position (" + std::to_string(row) + ", " + std::to_string(column) +
                              ") must not be negative");
    if (row >= rowCount())
        rows_.resize(static_cast<std::size_t>(row) + 1);
    auto& cells = rows_[static_cast<std::size_t>(row)];
    if (column >= static_cast<int>(cells.size()))
        cells.resize(static_cast<std::size_t>(column) + 1);
    cells[static_cast<std::size_t>(column)] = std::move(cell);
    if (column >= columns_)
        columns_ = column + 1;
}

void SheetSnapshot::growTo(int rows, int columns)
{
    if (rows < 0 || columns < 0)
        throw InvalidArgument("sheet size (" + std::to_string(rows) + ", " + std::to_string(columns) +
                              ") must not be negative");
    if (rows > rowCount())
        rows_.resize(static_cast<std::size_t>(rows));
    for (auto& cells : rows_)
        if (static_cast<int>(cells.size()) < columns)
            cells.resize(static_cast<std::size_t>(columns));
    if (columns > columns_)
        columns_ = columns;
}

void SheetSnapshot::appendRow(std::vector<SheetCell> cells)
{
    const int row = rowCount();
    rows_.emplace_back();
    for (std::size_t column = 0; column < cells.size(); ++column)
        set(row, static_cast<int>(column), std::move(cells[column]));
}

const SheetCell& SheetSnapshot::cell(int row, int column) const
{
    static const SheetCell emptyCell;
    if (row < 0 || column < 0 || row >= rowCount())
        return emptyCell;
    const auto& cells = rows_[static_cast<std::size_t>(row)];
    return column < static_cast<int>(cells.size()) ? cells[static_cast<std::size_t>(column)] : emptyCell;
}

bool SheetSnapshot::isBlankRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return true;
    for (const auto& cell : rows_[static_cast<std::size_t>(row)])
        if (!cell.isEmpty())
            return false;
    return true;
}

} // namespace relance
