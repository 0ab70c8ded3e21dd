#pragma once
// What one panel of the Relance deck shows and does. A panel holds no
// business logic: it reads what the register and the settings say through
// the same functions as the commands, and its buttons dispatch the commands
// of the handler (vnd.relance:...), so the menu, Basic and the deck agree.
#include "ui/sidebar/panel_form.hpp"
#include "ui/ui_texts.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <memory>
#include <string>

namespace relance::ui {

/// What every panel works with.
struct PanelEnvironment {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    std::shared_ptr<const UiTexts> texts;
    /// Asks the sidebar to lay the deck out again (a panel's height changed).
    std::function<void()> relayout;
    /// Reads the document again and shows it (after a command ran).
    std::function<void()> refresh;

    /// The spreadsheet in the frame, or null (the deck is Calc's only, but a
    /// frame may be closing).
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document() const;
    /// Runs vnd.relance:<command> on the frame, as the menu does; once it has
    /// run, `done` gets its result (when it succeeded) and the panel is
    /// refreshed.
    void dispatch(const char* command, const css::uno::Sequence<css::beans::PropertyValue>& arguments = {},
                  std::function<void(const css::uno::Any&)> done = {}) const;
};

class PanelContent {
public:
    virtual ~PanelContent() = default;
    /// Creates the controls and their lines (once).
    virtual void build(PanelForm& form) = 0;
    /// Reads the document and the settings again and shows what they say.
    /// Never throws: what cannot be read is said in the panel.
    virtual void refresh(PanelForm& form) = 0;
};

/// The content of the panel called `name` (sidebarPanels()), or null. It
/// keeps a reference to `environment`, which must outlive it.
std::unique_ptr<PanelContent> makePanelContent(const std::string& name, const PanelEnvironment& environment);

} // namespace relance::ui
