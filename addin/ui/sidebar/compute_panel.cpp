// The deck's Compute panel: the analysis columns (days late, level,
// interest, fee, total due) added or refreshed by the handler's command,
// with the rule they compute with and the columns to show.
#include "ui/sidebar/panels.hpp"

#include "core/analysis_columns.hpp"
#include "ui/setting_choices.hpp"
#include "ui/settings_access.hpp"

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

/// Each column's heading's key: its check box is called by the column's name.
constexpr PerAnalysisColumn<const char*> headingKeys{"analysis/days_late", "analysis/level", "analysis/interest",
                                                     "analysis/fee", "analysis/total_due"};

class ComputePanel final : public PanelContent {
public:
    explicit ComputePanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        form.create("FixedText", "Explanation", {{"MultiLine", Any(true)}, {"Label", Any(texts.text("sidebar/compute_note"))}});
        form.full("Explanation");
        for (const AnalysisColumn column : allAnalysisColumns()) {
            const char* name = analysisColumnNames[analysisIndex(column)];
            form.create("CheckBox", name, {{"Label", Any(texts.text(headingKeys[analysisIndex(column)]))}, {"State", Any(sal_Int16(1))}});
            form.full(name);
        }
        form.create("FixedText", "RuleLabel", {{"Label", Any(texts.text("options/rule"))}});
        form.create("ListBox", "Rule", {{"Dropdown", Any(true)}});
        form.pair("RuleLabel", "Rule");
        form.create("Button", "Add", {{"Label", Any(texts.text("sidebar/add_columns"))}});
        form.buttons({"Add"});
        form.onButton("Add", [this, &form] { add(form); });
    }

    void refresh(PanelForm& form) override
    {
        const SettingsAccess settings(m_environment.context);
        // Shown once: a choice made here stays while the panel lives.
        if (!m_ruleShown)
            showChoices(form.model("Rule"), ruleChoices, settings.get("Reminders/Rule").get<OUString>(), *m_environment.texts);
        m_ruleShown = true;
    }

private:
    void add(PanelForm& form)
    {
        std::vector<OUString> shown;
        for (const char* name : analysisColumnNames)
            if (form.model(name)->getPropertyValue("State").get<sal_Int16>() == 1)
                shown.push_back(OUString::createFromAscii(name));
        css::beans::PropertyValue arguments[2];
        arguments[0].Name = "Columns";
        arguments[0].Value <<= Sequence<OUString>(shown.data(), static_cast<sal_Int32>(shown.size()));
        arguments[1].Name = "Rule";
        arguments[1].Value <<= chosenValue(form.model("Rule"), ruleChoices);
        m_environment.dispatch("AnalysisColumns", Sequence<css::beans::PropertyValue>(arguments, 2));
    }

    const PanelEnvironment& m_environment;
    bool m_ruleShown = false;
};

} // namespace

std::unique_ptr<PanelContent> makeComputePanel(const PanelEnvironment& environment)
{
    return std::make_unique<ComputePanel>(environment);
}

} // namespace relance::ui
