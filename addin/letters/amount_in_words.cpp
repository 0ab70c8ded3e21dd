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
// Grammar decided per language (checked against ICU 72 output; every fix to
// ICU's text is listed and explained in the last column and in fixIcuText):
//
// | lang | ICU rule set              | exactly 1 | "and" | after million...  | 0 takes | fixes to ICU's text               |
// |------|---------------------------|-----------|-------|-------------------|---------|-----------------------------------|
// | en   | %spellout-cardinal        | one       | and   | -                 | plural  | none ("one hundred one": ICU, no "and") |
// | fr   | -cardinal-masculine/-feminine | un/une | et   | de, d' (elision) | singular| "vingt et un" (traditional), "deux cents millions" |
// | de   | -cardinal-masculine/-feminine/-neuter | ein/eine | und | -       | (invariable) | none: "ein Euro", "eine Million Euro" |
// | es   | -cardinal-masculine/-feminine | un/una | con   | de                | plural  | "doscientas mil libras" (feminine hundreds) |
// | it   | %spellout-numbering       | un/una    | e     | di                | plural  | "milletré" (accent)               |
// | nl   | %spellout-cardinal        | één       | en    | -                 | (invariable) | "duizend tweehonderdtachtig" (space) |
//
// - en: ICU's American style without "and" inside numbers is kept ("one
//   thousand two hundred eighty euros and fifty cents"); "and" joins only the
//   unit and sub-unit phrases. Zero is plural: "zero euros".
// - fr: traditional spelling, as the specification's example ("mille deux
//   cent quatre-vingts"): hyphens only between tens and units below one
//   hundred, "et" without hyphens ("vingt et un", "soixante et onze"). ICU 72
//   writes "vingt-et-un" but "deux cent quatre-vingts", a mix of the
//   traditional and the 1990 (hyphens everywhere) spellings; we write
//   " et ". "cent" and "vingt" take an s when multiplied and last before a
//   noun: ICU does it before "euros" and before "mille" (invariable, no s:
//   "deux cent mille") but not before million, milliard and billion, which
//   are nouns: "deux cents millions", "quatre-vingts millions" (Académie
//   française); ICU writes "deux cent millions", which we correct. After
//   million, milliard, billion ending the number the noun takes "de", elided
//   before a vowel: "un million d'euros", "deux millions de livres
//   sterling", but "un million deux cents euros". 0 and 1 take the singular:
//   "zéro euro", "un euro". "et" joins euros and centimes.
// - de: "ein Euro" (the attributive numeral, not the counting "eins");
//   "eintausend..." and all numbers below a million in one word, as ICU and
//   cheques write them; "eine Million Euro", no genitive. "und" joins.
// - es: apocopated "un", "veintiún" before masculine nouns ("veintiún
//   euros", "ciento un euros"), "cien euros", "mil millones". Feminine nouns
//   make the hundreds agree, in the thousands too: "doscientas mil libras"
//   (RAE: "doscientas mil personas"); ICU 72 writes "doscientos mil" in its
//   feminine rule set, which we correct (the hundreds before "millones" stay
//   masculine: "doscientos millones de libras", millón being a masculine
//   noun). "con" joins the sub-units, as cheques and invoices write
//   ("... euros con cincuenta céntimos"), which also avoids a second "y"
//   after "treinta y un". "de" follows millón/millones/billón/billones.
// - it: the full numeral in compounds, "ventuno euro", "centouno euro",
//   "milleuno euro" (ICU's numbering rule set; its cardinal-masculine set
//   writes the apocopated "ventun", "milleun"); exactly one agrees with the
//   noun: "un euro", "una sterlina". Numbers below a million in one word
//   ("milleduecentottanta"), as ICU writes them. Compounds ending in -tre
//   take the accent, "ventitré", "centotré", "milletré" (Treccani); ICU 72
//   omits it after mille/mila ("milletre", "duemilatre"), which we correct.
//   "di" follows milione/miliardo/bilione: "un milione di euro".
// - nl: the numeral one alone is written "één" to mark it as a numeral, not
//   the article ("één euro en één cent"); in compounds it stays "een"
//   ("eenentwintig", "een miljoen euro"). Numbers are written in one word up
//   to and including "duizend", with a space after "duizend" (Taalunie,
//   Woordenlijst: "tweeduizend vijfhonderd"); ICU 72 writes them joined
//   ("duizendtweehonderdtachtig"), which we correct. "en" joins.
// - All: ICU marks syllables in de, es, it and nl with soft hyphens
//   (U+00AD); they are invisible but make a cell's text differ from what the
//   user types, so they are removed.
#include "letters/amount_in_words.hpp"

#include "core/error.hpp"
#include "letters/currency_names.hpp"

#include <unicode/errorcode.h>
#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <vector>

namespace relance {

namespace {

using words::CurrencyNames;
using words::CurrencyWords;
using words::Gender;
using words::Language;
using words::NounForms;

/// Amounts whose integer part reaches this are refused ("too large to
/// spell"): fifteen integer digits, well above what Money takes from Calc
/// (below 10^13), and still below 2^53, so no step of ICU could lose a digit.
constexpr std::int64_t spellLimit = 1'000'000'000'000'000; // 10^15

struct LanguageRules {
    Language language;
    const char* locale; ///< ICU locale: the language alone, see amountInWords' documentation
    std::array<const char*, 3> ruleSet;        ///< by Gender: masculine, feminine, neuter
    std::array<std::string_view, 3> one;       ///< the number 1 alone, by Gender; empty = ICU's word
    std::string_view conjunction;              ///< joins unit and sub-unit phrases
    bool zeroIsSingular;                       ///< French: "zéro euro"
    std::string_view partitive;                ///< "de", "di" after large nouns; empty = none
    std::array<std::string_view, 6> largeNouns; ///< words that take the partitive when last
};

const std::array<LanguageRules, words::languageCount> languageRules{{
    {Language::en, "en",
     {"%spellout-cardinal", "%spellout-cardinal", "%spellout-cardinal"},
     {"", "", ""}, "and", false, "", {}},
    {Language::fr, "fr",
     {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-masculine"},
     {"", "", ""}, "et", true, "de",
     {"million", "millions", "milliard", "milliards", "billion", "billions"}},
    {Language::de, "de",
     {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-neuter"},
     {"", "", ""}, "und", false, "", {}},
    {Language::es, "es",
     {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-masculine"},
     {"", "", ""}, "con", false, "de",
     {"millón", "millones", "billón", "billones", "", ""}},
    {Language::it, "it",
     {"%spellout-numbering", "%spellout-numbering", "%spellout-numbering"},
     {"un", "una", "un"}, "e", false, "di",
     {"milione", "milioni", "miliardo", "miliardi", "bilione", "bilioni"}},
    {Language::nl, "nl",
     {"%spellout-cardinal", "%spellout-cardinal", "%spellout-cardinal"},
     {"één", "één", "één"}, "en", false, "", {}},
}};

constexpr std::array<std::string_view, words::languageCount> languageCodes{"en", "fr", "de", "es", "it", "nl"};

char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char asciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

[[noreturn]] void unsupportedLanguage(std::string_view language)
{
    throw InvalidArgument("Language (" + std::string(language) +
                          ") is not supported for amounts in words: use en, fr, de, es, it or nl, "
                          "optionally with a region (fr-FR, de_DE)");
}

/// "fr", "FR", "fr-FR", "fr_fr", "es-419": a two-letter language, then
/// optionally '-' or '_' and a region of two letters or three digits.
const LanguageRules& rulesFor(std::string_view language)
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
    for (std::size_t i = 0; i < languageCodes.size(); ++i)
        if (languageCodes[i] == code)
            return languageRules[i];
    unsupportedLanguage(language);
}

const CurrencyWords& currencyFor(std::string_view currency)
{
    std::string code(currency);
    std::transform(code.begin(), code.end(), code.begin(), asciiUpper);
    if (const CurrencyWords* found = words::findCurrencyWords(code))
        return *found;
    throw InvalidArgument("Currency (" + std::string(currency) + ") is not supported for amounts in words: use " +
                          std::string(words::supportedCurrencies()));
}

/// One formatter per language and thread: building one parses the language's
/// rules (tens of microseconds), and sharing one between threads is not
/// documented as safe for RuleBasedNumberFormat.
const icu::RuleBasedNumberFormat& formatterFor(const LanguageRules& rules)
{
    thread_local std::array<std::unique_ptr<icu::RuleBasedNumberFormat>, words::languageCount> formatters;
    std::unique_ptr<icu::RuleBasedNumberFormat>& slot = formatters[static_cast<std::size_t>(rules.language)];
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

void replaceAll(std::string& text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::vector<std::string> splitWords(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    for (std::size_t space = text.find(' '); space != std::string::npos; space = text.find(' ', start)) {
        result.push_back(text.substr(start, space - start));
        start = space + 1;
    }
    result.push_back(text.substr(start));
    return result;
}

std::string joinWords(const std::vector<std::string>& wordList)
{
    std::string result;
    for (const std::string& word : wordList) {
        if (!result.empty())
            result += ' ';
        result += word;
    }
    return result;
}

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> candidates)
{
    return std::find(candidates.begin(), candidates.end(), word) != candidates.end();
}

/// French: traditional spelling and the plural of cent/vingt before the
/// nouns million, milliard, billion (see the table above).
std::string fixFrench(std::string text)
{
    replaceAll(text, "-et-", " et "); // "vingt-et-un" → "vingt et un"
    std::vector<std::string> wordList = splitWords(text);
    for (std::size_t i = 0; i + 1 < wordList.size(); ++i) {
        if (!isOneOf(wordList[i + 1], {"millions", "milliards", "billions"}))
            continue;
        std::string& word = wordList[i];
        if (word == "quatre-vingt") // ... "quatre-vingts millions"
            word = "quatre-vingts";
        else if (word == "cent" && i > 0 &&
                 isOneOf(wordList[i - 1], {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}))
            word = "cents"; // "deux cents millions"; but "cent millions", "cent un millions"
    }
    return joinWords(wordList);
}

/// Spanish with a feminine noun: the hundreds of the thousands agree with the
/// noun ("doscientas mil libras"); those multiplying millón stay masculine.
std::string fixSpanishFeminine(const std::string& text)
{
    std::vector<std::string> wordList = splitWords(text);
    for (std::size_t i = 0; i < wordList.size(); ++i) {
        const bool thousandsOfUnits =
            wordList[i] == "mil" && (i + 1 == wordList.size() || !isOneOf(wordList[i + 1], {"millón", "millones"}));
        if (!thousandsOfUnits)
            continue;
        for (std::size_t j = i; j-- > 0;) {
            std::string& word = wordList[j];
            if (isOneOf(word, {"mil", "millón", "millones", "billón", "billones"}))
                break;
            if (endsWith(word, "ientos")) // doscientos, quinientos, novecientos ...
                word.replace(word.size() - 2, 2, "as");
        }
    }
    return joinWords(wordList);
}

/// Italian: compounds ending in -tre take the accent ("milletré").
std::string fixItalian(const std::string& text)
{
    std::vector<std::string> wordList = splitWords(text);
    for (std::string& word : wordList)
        if (word.size() > 3 && endsWith(word, "tre"))
            word.replace(word.size() - 1, 1, "é"); // "milletre" → "milletré"; "tre" alone keeps no accent
    return joinWords(wordList);
}

/// Dutch: a space after "duizend" when the number goes on.
std::string fixDutch(const std::string& text)
{
    std::vector<std::string> wordList = splitWords(text);
    std::vector<std::string> result;
    for (const std::string& word : wordList) {
        std::size_t start = 0;
        for (std::size_t at = word.find("duizend"); at != std::string::npos; at = word.find("duizend", start)) {
            const std::size_t end = at + std::string_view("duizend").size();
            if (end == word.size())
                break;
            result.push_back(word.substr(start, end - start));
            start = end;
        }
        result.push_back(word.substr(start));
    }
    return joinWords(result);
}

std::string fixIcuText(std::string text, const LanguageRules& rules, Gender gender)
{
    replaceAll(text, "\xC2\xAD", ""); // U+00AD SOFT HYPHEN
    switch (rules.language) {
    case Language::fr:
        return fixFrench(std::move(text));
    case Language::es:
        return gender == Gender::feminine ? fixSpanishFeminine(text) : text;
    case Language::it:
        return fixItalian(text);
    case Language::nl:
        return fixDutch(text);
    case Language::en:
    case Language::de:
        break;
    }
    return text;
}

std::string spellNumber(std::int64_t number, const LanguageRules& rules, Gender gender)
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
    return fixIcuText(std::move(utf8), rules, gender);
}

/// "vingt et un euros", "un million d'euros", "zéro euro".
std::string phrase(std::int64_t number, const NounForms& noun, const LanguageRules& rules)
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
    const LanguageRules& rules = rulesFor(language);
    const CurrencyWords& currencyWords = currencyFor(currency);

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

    const CurrencyNames& names = currencyWords.names[static_cast<std::size_t>(rules.language)];
    if (subunits == 0)
        return phrase(units, names.unit, rules);
    if (units == 0)
        return phrase(subunits, names.subunit, rules);
    return phrase(units, names.unit, rules) + ' ' + std::string(rules.conjunction) + ' ' +
           phrase(subunits, names.subunit, rules);
}

} // namespace relance
