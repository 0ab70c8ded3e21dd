#include "uno/journal_sheet.hpp"

#include "core/reminder_journal.hpp"
#include "letters/journal_headings.hpp"
#include "uno/letter_resources.hpp"
#include "uno/call_boundary.hpp"
#include "uno/scope_end.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <optional>

namespace relance::uno {

namespace {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Reference<css::document::XUndoManager> undoManagerOf(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    return supplier.is() ? supplier->getUndoManager() : nullptr;
}

/// Runs `body` with the document's undo locked: what it does is no undo step.
template <class Body>
void withoutUndo(const Reference<css::document::XUndoManager>& undo, Body&& body)
{
    if (undo.is())
        undo->lock();
    const AtScopeEnd unlock([&] {
        if (undo.is())
            undo->unlock();
    });
    body();
}

/// The number formats of the journal's dates and amounts: those of the
/// register's own due-date and amount cells, when they are a date and an
/// amount with the currency's decimals; otherwise the standard date and a
/// "#,##0.00" of the register's locale.
struct JournalFormats {
    sal_Int32 date;
    sal_Int32 amount;
};

struct CellFormat {
    sal_Int32 key = 0;
    sal_Int16 type = 0;
    sal_Int16 decimals = 0;
    css::lang::Locale locale;
};

std::optional<CellFormat> formatOfFirstRow(const RegisterRun& run, const Reference<css::util::XNumberFormats>& formats,
                                           RegisterField field)
{
    const auto column = run.sheets.layout.columns.column(field);
    if (!column)
        return std::nullopt;
    CellFormat format;
    const Reference<css::beans::XPropertySet> cell(
        run.sheets.invoices->getCellByPosition(*column, run.sheets.layout.headerRow + 1), UNO_QUERY_THROW);
    cell->getPropertyValue("NumberFormat") >>= format.key;
    const Reference<css::beans::XPropertySet> properties = formats->getByKey(format.key);
    properties->getPropertyValue("Type") >>= format.type;
    properties->getPropertyValue("Locale") >>= format.locale;
    if (properties->getPropertySetInfo()->hasPropertyByName("Decimals"))
        properties->getPropertyValue("Decimals") >>= format.decimals;
    return format;
}

JournalFormats journalFormats(const RegisterRun& run, int currencyDigits)
{
    const Reference<css::util::XNumberFormatsSupplier> supplier(run.document, UNO_QUERY_THROW);
    const Reference<css::util::XNumberFormats> formats = supplier->getNumberFormats();
    const Reference<css::util::XNumberFormatTypes> types(formats, UNO_QUERY_THROW);
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(run.document, UNO_QUERY_THROW)->getPropertyValue("CharLocale") >>= locale;
    JournalFormats chosen{};
    const auto date = formatOfFirstRow(run, formats, RegisterField::DueDate);
    if (date && (date->type & css::util::NumberFormat::DATE) != 0) {
        chosen.date = date->key;
        locale = date->locale;
    } else {
        chosen.date = types->getStandardFormat(css::util::NumberFormat::DATE, locale);
    }
    const auto amount = formatOfFirstRow(run, formats, RegisterField::AmountInclTax);
    if (amount && ((amount->type & css::util::NumberFormat::CURRENCY) != 0 ||
                   ((amount->type & css::util::NumberFormat::NUMBER) != 0 && amount->decimals == currencyDigits &&
                    amount->key != types->getStandardFormat(css::util::NumberFormat::NUMBER, amount->locale)))) {
        chosen.amount = amount->key;
    } else {
        std::string text = "#,##0";
        if (currencyDigits > 0)
            text += "." + std::string(static_cast<std::size_t>(currencyDigits), '0');
        const OUString code = toOUString(text);
        chosen.amount = formats->queryKey(code, locale, false);
        if (chosen.amount < 0)
            chosen.amount = formats->addNew(code, locale);
    }
    return chosen;
}

void setColumnProperty(const Reference<css::table::XTableColumns>& columns, JournalColumn column, const char* name,
                       const Any& value)
{
    Reference<css::beans::XPropertySet>(columns->getByIndex(static_cast<sal_Int32>(column)), UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(name), value);
}

/// The header row frozen, in the journal's own view settings: Calc freezes
/// the active sheet, so the journal is activated for it and the sheet the
/// user was on comes back. A document without a view (a batch run's) has
/// nothing to freeze.
void freezeHeaderRow(const RegisterRun& run)
{
    const Reference<css::frame::XModel> model(run.document, UNO_QUERY);
    const Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr,
                                                       UNO_QUERY);
    const Reference<css::sheet::XViewFreezable> freezable(view, UNO_QUERY);
    if (!view.is() || !freezable.is())
        return;
    const Reference<css::sheet::XSpreadsheet> active = view->getActiveSheet();
    view->setActiveSheet(run.sheets.journal);
    const AtScopeEnd back([&] { view->setActiveSheet(active); });
    freezable->freezeAtPosition(0, 1);
}

void formatJournal(const RegisterRun& run, int currencyDigits)
{
    const Reference<css::sheet::XSpreadsheet>& journal = run.sheets.journal;
    const JournalFormats formats = journalFormats(run, currencyDigits);
    const Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(journal, UNO_QUERY_THROW)->getColumns();
    for (const JournalColumn column : {JournalColumn::LetterDate, JournalColumn::Deadline})
        setColumnProperty(columns, column, "NumberFormat", Any(formats.date));
    for (const JournalColumn column : {JournalColumn::Amount, JournalColumn::Interest, JournalColumn::Fee})
        setColumnProperty(columns, column, "NumberFormat", Any(formats.amount));
    const sal_Int32 lastColumn = static_cast<sal_Int32>(journalColumnCount) - 1;
    Reference<css::beans::XPropertySet>(journal->getCellRangeByPosition(0, 0, lastColumn, 0), UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));

    // The autofilter of Data ▸ AutoFilter: the sheet's unnamed database range.
    const sal_Int16 sheetIndex =
        Reference<css::sheet::XCellRangeAddressable>(journal, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    const Reference<css::sheet::XUnnamedDatabaseRanges> unnamed(
        Reference<css::beans::XPropertySet>(run.document, UNO_QUERY_THROW)->getPropertyValue("UnnamedDatabaseRanges"),
        UNO_QUERY_THROW);
    unnamed->setByTable(css::table::CellRangeAddress(sheetIndex, 0, 0, lastColumn,
                                                     std::max(1, run.sheets.journalRows) - 1));
    Reference<css::beans::XPropertySet>(unnamed->getByTable(sheetIndex), UNO_QUERY_THROW)
        ->setPropertyValue("AutoFilter", Any(true));
    // widths last: a heading's optimal width makes room for its autofilter button
    for (sal_Int32 column = 0; column <= lastColumn; ++column)
        Reference<css::beans::XPropertySet>(columns->getByIndex(column), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", Any(true));
    freezeHeaderRow(run);
}

} // namespace

void recordLetters(RegisterRun& run, const std::vector<JournalEntry>& entries, const std::vector<CellUpdate>& updates,
                   const std::string& headerLanguage, const OUString& undoTitle)
{
    RegisterSheets& sheets = run.sheets;
    const Reference<css::document::XUndoManager> undo = undoManagerOf(run.document);
    withoutUndo(undo, [&] {
        if (!sheets.journal.is()) {
            const Reference<css::sheet::XSpreadsheets> all = run.document->getSheets();
            const Reference<css::container::XIndexAccess> indexed(all, UNO_QUERY_THROW);
            all->insertNewByName(toOUString(journalSheetName), static_cast<sal_Int16>(indexed->getCount()));
            sheets.journal.set(all->getByName(toOUString(journalSheetName)), UNO_QUERY_THROW);
            sheets.journalRows = 0;
        }
        const std::vector<std::string> titles = journalHeader(headerLanguage, letterCatalogFolder());
        if (sheets.journalRows == 0) {
            std::vector<SheetCell> header;
            for (const std::string& title : titles)
                header.push_back(SheetCell::ofText(title));
            writeRows(sheets.journal, 0, {header});
            sheets.journalRows = 1;
        } else {
            // a journal written before the reference column: its heading added
            // over the column the new rows fill
            const auto last = static_cast<sal_Int32>(JournalColumn::Reference);
            const Reference<css::table::XCell> heading = sheets.journal->getCellByPosition(last, 0);
            if (heading->getFormula().isEmpty())
                writeCell(sheets.journal, 0, last, SheetCell::ofText(titles.back()));
        }
    });
    {
        if (undo.is())
            undo->enterUndoContext(undoTitle);
        const AtScopeEnd leave([&] {
            if (undo.is())
                undo->leaveUndoContext();
        });
        std::vector<std::vector<SheetCell>> rows;
        for (const JournalEntry& entry : entries)
            for (auto& row : journalRows(entry, run.nullDate))
                rows.push_back(std::move(row));
        writeRows(sheets.journal, sheets.journalRows, rows);
        sheets.journalRows += static_cast<int>(rows.size());
        for (const CellUpdate& update : updates)
            writeCell(sheets.invoices, update.row, update.column, update.value);
    }
    const int digits = entries.empty() || entries.front().invoices.empty()
                           ? 2
                           : entries.front().invoices.front().amount.digits();
    // The letters are written and recorded by now: a journal that cannot be
    // formatted (a sheet protected by hand ...) stays as it is.
    try {
        withoutUndo(undo, [&] { formatJournal(run, digits); });
    } catch (const css::uno::Exception& error) {
        debugTrace("reminder run", "journal not formatted: " + toUtf8(error.Message));
    }
}

} // namespace relance::uno
