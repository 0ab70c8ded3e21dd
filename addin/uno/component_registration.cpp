// The library's one exported entry point: LibreOffice asks it for the factory
// of the implementation listed in relance.components.
#include "uno/relance_addin.hpp"
#include "uno/text_conversion.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>

namespace {

css::uno::Reference<css::uno::XInterface> SAL_CALL
createRelanceAddIn(const css::uno::Reference<css::uno::XComponentContext>&)
{
    return static_cast<cppu::OWeakObject*>(new relance::uno::RelanceAddIn());
}

rtl::OUString SAL_CALL implementationName()
{
    return relance::uno::toOUString(relance::catalog::implementationName);
}

const cppu::ImplementationEntry implementations[] = {
    {createRelanceAddIn, implementationName, relance::uno::supportedServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                   void* serviceManager, void* registryKey)
{
    return cppu::component_getFactoryHelper(implementation, serviceManager, registryKey, implementations);
}
