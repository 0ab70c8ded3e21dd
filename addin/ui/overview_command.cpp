// vnd.relance:Overview: the register at a glance (uno/register_overview_reading.hpp)
// as PropertyValues, for tests, benchmarks and Basic. It only reads: no
// dialog, no undo step, the same result whether Silent is given or not. A
// register that cannot be read is not a refusal: Problem says why, in the UI
// language, and the figures are absent.
#include "core/register_overview.hpp"
#include "ui/command_table.hpp"
#include "ui/overview_texts.hpp"
#include "ui/property_values.hpp"
#include "ui/ui_texts.hpp"
#include "uno/register_overview_reading.hpp"
#include "uno/text_conversion.hpp"

#include <vector>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

/// Rows of (label, amount, count) in bucket order.
Sequence<Sequence<Any>> agingRows(const RegisterOverview& overview)
{
    std::vector<Sequence<Any>> rows;
    for (const AgingBucketTotal& bucket : overview.aging) {
        const Any row[] = {Any(uno::toOUString(bucket.label)), Any(bucket.total.amount.toAmount()),
                           Any(static_cast<sal_Int32>(bucket.total.count))};
        rows.emplace_back(row, 3);
    }
    return sequenceOf(rows);
}

Sequence<OUString> clientNames(const std::vector<ClientOverdue>& clients)
{
    std::vector<OUString> names;
    for (const ClientOverdue& client : clients)
        names.push_back(uno::toOUString(client.client));
    return sequenceOf(names);
}

/// Rows of (client, overdue amount, overdue count, average days late, 0-based sheet rows).
Sequence<Sequence<Any>> clientRows(const std::vector<ClientOverdue>& clients)
{
    std::vector<Sequence<Any>> rows;
    for (const ClientOverdue& client : clients) {
        std::vector<sal_Int32> sheetRows(client.rows.begin(), client.rows.end());
        const Any row[] = {Any(uno::toOUString(client.client)), Any(client.overdue.toAmount()),
                           Any(static_cast<sal_Int32>(client.overdueCount)), Any(client.averageDaysLate),
                           Any(sequenceOf(sheetRows))};
        rows.emplace_back(row, 5);
    }
    return sequenceOf(rows);
}

void addFigures(PropertyValues& result, const RegisterOverview& overview)
{
    result.add("OpenTotal", overview.open.amount.toAmount());
    result.add("OpenCount", static_cast<sal_Int32>(overview.open.count));
    result.add("OverdueTotal", overview.overdue.amount.toAmount());
    result.add("OverdueCount", static_cast<sal_Int32>(overview.overdue.count));
    result.add("Aging", agingRows(overview));
    if (overview.dsoDays)
        result.add("DSO", *overview.dsoDays);
    result.add("ClientsByOverdue", clientNames(overview.clientsByOverdue));
    result.add("ClientsByOverdueDetail", clientRows(overview.clientsByOverdue));
    result.add("ClientsByDaysLate", clientNames(overview.clientsByDaysLate));
    result.add("ClientsByDaysLateDetail", clientRows(overview.clientsByDaysLate));
    result.add("DisputedTotal", overview.disputed.amount.toAmount());
    result.add("DisputedCount", static_cast<sal_Int32>(overview.disputed.count));
    result.add("PlanTotal", overview.planCovered.amount.toAmount());
    result.add("PlanCount", static_cast<sal_Int32>(overview.planCovered.count));
}

} // namespace

Any overviewCommand(const CommandCall& call)
{
    const UiTexts texts(call.context());
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    try {
        document = call.document();
    } catch (const std::exception&) {
        // Not a spreadsheet: readRegisterOverview says so as a problem.
    }
    const uno::OverviewReading reading = uno::readRegisterOverview(call.context(), document, call.argument("AsOf"));
    PropertyValues result;
    result.add("AsOf", uno::toOUString(reading.asOf.is_special() ? std::string() : isoText(reading.asOf)));
    result.add("Sheet", uno::toOUString(reading.sheet));
    if (reading.overview)
        addFigures(result, *reading.overview);
    result.add("ProblemKind", OUString::createFromAscii(reading.problem ? registerProblemKindName(reading.problem->kind) : ""));
    result.add("Problem",
               uno::toOUString(reading.problem ? registerProblemText(*reading.problem, texts.catalog()) : std::string()));
    result.add("RateWarning", uno::toOUString(reading.staleRates ? staleRatesText(reading.staleRates->source,
                                                                                    reading.staleRates->validThrough,
                                                                                    reading.asOf, texts.catalog())
                                                                 : std::string()));
    return result.any();
}

} // namespace relance::ui
