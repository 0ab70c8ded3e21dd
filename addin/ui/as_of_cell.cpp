#include "ui/as_of_cell.hpp"

#include "core/register_field.hpp"
#include "uno/register_document.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

namespace relance::ui {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::sheet::XNamedRanges> namedRanges(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    return Reference<css::sheet::XNamedRanges>(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
}

sal_Int32 fourDigitYearDateFormat(const Reference<css::sheet::XSpreadsheetDocument>& document);

/// The register's own date format (its first due date's, as the journal's),
/// else the locale's date with a four-digit year.
sal_Int32 registerDateFormat(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    try {
        const uno::RegisterSheet found = uno::findRegisterSheet(document);
        if (const std::optional<int> due = found.layout.columns.column(RegisterField::DueDate)) {
            sal_Int32 format = 0;
            Reference<css::beans::XPropertySet>(found.sheet->getCellByPosition(*due, found.layout.headerRow + 1),
                                                UNO_QUERY_THROW)
                ->getPropertyValue("NumberFormat") >>= format;
            if (format != 0) // 0 is General: no date format to follow
                return format;
        }
    } catch (const std::exception&) { // not a register (yet): the locale's format
    }
    return fourDigitYearDateFormat(document);
}

sal_Int32 fourDigitYearDateFormat(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::util::XNumberFormatTypes> types(
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats(), UNO_QUERY_THROW);
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("CharLocale") >>= locale;
    return types->getFormatIndex(css::i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, locale);
}

} // namespace

Reference<css::table::XCell> existingAsOfCell(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::sheet::XNamedRanges> names = namedRanges(document);
    const OUString name = OUString::createFromAscii(asOfName);
    if (!names->hasByName(name))
        return nullptr;
    const Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name), UNO_QUERY);
    const Reference<css::table::XCellRange> cells = referrer.is() ? referrer->getReferredCells() : nullptr;
    return cells.is() ? cells->getCellByPosition(0, 0) : nullptr;
}

Reference<css::table::XCell> ensureAsOfCell(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                            const OUString& label)
{
    if (const Reference<css::table::XCell> existing = existingAsOfCell(document); existing.is())
        return existing;
    const Reference<css::sheet::XNamedRanges> names = namedRanges(document);
    const OUString name = OUString::createFromAscii(asOfName);
    if (names->hasByName(name))
        names->removeByName(name); // a name that refers to no cell (#REF!) is made again
    const Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)->getByIndex(0), UNO_QUERY_THROW);
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const sal_Int32 column =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress().EndColumn + 2;
    Reference<css::text::XText>(sheet->getCellByPosition(column, 0), UNO_QUERY_THROW)->setString(label);
    const Reference<css::table::XCell> cell = sheet->getCellByPosition(column + 1, 0);
    cell->setFormula("=TODAY()");
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)
        ->setPropertyValue("NumberFormat", css::uno::Any(registerDateFormat(document)));
    const Reference<css::container::XIndexAccess> columns(
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(), UNO_QUERY_THROW);
    for (const sal_Int32 index : {column, column + 1})
        Reference<css::beans::XPropertySet>(columns->getByIndex(index), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", css::uno::Any(true));
    const css::table::CellAddress where = Reference<css::sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress();
    OUString absolute;
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)->getPropertyValue("AbsoluteName") >>= absolute;
    names->addNewByName(name, absolute, where, 0);
    return cell;
}

} // namespace relance::ui
