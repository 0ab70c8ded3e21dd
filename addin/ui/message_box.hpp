#pragma once
// Messages and questions over a frame's window, in the UI language.
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

/// Shows `text` in a box titled "Relance" with an OK button; returns when
/// the person closes it.
void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text);

/// Asks a question whose two buttons say what they do (`yes`: "Open
/// Settings", `no`: "Cancel"); true for `yes`.
bool askQuestion(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text,
                 const rtl::OUString& yes, const rtl::OUString& no);

} // namespace relance::ui
