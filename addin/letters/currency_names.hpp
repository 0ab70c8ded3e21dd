#pragma once
// The currencies amounts are spelled in. Their nouns are per language, in
// each language's entry of letter_languages.cpp (SpellOutGrammar::currencies,
// in this table's order). Internal to relance_letters.
#include "letters/letter_languages.hpp"

#include <cstddef>
#include <string_view>

namespace relance::words {

struct Currency {
    std::string_view code; ///< ISO 4217, upper case
    int digits;            ///< minor-unit digits (ISO 4217; 2 for all currencies in the table)
    std::size_t index;     ///< its column in SpellOutGrammar::currencies
};

/// The entry for an upper-case ISO code, or nullptr if the table lacks it.
const Currency* findCurrency(std::string_view upperCaseCode);

/// "EUR, GBP, USD or CHF", for error messages.
std::string_view supportedCurrencies();

} // namespace relance::words
