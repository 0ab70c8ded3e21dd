#include "ui/payment_plan_sheet.hpp"

#include "core/sheet_name.hpp"
#include "ui/undo_step.hpp"
#include "uno/scope_end.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <optional>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

// Where things go (0-based): the schedule's six columns from A, its headings
// on row 3, the terms in H:I from row 3 -- beside the schedule, so that
// their long labels do not widen the schedule's columns.
constexpr sal_Int32 headingRow = 2, firstScheduleRow = 3, scheduleColumns = 6;
constexpr sal_Int32 termLabelColumn = 7, termValueColumn = 8, firstTermRow = 2;
enum TermRow : sal_Int32 { AmountRow, CountRow, FirstDateRow, MonthsRow, RateRow, termRows };

struct PlanFormats {
    sal_Int32 money, date, percent, integer;
};

/// The number format of the register's first invoice in `field`'s column,
/// when it is of `type` (a util::NumberFormat flag).
std::optional<sal_Int32> registerFormat(const uno::RegisterRun& run, const Reference<css::util::XNumberFormats>& formats,
                                        RegisterField field, sal_Int16 type)
{
    const auto column = run.sheets.layout.columns.column(field);
    if (!column)
        return std::nullopt;
    sal_Int32 key = 0;
    Reference<css::beans::XPropertySet>(
        run.sheets.invoices->getCellByPosition(*column, run.sheets.layout.headerRow + 1), UNO_QUERY_THROW)
        ->getPropertyValue("NumberFormat") >>= key;
    sal_Int16 found = 0;
    formats->getByKey(key)->getPropertyValue("Type") >>= found;
    return (found & type) != 0 ? std::optional<sal_Int32>(key) : std::nullopt;
}

/// Dates and money as the register shows them (else the locale's standard
/// date and currency), the rate as a percentage with two decimals.
PlanFormats planFormats(const uno::RegisterRun& run)
{
    const Reference<css::util::XNumberFormats> formats =
        Reference<css::util::XNumberFormatsSupplier>(run.document, UNO_QUERY_THROW)->getNumberFormats();
    const Reference<css::util::XNumberFormatTypes> types(formats, UNO_QUERY_THROW);
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(run.document, UNO_QUERY_THROW)->getPropertyValue("CharLocale") >>= locale;
    namespace Type = css::util::NumberFormat;
    return {registerFormat(run, formats, RegisterField::AmountInclTax, Type::CURRENCY | Type::NUMBER)
                .value_or(types->getStandardFormat(Type::CURRENCY, locale)),
            registerFormat(run, formats, RegisterField::DueDate, Type::DATE)
                .value_or(types->getStandardFormat(Type::DATE, locale)),
            types->getFormatIndex(css::i18n::NumberFormatIndex::PERCENT_DEC2, locale),
            types->getFormatIndex(css::i18n::NumberFormatIndex::NUMBER_INT, locale)};
}

// The SDK's sal_Unicode is an unsigned short, the same UTF-16 unit as char16_t.
std::u16string_view utf16(const OUString& text)
{
    return {reinterpret_cast<const char16_t*>(text.getStr()), static_cast<std::size_t>(text.getLength())};
}

OUString fromUtf16(const std::u16string& text)
{
    return OUString(reinterpret_cast<const sal_Unicode*>(text.data()), static_cast<sal_Int32>(text.size()));
}

/// A valid, unused sheet name for `wanted`.
OUString sheetNameFor(const Reference<css::sheet::XSpreadsheets>& sheets, const OUString& wanted)
{
    return fromUtf16(safeSheetName(utf16(wanted), [&](const std::u16string& candidate) -> bool {
        return sheets->hasByName(fromUtf16(candidate));
    }));
}

void setProperty(const Reference<css::table::XCellRange>& range, const char* name, const Any& value)
{
    Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)->setPropertyValue(OUString::createFromAscii(name), value);
}

Reference<css::table::XCellRange> cells(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                                        sal_Int32 row, sal_Int32 lastColumn, sal_Int32 lastRow)
{
    return sheet->getCellRangeByPosition(column, row, lastColumn, lastRow);
}

/// The terms, labelled, in H:I.
void writeTerms(const Reference<css::sheet::XSpreadsheet>& sheet, const uno::RegisterRun& run, const PlanTerms& terms,
                const UiTexts& texts)
{
    const auto label = [&](const char* key) { return SheetCell::ofText(uno::toUtf8(texts.text(key))); };
    const std::vector<std::vector<SheetCell>> rows{
        {label("plan/amount"), SheetCell::ofNumber(terms.amount.toAmount())},
        {label("plan/count"), SheetCell::ofNumber(terms.count)},
        {label("plan/first_date"), SheetCell::ofNumber(serialFromDate(terms.firstDate, run.nullDate))},
        {label("plan/months"), SheetCell::ofNumber(terms.periodMonths)},
        {label("plan/rate"), SheetCell::ofNumber(terms.annualRate)}};
    for (sal_Int32 row = 0; row < termRows; ++row)
        for (sal_Int32 column = 0; column < 2; ++column)
            uno::writeCell(sheet, firstTermRow + row, termLabelColumn + column,
                           rows[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)]);
}

/// "$I$3" for a term's cell.
OUString termCell(TermRow row) { return "$I$" + OUString::number(firstTermRow + row + 1); }

void writeSchedule(const Reference<css::sheet::XSpreadsheet>& sheet, const PlanTerms& terms, const UiTexts& texts)
{
    std::vector<SheetCell> headings;
    for (const char* key : {"plan/heading_number", "plan/heading_date", "plan/heading_payment",
                            "plan/heading_interest", "plan/heading_principal", "plan/heading_balance"})
        headings.push_back(SheetCell::ofText(uno::toUtf8(texts.text(key))));
    for (sal_Int32 column = 0; column < scheduleColumns; ++column)
        uno::writeCell(sheet, headingRow, column, headings[static_cast<std::size_t>(column)]);

    // One array formula over Count rows: the person edits the terms, the
    // schedule follows; PAYMENTPLAN's own arguments are the cells' names.
    const sal_Int32 lastRow = firstScheduleRow + terms.count - 1;
    Reference<css::sheet::XArrayFormulaRange>(cells(sheet, 0, firstScheduleRow, scheduleColumns - 1, lastRow),
                                              UNO_QUERY_THROW)
        ->setArrayFormula("=PAYMENTPLAN(" + termCell(AmountRow) + ";" + termCell(CountRow) + ";" +
                          termCell(FirstDateRow) + ";" + termCell(MonthsRow) + ";" + termCell(RateRow) + ")");

    // Totals of the payments, the interest and the principal (= the amount).
    const sal_Int32 totalRow = lastRow + 1;
    uno::writeCell(sheet, totalRow, 0, SheetCell::ofText(uno::toUtf8(texts.text("plan/total"))));
    for (const sal_Int32 column : {2, 3, 4}) {
        const OUString letter(static_cast<sal_Unicode>('A' + column));
        sheet->getCellByPosition(column, totalRow)
            ->setFormula("=SUM(" + letter + OUString::number(firstScheduleRow + 1) + ":" + letter +
                         OUString::number(lastRow + 1) + ")");
    }
}

void formatPlan(const Reference<css::sheet::XSpreadsheet>& sheet, const PlanFormats& formats, sal_Int32 count)
{
    const sal_Int32 lastRow = firstScheduleRow + count - 1, totalRow = lastRow + 1;
    setProperty(cells(sheet, 0, firstScheduleRow, 0, lastRow), "NumberFormat", Any(formats.integer));
    setProperty(cells(sheet, 1, firstScheduleRow, 1, lastRow), "NumberFormat", Any(formats.date));
    setProperty(cells(sheet, 2, firstScheduleRow, scheduleColumns - 1, totalRow), "NumberFormat", Any(formats.money));
    const auto term = [&](TermRow row) {
        return cells(sheet, termValueColumn, firstTermRow + row, termValueColumn, firstTermRow + row);
    };
    setProperty(term(AmountRow), "NumberFormat", Any(formats.money));
    setProperty(term(CountRow), "NumberFormat", Any(formats.integer));
    setProperty(term(FirstDateRow), "NumberFormat", Any(formats.date));
    setProperty(term(MonthsRow), "NumberFormat", Any(formats.integer));
    setProperty(term(RateRow), "NumberFormat", Any(formats.percent));
    for (const auto& bold : {cells(sheet, 0, headingRow, scheduleColumns - 1, headingRow),
                             cells(sheet, 0, totalRow, scheduleColumns - 1, totalRow)})
        setProperty(bold, "CharWeight", Any(css::awt::FontWeight::BOLD));

    const Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 column = 0; column <= termValueColumn; ++column)
        if (column != scheduleColumns) // the empty column between the schedule and the terms
            Reference<css::beans::XPropertySet>(columns->getByIndex(column), UNO_QUERY_THROW)
                ->setPropertyValue("OptimalWidth", Any(true));
}

/// The title, written after the widths: a long title in A1 would otherwise
/// widen column A; it runs over the empty cells to its right.
void writeTitle(const Reference<css::sheet::XSpreadsheet>& sheet, const PlanTerms& terms, const UiTexts& texts)
{
    uno::writeCell(sheet, 0, 0,
                   SheetCell::ofText(uno::toUtf8(
                       texts.format("plan/schedule_title", MessageArguments().text("client", terms.client)))));
    const Reference<css::table::XCellRange> title = cells(sheet, 0, 0, 0, 0);
    setProperty(title, "CharWeight", Any(css::awt::FontWeight::BOLD));
    setProperty(title, "CharHeight", Any(14.0f));
}

/// True when the document is in a window a person sees: Edit ▸ Undo there
/// runs in its own, active view.
bool shownInAWindow(const Reference<css::frame::XModel>& model)
{
    const Reference<css::frame::XController> controller = model.is() ? model->getCurrentController() : nullptr;
    const Reference<css::frame::XFrame> frame = controller.is() ? controller->getFrame() : nullptr;
    const Reference<css::awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    return window.is() && window->isVisible();
}

/// Appends the sheet `name`. Calc's undo of an inserted sheet deletes it
/// through the *active* view (ScUndoInsertTab::Undo, LibreOffice 7.4 to
/// 25.2): with none -- a hidden document, a headless batch -- an API undo
/// crashes LibreOffice (measured). So the insertion joins the undo step only
/// when the register is shown in a window; in a hidden one it is made with
/// the undo stack locked, and undoing leaves the sheet there, empty.
Reference<css::sheet::XSpreadsheet> appendSheet(const uno::RegisterRun& run, const OUString& name)
{
    const Reference<css::sheet::XSpreadsheets> sheets = run.document->getSheets();
    const auto insert = [&] {
        sheets->insertNewByName(
            name, static_cast<sal_Int16>(Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount()));
    };
    const Reference<css::document::XUndoManagerSupplier> supplier(run.document, UNO_QUERY);
    const Reference<css::document::XUndoManager> undo = supplier.is() ? supplier->getUndoManager() : nullptr;
    if (shownInAWindow(Reference<css::frame::XModel>(run.document, UNO_QUERY)) || !undo.is()) {
        insert();
    } else {
        undo->lock();
        const uno::AtScopeEnd unlock([&] { undo->unlock(); });
        insert();
    }
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW);
}

void show(const uno::RegisterRun& run, const Reference<css::sheet::XSpreadsheet>& sheet)
{
    const Reference<css::frame::XModel> model(run.document, UNO_QUERY);
    const Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
    if (view.is())
        view->setActiveSheet(sheet);
}

} // namespace

OUString addPaymentPlanSheet(const uno::RegisterRun& run, const PlanTerms& terms, const UiTexts& texts)
{
    const Reference<css::sheet::XSpreadsheets> sheets = run.document->getSheets();
    const OUString name =
        sheetNameFor(sheets, texts.format("plan/sheet", MessageArguments().text("client", terms.client)));
    const PlanFormats formats = planFormats(run);
    Reference<css::sheet::XSpreadsheet> sheet;
    {
        const UndoStep step(run.document,
                            texts.format("undo/payment_plan", MessageArguments().text("client", terms.client)));
        sheet = appendSheet(run, name);
        writeTerms(sheet, run, terms, texts);
        writeSchedule(sheet, terms, texts);
        formatPlan(sheet, formats, terms.count);
        writeTitle(sheet, terms, texts);
    }
    show(run, sheet);
    return name;
}

} // namespace relance::ui
