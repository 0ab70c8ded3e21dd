#include "uno/register_overview_reading.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/late_payment_rule.hpp"
#include "core/register_columns.hpp"
#include "core/register_rows.hpp"
#include "core/text_folding.hpp"
#include "uno/document_rates.hpp"
#include "uno/register_document.hpp"
#include "uno/settings_reader.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>

namespace relance::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

RegisterProblem failure(RegisterProblemKind kind, std::string sheet, std::string detail = {})
{
    RegisterProblem problem;
    problem.kind = kind;
    problem.sheet = std::move(sheet);
    problem.detail = std::move(detail);
    return problem;
}

std::string rangeText(const css::table::CellRangeAddress& range)
{
    const std::string start = columnLetters(range.StartColumn) + std::to_string(range.StartRow + 1);
    if (range.StartColumn == range.EndColumn && range.StartRow == range.EndRow)
        return start;
    return start + ":" + columnLetters(range.EndColumn) + std::to_string(range.EndRow + 1);
}

bool overlaps(const css::table::CellRangeAddress& a, const css::table::CellRangeAddress& b)
{
    return a.StartColumn <= b.EndColumn && b.StartColumn <= a.EndColumn && a.StartRow <= b.EndRow &&
           b.StartRow <= a.EndRow;
}

/// The first merged area from the header row down ("B5:C6"), if any. Merged
/// cells give their value to the first cell only: the others read empty, and
/// a client or a date merged over three invoices would be missing from two.
/// XMergeable::getIsMerged on a range answers whether a merged area starts
/// in it (measured on 7.4: true for A1:F20 around B5:C6, false for C6:D8),
/// so the whole register is one call; only then are the sheet's format
/// ranges looked through (a merged area's first cell is a range of its own).
std::optional<std::string> firstMergedArea(const RegisterSheet& reg, const UsedArea& used)
{
    const Reference<css::table::XCellRange> area = reg.sheet->getCellRangeByPosition(
        0, reg.layout.headerRow, used.lastColumn, std::max(used.lastRow, reg.layout.headerRow));
    if (!Reference<css::util::XMergeable>(area, UNO_QUERY_THROW)->getIsMerged())
        return std::nullopt;
    const css::table::CellRangeAddress registerArea =
        Reference<css::sheet::XCellRangeAddressable>(area, UNO_QUERY_THROW)->getRangeAddress();
    const Reference<css::container::XIndexAccess> formats(
        Reference<css::sheet::XCellFormatRangesSupplier>(reg.sheet, UNO_QUERY_THROW)->getCellFormatRanges());
    for (sal_Int32 index = 0; index < formats->getCount(); ++index) {
        const Reference<css::table::XCellRange> range(formats->getByIndex(index), UNO_QUERY);
        if (!range.is())
            continue;
        const auto address = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
        if (!overlaps(address, registerArea) || !Reference<css::util::XMergeable>(range, UNO_QUERY_THROW)->getIsMerged())
            continue;
        const Reference<css::sheet::XSheetCellCursor> cursor =
            reg.sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(
                reg.sheet->getCellRangeByPosition(address.StartColumn, address.StartRow, address.StartColumn,
                                                  address.StartRow),
                UNO_QUERY_THROW));
        cursor->collapseToMergedArea();
        return rangeText(Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress());
    }
    return std::string(); // merged, but not found where expected: still say so
}

/// The fields the figures read. The rows are read and checked for these
/// only: a malformed e-mail or language cell is for the letters to report,
/// it changes no figure; and a 100,000-row register is read 8 columns wide
/// instead of all of them.
constexpr RegisterField overviewFields[] = {
    RegisterField::InvoiceNumber, RegisterField::Client,        RegisterField::IssueDate,
    RegisterField::PaymentTerms,  RegisterField::DueDate,       RegisterField::AmountInclTax,
    RegisterField::PaidAmount,    RegisterField::Status,
};

RegisterLayout overviewLayout(const RegisterLayout& layout)
{
    RegisterLayout reduced;
    reduced.headerRow = layout.headerRow;
    for (const RegisterField field : overviewFields)
        if (const std::optional<int> column = layout.columns.column(field))
            reduced.columns.assign(field, *column);
    return reduced;
}

/// Reads the rows below those the search read (SheetExtent::HeaderRows),
/// in the layout's columns only: one getDataArray per run of adjacent columns.
void readDataRows(RegisterSheet& reg, const RegisterLayout& layout, const UsedArea& used)
{
    std::vector<int> columns;
    for (const RegisterField field : allRegisterFields())
        if (const std::optional<int> column = layout.columns.column(field))
            columns.push_back(*column);
    std::sort(columns.begin(), columns.end());
    const int firstRow = reg.cells.rowCount();
    if (columns.empty())
        return;
    // Every row at its full width at once, not widened block after block.
    reg.cells.growTo(used.lastRow + 1, columns.back() + 1);
    for (std::size_t start = 0; start < columns.size();) {
        std::size_t end = start;
        while (end + 1 < columns.size() && columns[end + 1] == columns[end] + 1)
            ++end;
        readBlock(reg.cells, reg.sheet, firstRow, used.lastRow, columns[start], columns[end]);
        start = end + 1;
    }
}

std::optional<StaleRateTable> staleRateTable(const Reference<css::uno::XComponentContext>& context,
                                             const Reference<css::sheet::XSpreadsheetDocument>& document,
                                             Date nullDate, Date asOf)
{
    const RunSettings settings = readRunSettings(context);
    const LatePaymentRule& rule = latePaymentRule(settings.letters.rule);
    if (rule.referenceSource.empty())
        return std::nullopt; // a contractual rate reads no table
    const DocumentRateTables tables = rateTablesFor(Reference<css::beans::XPropertySet>(document, UNO_QUERY), nullDate);
    const RateTable* table = tables.tables->find(rule.referenceSource);
    if (table == nullptr || !table->isPastValidThrough(asOf))
        return std::nullopt;
    return StaleRateTable{table->source(), table->validThrough()};
}

/// Why no sheet reads as a register: what the first candidate lacks.
RegisterProblem searchProblem(const RegisterSheetSearch& search, const std::string& storedMapping)
{
    if (!search.firstRefused)
        return failure(RegisterProblemKind::NoRegisterSheet, {});
    if (auto problem = layoutProblem(search.firstRefused->name, search.firstRefused->cells, storedMapping))
        return std::move(*problem);
    return failure(RegisterProblemKind::Failed, search.firstRefused->name, search.refusal);
}

void readInto(OverviewReading& reading, const Reference<css::uno::XComponentContext>& context,
              const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf)
{
    const Date nullDate = documentNullDate(document);
    reading.asOf = runDate(document, asOf, nullDate);
    try {
        reading.staleRates = staleRateTable(context, document, nullDate, reading.asOf);
    } catch (const InvalidArgument&) {
        // The figures read no rate: rates or settings that do not read are
        // for the commands that compute interest to refuse, not the overview.
    }
    RegisterSheetSearch search = searchRegisterSheet(document, SheetExtent::HeaderRows);
    if (!search.found) {
        reading.problem = searchProblem(search, storedRegisterMapping(document));
        return;
    }
    RegisterSheet& reg = *search.found;
    reading.sheet = reg.name;
    const UsedArea used = usedAreaOf(reg.sheet);
    if (const std::optional<std::string> merged = firstMergedArea(reg, used)) {
        reading.problem = failure(RegisterProblemKind::MergedCells, reg.name);
        reading.problem->range = *merged;
        return;
    }
    const RegisterLayout layout = overviewLayout(reg.layout);
    readDataRows(reg, layout, used);
    const RegisterReading rows = readRegisterRows(reg.cells, layout);
    if ((reading.problem = readingProblem(reg.name, rows)))
        return;
    reading.overview = registerOverview(rows.records, reading.asOf);
}

} // namespace

OverviewReading readRegisterOverview(const Reference<css::uno::XComponentContext>& context,
                                     const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf)
{
    OverviewReading reading;
    if (!document.is()) {
        reading.problem = failure(RegisterProblemKind::NoDocument, {});
        return reading;
    }
    try {
        readInto(reading, context, document, asOf);
    } catch (const std::exception& error) {
        // A bad RELANCE_ASOF, a document closed under our feet: said, not thrown.
        reading.overview.reset();
        reading.problem = failure(RegisterProblemKind::Failed, reading.sheet, error.what());
    } catch (const css::uno::Exception& error) {
        reading.overview.reset();
        reading.problem = failure(RegisterProblemKind::Failed, reading.sheet, toUtf8(error.Message));
    }
    return reading;
}

namespace {

std::vector<HeaderColumn> headerColumns(const SheetSnapshot& cells, int headerRow)
{
    std::vector<HeaderColumn> headers;
    for (int column = 0; column < cells.columnCount(); ++column) {
        const SheetCell& cell = cells.cell(headerRow, column);
        if (cell.kind == CellKind::Text && !trimmedText(cell.text).empty())
            headers.push_back({column, columnLetters(column), cell.text});
    }
    return headers;
}

void describeLayout(RegisterColumnsView& view, const SheetSnapshot& cells, const RegisterLayout& layout)
{
    view.headerRow = layout.headerRow;
    view.headers = headerColumns(cells, layout.headerRow);
    for (const RegisterField field : allRegisterFields())
        view.fields.push_back({field, layout.columns.column(field)});
}

/// What a refused sheet offers: the stored mapping when it parses, else what
/// detection found (a field named by several headers left unmapped).
void describeRefused(RegisterColumnsView& view, const RegisterSheet& refused)
{
    if (!view.storedMapping.empty()) {
        try {
            describeLayout(view, refused.cells, parseRegisterMapping(view.storedMapping));
            return;
        } catch (const InvalidArgument&) {
            // Unreadable: show what detection finds, the problem says why.
        }
    }
    const HeaderDetection detection = detectRegisterColumns(refused.cells);
    if (detection.headerRow)
        describeLayout(view, refused.cells, {*detection.headerRow, detection.columns});
    else
        for (const RegisterField field : allRegisterFields())
            view.fields.push_back({field, std::nullopt});
}

Reference<css::beans::XPropertyContainer>
userProperties(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        throw InvalidArgument("Register: the document keeps no properties");
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

} // namespace

RegisterColumnsView describeRegisterColumns(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    RegisterColumnsView view;
    if (!document.is()) {
        view.problem = failure(RegisterProblemKind::NoDocument, {});
        return view;
    }
    try {
        view.storedMapping = storedRegisterMapping(document);
        view.source = trimmedText(view.storedMapping).empty() ? LayoutSource::HeaderDetection
                                                              : LayoutSource::StoredMapping;
        const RegisterSheetSearch search = searchRegisterSheet(document, SheetExtent::HeaderRows);
        if (search.found) {
            view.sheet = search.found->name;
            view.source = search.found->source;
            describeLayout(view, search.found->cells, search.found->layout);
            return view;
        }
        view.problem = searchProblem(search, view.storedMapping);
        if (search.firstRefused) {
            view.sheet = search.firstRefused->name;
            describeRefused(view, *search.firstRefused);
        }
    } catch (const std::exception& error) {
        view.problem = failure(RegisterProblemKind::Failed, view.sheet, error.what());
    } catch (const css::uno::Exception& error) {
        view.problem = failure(RegisterProblemKind::Failed, view.sheet, toUtf8(error.Message));
    }
    return view;
}

void storeRegisterMapping(const Reference<css::sheet::XSpreadsheetDocument>& document, const RegisterLayout& layout)
{
    const Reference<css::beans::XPropertyContainer> container = userProperties(document);
    const Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(registerMappingProperty);
    const Any text(toOUString(registerMappingText(layout)));
    if (properties->getPropertySetInfo()->hasPropertyByName(name))
        properties->setPropertyValue(name, text);
    else
        container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE, text);
}

void clearRegisterMapping(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::beans::XPropertyContainer> container = userProperties(document);
    const OUString name = OUString::createFromAscii(registerMappingProperty);
    if (Reference<css::beans::XPropertySet>(container, UNO_QUERY_THROW)->getPropertySetInfo()->hasPropertyByName(name))
        container->removeProperty(name);
}

} // namespace relance::uno
