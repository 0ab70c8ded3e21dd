#pragma once
// Relance's manual, shipped in the extension as HTML (manual/<lang>.html),
// opened in the user's browser: LibreOffice shows an extension's own help
// pages only with its XML help viewer, which the distributions' packages do
// not ship (docs/help-findings.md), so the Help buttons of Relance's dialogs
// and the Help command open this manual instead.
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace relance::ui {

/// The languages the manual is written in; any other UI language reads the English one.
std::string_view manualLanguage(std::string_view uiLanguage);

/// file:///…/manual/<lang>.html#<topic> in the extension folder `folder`
/// (a system path); the whole page when `topic` is empty.
rtl::OUString manualPageUrl(const std::string& folder, std::string_view uiLanguage, std::string_view topic);

/// The manual's page on `topic` in the UI language, in the user's browser;
/// returns its URL.
rtl::OUString openManualPage(const css::uno::Reference<css::uno::XComponentContext>& context,
                             std::string_view topic);

} // namespace relance::ui
