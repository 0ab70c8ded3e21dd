#include "ui/sidebar/sidebar_panel.hpp"

#include "ui/main_thread.hpp"
#include "uno/call_boundary.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XActivationBroadcaster.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <cppuhelper/implbase3.hxx>

#include <chrono>
#include <exception>
#include <thread>

namespace relance::ui {

namespace {
constexpr std::chrono::milliseconds refreshDelay{600};
}

using css::uno::Reference;
using css::uno::UNO_QUERY;

/// The sidebar's width changes, the person switching sheet, the document
/// changing: each calls back into the panel while it lives.
class PanelEvents final : public cppu::WeakImplHelper3<css::awt::XWindowListener, css::sheet::XActivationEventListener,
                                                       css::util::XModifyListener> {
public:
    PanelEvents(SidebarPanel* panel, Reference<css::awt::XWindow> parent, Reference<css::frame::XController> controller,
                Reference<css::util::XModifyBroadcaster> document, bool* documentChanged)
        : m_panel(panel), m_parent(std::move(parent)), m_controller(std::move(controller)),
          m_document(std::move(document)), m_documentChanged(documentChanged)
    {
    }

    void attach(const std::function<void(sal_Int32)>& resized)
    {
        m_resized = resized;
        m_parent->addWindowListener(this);
        if (const Reference<css::sheet::XActivationBroadcaster> sheets{m_controller, UNO_QUERY}; sheets.is())
            sheets->addActivationEventListener(this);
        if (m_document.is())
            m_document->addModifyListener(this);
    }

    void detach()
    {
        if (!m_panel)
            return;
        m_panel = nullptr;
        try {
            m_parent->removeWindowListener(this);
            if (const Reference<css::sheet::XActivationBroadcaster> sheets{m_controller, UNO_QUERY}; sheets.is())
                sheets->removeActivationEventListener(this);
            if (m_document.is())
                m_document->removeModifyListener(this);
        } catch (const css::uno::Exception&) { // the frame is being closed
        }
    }

    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override
    {
        if (m_panel)
            m_resized(event.Width);
    }
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}

    void SAL_CALL activeSpreadsheetChanged(const css::sheet::ActivationEvent&) override
    {
        // What the panels show is the register's, whichever sheet is shown:
        // only a change since the last reading is worth reading again, and
        // after the switch, so that the sheet shows at once.
        if (m_panel && *m_documentChanged)
            m_panel->refreshLater();
    }

    void SAL_CALL modified(const css::lang::EventObject&) override
    {
        if (m_panel)
            *m_documentChanged = true;
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override { m_panel = nullptr; }

private:
    SidebarPanel* m_panel;
    Reference<css::awt::XWindow> m_parent;
    Reference<css::frame::XController> m_controller;
    Reference<css::util::XModifyBroadcaster> m_document;
    bool* m_documentChanged;
    std::function<void(sal_Int32)> m_resized;
};

SidebarPanel::SidebarPanel(const rtl::OUString& resourceUrl, const std::string& panelName,
                           PanelEnvironment environment, const Reference<css::awt::XWindow>& parent,
                           const Reference<css::ui::XSidebar>& sidebar)
    : m_resourceUrl(resourceUrl), m_environment(std::move(environment)), m_sidebar(sidebar)
{
    m_environment.relayout = [this] {
        // Not while the sidebar is still making the panel: it lays it out next.
        if (m_built && m_sidebar.is())
            m_sidebar->requestLayout();
    };
    // The panel's own commands refresh it; the sidebar disposes the panel
    // before it goes, and a command finishing later finds it gone.
    m_alive = std::make_shared<bool>(true);
    m_environment.refresh = [this, alive = std::weak_ptr<bool>(m_alive)] {
        if (alive.lock())
            refresh();
    };
    // The content keeps a reference to m_environment: made once it is complete.
    m_content = makePanelContent(panelName, m_environment);
    if (!m_content)
        throw css::lang::IllegalArgumentException("no such Relance panel: " + resourceUrl, nullptr, 0);
    m_form = std::make_unique<PanelForm>(m_environment.context, parent);
    m_content->build(*m_form);
    m_width = parent->getPosSize().Width;
    m_events = new PanelEvents(this, parent, m_environment.frame->getController(),
                               Reference<css::util::XModifyBroadcaster>(m_environment.document(), UNO_QUERY),
                               &m_documentChanged);
    m_events->attach([this](sal_Int32 width) { resized(width); });
    refresh();
    m_built = true;
}

SidebarPanel::~SidebarPanel()
{
    if (m_events.is())
        m_events->detach();
}

sal_Int16 SidebarPanel::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::uno::XInterface> SidebarPanel::getRealInterface() { return static_cast<css::ui::XToolPanel*>(this); }

Reference<css::awt::XWindow> SidebarPanel::getWindow() { return m_form ? m_form->window() : nullptr; }

Reference<css::accessibility::XAccessible>
SidebarPanel::createAccessible(const Reference<css::accessibility::XAccessible>&)
{
    return Reference<css::accessibility::XAccessible>(getWindow(), UNO_QUERY);
}

css::ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32 width)
{
    try {
        const sal_Int32 height = m_form ? m_form->heightFor(width) : 0;
        return css::ui::LayoutSize(height, height, height);
    } catch (const std::exception&) {
        return css::ui::LayoutSize(0, 0, 0);
    }
}

sal_Int32 SidebarPanel::getMinimalWidth() { return 160; }

void SidebarPanel::resized(sal_Int32 width)
{
    m_width = width;
    if (m_form)
        m_form->layout(width);
}

void SidebarPanel::refreshLater()
{
    // A person leafing through sheets is not kept waiting: the panels read
    // the register once the switching has stopped for a moment, on the main
    // thread. A later switch makes an earlier wait moot.
    const unsigned generation = ++*m_latestRefresh;
    std::thread([context = m_environment.context, refresh = m_environment.refresh, generation,
                 current = std::weak_ptr<unsigned>(m_latestRefresh)] {
        std::this_thread::sleep_for(refreshDelay);
        try {
            runLater(context, [refresh, generation, current] {
                const std::shared_ptr<unsigned> latest = current.lock();
                if (latest && *latest == generation)
                    refresh();
            });
        } catch (...) { // LibreOffice is closing: nothing to refresh
        }
    }).detach();
}

void SidebarPanel::refresh()
{
    if (!m_form)
        return;
    m_documentChanged = false;
    try {
        m_content->refresh(*m_form);
        m_form->layout(m_width > 0 ? m_width : 250);
    } catch (const css::uno::Exception& error) {
        uno::debugTrace("sidebar", "LibreOffice error: " + uno::toUtf8(error.Message));
    } catch (const std::exception& error) {
        uno::debugTrace("sidebar", error.what());
    }
    m_environment.relayout();
}

void SidebarPanel::dispose()
{
    m_alive.reset();
    if (m_events.is())
        m_events->detach();
    m_content.reset();
    if (m_form)
        m_form->dispose();
    m_form.reset();
    m_sidebar.clear();
}

} // namespace relance::ui
