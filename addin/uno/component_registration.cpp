// The library's one exported entry point: LibreOffice asks it for the factory
// of the implementation listed in relance.components.
#include "ui/command_handler.hpp"
#include "ui/options_page.hpp"
#include "ui/sidebar/panel_factory.hpp"
#include "uno/relance_addin.hpp"
#include "uno/reminder_run.hpp"
#include "uno/text_conversion.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>

namespace {

css::uno::Reference<css::uno::XInterface> SAL_CALL
createRelanceAddIn(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new relance::uno::RelanceAddIn(context));
}

rtl::OUString SAL_CALL implementationName()
{
    return relance::uno::toOUString(relance::catalog::implementationName);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
createReminderRun(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new relance::uno::ReminderRun(context));
}

rtl::OUString SAL_CALL reminderRunImplementationName()
{
    return rtl::OUString::createFromAscii(relance::uno::ReminderRun::implementationName);
}

css::uno::Sequence<rtl::OUString> SAL_CALL reminderRunServiceNames()
{
    const rtl::OUString name = rtl::OUString::createFromAscii(relance::uno::ReminderRun::serviceName);
    return css::uno::Sequence<rtl::OUString>(&name, 1);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
createCommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new relance::ui::CommandHandler(context));
}

rtl::OUString SAL_CALL commandHandlerImplementationName()
{
    return rtl::OUString::createFromAscii(relance::ui::CommandHandler::implementationName);
}

css::uno::Sequence<rtl::OUString> SAL_CALL commandHandlerServiceNames()
{
    const rtl::OUString name("com.sun.star.frame.ProtocolHandler");
    return css::uno::Sequence<rtl::OUString>(&name, 1);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
createOptionsPageHandler(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new relance::ui::OptionsPageHandler(context));
}

rtl::OUString SAL_CALL optionsPageHandlerImplementationName()
{
    return rtl::OUString::createFromAscii(relance::ui::OptionsPageHandler::implementationName);
}

css::uno::Sequence<rtl::OUString> SAL_CALL optionsPageHandlerServiceNames()
{
    const rtl::OUString name = rtl::OUString::createFromAscii(relance::ui::OptionsPageHandler::serviceName);
    return css::uno::Sequence<rtl::OUString>(&name, 1);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
createPanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new relance::ui::PanelFactory(context));
}

rtl::OUString SAL_CALL panelFactoryImplementationName()
{
    return rtl::OUString::createFromAscii(relance::ui::PanelFactory::implementationName);
}

css::uno::Sequence<rtl::OUString> SAL_CALL panelFactoryServiceNames()
{
    const rtl::OUString name = rtl::OUString::createFromAscii(relance::ui::PanelFactory::serviceName);
    return css::uno::Sequence<rtl::OUString>(&name, 1);
}

const cppu::ImplementationEntry implementations[] = {
    {createRelanceAddIn, implementationName, relance::uno::supportedServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createReminderRun, reminderRunImplementationName, reminderRunServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createCommandHandler, commandHandlerImplementationName, commandHandlerServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createOptionsPageHandler, optionsPageHandlerImplementationName, optionsPageHandlerServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createPanelFactory, panelFactoryImplementationName, panelFactoryServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                   void* serviceManager, void* registryKey)
{
    return cppu::component_getFactoryHelper(implementation, serviceManager, registryKey, implementations);
}
