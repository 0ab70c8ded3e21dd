#include "ui/options_page.hpp"

#include "ui/folder_field.hpp"
#include "ui/setting_choices.hpp"
#include "ui/settings_access.hpp"
#include "ui/ui_texts.hpp"
#include "uno/call_boundary.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <array>
#include <string>
#include <vector>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

enum class FieldKind { Text, Lines, Number, Flag, Choice, FolderUrl, Threshold };

struct Field {
    const char* control; ///< the control's name in the .xdl
    const char* path;    ///< the setting, "Group/Name"
    FieldKind kind;
    const char* label;   ///< the label's key; its control is "label_<control>"
    const Choice* choices = nullptr;
    std::size_t choiceCount = 0;
    int threshold = 0;   ///< Threshold: which level (0 to 3) of Reminders/Thresholds
};

template <std::size_t N>
Field choiceField(const char* control, const char* path, const char* label, const std::array<Choice, N>& items)
{
    return {control, path, FieldKind::Choice, label, items.data(), N};
}

/// Every control of both pages; a page fills those it has.
const std::vector<Field>& fields()
{
    static const std::vector<Field> all{
        {"Name", "Letterhead/Name", FieldKind::Text, "options/name"},
        {"AddressLines", "Letterhead/AddressLines", FieldKind::Lines, "options/address"},
        choiceField("Country", "Letterhead/Country", "options/country", countryChoices),
        {"City", "Letterhead/City", FieldKind::Text, "options/city"},
        {"Registration", "Letterhead/Registration", FieldKind::Text, "options/registration"},
        {"VatNumber", "Letterhead/VatNumber", FieldKind::Text, "options/vat"},
        {"Iban", "Letterhead/Iban", FieldKind::Text, "options/iban"},
        {"Bic", "Letterhead/Bic", FieldKind::Text, "options/bic"},
        {"Contact", "Letterhead/Contact", FieldKind::Text, "options/contact"},
        {"SignatoryName", "Letterhead/SignatoryName", FieldKind::Text, "options/signatory"},
        {"SignatoryTitle", "Letterhead/SignatoryTitle", FieldKind::Text, "options/signatory_title"},
        choiceField("Rule", "Reminders/Rule", "options/rule", ruleChoices),
        {"Level1", "Reminders/Thresholds", FieldKind::Threshold, nullptr, nullptr, 0, 0},
        {"Level2", "Reminders/Thresholds", FieldKind::Threshold, nullptr, nullptr, 0, 1},
        {"Level3", "Reminders/Thresholds", FieldKind::Threshold, nullptr, nullptr, 0, 2},
        {"Level4", "Reminders/Thresholds", FieldKind::Threshold, nullptr, nullptr, 0, 3},
        {"GraceDays", "Reminders/GraceDays", FieldKind::Number, "options/grace_days"},
        {"MinimumIntervalDays", "Reminders/MinimumIntervalDays", FieldKind::Number, "options/interval"},
        {"ReminderDeadlineDays", "Reminders/ReminderDeadlineDays", FieldKind::Number, nullptr},
        {"FormalNoticeDeadlineDays", "Reminders/FormalNoticeDeadlineDays", FieldKind::Number, nullptr},
        {"FinalNoticeDeadlineDays", "Reminders/FinalNoticeDeadlineDays", FieldKind::Number, nullptr},
        choiceField("DefaultLanguage", "Reminders/DefaultLanguage", "options/language", languageChoices),
        {"Folder", "Output/Folder", FieldKind::FolderUrl, "options/folder"},
        {"ClaimInterest", "Reminders/ClaimInterest", FieldKind::Flag, "options/claim_interest"},
        {"ClaimFixedFee", "Reminders/ClaimFixedFee", FieldKind::Flag, "options/claim_fee"},
        {"RegisteredMail", "Reminders/RegisteredMail", FieldKind::Flag, "options/registered_mail"},
        {"OnePdfPerClient", "Output/OnePdfPerClient", FieldKind::Flag, "options/one_pdf"},
        {"CombinedDocument", "Output/CombinedDocument", FieldKind::Flag, "options/combined"},
        {"PaymentCode", "Reminders/PaymentCode", FieldKind::Flag, "options/payment_code"},
        {"ReferenceAsRemittance", "Reminders/ReferenceAsRemittance", FieldKind::Flag, "options/reference_remittance"},
        {"EmailDrafts", "Output/EmailDrafts", FieldKind::Flag, "options/email_drafts"},
    };
    return all;
}

/// Labels of rows whose fields have no label of their own.
constexpr std::array<std::pair<const char*, const char*>, 3> rowLabels{{{"label_Thresholds", "options/thresholds"},
                                                                        {"label_Deadlines", "options/deadlines"},
                                                                        {"BrowseFolder", "options/browse"}}};

Reference<css::beans::XPropertySet> modelOf(const Reference<css::awt::XControlContainer>& page, const char* name)
{
    const Reference<css::awt::XControl> control = page->getControl(OUString::createFromAscii(name));
    return Reference<css::beans::XPropertySet>(control.is() ? control->getModel() : nullptr, UNO_QUERY);
}

std::vector<int> thresholdsOf(const OUString& text)
{
    std::vector<int> levels;
    sal_Int32 index = 0;
    do
        levels.push_back(text.getToken(0, ';', index).trim().toInt32());
    while (index >= 0);
    levels.resize(4, 0);
    return levels;
}

OUString textOfThresholds(const std::vector<int>& levels)
{
    OUString text;
    for (std::size_t i = 0; i < levels.size(); ++i)
        text += (i ? OUString(";") : OUString()) + OUString::number(levels[i]);
    return text;
}

void setLabels(const Reference<css::awt::XControlContainer>& page, const UiTexts& texts)
{
    for (const Field& field : fields()) {
        if (!field.label)
            continue;
        const std::string labelControl = "label_" + std::string(field.control);
        const char* name = field.kind == FieldKind::Flag ? field.control : labelControl.c_str();
        if (const auto model = modelOf(page, name); model.is())
            model->setPropertyValue("Label", Any(texts.text(field.label)));
    }
    for (const auto& [control, key] : rowLabels)
        if (const auto model = modelOf(page, control); model.is())
            model->setPropertyValue("Label", Any(texts.text(key)));
    if (const auto folder = modelOf(page, "Folder"); folder.is())
        folder->setPropertyValue("HelpText", Any(texts.text("options/folder_default")));
}

void showSettings(const Reference<css::awt::XControlContainer>& page, const SettingsAccess& settings,
                  const UiTexts& texts)
{
    for (const Field& field : fields()) {
        const auto model = modelOf(page, field.control);
        if (!model.is())
            continue;
        const Any value = settings.get(field.path);
        switch (field.kind) {
        case FieldKind::Text: model->setPropertyValue("Text", value.hasValue() ? value : Any(OUString())); break;
        case FieldKind::Lines: {
            Sequence<OUString> lines;
            value >>= lines;
            OUString text;
            for (sal_Int32 i = 0; i < lines.getLength(); ++i)
                text += (i ? OUString("\n") : OUString()) + lines[i];
            model->setPropertyValue("Text", Any(text));
            break;
        }
        case FieldKind::Number: {
            sal_Int32 number = 0;
            value >>= number;
            model->setPropertyValue("Value", Any(double(number)));
            break;
        }
        case FieldKind::Threshold: {
            OUString text;
            value >>= text;
            model->setPropertyValue("Value", Any(double(thresholdsOf(text)[field.threshold])));
            break;
        }
        case FieldKind::Flag: {
            bool flag = false;
            value >>= flag;
            model->setPropertyValue("State", Any(sal_Int16(flag ? 1 : 0)));
            break;
        }
        case FieldKind::FolderUrl: {
            OUString url;
            value >>= url;
            model->setPropertyValue("Text", Any(pathOfFileUrl(url)));
            break;
        }
        case FieldKind::Choice: {
            OUString current;
            value >>= current;
            showChoices(model, field.choices, field.choiceCount, current, texts);
            break;
        }
        }
    }
}

void storeSettings(const Reference<css::awt::XControlContainer>& page, SettingsAccess& settings)
{
    std::vector<int> levels;
    for (const Field& field : fields()) {
        const auto model = modelOf(page, field.control);
        if (!model.is())
            continue;
        switch (field.kind) {
        case FieldKind::Text: settings.set(field.path, Any(model->getPropertyValue("Text").get<OUString>().trim())); break;
        case FieldKind::Lines: {
            const OUString text = model->getPropertyValue("Text").get<OUString>();
            std::vector<OUString> lines;
            sal_Int32 index = 0;
            do {
                const OUString line = text.getToken(0, '\n', index).trim();
                if (!line.isEmpty())
                    lines.push_back(line);
            } while (index >= 0);
            settings.set(field.path, Any(Sequence<OUString>(lines.data(), static_cast<sal_Int32>(lines.size()))));
            break;
        }
        case FieldKind::Number:
            settings.set(field.path, Any(static_cast<sal_Int32>(model->getPropertyValue("Value").get<double>())));
            break;
        case FieldKind::Threshold:
            levels.push_back(static_cast<int>(model->getPropertyValue("Value").get<double>()));
            if (levels.size() == 4)
                settings.set(field.path, Any(textOfThresholds(levels)));
            break;
        case FieldKind::Flag: settings.set(field.path, Any(model->getPropertyValue("State").get<sal_Int16>() == 1)); break;
        case FieldKind::FolderUrl:
            settings.set(field.path, Any(fileUrlOfPath(model->getPropertyValue("Text").get<OUString>().trim())));
            break;
        case FieldKind::Choice:
            settings.set(field.path, Any(chosenValue(model, field.choices, field.choiceCount)));
            break;
        }
    }
    settings.commit();
}

} // namespace

sal_Bool OptionsPageHandler::callHandlerMethod(const Reference<css::awt::XWindow>& window, const Any& event,
                                               const OUString& method)
{
    // Whatever fails here must not take the options dialog (and LibreOffice) down.
    try {
        const Reference<css::awt::XControlContainer> page(window, UNO_QUERY);
        if (!page.is())
            return false;
        if (method == "browseFolder") {
            if (const auto folder = modelOf(page, "Folder"); folder.is())
                pickFolderInto(m_context, folder, UiTexts(m_context).text("letters/pick_folder"));
            return true;
        }
        OUString action;
        if (method != "external_event" || !(event >>= action))
            return false;
        if (action == "initialize" || action == "back") { // opened, or Reset pressed
            const UiTexts texts(m_context);
            if (action == "initialize")
                setLabels(page, texts);
            showSettings(page, SettingsAccess(m_context), texts);
            return true;
        }
        if (action == "ok") {
            SettingsAccess settings(m_context);
            storeSettings(page, settings);
            return true;
        }
    } catch (const std::exception& error) {
        uno::debugTrace("options page", error.what());
    } catch (const css::uno::Exception& error) {
        uno::debugTrace("options page", uno::toUtf8(error.Message));
    } catch (...) {
        uno::debugTrace("options page", "internal error");
    }
    return false;
}

Sequence<OUString> OptionsPageHandler::getSupportedMethodNames() { const OUString names[] = {"external_event", "browseFolder"};
    return Sequence<OUString>(names, 2); }

OUString OptionsPageHandler::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool OptionsPageHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> OptionsPageHandler::getSupportedServiceNames()
{
    const OUString name = OUString::createFromAscii(serviceName);
    return Sequence<OUString>(&name, 1);
}

} // namespace relance::ui
