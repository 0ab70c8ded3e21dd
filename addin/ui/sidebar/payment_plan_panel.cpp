// The deck's Payment plan panel: the payment-plan command's form for a
// client (the selected row's by default), with the schedule's total interest
// shown while the terms are typed, and the button that creates the plan
// sheet (and, when ticked, the agreement letter).
#include "ui/date_field_value.hpp"
#include "ui/sidebar/panels.hpp"

#include "core/month_steps.hpp"
#include "core/payment_plan_debt.hpp"
#include "core/payment_schedule.hpp"
#include "letters/locale_formatter.hpp"
#include "uno/agreement_debt.hpp"
#include "uno/register_document.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/util/Date.hpp>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;


class PaymentPlanPanel final : public PanelContent {
public:
    explicit PaymentPlanPanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        const auto label = [&](const char* name, const char* key) {
            form.create("FixedText", name, {{"Label", Any(texts.text(key))}});
        };
        label("ClientLabel", "plan/client");
        form.create("ListBox", "Client", {{"Dropdown", Any(true)}});
        label("AmountLabel", "plan/amount");
        form.create("NumericField", "Amount", {{"DecimalAccuracy", Any(sal_Int16(2))}, {"ValueMin", Any(0.0)},
                                               {"ValueMax", Any(1e13)}, {"StrictFormat", Any(true)}, {"Border", Any(sal_Int16(1))}});
        label("CountLabel", "plan/count");
        form.create("NumericField", "Count", {{"DecimalAccuracy", Any(sal_Int16(0))}, {"ValueMin", Any(1.0)},
                                              {"ValueMax", Any(double(maximumInstalmentCount))}, {"Value", Any(double(defaultInstalmentCount))}, {"Spin", Any(true)},
                                              {"Border", Any(sal_Int16(1))}});
        label("PeriodLabel", "plan/months");
        form.create("NumericField", "PeriodMonths", {{"DecimalAccuracy", Any(sal_Int16(0))}, {"ValueMin", Any(1.0)},
                                                     {"ValueMax", Any(12.0)}, {"Value", Any(1.0)}, {"Spin", Any(true)},
                                                     {"Border", Any(sal_Int16(1))}});
        label("FirstLabel", "plan/first_date");
        form.create("DateField", "FirstDate", {{"Dropdown", Any(true)}, {"StrictFormat", Any(true)}, {"Border", Any(sal_Int16(1))}});
        label("RateLabel", "plan/rate");
        form.create("NumericField", "Rate", {{"DecimalAccuracy", Any(sal_Int16(2))}, {"ValueMin", Any(0.0)},
                                             {"ValueMax", Any(100.0)}, {"Value", Any(0.0)}, {"Border", Any(sal_Int16(1))}});
        form.create("CheckBox", "Agreement", {{"Label", Any(texts.text("plan/agreement"))}, {"State", Any(sal_Int16(1))}});
        form.create("FixedText", "Interest", {{"MultiLine", Any(true)}});
        form.create("Button", "Create", {{"Label", Any(texts.text("sidebar/create_plan"))}});
        form.pair("ClientLabel", "Client");
        form.pair("AmountLabel", "Amount");
        form.pair("CountLabel", "Count");
        form.pair("PeriodLabel", "PeriodMonths");
        form.pair("FirstLabel", "FirstDate");
        form.pair("RateLabel", "Rate");
        form.full("Agreement");
        form.full("Interest");
        form.buttons({"Create"});
        form.onSelect("Client", [this, &form] {
            showDebt(form);
            showInterest(form);
        });
        for (const char* field : {"Amount", "Count", "PeriodMonths", "FirstDate", "Rate"})
            form.onEdit(field, [this, &form] { showInterest(form); });
        form.onButton("Create", [this, &form] { create(form); });
    }

    void refresh(PanelForm& form) override
    {
        m_clients.clear();
        m_debts.clear();
        try {
            const auto document = m_environment.document();
            const uno::RegisterRun run = uno::readRegisterRun(m_environment.context, document, Any());
            m_currency = run.settings.letters.currency;
            for (const std::string& client : clientsWithPlanDebt(run.reading.records, run.letterDate)) {
                m_clients.push_back(client);
                m_debts.push_back(uno::agreementDebt(run, client));
            }
            form.model("FirstDate")->setPropertyValue("Date", Any(utilDate(monthsAfter(run.letterDate, 1))));
            m_problem.clear();
        } catch (const std::exception& error) {
            m_problem = uno::toOUString(error.what());
        }
        Sequence<OUString> items(static_cast<sal_Int32>(m_clients.size()));
        for (std::size_t i = 0; i < m_clients.size(); ++i)
            items.getArray()[i] = uno::toOUString(m_clients[i]);
        form.model("Client")->setPropertyValue("StringItemList", Any(items));
        if (!m_clients.empty()) {
            const sal_Int16 first = 0;
            form.model("Client")->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&first, 1)));
        }
        showDebt(form);
        showInterest(form);
    }

private:
    std::optional<std::size_t> chosenClient(PanelForm& form) const
    {
        const sal_Int16 index =
            Reference<css::awt::XListBox>(form.control("Client"), css::uno::UNO_QUERY_THROW)->getSelectedItemPos();
        if (index < 0 || static_cast<std::size_t>(index) >= m_clients.size())
            return std::nullopt;
        return static_cast<std::size_t>(index);
    }

    void showDebt(PanelForm& form)
    {
        if (const auto client = chosenClient(form))
            form.model("Amount")->setPropertyValue("Value", Any(m_debts[*client].toAmount()));
    }

    double number(PanelForm& form, const char* name) const
    {
        double value = 0;
        form.model(name)->getPropertyValue("Value") >>= value;
        return value;
    }

    /// The schedule's total interest for the terms typed so far, or why there is none.
    void showInterest(PanelForm& form)
    {
        const UiTexts& texts = *m_environment.texts;
        if (!m_problem.isEmpty()) {
            form.setText("Interest", m_problem);
            m_environment.relayout();
            return;
        }
        if (m_clients.empty()) {
            form.setText("Interest", texts.text("sidebar/no_plan_debtor"));
            return;
        }
        try {
            css::util::Date first;
            form.model("FirstDate")->getPropertyValue("Date") >>= first;
            const PaymentPlanTerms terms{Money::fromAmount(number(form, "Amount"), 2),
                                         static_cast<int>(number(form, "Count")),
                                         coreDate(first),
                                         static_cast<int>(number(form, "PeriodMonths")),
                                         number(form, "Rate") / 100,
                                         RepaymentMethod::EqualPayments};
            Money interest = Money::fromMinorUnits(0, 2);
            Money paid = Money::fromMinorUnits(0, 2);
            for (const Instalment& instalment : buildPaymentPlan(terms)) {
                interest = interest + instalment.interest;
                paid = paid + instalment.payment;
            }
            const LocaleFormatter format(texts.language(), m_currency);
            form.setText("Interest", texts.format("sidebar/plan_interest", MessageArguments()
                                                                            .text("interest", format.money(interest))
                                                                            .text("total", format.money(paid))
                                                                            .number("count", terms.count)));
        } catch (const std::exception& error) {
            form.setText("Interest", uno::toOUString(error.what()));
        }
    }

    void create(PanelForm& form)
    {
        const auto client = chosenClient(form);
        if (!client)
            return;
        css::util::Date first;
        form.model("FirstDate")->getPropertyValue("Date") >>= first;
        const Date firstDate = coreDate(first);
        const auto document = m_environment.document();
        const Date nullDate = uno::documentNullDate(document);
        const auto value = [](const char* name, Any any) {
            css::beans::PropertyValue property;
            property.Name = OUString::createFromAscii(name);
            property.Value = std::move(any);
            return property;
        };
        const css::beans::PropertyValue arguments[] = {
            value("Client", Any(uno::toOUString(m_clients[*client]))),
            value("Amount", Any(number(form, "Amount"))),
            value("Count", Any(number(form, "Count"))),
            value("PeriodMonths", Any(number(form, "PeriodMonths"))),
            value("FirstDate", Any(serialFromDate(firstDate, nullDate))),
            value("AnnualRate", Any(number(form, "Rate") / 100)),
            value("Agreement", Any(form.model("Agreement")->getPropertyValue("State").get<sal_Int16>() == 1))};
        m_environment.dispatch("PaymentPlan", Sequence<css::beans::PropertyValue>(arguments, 7));
    }

    const PanelEnvironment& m_environment;
    std::vector<std::string> m_clients;
    std::vector<Money> m_debts;
    std::string m_currency = "EUR";
    OUString m_problem;
};

} // namespace

std::unique_ptr<PanelContent> makePaymentPlanPanel(const PanelEnvironment& environment)
{
    return std::make_unique<PaymentPlanPanel>(environment);
}

} // namespace relance::ui
