#include "ui/ui_language.hpp"

#include "letters/letter_languages.hpp"
#include "uno/ui_language.hpp"

namespace relance::ui {

std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    // The UI catalogs (packaging/ui) speak the letters' languages.
    const std::string language = uno::officeUiLanguage(context);
    return findLetterLanguage(language) ? language : "en";
}

} // namespace relance::ui
