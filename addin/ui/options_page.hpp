#pragma once
// The event handler of Relance's pages in Tools ▸ Options
// (packaging/dialogs/Options*.xdl, packaging/OptionsDialog.xcu): fills the
// page from the settings when it opens, stores them on OK, restores them on
// Reset, and answers the page's Browse button.
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace relance::ui {

class OptionsPageHandler final
    : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo>
{
public:
    explicit OptionsPageHandler(css::uno::Reference<css::uno::XComponentContext> context)
        : m_context(std::move(context))
    {
    }

    // XContainerWindowEventHandler
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const rtl::OUString& method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static constexpr const char* implementationName = "org.relance.OptionsPageHandlerImpl";
    static constexpr const char* serviceName = "org.relance.OptionsPageHandler";

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace relance::ui
