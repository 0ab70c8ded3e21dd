// Relance ▸ Add Analysis Columns: days late, reminder level, late interest,
// recovery fee and total due, as formulas referring to RELANCE_ASOF, right
// of the register (or rewritten where a previous run put them), in one undo
// step. Bulk writes only: one formula per column filled down, one number
// format per column, so a 100,000-row register takes a few dozen UNO calls.
#include "core/analysis_columns.hpp"
#include "core/analysis_formulas.hpp"
#include "core/error.hpp"
#include "core/register_rows.hpp"
#include "core/reminder_plan.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"
#include "ui/as_of_cell.hpp"
#include "ui/calculation_pause.hpp"
#include "ui/column_fill.hpp"
#include "ui/command_table.hpp"
#include "ui/ui_texts.hpp"
#include "ui/undo_step.hpp"
#include "uno/extension_folder.hpp"
#include "uno/register_document.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <algorithm>
#include <utility>

namespace relance::ui {

namespace {

using css::uno::Reference;
using rtl::OUString;

/// Each column's heading in the catalogs.
constexpr PerAnalysisColumn<std::string_view> headingKeys{"analysis/days_late", "analysis/level", "analysis/interest",
                                                          "analysis/fee", "analysis/total_due"};

/// The cells a refusal lists at most; the count says how many there are.
constexpr std::size_t listedProblems = 10;

/// Every column's heading in every language: a column Relance wrote before is
/// found whatever the UI language was then.
PerAnalysisColumn<std::vector<std::string>> headingsInEveryLanguage()
{
    PerAnalysisColumn<std::vector<std::string>> headings;
    for (const std::string& language : letterLanguages()) {
        const LetterCatalog catalog(uno::extensionFolder() + "/ui", language);
        for (const AnalysisColumn column : allAnalysisColumns())
            headings[analysisIndex(column)].push_back(catalog.text(headingKeys[analysisIndex(column)]));
    }
    return headings;
}

/// What has been read and decided before anything is written.
struct Plan {
    uno::RegisterSheet reg;
    int firstRow = 0; ///< the first data row (below the header)
    int lastRow = 0;  ///< the last invoice's row
    int amountRow = 0; ///< an invoice's row, whose amount cell gives the money format
    AnalysisPlacement placement;
};

uno::RegisterSheet registerOf(const Reference<css::sheet::XSpreadsheetDocument>& document, const UiTexts& texts)
{
    try {
        return uno::findRegisterSheet(document);
    } catch (const InvalidArgument& refused) {
        throw InvalidArgument(
            uno::toUtf8(texts.format("analysis/not_register", MessageArguments().text("reason", refused.what()))));
    }
}

/// The cells the formulas read that cannot be read ("row 5, column H (Due
/// date): '14/04/2024' is not a date"), at most listedProblems of them. A
/// problem elsewhere (an unknown status word, an empty client) is the
/// letters' business, not the columns'.
std::vector<CellProblem> blockingProblems(const RegisterReading& reading, const RegisterLayout& layout)
{
    std::vector<CellProblem> blocking;
    for (const CellProblem& problem : reading.problems)
        if (const auto field = layout.columns.fieldAt(problem.column); field && analysisFormulasRead(*field))
            blocking.push_back(problem);
    return blocking;
}

/// Reads the register and decides; refuses, in the UI language, a document
/// without a register, a register with unreadable cells or no invoice.
Plan planColumns(const Reference<css::sheet::XSpreadsheetDocument>& document, const UiTexts& texts)
{
    Plan plan{registerOf(document, texts), 0, 0, 0, {}};
    const RegisterReading reading = readRegisterRows(plan.reg.cells, plan.reg.layout);
    if (const std::vector<CellProblem> blocking = blockingProblems(reading, plan.reg.layout); !blocking.empty()) {
        std::string cells;
        for (std::size_t i = 0; i < blocking.size() && i < listedProblems; ++i)
            cells += (i ? "; " : "") + blocking[i].text();
        if (blocking.size() > listedProblems)
            cells += "; …";
        throw InvalidArgument(uno::toUtf8(texts.format("analysis/unreadable",
                                                       MessageArguments()
                                                           .text("sheet", plan.reg.name)
                                                           .number("count", static_cast<long>(blocking.size()))
                                                           .text("cells", cells))));
    }
    // The invoice rows: those read, and those with a problem the formulas ignore.
    std::vector<int> rows;
    for (const InvoiceRecord& record : reading.records)
        rows.push_back(record.row);
    for (const CellProblem& problem : reading.problems)
        rows.push_back(problem.row);
    if (rows.empty())
        throw InvalidArgument(
            uno::toUtf8(texts.format("analysis/no_invoices", MessageArguments().text("sheet", plan.reg.name))));
    plan.firstRow = plan.reg.layout.headerRow + 1;
    plan.lastRow = *std::max_element(rows.begin(), rows.end());
    plan.amountRow = *std::min_element(rows.begin(), rows.end());
    const int lastColumn =
        Reference<css::sheet::XCellRangeAddressable>(plan.reg.sheet, css::uno::UNO_QUERY_THROW)->getRangeAddress().EndColumn;
    try {
        plan.placement =
            placeAnalysisColumns(plan.reg.cells, plan.reg.layout, headingsInEveryLanguage(), plan.lastRow, lastColumn);
    } catch (const InvalidArgument&) {
        throw InvalidArgument(
            uno::toUtf8(texts.format("analysis/no_room", MessageArguments().text("sheet", plan.reg.name))));
    }
    return plan;
}

/// The settings' rules; Rule (a LATEINTEREST rule code, from the sidebar's
/// Compute panel) replaces the settings' rule when given and not empty.
AnalysisRules rulesOf(const CommandCall& call)
{
    const uno::RunSettings settings = uno::readRunSettings(call.context());
    AnalysisRules rules;
    rules.rule = settings.letters.rule;
    OUString rule;
    if (call.argument("Rule") >>= rule; !rule.trim().isEmpty())
        rules.rule = uno::toUtf8(rule.trim().toAsciiUpperCase());
    rules.graceDays = settings.policy.graceDays;
    rules.thresholds = settings.policy.thresholds;
    return rules;
}

/// The first row's formulas filled down, one fill per run of adjacent
/// columns (all five, usually).
void fillAnalysisFormulas(const Plan& plan, const PerAnalysisColumn<std::string>& formulas)
{
    std::vector<std::pair<int, OUString>> byColumn;
    for (const AnalysisColumn kind : allAnalysisColumns())
        byColumn.emplace_back(plan.placement.columns[analysisIndex(kind)],
                              uno::toOUString(formulas[analysisIndex(kind)]));
    std::sort(byColumn.begin(), byColumn.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<OUString> run;
    for (std::size_t i = 0; i < byColumn.size(); ++i) {
        run.push_back(byColumn[i].second);
        if (i + 1 == byColumn.size() || byColumn[i + 1].first != byColumn[i].first + 1) {
            fillFormulasDown(plan.reg.sheet, byColumn[i].first + 1 - static_cast<int>(run.size()), plan.firstRow,
                             plan.lastRow, run);
            run.clear();
        }
    }
}

/// Columns (names of analysisColumnNames), when given, are the columns shown;
/// the others are computed all the same (the total reads the interest and the
/// fee) but hidden. Not given: every column is shown.
void showChosenColumns(const CommandCall& call, const Reference<css::sheet::XSpreadsheet>& sheet,
                       const PerAnalysisColumn<int>& columns)
{
    css::uno::Sequence<OUString> chosen;
    const bool choosing = call.argument("Columns") >>= chosen;
    const Reference<css::container::XIndexAccess> sheetColumns(
        Reference<css::table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns(), css::uno::UNO_QUERY_THROW);
    for (const AnalysisColumn kind : allAnalysisColumns()) {
        const OUString name = OUString::createFromAscii(analysisColumnNames[analysisIndex(kind)]);
        const bool shown = !choosing || std::find(chosen.begin(), chosen.end(), name) != chosen.end();
        Reference<css::beans::XPropertySet>(sheetColumns->getByIndex(columns[analysisIndex(kind)]), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("IsVisible", css::uno::Any(shown));
    }
}

} // namespace

css::uno::Any analysisColumnsCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    const Plan plan = planColumns(document, texts);
    const RegisterLayout& layout = plan.reg.layout;
    const PerAnalysisColumn<int>& columns = plan.placement.columns;
    const PerAnalysisColumn<std::string> formulas =
        analysisFormulas(layout, columns, plan.firstRow, rulesOf(call), asOfName);
    const auto& sheet = plan.reg.sheet;
    const int amountColumn = *layout.columns.column(RegisterField::AmountInclTax);
    const sal_Int32 moneyFormat = numberFormatOf(sheet, amountColumn, plan.amountRow);
    const sal_Int32 countFormat = builtInNumberFormat(document, css::i18n::NumberFormatIndex::NUMBER_INT);

    const UndoStep step(document, texts.text("undo/analysis_columns"));
    css::uno::Reference<css::table::XCell> asOfCell;
    {
        const CalculationPause pause(document); // ends before the undo step: its calculation is no change
        // Headings first: a RELANCE_ASOF cell made now goes right of them.
        for (const AnalysisColumn column : allAnalysisColumns())
            writeHeading(sheet, columns[analysisIndex(column)], layout.headerRow,
                         texts.text(headingKeys[analysisIndex(column)]), amountColumn);
        asOfCell = ensureAsOfCell(document, texts.text("as_of/label"));
        // The number formats on the first row: the fill copies them down.
        for (const AnalysisColumn kind : allAnalysisColumns()) {
            const bool counts = kind == AnalysisColumn::DaysLate || kind == AnalysisColumn::Level;
            setCellNumberFormat(sheet, columns[analysisIndex(kind)], plan.firstRow, counts ? countFormat : moneyFormat);
        }
        fillAnalysisFormulas(plan, formulas);
    }
    showChosenColumns(call, sheet, columns);
    // Widths once the figures are computed, so that they fit the figures too.
    for (const AnalysisColumn kind : allAnalysisColumns())
        fitColumnWidth(sheet, columns[analysisIndex(kind)]);
    fitColumnWidth(sheet,
                   Reference<css::sheet::XCellAddressable>(asOfCell, css::uno::UNO_QUERY_THROW)->getCellAddress().Column);
    // Below the last invoice nothing is cleared: a total the user wrote under
    // a column stays, and a formula left on a row since emptied shows nothing.
    css::uno::Sequence<OUString> written(analysisColumnCount);
    for (const AnalysisColumn kind : allAnalysisColumns())
        written.getArray()[analysisIndex(kind)] =
            columnRangeName(sheet, columns[analysisIndex(kind)], layout.headerRow, plan.lastRow);
    return css::uno::Any(written);
}

} // namespace relance::ui
