// AMOUNTINWORDS: the letters library spells, ICU underneath.
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"
#include "uno/text_conversion.hpp"

#include "core/money.hpp"
#include "letters/amount_in_words.hpp"

#include <array>

namespace relance::uno {

namespace {

constexpr std::array<std::string_view, 6> letterLanguages = {"en", "fr", "de", "es", "it", "nl"};

std::string defaultLanguage(const std::string& uiLanguage)
{
    for (const std::string_view language : letterLanguages)
        if (uiLanguage == language)
            return uiLanguage;
    return "en";
}

} // namespace

css::uno::Any RelanceAddIn::getAmountInWords(const css::uno::Reference<css::beans::XPropertySet>&,
                                             const AnyMatrix& amount, const css::uno::Any& language,
                                             const css::uno::Any& currency)
{
    return callGuarded("AMOUNTINWORDS", static_cast<cppu::OWeakObject*>(this), [&] {
        // the four currencies spelled (EUR, GBP, USD, CHF) all have two decimals
        const Money money = requiredAmount(singleValue(amount, "Amount"), "Amount");
        const std::string languageCode =
            optionalText(language, "Language").value_or(defaultLanguage(uiLanguage()));
        const std::string currencyCode = optionalText(currency, "Currency").value_or("EUR");
        return css::uno::Any(toOUString(amountInWords(money, languageCode, currencyCode)));
    });
}

} // namespace relance::uno
