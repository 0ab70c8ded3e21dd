#pragma once
// The texts of Relance's menus, dialogs and messages, in the UI language,
// from ICU catalogs like the letters (packaging/ui/<language>.txt,
// compiled into ui/ in the extension).
#include "letters/letter_catalog.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace relance::ui {

class UiTexts {
public:
    explicit UiTexts(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// The message `key` ("letters/title"); the key itself when the catalog lacks it, so
    /// that a missing translation shows as a readable placeholder, never as
    /// an error box.
    rtl::OUString text(std::string_view key) const;
    rtl::OUString format(std::string_view key, const MessageArguments& arguments) const;

    const std::string& language() const { return m_catalog.language(); }
    /// The catalog itself, for the formatters that take one (overview_texts.hpp).
    const LetterCatalog& catalog() const { return m_catalog; }

private:
    LetterCatalog m_catalog;
};

} // namespace relance::ui
