// AMOUNTINWORDS: ICU spells the numbers, this file supplies the grammar that
// joins them to the currency names (currency_names.cpp).
//
// The amount is split into its integer part and its sub-units, each an exact
// int64 given to RuleBasedNumberFormat (URBNF_SPELLOUT): no binary float is
// involved at any point. Each number is spelled with the rule set of the
// gender of the noun that follows it, then the phrases are joined:
//
//   [number unit] [and] [number subunit]
//   - a whole amount has no sub-unit phrase: "un euro", "zero euros";
//   - below one unit, no unit phrase: "cinquante centimes", not "zéro euro et ...";
//   - zero is spelled only for a zero amount: "null Euro".
//
// What varies by language -- the ICU rule set for each gender, the word for
// exactly one, the conjunction, the number zero takes, the partitive after
// large nouns ("un million d'euros"), the currency nouns, and the function
// that corrects ICU 72's text -- is in that language's entry of
// letter_languages.cpp, with the reasons for each choice beside it; each
// correction of ICU's text is explained in spell_out_fixes.cpp.
//
// All languages: ICU marks syllables in de, es, it and nl with soft hyphens
// (U+00AD); they are invisible but make a cell's text differ from what the
// user types, so they are removed.
#include "letters/amount_in_words.hpp"

#include "core/error.hpp"
#include "letters/currency_names.hpp"
#include "letters/letter_languages.hpp"

#include <unicode/errorcode.h>
#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>

namespace relance {

namespace {

using words::CurrencyNames;
using words::Gender;
using words::NounForms;
using words::SpellOutGrammar;

/// Amounts whose integer part reaches this are refused ("too large to
/// spell"): fifteen integer digits, well above what Money takes from Calc
/// (below 10^13), and still below 2^53, so no step of ICU could lose a digit.
constexpr std::int64_t spellLimit = 1'000'000'000'000'000; // 10^15

char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char asciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

[[noreturn]] void unsupportedLanguage(std::string_view language)
{
    throw InvalidArgument("Language (" + std::string(language) +
                          ") is not supported for amounts in words: use " + letterLanguageList(" or ") +
                          ", optionally with a region (fr-FR, de_DE)");
}

/// "fr", "FR", "fr-FR", "fr_fr", "es-419": a two-letter language, then
/// optionally '-' or '_' and a region of two letters or three digits.
const LetterLanguage& languageFor(std::string_view language)
{
    const bool shapeOk =
        (language.size() == 2 || ((language.size() == 5 || language.size() == 6) &&
                                   (language[2] == '-' || language[2] == '_'))) &&
        isAsciiLetter(language[0]) && isAsciiLetter(language[1]);
    if (!shapeOk)
        unsupportedLanguage(language);
    if (language.size() == 5 && !(isAsciiLetter(language[3]) && isAsciiLetter(language[4])))
        unsupportedLanguage(language);
    if (language.size() == 6 && !(isAsciiDigit(language[3]) && isAsciiDigit(language[4]) && isAsciiDigit(language[5])))
        unsupportedLanguage(language);
    const std::string code{asciiLower(language[0]), asciiLower(language[1])};
    if (const LetterLanguage* found = findLetterLanguage(code))
        return *found;
    unsupportedLanguage(language);
}

const words::Currency& currencyFor(std::string_view currency)
{
    std::string code(currency);
    std::transform(code.begin(), code.end(), code.begin(), asciiUpper);
    if (const words::Currency* found = words::findCurrency(code))
        return *found;
    throw InvalidArgument("Currency (" + std::string(currency) + ") is not supported for amounts in words: use " +
                          std::string(words::supportedCurrencies()));
}

/// One formatter per language and thread: building one parses the language's
/// rules (tens of microseconds), and sharing one between threads is not
/// documented as safe for RuleBasedNumberFormat.
const icu::RuleBasedNumberFormat& formatterFor(const SpellOutGrammar& rules)
{
    thread_local std::map<const SpellOutGrammar*, std::unique_ptr<icu::RuleBasedNumberFormat>> formatters;
    std::unique_ptr<icu::RuleBasedNumberFormat>& slot = formatters[&rules];
    if (!slot) {
        icu::ErrorCode status;
        auto formatter = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                                     icu::Locale(rules.locale), status);
        if (status.isFailure())
            throw std::runtime_error(std::string("ICU has no spell-out rules for '") + rules.locale +
                                     "': " + status.errorName());
        slot = std::move(formatter);
    }
    return *slot;
}

void removeSoftHyphens(std::string& text)
{
    const std::string_view softHyphen = "\xC2\xAD"; // U+00AD
    for (std::size_t at = text.find(softHyphen); at != std::string::npos; at = text.find(softHyphen, at))
        text.erase(at, softHyphen.size());
}

std::string spellNumber(std::int64_t number, const SpellOutGrammar& rules, Gender gender)
{
    const auto g = static_cast<std::size_t>(gender);
    if (number == 1 && !rules.one[g].empty())
        return std::string(rules.one[g]);
    icu::ErrorCode status;
    icu::UnicodeString text;
    icu::FieldPosition position;
    formatterFor(rules).format(number, icu::UnicodeString(rules.ruleSet[g], -1, US_INV), text, position, status);
    if (status.isFailure())
        throw std::runtime_error(std::string("ICU could not spell a number with ") + rules.ruleSet[g] + " in '" +
                                 rules.locale + "': " + status.errorName());
    std::string utf8;
    text.toUTF8String(utf8);
    removeSoftHyphens(utf8);
    return rules.fixIcuText ? rules.fixIcuText(std::move(utf8), gender) : utf8;
}

/// "vingt et un euros", "un million d'euros", "zéro euro".
std::string phrase(std::int64_t number, const NounForms& noun, const SpellOutGrammar& rules)
{
    std::string result = spellNumber(number, rules, noun.gender);
    const bool singular = number == 1 || (number == 0 && rules.zeroIsSingular);
    const std::string_view nounText = singular ? noun.singular : noun.plural;

    const std::size_t lastSpace = result.rfind(' ');
    const std::string_view lastWord =
        std::string_view(result).substr(lastSpace == std::string::npos ? 0 : lastSpace + 1);
    const bool takesPartitive = !rules.partitive.empty() && !lastWord.empty() &&
                                std::find(rules.largeNouns.begin(), rules.largeNouns.end(), lastWord) !=
                                    rules.largeNouns.end();
    result += ' ';
    if (takesPartitive) {
        if (noun.elides) // only French nouns are marked: "d'euros"
            result += "d'";
        else {
            result += rules.partitive;
            result += ' ';
        }
    }
    result += nounText;
    return result;
}

std::int64_t powerOfTen(int exponent)
{
    std::int64_t result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::string amountInWords(const Money& amount, std::string_view language, std::string_view currency)
{
    const SpellOutGrammar& rules = languageFor(language).spellOut;
    const words::Currency& currencyWords = currencyFor(currency);

    if (amount.isNegative())
        throw InvalidArgument("Amount (" + amount.toDecimalText() +
                              ") must not be negative: a letter never spells a negative sum");

    const std::int64_t scale = powerOfTen(amount.digits());
    const std::int64_t units = amount.minorUnits() / scale;
    std::int64_t subunits = amount.minorUnits() % scale;
    if (units >= spellLimit)
        throw InvalidArgument("Amount (" + amount.toDecimalText() +
                              ") is too large to spell: the whole units must be below 10^15");

    // Bring the minor units to the currency's digits, exactly.
    if (amount.digits() < currencyWords.digits) {
        subunits *= powerOfTen(currencyWords.digits - amount.digits());
    } else if (amount.digits() > currencyWords.digits) {
        const std::int64_t excess = powerOfTen(amount.digits() - currencyWords.digits);
        if (subunits % excess != 0)
            throw InvalidArgument("Amount (" + amount.toDecimalText() + ") has more decimals than " +
                                  std::string(currencyWords.code) + " has (" +
                                  std::to_string(currencyWords.digits) + ")");
        subunits /= excess;
    }

    const CurrencyNames& names = rules.currencies[currencyWords.index];
    if (subunits == 0)
        return phrase(units, names.unit, rules);
    if (units == 0)
        return phrase(subunits, names.subunit, rules);
    return phrase(units, names.unit, rules) + ' ' + std::string(rules.conjunction) + ' ' +
           phrase(subunits, names.subunit, rules);
}

} // namespace relance
