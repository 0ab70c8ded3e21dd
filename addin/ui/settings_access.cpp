#include "ui/settings_access.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

namespace relance::ui {

using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

SettingsAccess::SettingsAccess(const Reference<css::uno::XComponentContext>& context)
{
    const Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
    const Any path(css::beans::NamedValue("nodepath", Any(OUString("/org.relance.calc.Settings"))));
    m_access.set(provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                       css::uno::Sequence<Any>(&path, 1)),
                 css::uno::UNO_QUERY_THROW);
}

Any SettingsAccess::get(const char* path) const
{
    const OUString name = OUString::createFromAscii(path);
    return m_access->hasByHierarchicalName(name) ? m_access->getByHierarchicalName(name) : Any();
}

void SettingsAccess::set(const char* path, const Any& value)
{
    Reference<css::container::XHierarchicalNameReplace>(m_access, css::uno::UNO_QUERY_THROW)
        ->replaceByHierarchicalName(OUString::createFromAscii(path), value);
}

void SettingsAccess::commit() { Reference<css::util::XChangesBatch>(m_access, css::uno::UNO_QUERY_THROW)->commitChanges(); }

} // namespace relance::ui
