#include "ui/sidebar/panel_factory.hpp"

#include "catalog/ui_xcu.hpp"
#include "ui/main_thread.hpp"
#include "ui/sidebar/sidebar_panel.hpp"
#include "uno/call_boundary.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace relance::ui {

using css::uno::Reference;
using rtl::OUString;

namespace {

template <typename Value>
Value argumentOf(const css::uno::Sequence<css::beans::PropertyValue>& arguments, const char* name)
{
    Value value;
    for (const css::beans::PropertyValue& argument : arguments)
        if (argument.Name.equalsAscii(name))
            argument.Value >>= value;
    return value;
}

} // namespace

Reference<css::ui::XUIElement> PanelFactory::createUIElement(const OUString& resourceUrl,
                                                            const css::uno::Sequence<css::beans::PropertyValue>& arguments)
{
    const OUString prefix = OUString::createFromAscii(catalog::sidebarPanelUrlPrefix);
    const auto frame = argumentOf<Reference<css::frame::XFrame>>(arguments, "Frame");
    const auto parent = argumentOf<Reference<css::awt::XWindow>>(arguments, "ParentWindow");
    if (!resourceUrl.startsWith(prefix) || !frame.is() || !parent.is())
        throw css::lang::IllegalArgumentException("not a Relance panel: " + resourceUrl, nullptr, 0);
    noteMainThread();
    PanelEnvironment environment{m_context, frame, nullptr, {}};
    try {
        environment.texts = std::make_shared<const UiTexts>(m_context);
        return new SidebarPanel(resourceUrl, uno::toUtf8(resourceUrl.copy(prefix.getLength())), environment, parent,
                                argumentOf<Reference<css::ui::XSidebar>>(arguments, "Sidebar"));
    } catch (const css::uno::Exception&) {
        throw;
    } catch (const std::exception& error) {
        // The sidebar shows no panel rather than LibreOffice going down.
        uno::debugTrace("sidebar", error.what());
        throw css::uno::RuntimeException(uno::toOUString(std::string("Relance panel: ") + error.what()));
    }
}

OUString PanelFactory::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool PanelFactory::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> PanelFactory::getSupportedServiceNames()
{
    const OUString name = OUString::createFromAscii(serviceName);
    return css::uno::Sequence<OUString>(&name, 1);
}

} // namespace relance::ui
