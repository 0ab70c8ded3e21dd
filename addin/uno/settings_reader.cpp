#include "uno/settings_reader.hpp"

#include "core/late_payment_rule.hpp"
#include "uno/text_conversion.hpp"

#include "letters/letter_languages.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>

namespace relance::uno {

namespace {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;

class SettingsNode {
public:
    explicit SettingsNode(const Reference<css::uno::XComponentContext>& context)
    {
        const Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
        css::beans::NamedValue path("nodepath", Any(OUString("/org.relance.calc.Settings")));
        const Any argument(path);
        m_access.set(provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                           css::uno::Sequence<Any>(&argument, 1)),
                     css::uno::UNO_QUERY_THROW);
    }

    std::string text(const char* name, std::string byDefault = {}) const
    {
        OUString value;
        if (!(value_(name) >>= value) || value.trim().isEmpty())
            return byDefault;
        return toUtf8(value.trim());
    }

    std::vector<std::string> lines(const char* name) const
    {
        css::uno::Sequence<OUString> values;
        value_(name) >>= values;
        std::vector<std::string> lines;
        for (const OUString& line : std::as_const(values))
            if (!line.trim().isEmpty())
                lines.push_back(toUtf8(line.trim()));
        return lines;
    }

    long number(const char* name, long byDefault) const
    {
        sal_Int32 value = 0;
        return (value_(name) >>= value) ? value : byDefault;
    }

    bool flag(const char* name, bool byDefault) const
    {
        bool value = false;
        return (value_(name) >>= value) ? value : byDefault;
    }

private:
    Any value_(const char* name) const
    {
        const OUString path = OUString::createFromAscii(name);
        return m_access->hasByHierarchicalName(path) ? m_access->getByHierarchicalName(path) : Any();
    }

    Reference<css::container::XHierarchicalNameAccess> m_access;
};

/// The rule the settings give; none given, the first statutory rule of the
/// creditor's country in the jurisdiction table (FR before FR-MIN, DE before
/// DE-B2C), else the directive's.
std::string ruleOf(const std::string& rule, const std::string& country)
{
    if (!rule.empty())
        return rule;
    if (!country.empty())
        for (const LatePaymentRule& known : latePaymentRules())
            if (known.country == country)
                return std::string(known.code);
    return std::string(defaultRuleCode);
}

} // namespace

RunSettings readRunSettings(const Reference<css::uno::XComponentContext>& context)
{
    const SettingsNode settings(context);
    RunSettings run;
    Creditor& creditor = run.letters.creditor;
    creditor.name = settings.text("Letterhead/Name");
    creditor.addressLines = settings.lines("Letterhead/AddressLines");
    creditor.registration = settings.text("Letterhead/Registration");
    creditor.vatNumber = settings.text("Letterhead/VatNumber");
    creditor.iban = settings.text("Letterhead/Iban");
    creditor.bic = settings.text("Letterhead/Bic");
    creditor.bankDetails = settings.text("Letterhead/BankDetails");
    creditor.contact = settings.text("Letterhead/Contact");
    creditor.signatoryName = settings.text("Letterhead/SignatoryName");
    creditor.signatoryTitle = settings.text("Letterhead/SignatoryTitle");
    creditor.city = settings.text("Letterhead/City");

    LetterSettings& letters = run.letters;
    letters.rule = ruleOf(settings.text("Reminders/Rule"), settings.text("Letterhead/Country"));
    letters.currency = settings.text("Reminders/Currency", "EUR");
    letters.reminderDeadlineDays = settings.number("Reminders/ReminderDeadlineDays", 15);
    letters.formalNoticeDeadlineDays = settings.number("Reminders/FormalNoticeDeadlineDays", 8);
    letters.finalNoticeDeadlineDays = settings.number("Reminders/FinalNoticeDeadlineDays", 8);
    letters.claimInterest = settings.flag("Reminders/ClaimInterest", true);
    letters.claimFixedFee = settings.flag("Reminders/ClaimFixedFee", true);
    letters.registeredMail = settings.flag("Reminders/RegisteredMail", true);
    letters.paymentCode = settings.flag("Reminders/PaymentCode", true);
    letters.referenceAsRemittance = settings.flag("Reminders/ReferenceAsRemittance", true);

    ReminderPolicy& policy = run.policy;
    policy.thresholds = ReminderThresholds::fromText(settings.text("Reminders/Thresholds", "1;15;30;45"),
                                                     "Reminders/Thresholds");
    policy.graceDays = settings.number("Reminders/GraceDays", 0);
    policy.minimumIntervalDays = settings.number("Reminders/MinimumIntervalDays", 14);
    policy.letterLanguages = letterLanguages();
    policy.defaultLanguage = settings.text("Reminders/DefaultLanguage", "en");

    run.output.folderUrl = settings.text("Output/Folder");
    run.output.onePdfPerClient = settings.flag("Output/OnePdfPerClient", true);
    run.output.combinedDocument = settings.flag("Output/CombinedDocument", true);
    run.output.emailDrafts = settings.flag("Output/EmailDrafts", true);
    run.output.templateUrl = settings.text("Output/TemplateUrl");
    return run;
}

} // namespace relance::uno
