#include "ui/message_box.hpp"

#include "uno/scope_end.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>

namespace relance::ui {

namespace {

sal_Int16 runBox(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                 sal_Int32 buttons, const rtl::OUString& text)
{
    const css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                                   css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<css::awt::XWindowPeer> parent(
        frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
    const css::uno::Reference<css::awt::XMessageBox> box =
        factory->createMessageBox(parent, type, buttons, "Relance", text);
    // Disposed at once: a closed box is only hidden, and stays among the
    // toolkit's top windows (where the GUI tests look for open dialogs)
    // until LibreOffice gets round to deleting it.
    const uno::AtScopeEnd dispose([&] { css::uno::Reference<css::lang::XComponent>(box, css::uno::UNO_QUERY_THROW)->dispose(); });
    return box->execute();
}

} // namespace

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                 const rtl::OUString& text)
{
    runBox(context, frame, type, css::awt::MessageBoxButtons::BUTTONS_OK, text);
}

bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text)
{
    return runBox(context, frame, css::awt::MessageBoxType_QUERYBOX,
                  css::awt::MessageBoxButtons::BUTTONS_YES_NO | css::awt::MessageBoxButtons::DEFAULT_BUTTON_YES,
                  text) == css::awt::MessageBoxResults::YES;
}

} // namespace relance::ui
