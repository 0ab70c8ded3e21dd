// The currencies AMOUNTINWORDS spells. CLDR has display names ("euro",
// "livre sterling") and count-dependent unit patterns, but not the gender a
// numeral must agree with, the elision of French "de", nor the sub-unit names
// (centime, penny/pence, céntimo, Rappen ...): hence each language's nouns in
// its entry of letter_languages.cpp, in this table's order.
#include "letters/currency_names.hpp"

#include <array>

namespace relance::words {

namespace {

constexpr std::array<Currency, currencyCount> table{{
    {"EUR", 2, 0},
    {"GBP", 2, 1},
    {"USD", 2, 2},
    {"CHF", 2, 3},
}};

} // namespace

const Currency* findCurrency(std::string_view upperCaseCode)
{
    for (const Currency& entry : table)
        if (entry.code == upperCaseCode)
            return &entry;
    return nullptr;
}

std::string_view supportedCurrencies() { return "EUR, GBP, USD or CHF"; }

} // namespace relance::words
