// The letter languages: one entry each. Adding a language is one entry here
// plus its catalog packaging/letters/<code>.txt (README ▸ For developers).
//
// Each entry's spell-out grammar was checked against ICU 72's output; the
// currency nouns follow a spelled number, with the forms CLDR does not give
// (singular and plural after a numeral, gender for the numeral's agreement,
// French elision, the sub-unit names centime, penny/pence, céntimo, Rappen).
#include "letters/letter_languages.hpp"

#include "core/error.hpp"
#include "letters/spell_out_fixes.hpp"

namespace relance {

namespace {

using words::Gender;
constexpr Gender m = Gender::masculine;
constexpr Gender f = Gender::feminine;
constexpr Gender n = Gender::neuter;

// Currency columns of every entry, in the order EUR, GBP, USD, CHF.
const std::vector<LetterLanguage>& table()
{
    static const std::vector<LetterLanguage> entries{
        // English: British conventions in the letters. Numbers in ICU's style
        // without "and" inside them ("one thousand two hundred eighty euros and
        // fifty cents"); "and" joins only the unit and sub-unit phrases. Zero is
        // plural: "zero euros". "penny/pence"; the Swiss sub-unit is "centime(s)".
        {"en", "en_GB", LongDateStyle::IcuLong,
         {"en",
          {"%spellout-cardinal", "%spellout-cardinal", "%spellout-cardinal"},
          {"", "", ""}, "and", false, "", {}, nullptr,
          {{
              {{"euro", "euros", m, false}, {"cent", "cents", m, false}},
              {{"pound", "pounds", m, false}, {"penny", "pence", m, false}},
              {{"dollar", "dollars", m, false}, {"cent", "cents", m, false}},
              {{"Swiss franc", "Swiss francs", m, false}, {"centime", "centimes", m, false}},
          }}}},
        // French: the first of the month is an ordinal ("1er décembre").
        // Traditional spelling of numbers ("mille deux cent quatre-vingts"):
        // hyphens only between tens and units below one hundred, "et" without
        // hyphens ("vingt et un"). After million, milliard, billion ending the
        // number the noun takes "de", elided before a vowel: "un million
        // d'euros", "deux millions de livres sterling", but "un million deux cents
        // euros". 0 and 1 take the singular: "zéro euro", "un euro". "et" joins
        // euros and centimes. "livre sterling" is feminine and "sterling"
        // invariable; the euro's sub-unit is "centime", the usage in France; the
        // US cent is "cent(s)". Only "euro" begins with a vowel.
        {"fr", "fr_FR", LongDateStyle::OrdinalFirstOfMonth,
         {"fr",
          {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-masculine"},
          {"", "", ""}, "et", true, "de",
          {"million", "millions", "milliard", "milliards", "billion", "billions"}, words::fixFrench,
          {{
              {{"euro", "euros", m, true}, {"centime", "centimes", m, false}},
              {{"livre sterling", "livres sterling", f, false}, {"penny", "pence", m, false}},
              {{"dollar", "dollars", m, false}, {"cent", "cents", m, false}},
              {{"franc suisse", "francs suisses", m, false}, {"centime", "centimes", m, false}},
          }}}},
        // German: "ein Euro" (the attributive numeral, not the counting "eins");
        // "eintausend..." and all numbers below a million in one word, as ICU and
        // cheques write them; "eine Million Euro", no genitive. "und" joins.
        // Units of currency are invariable after a numeral ("zwei Euro", "zehn
        // Pfund", "fünfzig Cent"); Pence is the plural of Penny. Euro, Cent,
        // Dollar, Franken, Rappen and Penny are masculine, Pfund is neuter: the
        // numeral is "ein" for all of them.
        {"de", "de_DE", LongDateStyle::IcuLong,
         {"de",
          {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-neuter"},
          {"", "", ""}, "und", false, "", {}, nullptr,
          {{
              {{"Euro", "Euro", m, false}, {"Cent", "Cent", m, false}},
              {{"Pfund", "Pfund", n, false}, {"Penny", "Pence", m, false}},
              {{"Dollar", "Dollar", m, false}, {"Cent", "Cent", m, false}},
              {{"Franken", "Franken", m, false}, {"Rappen", "Rappen", m, false}},
          }}}},
        // Spanish: apocopated "un", "veintiún" before masculine nouns ("veintiún
        // euros", "ciento un euros"), "cien euros", "mil millones". "con" joins
        // the sub-units, as cheques and invoices write ("... euros con cincuenta
        // céntimos"), which also avoids a second "y" after "treinta y un". "de"
        // follows millón/millones/billón/billones. "libra esterlina" is feminine
        // ("veintiuna libras esterlinas"); the euro's sub-unit is "céntimo"
        // (RAE), the dollar's "centavo".
        {"es", "es_ES", LongDateStyle::IcuLong,
         {"es",
          {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine", "%spellout-cardinal-masculine"},
          {"", "", ""}, "con", false, "de",
          {"millón", "millones", "billón", "billones", "", ""}, words::fixSpanish,
          {{
              {{"euro", "euros", m, false}, {"céntimo", "céntimos", m, false}},
              {{"libra esterlina", "libras esterlinas", f, false}, {"penique", "peniques", m, false}},
              {{"dólar", "dólares", m, false}, {"centavo", "centavos", m, false}},
              {{"franco suizo", "francos suizos", m, false}, {"céntimo", "céntimos", m, false}},
          }}}},
        // Italian: the first of the month is an ordinal ("1º dicembre"). The full
        // numeral in compounds, "ventuno euro", "centouno euro", "milleuno euro"
        // (ICU's numbering rule set; its cardinal-masculine set writes the
        // apocopated "ventun", "milleun"); exactly one agrees with the noun: "un
        // euro", "una sterlina". Numbers below a million in one word
        // ("milleduecentottanta"), as ICU writes them. "di" follows
        // milione/miliardo/bilione: "un milione di euro". "euro" is invariable
        // (Accademia della Crusca); "sterlina" is feminine; the Swiss sub-unit is
        // the "centesimo".
        {"it", "it_IT", LongDateStyle::OrdinalFirstOfMonth,
         {"it",
          {"%spellout-numbering", "%spellout-numbering", "%spellout-numbering"},
          {"un", "una", "un"}, "e", false, "di",
          {"milione", "milioni", "miliardo", "miliardi", "bilione", "bilioni"}, words::fixItalian,
          {{
              {{"euro", "euro", m, false}, {"centesimo", "centesimi", m, false}},
              {{"sterlina", "sterline", f, false}, {"penny", "pence", m, false}},
              {{"dollaro", "dollari", m, false}, {"centesimo", "centesimi", m, false}},
              {{"franco svizzero", "franchi svizzeri", m, false}, {"centesimo", "centesimi", m, false}},
          }}}},
        // Dutch: the numeral one alone is written "één" to mark it as a numeral,
        // not the article ("één euro en één cent"); in compounds it stays "een"
        // ("eenentwintig", "een miljoen euro"). "en" joins. Units of currency are
        // invariable after a numeral ("tien euro", "tien pond", "vijftig cent");
        // Dutch numerals do not agree in gender.
        {"nl", "nl_NL", LongDateStyle::IcuLong,
         {"nl",
          {"%spellout-cardinal", "%spellout-cardinal", "%spellout-cardinal"},
          {"één", "één", "één"}, "en", false, "", {}, words::fixDutch,
          {{
              {{"euro", "euro", m, false}, {"cent", "cent", m, false}},
              {{"pond", "pond", m, false}, {"penny", "pence", m, false}},
              {{"dollar", "dollar", m, false}, {"cent", "cent", m, false}},
              {{"Zwitserse frank", "Zwitserse frank", m, false}, {"rappen", "rappen", m, false}},
          }}}},
    };
    return entries;
}

std::string lowerCase(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

} // namespace

const std::vector<LetterLanguage>& letterLanguageTable() { return table(); }

const LetterLanguage* findLetterLanguage(std::string_view code)
{
    for (const LetterLanguage& language : table())
        if (language.code == code)
            return &language;
    return nullptr;
}

const std::vector<std::string>& letterLanguages()
{
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> all;
        for (const LetterLanguage& language : table())
            all.emplace_back(language.code);
        return all;
    }();
    return codes;
}

std::string letterLanguageList(std::string_view lastSeparator)
{
    std::string text;
    const auto& all = table();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0)
            text += i + 1 == all.size() ? std::string(lastSeparator) : std::string(", ");
        text += all[i].code;
    }
    return text;
}

std::string letterLanguage(std::string_view language)
{
    std::string lower = lowerCase(language);
    if (findLetterLanguage(lower) == nullptr)
        throw InvalidArgument("Language (\"" + std::string(language) +
                              "\") has no letter catalog: use " + letterLanguageList(" or "));
    return lower;
}

std::string letterLocale(std::string_view language)
{
    return std::string(findLetterLanguage(letterLanguage(language))->icuLocale);
}

} // namespace relance
