// The deck's Overview panel: the register as of RELANCE_ASOF -- open and
// overdue totals, the aging buckets as bars, DSO, the bad payers ranked by
// overdue amount and by average days late (a click selects a client's rows),
// disputed and plan-covered amounts apart, and a warning when a rate table
// ends before the as-of date. A register it cannot read is explained here.
#include "ui/sidebar/panels.hpp"

#include "letters/locale_formatter.hpp"
#include "ui/overview_texts.hpp"
#include "ui/sidebar/register_rows_selection.hpp"
#include "uno/register_overview_reading.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XListBox.hpp>

#include <algorithm>
#include <cmath>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

constexpr int bucketCount = 5; ///< agingBucketLabels(): 0, 1-30, 31-60, 61-90, 91+
constexpr std::size_t rankedClients = 10;

std::string bucketName(int index, const char* part) { return "Bucket" + std::to_string(index) + part; }

class OverviewPanel final : public PanelContent {
public:
    explicit OverviewPanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        const auto label = [&](const char* name, const char* key) {
            form.create("FixedText", name, {{"Label", Any(texts.text(key))}});
        };
        const auto value = [&](const char* name) { form.create("FixedText", name, {{"Align", Any(sal_Int16(2))}}); };
        form.create("FixedText", "AsOf", {{"MultiLine", Any(true)}, {"FontWeight", Any(150.0f)}});
        form.create("FixedText", "Problem", {{"MultiLine", Any(true)}});
        form.full("AsOf");
        form.full("Problem");
        label("OpenLabel", "sidebar/open");
        value("Open");
        label("OverdueLabel", "sidebar/overdue");
        value("Overdue");
        label("DsoLabel", "sidebar/dso");
        value("Dso");
        label("DisputedLabel", "sidebar/disputed");
        value("Disputed");
        label("PlanLabel", "sidebar/plan_covered");
        value("Plan");
        for (const char* name : {"Open", "Overdue", "Dso", "Disputed", "Plan"})
            form.pair(std::string(name) + "Label", name);
        form.create("FixedText", "AgingLabel", {{"Label", Any(texts.text("sidebar/aging"))}, {"FontWeight", Any(150.0f)}});
        form.full("AgingLabel");
        for (int i = 0; i < bucketCount; ++i) {
            form.create("FixedText", bucketName(i, "Label"));
            form.create("ProgressBar", bucketName(i, "Bar"),
                        {{"ProgressValueMin", Any(sal_Int32(0))}, {"ProgressValueMax", Any(sal_Int32(1000))},
                         {"FillColor", Any(sal_Int32(i == 0 ? 0x729fcf : i < 3 ? 0xfcaf3e : 0xcc0000))},
                         {"Border", Any(sal_Int16(0))}});
            form.create("FixedText", bucketName(i, "Amount"), {{"Align", Any(sal_Int16(2))}});
            form.bar(bucketName(i, "Label"), bucketName(i, "Bar"), bucketName(i, "Amount"));
        }
        form.create("FixedText", "DsoNote", {{"MultiLine", Any(true)}, {"Label", Any(texts.text("overview/dso_note"))}});
        form.full("DsoNote");
        label("ByAmountLabel", "sidebar/by_overdue");
        form.create("ListBox", "ByAmount", {{"Border", Any(sal_Int16(1))}});
        label("ByDaysLabel", "sidebar/by_days_late");
        form.create("ListBox", "ByDays", {{"Border", Any(sal_Int16(1))}});
        form.create("FixedText", "Stale", {{"MultiLine", Any(true)}, {"TextColor", Any(sal_Int32(0xc9211e))}});
        form.create("Button", "Refresh", {{"Label", Any(texts.text("letters/refresh"))}});
        form.full("ByAmountLabel");
        form.full("ByAmount", 5);
        form.full("ByDaysLabel");
        form.full("ByDays", 5);
        form.full("Stale");
        form.buttons({"Refresh"});
        form.onButton("Refresh", [this] { m_environment.refresh(); });
        form.onSelect("ByAmount", [this, &form] { selectClient(form, "ByAmount", m_byAmount); });
        form.onSelect("ByDays", [this, &form] { selectClient(form, "ByDays", m_byDays); });
    }

    void refresh(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        const auto document = m_environment.document();
        const uno::OverviewReading reading = uno::readRegisterOverview(m_environment.context, document);
        m_sheet = reading.sheet;
        form.setText("AsOf", texts.format("sidebar/as_of", MessageArguments().date("date", reading.asOf)));
        form.setText("Stale", reading.staleRates ? uno::toOUString(staleRatesText(reading.staleRates->source,
                                                                                   reading.staleRates->validThrough,
                                                                                   reading.asOf, texts.catalog()))
                                                 : OUString());
        const bool figures = reading.overview.has_value();
        form.setText("Problem", reading.problem ? uno::toOUString(registerProblemText(*reading.problem, texts.catalog()))
                                                : OUString());
        if (!figures) {
            m_byAmount.clear();
            m_byDays.clear();
        }
        for (const char* name : {"OpenLabel", "Open", "OverdueLabel", "Overdue", "DsoLabel", "Dso", "DisputedLabel",
                                 "Disputed", "PlanLabel", "Plan", "AgingLabel", "DsoNote", "ByAmountLabel", "ByAmount",
                                 "ByDaysLabel", "ByDays"})
            form.setVisible(name, figures);
        for (int i = 0; i < bucketCount; ++i)
            for (const char* part : {"Label", "Bar", "Amount"})
                form.setVisible(bucketName(i, part), figures);
        form.setVisible("Problem", reading.problem.has_value());
        form.setVisible("Stale", reading.staleRates.has_value());
        if (figures)
            show(form, *reading.overview);
    }

private:
    void show(PanelForm& form, const RegisterOverview& overview)
    {
        const UiTexts& texts = *m_environment.texts;
        const LocaleFormatter format(texts.language(), uno::readRunSettings(m_environment.context).letters.currency);
        const auto amountCount = [&](const AmountCount& total) {
            return texts.format("sidebar/amount_count", MessageArguments()
                                                            .text("amount", format.money(total.amount))
                                                            .number("count", total.count));
        };
        form.setText("Open", amountCount(overview.open));
        form.setText("Overdue", amountCount(overview.overdue));
        form.setText("Dso", overview.dsoDays ? texts.format("sidebar/days", MessageArguments().number(
                                                                                "days", std::lround(*overview.dsoDays)))
                                             : uno::toOUString("\u2014"));
        form.setText("Disputed", amountCount(overview.disputed));
        form.setText("Plan", amountCount(overview.planCovered));
        Money largest = Money::fromMinorUnits(0, 2);
        for (const AgingBucketTotal& bucket : overview.aging)
            largest = std::max(largest, bucket.total.amount);
        for (int i = 0; i < bucketCount && i < static_cast<int>(overview.aging.size()); ++i) {
            const AgingBucketTotal& bucket = overview.aging[static_cast<std::size_t>(i)];
            form.setText(bucketName(i, "Label"), uno::toOUString(agingBucketCaption(bucket.label, texts.catalog())));
            form.setText(bucketName(i, "Amount"), uno::toOUString(format.money(bucket.total.amount)));
            const double share = largest.isZero() ? 0 : bucket.total.amount.toAmount() / largest.toAmount();
            form.model(bucketName(i, "Bar"))->setPropertyValue("ProgressValue", Any(sal_Int32(std::lround(share * 1000))));
        }
        m_byAmount.assign(overview.clientsByOverdue.begin(),
                          overview.clientsByOverdue.begin() + std::min(rankedClients, overview.clientsByOverdue.size()));
        m_byDays.assign(overview.clientsByDaysLate.begin(),
                        overview.clientsByDaysLate.begin() + std::min(rankedClients, overview.clientsByDaysLate.size()));
        showClients(form, "ByAmount", m_byAmount, [&](const ClientOverdue& client) {
            return texts.format("sidebar/client_overdue", MessageArguments()
                                                              .text("client", client.client)
                                                              .text("amount", format.money(client.overdue))
                                                              .number("count", client.overdueCount));
        });
        showClients(form, "ByDays", m_byDays, [&](const ClientOverdue& client) {
            return texts.format("sidebar/client_days_late", MessageArguments()
                                                                .text("client", client.client)
                                                                .number("days", std::lround(client.averageDaysLate)));
        });
    }

    template <typename Line>
    static void showClients(PanelForm& form, const char* list, const std::vector<ClientOverdue>& clients, Line line)
    {
        Sequence<OUString> items(static_cast<sal_Int32>(clients.size()));
        for (std::size_t i = 0; i < clients.size(); ++i)
            items.getArray()[i] = line(clients[i]);
        form.model(list)->setPropertyValue("StringItemList", Any(items));
    }

    void selectClient(PanelForm& form, const char* list, const std::vector<ClientOverdue>& clients) const
    {
        const sal_Int16 index = Reference<css::awt::XListBox>(form.control(list), css::uno::UNO_QUERY_THROW)->getSelectedItemPos();
        if (index >= 0 && static_cast<std::size_t>(index) < clients.size())
            selectRegisterRows(m_environment.frame, m_sheet, clients[static_cast<std::size_t>(index)].rows);
    }

    const PanelEnvironment& m_environment;
    std::string m_sheet;
    std::vector<ClientOverdue> m_byAmount;
    std::vector<ClientOverdue> m_byDays;
};

} // namespace

std::unique_ptr<PanelContent> makeOverviewPanel(const PanelEnvironment& environment)
{
    return std::make_unique<OverviewPanel>(environment);
}

} // namespace relance::ui
