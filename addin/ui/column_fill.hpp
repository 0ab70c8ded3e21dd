#pragma once
// Writing a whole column of a sheet in a handful of UNO calls, whatever its
// length: one formula filled down (XCellSeries::fillAuto, ~0.3 s for 100,000
// rows where one setFormula per cell takes minutes) with the first cell's
// number format, the header's look copied from another header. Every call here
// leaves an undo action, so that a command's UndoStep takes it all back.
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace relance::ui {

/// Writes `formulas` (API grammar) side by side in row firstRow from
/// firstColumn on, and fills them down to lastRow in one call, their
/// relative references following each row. One call for adjacent columns
/// fills 100,000 rows in about 60 % of the time of one call per column.
void fillFormulasDown(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstColumn,
                      sal_Int32 firstRow, sal_Int32 lastRow, const std::vector<rtl::OUString>& formulas);

/// Gives a cell the number format `format` (a key of the document's number
/// formats); a fill from that cell copies it down.
void setCellNumberFormat(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
                         sal_Int32 format);

/// The number format key of a cell.
sal_Int32 numberFormatOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row);

/// One of the document's built-in number formats in its locale, by its
/// css::i18n::NumberFormatIndex (NUMBER_INT: "0", DATE_SYS_DDMMYYYY ...).
sal_Int32 builtInNumberFormat(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, sal_Int16 index);

/// Writes `text` in (column, row) with the look of the header cell
/// (fromColumn, row): its cell style, font, colours, alignment and borders.
/// Makes `column` as wide as what it holds, its heading included.
void fitColumnWidth(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column);

void writeHeading(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
                  const rtl::OUString& text, sal_Int32 fromColumn);

/// The absolute name of the range of column's rows firstRow..lastRow
/// ("$Factures.$P$1:$P$34").
rtl::OUString columnRangeName(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                              sal_Int32 firstRow, sal_Int32 lastRow);

} // namespace relance::ui
