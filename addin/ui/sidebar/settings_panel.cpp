// The deck's Settings panel: the register's as-of date (frozen or following
// today), the rule and the default letter language, and the way to the full
// Tools ▸ Options ▸ Relance pages.
#include "ui/sidebar/panels.hpp"

#include "core/serial_date.hpp"
#include "ui/as_of_cell.hpp"
#include "ui/setting_choices.hpp"
#include "ui/settings_access.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

class SettingsPanel final : public PanelContent {
public:
    explicit SettingsPanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        form.create("FixedText", "AsOf", {{"MultiLine", Any(true)}});
        form.create("Button", "Freeze", {{"Label", Any(texts.text("sidebar/freeze"))}});
        form.create("Button", "FollowToday", {{"Label", Any(texts.text("sidebar/follow_today"))}});
        form.create("FixedText", "RuleLabel", {{"Label", Any(texts.text("options/rule"))}});
        form.create("ListBox", "Rule", {{"Dropdown", Any(true)}});
        form.create("FixedText", "LanguageLabel", {{"Label", Any(texts.text("options/language"))}});
        form.create("ListBox", "Language", {{"Dropdown", Any(true)}});
        form.create("Button", "AllSettings", {{"Label", Any(texts.text("sidebar/all_settings"))}});
        form.full("AsOf");
        form.buttons({"Freeze", "FollowToday"});
        form.gap();
        form.pair("RuleLabel", "Rule");
        form.pair("LanguageLabel", "Language");
        form.buttons({"AllSettings"});

        form.onButton("Freeze", [this] { m_environment.dispatch("FreezeAsOf"); });
        form.onButton("FollowToday", [this] { m_environment.dispatch("FollowToday"); });
        form.onButton("AllSettings", [this] { m_environment.dispatch("Settings"); });
        form.onSelect("Rule", [this, &form] { store("Reminders/Rule", chosenValue(form.model("Rule"), ruleChoices)); });
        form.onSelect("Language",
                      [this, &form] { store("Reminders/DefaultLanguage", chosenValue(form.model("Language"), languageChoices)); });
    }

    void refresh(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        form.setText("AsOf", asOfText(texts));
        const SettingsAccess settings(m_environment.context);
        showChoices(form.model("Rule"), ruleChoices, settings.get("Reminders/Rule").get<OUString>(), texts);
        showChoices(form.model("Language"), languageChoices, settings.get("Reminders/DefaultLanguage").get<OUString>(),
                    texts);
    }

private:
    OUString asOfText(const UiTexts& texts) const
    {
        const auto document = m_environment.document();
        const Reference<css::table::XCell> cell = document.is() ? existingAsOfCell(document) : nullptr;
        if (!cell.is())
            return texts.text("sidebar/as_of_none");
        const Date nullDate = uno::nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY));
        const bool followsToday = cell->getFormula().equalsIgnoreAsciiCase("=TODAY()");
        const double serial = cell->getValue();
        if (serial < 1 || serial > 2958465)
            return texts.text("sidebar/as_of_none");
        return texts.format(followsToday ? "sidebar/as_of_today" : "sidebar/as_of_frozen",
                            MessageArguments().date("date", dateFromSerial(serial, nullDate)));
    }

    void store(const char* path, const OUString& value)
    {
        SettingsAccess settings(m_environment.context);
        settings.set(path, Any(value));
        settings.commit();
    }

    const PanelEnvironment& m_environment;
};

} // namespace

std::unique_ptr<PanelContent> makeSettingsPanel(const PanelEnvironment& environment)
{
    return std::make_unique<SettingsPanel>(environment);
}

} // namespace relance::ui
