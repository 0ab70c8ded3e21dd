#include "ui/control_listeners.hpp"

#include "uno/call_boundary.hpp"
#include "uno/text_conversion.hpp"

#include <exception>

namespace relance::ui {

namespace {

void runGuarded(const std::function<void()>& work, const char* what)
{
    try {
        work();
    } catch (const css::uno::Exception& error) {
        uno::debugTrace(what, "LibreOffice error: " + uno::toUtf8(error.Message));
    } catch (const std::exception& error) {
        uno::debugTrace(what, error.what());
    } catch (...) {
        uno::debugTrace(what, "unknown error");
    }
}

} // namespace

void ButtonAction::actionPerformed(const css::awt::ActionEvent&) { runGuarded(m_action, "button"); }

void SelectionChange::itemStateChanged(const css::awt::ItemEvent&) { runGuarded(m_change, "list selection"); }

void TextChange::textChanged(const css::awt::TextEvent&) { runGuarded(m_change, "text change"); }

} // namespace relance::ui
