#include "ui/column_fill.hpp"

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <iterator>

namespace relance::ui {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::table::XCellRange> columnRange(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                                              sal_Int32 firstRow, sal_Int32 lastRow)
{
    return sheet->getCellRangeByPosition(column, firstRow, column, lastRow);
}

/// What a header's look is made of. The cell style first: direct formats
/// set after it override it, as they did on the header copied.
css::uno::Sequence<OUString> headerLook()
{
    static const char* const names[] = {"CellStyle",     "CharFontName",  "CharHeight",   "CharWeight",
                                        "CharPosture",   "CharUnderline", "CharColor",    "CellBackColor",
                                        "IsCellBackgroundTransparent",   "HoriJustify",  "VertJustify",
                                        "IsTextWrapped", "TopBorder",     "BottomBorder", "LeftBorder",
                                        "RightBorder"};
    css::uno::Sequence<OUString> look(static_cast<sal_Int32>(std::size(names)));
    for (std::size_t i = 0; i < std::size(names); ++i)
        look.getArray()[i] = OUString::createFromAscii(names[i]);
    return look;
}

} // namespace

void fillFormulasDown(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstColumn, sal_Int32 firstRow,
                      sal_Int32 lastRow, const std::vector<OUString>& formulas)
{
    if (formulas.empty())
        return;
    for (std::size_t i = 0; i < formulas.size(); ++i)
        sheet->getCellByPosition(firstColumn + static_cast<sal_Int32>(i), firstRow)->setFormula(formulas[i]);
    if (lastRow > firstRow)
        Reference<css::sheet::XCellSeries>(
            sheet->getCellRangeByPosition(firstColumn, firstRow,
                                          firstColumn + static_cast<sal_Int32>(formulas.size()) - 1, lastRow),
            UNO_QUERY_THROW)
            ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
}

void setCellNumberFormat(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
                         sal_Int32 format)
{
    Reference<css::beans::XPropertySet>(sheet->getCellByPosition(column, row), UNO_QUERY_THROW)
        ->setPropertyValue("NumberFormat", css::uno::Any(format));
}

sal_Int32 numberFormatOf(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row)
{
    sal_Int32 format = 0;
    Reference<css::beans::XPropertySet>(sheet->getCellByPosition(column, row), UNO_QUERY_THROW)
            ->getPropertyValue("NumberFormat") >>= format;
    return format;
}

sal_Int32 builtInNumberFormat(const Reference<css::sheet::XSpreadsheetDocument>& document, sal_Int16 index)
{
    const Reference<css::util::XNumberFormatTypes> types(
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats(), UNO_QUERY_THROW);
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("CharLocale") >>= locale;
    return types->getFormatIndex(index, locale);
}

void fitColumnWidth(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column)
{
    const Reference<css::container::XIndexAccess> columns(
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(columns->getByIndex(column), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalWidth", css::uno::Any(true));
}

void writeHeading(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
                  const OUString& text, sal_Int32 fromColumn)
{
    const Reference<css::table::XCell> cell = sheet->getCellByPosition(column, row);
    const css::uno::Sequence<OUString> look = headerLook();
    const Reference<css::beans::XMultiPropertySet> from(sheet->getCellByPosition(fromColumn, row), UNO_QUERY_THROW);
    Reference<css::beans::XMultiPropertySet>(cell, UNO_QUERY_THROW)->setPropertyValues(look, from->getPropertyValues(look));
    Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(text);
}

OUString columnRangeName(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 firstRow,
                         sal_Int32 lastRow)
{
    OUString name;
    Reference<css::beans::XPropertySet>(columnRange(sheet, column, firstRow, lastRow), UNO_QUERY_THROW)
            ->getPropertyValue("AbsoluteName") >>= name;
    return name;
}

} // namespace relance::ui
