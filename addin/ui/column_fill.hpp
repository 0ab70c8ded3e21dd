#pragma once
// Writing a whole column of a sheet in a handful of UNO calls, whatever its
// length: one formula filled down (XCellSeries::fillAuto, ~0.3 s for 100,000
// rows where one setFormula per cell takes minutes), one number format for
// the range, the header's look copied from another header. Every call here
// leaves an undo action, so that a command's UndoStep takes it all back.
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

/// Writes `formula` (API grammar) in (column, firstRow) and fills it down to
/// lastRow, its relative references following each row.
void fillFormulaDown(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 firstRow,
                     sal_Int32 lastRow, const rtl::OUString& formula);

/// Empties the values, texts and formulas of column's rows firstRow..lastRow
/// (formats stay); nothing when lastRow < firstRow.
void clearColumnContents(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                         sal_Int32 firstRow, sal_Int32 lastRow);

/// Gives column's rows firstRow..lastRow the number format `format` (a key
/// of the document's number formats).
void setColumnNumberFormat(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                           sal_Int32 firstRow, sal_Int32 lastRow, sal_Int32 format);

/// The number format key of a cell.
sal_Int32 numberFormatOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row);

/// The document's built-in whole-number format ("0") in its locale.
sal_Int32 wholeNumberFormat(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// Writes `text` in (column, row) with the look of the header cell
/// (fromColumn, row): its cell style, font, colours, alignment and borders.
void writeHeading(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
                  const rtl::OUString& text, sal_Int32 fromColumn);

/// The absolute name of the range of column's rows firstRow..lastRow
/// ("$Factures.$P$1:$P$34").
rtl::OUString columnRangeName(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                              sal_Int32 firstRow, sal_Int32 lastRow);

} // namespace relance::ui
