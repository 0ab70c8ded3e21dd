#include "uno/ui_language.hpp"

#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace relance::uno {

std::string officeUiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    if (!context.is())
        return {};
    try {
        const css::uno::Reference<css::lang::XMultiServiceFactory> provider =
            css::configuration::theDefaultProvider::get(context);
        const css::uno::Any path(css::beans::NamedValue("nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N"))));
        const css::uno::Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  css::uno::Sequence<css::uno::Any>(&path, 1)),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString locale; // a BCP 47 tag: "fr-FR", "de", "en-US"
        l10n->getByName("ooLocale") >>= locale;
        const sal_Int32 region = locale.indexOf('-');
        return toUtf8((region < 0 ? locale : locale.copy(0, region)).toAsciiLowerCase());
    } catch (const css::uno::Exception&) {
        return {};
    }
}

} // namespace relance::uno
