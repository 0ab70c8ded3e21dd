#pragma once
// One panel of the Relance deck as the sidebar sees it: a UI element (its
// window, its height for a width) around a PanelContent. It lays the content
// out again when the sidebar changes its width, and refreshes it when the
// person switches sheet after the document changed.
#include "ui/sidebar/panel_content.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <memory>

namespace relance::ui {

class PanelEvents;

class SidebarPanel final
    : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel, css::lang::XComponent> {
public:
    /// Throws IllegalArgumentException for a panel name sidebarPanels() lacks.
    SidebarPanel(const rtl::OUString& resourceUrl, const std::string& panelName, PanelEnvironment environment,
                 const css::uno::Reference<css::awt::XWindow>& parent, const css::uno::Reference<css::ui::XSidebar>& sidebar);
    ~SidebarPanel() override;

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return m_environment.frame; }
    rtl::OUString SAL_CALL getResourceURL() override { return m_resourceUrl; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}

    /// Reads the document again now.
    void refresh();
    /// Reads the document again a moment after the last call (600 ms), on the main thread.
    void refreshLater();

private:
    void resized(sal_Int32 width);

    rtl::OUString m_resourceUrl;
    PanelEnvironment m_environment;
    std::unique_ptr<PanelContent> m_content;
    std::unique_ptr<PanelForm> m_form;
    css::uno::Reference<css::ui::XSidebar> m_sidebar;
    rtl::Reference<PanelEvents> m_events;
    sal_Int32 m_width = 0;
    bool m_documentChanged = false;
    bool m_built = false;
    std::shared_ptr<bool> m_alive; ///< gone once disposed: late callbacks check it
    /// The generation of the last refreshLater(): a waiting refresh runs only if it is still the last one.
    std::shared_ptr<unsigned> m_latestRefresh = std::make_shared<unsigned>(0);
};

} // namespace relance::ui
