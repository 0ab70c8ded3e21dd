#pragma once
// The languages letters are written in, one described entry each (the table
// is in letter_languages.cpp): its code, which also names its message catalog
// (packaging/letters/<code>.txt), the ICU locale its letters are formatted
// in, how it writes a letter's long date, and how AMOUNTINWORDS spells an
// amount in it. Everything that varies by letter language is here or in the
// catalog; README ▸ For developers says how to add a language.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// How a letter's long date ({x, date, long} in the catalogs) is written.
enum class LongDateStyle {
    IcuLong,            ///< ICU's long date of the locale: "3 December 2026", "3. Dezember 2026"
    OrdinalFirstOfMonth ///< the same, with day 1 spelled as an ordinal: "1er décembre 2026", "1º dicembre 2026"
};

namespace words {

/// The grammatical gender a numeral agrees with ("une livre", "una libra",
/// "ein Pfund"). Languages without agreement ignore it.
enum class Gender { masculine, feminine, neuter };

/// A noun as it follows a number.
struct NounForms {
    std::string_view singular; ///< after 1 (and after 0 where zero is singular)
    std::string_view plural;   ///< after every other number
    Gender gender;
    bool elides; ///< French: "d'" rather than "de" before it ("un million d'euros")
};

struct CurrencyNames {
    NounForms unit;    ///< euro, pound, ...
    NounForms subunit; ///< cent, penny, ...
};

/// The currencies amounts are spelled in, in the order of
/// SpellOutGrammar::currencies (currency_names.hpp has their codes).
constexpr std::size_t currencyCount = 4; // EUR, GBP, USD, CHF

/// How amounts are spelled in one language (amount_in_words.cpp applies it).
struct SpellOutGrammar {
    const char* locale;                         ///< ICU locale of the spell-out rules: the language alone
    std::array<const char*, 3> ruleSet;         ///< ICU rule set by Gender: masculine, feminine, neuter
    std::array<std::string_view, 3> one;        ///< the number 1 alone, by Gender; empty = ICU's word
    std::string_view conjunction;               ///< joins unit and sub-unit phrases
    bool zeroIsSingular;                        ///< French: "zéro euro"
    std::string_view partitive;                 ///< "de", "di" after large nouns; empty = none
    std::array<std::string_view, 6> largeNouns; ///< words that take the partitive when last
    /// Corrections to ICU's spelled number (spell_out_fixes.hpp), or nullptr.
    std::string (*fixIcuText)(std::string text, Gender gender);
    /// The currency nouns, in the order EUR, GBP, USD, CHF.
    std::array<CurrencyNames, currencyCount> currencies;
};

} // namespace words

/// One letter language.
struct LetterLanguage {
    std::string_view code;      ///< ISO 639-1, lower case; its catalog is packaging/letters/<code>.txt
    std::string_view icuLocale; ///< numbers, amounts and dates of its letters ("en_GB": £1,280.50, 3 December 2026)
    LongDateStyle longDate;
    words::SpellOutGrammar spellOut;
};

/// Every letter language, English first (the catalogs' root).
const std::vector<LetterLanguage>& letterLanguageTable();

/// The entry of a lower-case code ("fr"), or nullptr.
const LetterLanguage* findLetterLanguage(std::string_view code);

/// The codes of the table, in its order: en, fr, de, es, it, nl.
const std::vector<std::string>& letterLanguages();

/// The codes for messages: "en, fr, de, es, it or nl" with `lastSeparator`
/// " or ", "en, fr, de, es, it, nl" with ", ".
std::string letterLanguageList(std::string_view lastSeparator);

/// The language in lower case, checked against the table: "FR" → "fr".
/// Throws InvalidArgument naming the language for any other code.
std::string letterLanguage(std::string_view language);

/// The ICU locale a letter in `language` (case-insensitive) is formatted in.
/// English letters use British conventions (£1,280.50, 3 December 2026):
/// Relance writes to European clients, and en-US dates ("December 3, 2026")
/// would read oddly to them. Throws as letterLanguage does.
std::string letterLocale(std::string_view language);

} // namespace relance
