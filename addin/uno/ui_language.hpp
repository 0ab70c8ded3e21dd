#pragma once
// The language of LibreOffice's user interface, for functions whose language
// defaults to it (AMOUNTINWORDS).
//
// Calc calls XLocalizable::setLocale on an add-in only when it reads the
// add-in's own metadata; with CalcAddIns.xcu it reads the configuration
// instead, and the add-in never hears of the UI language. LibreOffice writes
// the language it starts in (the user's choice, or the system's locale when
// the user has not chosen) to org.openoffice.Setup/L10N/ooLocale at start,
// so that is where to read it.
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::uno {

/// The UI language's code in lower case ("fr", "de", "en"), without its
/// region; empty when the configuration cannot be read.
std::string officeUiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace relance::uno
