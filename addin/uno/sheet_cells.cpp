#include "uno/sheet_cells.hpp"

#include "uno/text_conversion.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>

namespace relance::uno {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

SheetSnapshot snapshotOf(const Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate)
{
    SheetSnapshot snapshot(nullDate);
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> usedArea(cursor, UNO_QUERY_THROW);
    usedArea->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const Reference<css::sheet::XCellRangeData> data(
        sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), UNO_QUERY_THROW);
    const css::uno::Sequence<css::uno::Sequence<Any>> rows = data->getDataArray();
    for (sal_Int32 row = 0; row < rows.getLength(); ++row)
        for (sal_Int32 column = 0; column < rows[row].getLength(); ++column) {
            const Any& value = rows[row][column];
            double number = 0;
            OUString text;
            if (value.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (value >>= number))
                snapshot.setNumber(row, column, number);
            else if ((value >>= text) && !text.isEmpty())
                snapshot.setText(row, column, toUtf8(text));
            else
                snapshot.set(row, column, SheetCell::empty());
        }
    return snapshot;
}

void writeCell(const Reference<css::sheet::XSpreadsheet>& sheet, int row, int column, const SheetCell& value)
{
    const Reference<css::table::XCell> cell = sheet->getCellByPosition(column, row);
    switch (value.kind) {
    case CellKind::Number: cell->setValue(value.number); break;
    case CellKind::Text: Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(toOUString(value.text)); break;
    case CellKind::Empty: cell->setFormula(OUString()); break;
    }
}

void writeRows(const Reference<css::sheet::XSpreadsheet>& sheet, int row,
               const std::vector<std::vector<SheetCell>>& rows)
{
    if (rows.empty())
        return;
    std::size_t columns = 0;
    for (const auto& cells : rows)
        columns = std::max(columns, cells.size());
    if (columns == 0)
        return;
    css::uno::Sequence<css::uno::Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
    auto* out = data.getArray();
    for (const auto& cells : rows) {
        css::uno::Sequence<Any> line(static_cast<sal_Int32>(columns));
        auto* value = line.getArray();
        for (std::size_t c = 0; c < columns; ++c) {
            const SheetCell empty;
            const SheetCell& cell = c < cells.size() ? cells[c] : empty;
            if (cell.kind == CellKind::Number)
                value[c] <<= cell.number;
            else
                value[c] <<= toOUString(cell.text); // "" clears
        }
        *out++ = line;
    }
    const Reference<css::sheet::XCellRangeData> range(
        sheet->getCellRangeByPosition(0, row, static_cast<sal_Int32>(columns) - 1,
                                      row + static_cast<sal_Int32>(rows.size()) - 1),
        UNO_QUERY_THROW);
    range->setDataArray(data);
}

} // namespace relance::uno
