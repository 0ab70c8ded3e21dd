#pragma once
// The language LibreOffice's user interface speaks, as one of the languages
// Relance has texts for: the menus, dialogs and messages follow it.
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::ui {

/// "en", "fr", "de", "es", "it" or "nl": the office's UI language
/// (Tools ▸ Options ▸ Language Settings, else the system's), English for any
/// language Relance has no texts in.
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace relance::ui
