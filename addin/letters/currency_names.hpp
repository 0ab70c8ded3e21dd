#pragma once
// Currency and sub-unit names for amounts in words: the nouns that follow a
// spelled number, with the forms CLDR does not give (singular and plural
// after a numeral, gender for the numeral's agreement, French elision).
// Internal to relance_letters; the table is in currency_names.cpp.
#include <array>
#include <cstddef>
#include <string_view>

namespace relance::words {

/// The languages amounts are spelled in, in the table's column order.
enum class Language { en, fr, de, es, it, nl };
constexpr std::size_t languageCount = 6;

/// The grammatical gender a numeral agrees with ("une livre", "una libra",
/// "ein Pfund"). Languages without agreement ignore it.
enum class Gender { masculine, feminine, neuter };

/// A noun as it follows a number.
struct NounForms {
    std::string_view singular; ///< after 1 (and after 0 in French)
    std::string_view plural;   ///< after every other number
    Gender gender;
    bool elides; ///< French: "d'" rather than "de" before it ("un million d'euros")
};

struct CurrencyNames {
    NounForms unit;    ///< euro, pound, ...
    NounForms subunit; ///< cent, penny, ...
};

struct CurrencyWords {
    std::string_view code; ///< ISO 4217, upper case
    int digits;            ///< minor-unit digits (ISO 4217; 2 for all currencies in the table)
    std::array<CurrencyNames, languageCount> names; ///< indexed by Language
};

/// The entry for an upper-case ISO code, or nullptr if the table lacks it.
const CurrencyWords* findCurrencyWords(std::string_view upperCaseCode);

/// "EUR, GBP, USD or CHF", for error messages.
std::string_view supportedCurrencies();

} // namespace relance::words
