// AMOUNTINWORDS: the letters library spells, ICU underneath.
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"
#include "uno/text_conversion.hpp"

#include "core/money.hpp"
#include "letters/amount_in_words.hpp"
#include "letters/letter_languages.hpp"

namespace relance::uno {

namespace {

std::string defaultLanguage(const std::string& uiLanguage)
{
    return findLetterLanguage(uiLanguage) ? uiLanguage : "en";
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
