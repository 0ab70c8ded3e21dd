// Currency names after a spelled number, per language. CLDR has display
// names ("euro", "livre sterling") and count-dependent unit patterns, but not
// the gender a numeral must agree with, the elision of French "de", nor the
// sub-unit names (centime, penny/pence, céntimo, Rappen ...): hence this table.
//
// Decisions, with the usage they follow:
// - de: units of currency are invariable after a numeral ("zwei Euro",
//   "zehn Pfund", "fünfzig Cent", "zwei Franken"); Pence is the plural of
//   Penny. Euro, Cent, Dollar, Franken, Rappen and Penny are masculine,
//   Pfund is neuter: the numeral is "ein" for all of them.
// - nl: likewise invariable after a numeral ("tien euro", "tien pond",
//   "vijftig cent"); Dutch numerals do not agree in gender.
// - it: "euro" is invariable (Accademia della Crusca); "sterlina" is
//   feminine ("una sterlina"); the Swiss sub-unit is the "centesimo".
// - es: "libra esterlina" is feminine ("una libra esterlina", "veintiuna
//   libras esterlinas"); the euro's sub-unit is "céntimo" (RAE), the dollar's
//   "centavo".
// - fr: "livre sterling" is feminine and "sterling" invariable ("deux livres
//   sterling"); the euro's sub-unit is "centime", the usage in France; the
//   US cent is "cent(s)". Only "euro" begins with a vowel: "un million d'euros".
// - en: "penny/pence"; the Swiss sub-unit is "centime(s)".
#include "letters/currency_names.hpp"

namespace relance::words {

namespace {

constexpr Gender m = Gender::masculine;
constexpr Gender f = Gender::feminine;
constexpr Gender n = Gender::neuter;

// Columns in Language order: en, fr, de, es, it, nl.
constexpr std::array<CurrencyWords, 4> table{{
    {"EUR", 2, {{
        {{"euro", "euros", m, false}, {"cent", "cents", m, false}},
        {{"euro", "euros", m, true}, {"centime", "centimes", m, false}},
        {{"Euro", "Euro", m, false}, {"Cent", "Cent", m, false}},
        {{"euro", "euros", m, false}, {"céntimo", "céntimos", m, false}},
        {{"euro", "euro", m, false}, {"centesimo", "centesimi", m, false}},
        {{"euro", "euro", m, false}, {"cent", "cent", m, false}},
    }}},
    {"GBP", 2, {{
        {{"pound", "pounds", m, false}, {"penny", "pence", m, false}},
        {{"livre sterling", "livres sterling", f, false}, {"penny", "pence", m, false}},
        {{"Pfund", "Pfund", n, false}, {"Penny", "Pence", m, false}},
        {{"libra esterlina", "libras esterlinas", f, false}, {"penique", "peniques", m, false}},
        {{"sterlina", "sterline", f, false}, {"penny", "pence", m, false}},
        {{"pond", "pond", m, false}, {"penny", "pence", m, false}},
    }}},
    {"USD", 2, {{
        {{"dollar", "dollars", m, false}, {"cent", "cents", m, false}},
        {{"dollar", "dollars", m, false}, {"cent", "cents", m, false}},
        {{"Dollar", "Dollar", m, false}, {"Cent", "Cent", m, false}},
        {{"dólar", "dólares", m, false}, {"centavo", "centavos", m, false}},
        {{"dollaro", "dollari", m, false}, {"centesimo", "centesimi", m, false}},
        {{"dollar", "dollar", m, false}, {"cent", "cent", m, false}},
    }}},
    {"CHF", 2, {{
        {{"Swiss franc", "Swiss francs", m, false}, {"centime", "centimes", m, false}},
        {{"franc suisse", "francs suisses", m, false}, {"centime", "centimes", m, false}},
        {{"Franken", "Franken", m, false}, {"Rappen", "Rappen", m, false}},
        {{"franco suizo", "francos suizos", m, false}, {"céntimo", "céntimos", m, false}},
        {{"franco svizzero", "franchi svizzeri", m, false}, {"centesimo", "centesimi", m, false}},
        {{"Zwitserse frank", "Zwitserse frank", m, false}, {"rappen", "rappen", m, false}},
    }}},
}};

} // namespace

const CurrencyWords* findCurrencyWords(std::string_view upperCaseCode)
{
    for (const CurrencyWords& entry : table)
        if (entry.code == upperCaseCode)
            return &entry;
    return nullptr;
}

std::string_view supportedCurrencies() { return "EUR, GBP, USD or CHF"; }

} // namespace relance::words
