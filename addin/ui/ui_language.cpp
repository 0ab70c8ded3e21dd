#include "ui/ui_language.hpp"

#include "letters/letter_languages.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

/// One text property of a configuration node, empty when absent.
OUString configurationText(const Reference<css::uno::XComponentContext>& context, const char* node, const char* name)
{
    try {
        const Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
        const Any path(css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(node))));
        const Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  css::uno::Sequence<Any>(&path, 1)),
            css::uno::UNO_QUERY_THROW);
        OUString value;
        access->getByName(OUString::createFromAscii(name)) >>= value;
        return value;
    } catch (const css::uno::Exception&) {
        return {};
    }
}

/// "fr-FR", "fr_FR.UTF-8", "de" -> a language Relance speaks, or empty.
std::string supportedLanguage(const std::string& tag)
{
    try {
        return letterLanguage(tag.substr(0, 2));
    } catch (...) {
        return {};
    }
}

} // namespace

std::string uiLanguage(const Reference<css::uno::XComponentContext>& context)
{
    // The UI language the user chose; empty means "as the system", which
    // LibreOffice takes from the locale environment (LC_ALL, LC_MESSAGES, LANG).
    std::string tag = uno::toUtf8(configurationText(context, "/org.openoffice.Setup/L10N", "ooLocale"));
    if (tag.empty())
        tag = uno::toUtf8(configurationText(context, "/org.openoffice.System/L10N", "UILocale"));
    if (tag.empty())
        for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
            if (const char* value = std::getenv(variable); value && *value) {
                tag = value;
                break;
            }
    const std::string language = supportedLanguage(tag);
    return language.empty() ? "en" : language;
}

} // namespace relance::ui
