#pragma once
// Message boxes over a frame's window, in the UI language.
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

/// Shows `text` in a box titled "Relance" with an OK button; returns when
/// the person closes it.
void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                 const rtl::OUString& text);

/// Asks a yes/no question; true for Yes.
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text);

} // namespace relance::ui
