#pragma once
// The factory the sidebar asks for a Relance panel (Factories.xcu names it
// for private:resource/toolpanel/RelancePanelFactory/<Panel>).
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace relance::ui {

class PanelFactory final : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    static constexpr const char* implementationName = "org.relance.SidebarPanelFactoryImpl";
    static constexpr const char* serviceName = "org.relance.SidebarPanelFactory";

    explicit PanelFactory(css::uno::Reference<css::uno::XComponentContext> context) : m_context(std::move(context)) {}

    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& resourceUrl, const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace relance::ui
