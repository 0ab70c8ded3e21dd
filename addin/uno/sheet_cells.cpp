#include "uno/sheet_cells.hpp"

#include "uno/text_conversion.hpp"

#include <algorithm>

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>


namespace relance::uno {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

UsedArea usedAreaOf(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    return {end.EndRow, end.EndColumn};
}

void readBlock(SheetSnapshot& snapshot, const Reference<css::sheet::XSpreadsheet>& sheet, int firstRow, int lastRow,
               int firstColumn, int lastColumn)
{
    if (lastRow < firstRow || lastColumn < firstColumn)
        return;
    const Reference<css::sheet::XCellRangeData> data(
        sheet->getCellRangeByPosition(firstColumn, firstRow, lastColumn, lastRow), UNO_QUERY_THROW);
    const css::uno::Sequence<css::uno::Sequence<Any>> rows = data->getDataArray();
    snapshot.growTo(firstRow + rows.getLength(), lastColumn + 1);
    for (sal_Int32 row = 0; row < rows.getLength(); ++row) {
        const css::uno::Sequence<Any>& cells = rows[row];
        for (sal_Int32 column = 0; column < cells.getLength(); ++column) {
            const Any& value = cells[column];
            double number = 0;
            OUString text;
            if (value.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (value >>= number))
                snapshot.setNumber(firstRow + row, firstColumn + column, number);
            else if ((value >>= text) && !text.isEmpty())
                snapshot.setText(firstRow + row, firstColumn + column, toUtf8(text));
            // else: empty, as growTo left it
        }
    }
}

SheetSnapshot snapshotOf(const Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate)
{
    SheetSnapshot snapshot(nullDate);
    const UsedArea used = usedAreaOf(sheet);
    readBlock(snapshot, sheet, 0, used.lastRow, 0, used.lastColumn);
    return snapshot;
}

SheetSnapshot snapshotOfTop(const Reference<css::sheet::XSpreadsheet>& sheet, Date nullDate, int rows)
{
    SheetSnapshot snapshot(nullDate);
    const UsedArea used = usedAreaOf(sheet);
    readBlock(snapshot, sheet, 0, std::min(used.lastRow, rows - 1), 0, used.lastColumn);
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
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t column = 0; column < rows[r].size(); ++column)
            if (!rows[r][column].isEmpty())
                writeCell(sheet, row + static_cast<int>(r), static_cast<int>(column), rows[r][column]);
}

} // namespace relance::uno
