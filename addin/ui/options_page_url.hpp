#pragma once
// Relance's pages in Tools ▸ Options (packaging/OptionsDialog.xcu) and how to
// open the dialog at one of them.
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

enum class OptionsPage { Letterhead, Reminders };

/// The page's dialog file as the options dialog knows it: a file URL in the
/// installed extension.
rtl::OUString optionsPageUrl(OptionsPage page);

/// Tools ▸ Options at `page`; returns when the person closes the dialog.
void openOptionsPage(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, OptionsPage page);

} // namespace relance::ui
