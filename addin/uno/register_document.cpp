#include "uno/register_document.hpp"

#include "core/error.hpp"
#include "core/register_columns.hpp"
#include "core/register_mapping.hpp"
#include "core/reminder_journal.hpp"
#include "core/text_folding.hpp"
#include "letters/journal_headings.hpp"
#include "uno/letter_resources.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <algorithm>
#include <optional>

namespace relance::uno {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

std::string storedRegisterMapping(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return {};
    const Reference<css::beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                                   UNO_QUERY);
    OUString text;
    if (user.is() && user->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(registerMappingProperty)))
        user->getPropertyValue(OUString::createFromAscii(registerMappingProperty)) >>= text;
    return toUtf8(text);
}

namespace {

RegisterSheets readSheets(const Reference<css::sheet::XSpreadsheetDocument>& document, Date nullDate)
{
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    RegisterSheets found{nullptr, SheetSnapshot(nullDate), {}, {}, nullptr, {}, 0};
    const std::string mapping = storedRegisterMapping(document);
    std::string firstRefusal;
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const std::string name = toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        SheetSnapshot cells = snapshotOf(sheet, nullDate);
        if (name == journalSheetName) {
            found.journal = sheet;
            found.journalEntries = readJournal(cells, journalHeadings(letterCatalogFolder()));
            found.journalRows = journalRowsUsed(cells);
        } else if (looksLikeClientSheet(cells)) {
            found.clients = readClientDirectory(cells);
        } else if (!found.invoices.is()) {
            try {
                found.layout = resolveRegisterLayout(cells, mapping).layout;
                found.invoices = sheet;
                found.invoiceCells = std::move(cells);
            } catch (const InvalidArgument& refused) {
                if (firstRefusal.empty())
                    firstRefusal = "sheet \"" + name + "\": " + refused.what();
            }
        }
    }
    if (!found.invoices.is())
        throw InvalidArgument("no invoice register found" + (firstRefusal.empty() ? "" : " (" + firstRefusal + ")"));
    return found;
}

} // namespace

Date documentNullDate(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    return nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY));
}

Date runDate(const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf, Date nullDate)
{
    if (const std::optional<Date> given = optionalDate(asOf, nullDate, "AsOf"))
        return *given;
    const Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("NamedRanges"), UNO_QUERY);
    if (names.is() && names->hasByName("RELANCE_ASOF")) {
        const Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName("RELANCE_ASOF"), UNO_QUERY);
        const Reference<css::table::XCellRange> range = referrer.is() ? referrer->getReferredCells() : nullptr;
        if (range.is()) {
            const double serial = range->getCellByPosition(0, 0)->getValue();
            if (serial > 0)
                return dateFromSerial(serial, nullDate, "RELANCE_ASOF");
        }
    }
    return today();
}

RegisterRun readRegisterRun(const Reference<css::uno::XComponentContext>& context,
                            const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf)
{
    if (!document.is())
        throw InvalidArgument("Register: no spreadsheet document given");
    const Date nullDate = documentNullDate(document);
    RegisterSheets sheets = readSheets(document, nullDate);
    RegisterReading reading = readRegisterRows(sheets.invoiceCells, sheets.layout);
    return {document,
            nullDate,
            runDate(document, asOf, nullDate),
            readRunSettings(context),
            std::move(sheets),
            std::move(reading),
            rateTablesFor(Reference<css::beans::XPropertySet>(document, UNO_QUERY), nullDate)};
}

namespace {

/// The rows SheetExtent::HeaderRows reads: those header detection searches,
/// or through the stored mapping's header row when it is lower.
int headerRowsToRead(const std::string& mapping)
{
    int rows = defaultHeaderSearchRows;
    if (!trimmedText(mapping).empty()) {
        try {
            rows = std::max(rows, parseRegisterMapping(mapping).headerRow + 1);
        } catch (const InvalidArgument&) {
            // resolveRegisterLayout refuses it, with the reason
        }
    }
    return rows;
}

} // namespace

RegisterSheetSearch searchRegisterSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                        SheetExtent extent)
{
    // The invoice sheet alone, as readSheets finds it, without reading the
    // journal and the client list (a command on the register's columns must
    // not be refused for a journal it does not use).
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const Date nullDate = documentNullDate(document);
    const std::string mapping = storedRegisterMapping(document);
    const int headerRows = headerRowsToRead(mapping);
    RegisterSheetSearch search;
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        std::string name = toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (name == journalSheetName)
            continue;
        SheetSnapshot cells = extent == SheetExtent::Whole ? snapshotOf(sheet, nullDate)
                                                           : snapshotOfTop(sheet, nullDate, headerRows);
        if (looksLikeClientSheet(cells))
            continue;
        try {
            ResolvedLayout resolved = resolveRegisterLayout(cells, mapping);
            search.found = RegisterSheet{sheet, std::move(name), std::move(cells), std::move(resolved.layout),
                                         resolved.source};
            search.firstRefused.reset();
            search.refusal.clear();
            return search;
        } catch (const InvalidArgument& refused) {
            if (!search.firstRefused) {
                search.refusal = refused.what();
                search.firstRefused = RegisterSheet{sheet, std::move(name), std::move(cells), {}, LayoutSource::HeaderDetection};
            }
        }
    }
    return search;
}

RegisterSheet findRegisterSheet(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    RegisterSheetSearch search = searchRegisterSheet(document);
    if (search.found)
        return std::move(*search.found);
    throw InvalidArgument("no invoice register found" +
                          (search.firstRefused ? " (sheet \"" + search.firstRefused->name + "\": " + search.refusal + ")"
                                               : std::string()));
}

} // namespace relance::uno
