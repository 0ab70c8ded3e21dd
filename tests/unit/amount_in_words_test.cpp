// AMOUNTINWORDS in six languages. Every expected string is written by hand
// from the language's grammar (sources in the comments and in the table at
// the top of addin/letters/amount_in_words.cpp), not copied from ICU's output:
// where ICU 72 differs from the grammar, the library corrects it and the test
// says so.
#include "core/error.hpp"
#include "core/money.hpp"
#include "letters/amount_in_words.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using relance::InvalidArgument;
using relance::Money;
using relance::amountInWords;

namespace {

/// An amount in cents (2 digits, as EUR, GBP, USD and CHF have).
std::string spell(std::int64_t cents, const char* language, const char* currency = "EUR")
{
    return amountInWords(Money::fromMinorUnits(cents, 2), language, currency);
}

using relance::test::messageOf;

} // namespace

// --- French -------------------------------------------------------------------

TEST(AmountInWordsFrench, EurosAndCentimes)
{
    EXPECT_EQ(spell(0, "fr"), "zéro euro");                  // zéro takes the singular
    EXPECT_EQ(spell(1, "fr"), "un centime");                 // no "zéro euro et"
    EXPECT_EQ(spell(50, "fr"), "cinquante centimes");
    EXPECT_EQ(spell(100, "fr"), "un euro");
    EXPECT_EQ(spell(101, "fr"), "un euro et un centime");
    EXPECT_EQ(spell(2100, "fr"), "vingt et un euros");        // traditional: no hyphens around "et"
    EXPECT_EQ(spell(7100, "fr"), "soixante et onze euros");
    EXPECT_EQ(spell(8000, "fr"), "quatre-vingts euros");      // vingt multiplied and last: s
    EXPECT_EQ(spell(8100, "fr"), "quatre-vingt-un euros");    // followed by a numeral: no s, no "et"
    EXPECT_EQ(spell(10000, "fr"), "cent euros");
    EXPECT_EQ(spell(20000, "fr"), "deux cents euros");        // cent multiplied and last: s
    EXPECT_EQ(spell(100000, "fr"), "mille euros");            // not "un mille"
    EXPECT_EQ(spell(128050, "fr"), "mille deux cent quatre-vingts euros et cinquante centimes"); // SPEC §2
}

TEST(AmountInWordsFrench, MillionsTakeDeWithElision)
{
    EXPECT_EQ(spell(100000000, "fr"), "un million d'euros");
    EXPECT_EQ(spell(200000000, "fr"), "deux millions d'euros");
    EXPECT_EQ(spell(100020000, "fr"), "un million deux cents euros");     // the number goes on: no "de"
    EXPECT_EQ(spell(100000000000, "fr"), "un milliard d'euros");
    EXPECT_EQ(spell(100000000050, "fr"), "un milliard d'euros et cinquante centimes");
    EXPECT_EQ(spell(100000000, "fr", "GBP"), "un million de livres sterling"); // consonant: no elision
    EXPECT_EQ(spell(300000000, "fr", "CHF"), "trois millions de francs suisses");
}

TEST(AmountInWordsFrench, CentAndVingtAgreeBeforeMillionWhichIsANoun)
{
    // Million and milliard are nouns, not numerals, so "cent" and "vingt"
    // multiplied and last before them take an s (ICU 72 writes "deux cent
    // millions"); mille is a numeral, so no s before it.
    EXPECT_EQ(spell(20000000000, "fr"), "deux cents millions d'euros");
    EXPECT_EQ(spell(8000000000, "fr"), "quatre-vingts millions d'euros");
    EXPECT_EQ(spell(28000000000, "fr"), "deux cent quatre-vingts millions d'euros");
    EXPECT_EQ(spell(10000000000, "fr"), "cent millions d'euros");          // not multiplied: no s
    EXPECT_EQ(spell(30000000000000, "fr"), "trois cents milliards d'euros");
    EXPECT_EQ(spell(20000000, "fr"), "deux cent mille euros");
    EXPECT_EQ(spell(8000000, "fr"), "quatre-vingt mille euros");
    EXPECT_EQ(spell(2100000, "fr"), "vingt et un mille euros");
}

TEST(AmountInWordsFrench, FeminineLivreSterling)
{
    EXPECT_EQ(spell(101, "fr", "GBP"), "une livre sterling et un penny");
    EXPECT_EQ(spell(2100, "fr", "GBP"), "vingt et une livres sterling");
    EXPECT_EQ(spell(8100, "fr", "GBP"), "quatre-vingt-une livres sterling");
    EXPECT_EQ(spell(250, "fr", "GBP"), "deux livres sterling et cinquante pence");
}

TEST(AmountInWordsFrench, DollarsAndSwissFrancs)
{
    EXPECT_EQ(spell(101, "fr", "USD"), "un dollar et un cent");
    EXPECT_EQ(spell(250, "fr", "USD"), "deux dollars et cinquante cents");
    EXPECT_EQ(spell(101, "fr", "CHF"), "un franc suisse et un centime");
    EXPECT_EQ(spell(8000, "fr", "CHF"), "quatre-vingts francs suisses");
}

// --- German -------------------------------------------------------------------

TEST(AmountInWordsGerman, EuroAndCent)
{
    EXPECT_EQ(spell(0, "de"), "null Euro");
    EXPECT_EQ(spell(1, "de"), "ein Cent");
    EXPECT_EQ(spell(50, "de"), "fünfzig Cent");
    EXPECT_EQ(spell(100, "de"), "ein Euro");                  // attributive "ein", not "eins"
    EXPECT_EQ(spell(101, "de"), "ein Euro und ein Cent");
    EXPECT_EQ(spell(2100, "de"), "einundzwanzig Euro");       // Euro invariable after a numeral
    EXPECT_EQ(spell(7100, "de"), "einundsiebzig Euro");
    EXPECT_EQ(spell(8000, "de"), "achtzig Euro");
    EXPECT_EQ(spell(8100, "de"), "einundachtzig Euro");
    EXPECT_EQ(spell(10000, "de"), "einhundert Euro");
    EXPECT_EQ(spell(20000, "de"), "zweihundert Euro");
    EXPECT_EQ(spell(100000, "de"), "eintausend Euro");
    EXPECT_EQ(spell(128050, "de"), "eintausendzweihundertachtzig Euro und fünfzig Cent");
    EXPECT_EQ(spell(100000000, "de"), "eine Million Euro");   // Million is a feminine noun
    EXPECT_EQ(spell(200000000, "de"), "zwei Millionen Euro");
    EXPECT_EQ(spell(100020000, "de"), "eine Million zweihundert Euro");
}

TEST(AmountInWordsGerman, OtherCurrencies)
{
    EXPECT_EQ(spell(101, "de", "GBP"), "ein Pfund und ein Penny"); // das Pfund, der Penny
    EXPECT_EQ(spell(250, "de", "GBP"), "zwei Pfund und fünfzig Pence");
    EXPECT_EQ(spell(101, "de", "USD"), "ein Dollar und ein Cent");
    EXPECT_EQ(spell(250, "de", "CHF"), "zwei Franken und fünfzig Rappen");
    EXPECT_EQ(spell(101, "de", "CHF"), "ein Franken und ein Rappen");
}

// --- English ------------------------------------------------------------------

TEST(AmountInWordsEnglish, EurosAndCents)
{
    EXPECT_EQ(spell(0, "en"), "zero euros");
    EXPECT_EQ(spell(1, "en"), "one cent");
    EXPECT_EQ(spell(50, "en"), "fifty cents");
    EXPECT_EQ(spell(100, "en"), "one euro");
    EXPECT_EQ(spell(101, "en"), "one euro and one cent");
    EXPECT_EQ(spell(2100, "en"), "twenty-one euros");
    EXPECT_EQ(spell(7100, "en"), "seventy-one euros");
    EXPECT_EQ(spell(8000, "en"), "eighty euros");
    EXPECT_EQ(spell(8100, "en"), "eighty-one euros");
    EXPECT_EQ(spell(10000, "en"), "one hundred euros");
    EXPECT_EQ(spell(20000, "en"), "two hundred euros");
    EXPECT_EQ(spell(100000, "en"), "one thousand euros");
    // ICU's wording: no "and" after "hundred"; "and" only before the cents.
    EXPECT_EQ(spell(128050, "en"), "one thousand two hundred eighty euros and fifty cents");
    EXPECT_EQ(spell(100000000, "en"), "one million euros");
    EXPECT_EQ(spell(200000000, "en"), "two million euros");
}

TEST(AmountInWordsEnglish, PoundsDollarsFrancs)
{
    EXPECT_EQ(spell(101, "en", "GBP"), "one pound and one penny");
    EXPECT_EQ(spell(250, "en", "GBP"), "two pounds and fifty pence");
    EXPECT_EQ(spell(1, "en", "GBP"), "one penny");
    EXPECT_EQ(spell(101, "en", "USD"), "one dollar and one cent");
    EXPECT_EQ(spell(250, "en", "CHF"), "two Swiss francs and fifty centimes");
}

// --- Spanish ------------------------------------------------------------------

TEST(AmountInWordsSpanish, EurosConCentimos)
{
    EXPECT_EQ(spell(0, "es"), "cero euros");
    EXPECT_EQ(spell(1, "es"), "un céntimo");
    EXPECT_EQ(spell(50, "es"), "cincuenta céntimos");
    EXPECT_EQ(spell(100, "es"), "un euro");                   // apocope before a masculine noun
    EXPECT_EQ(spell(101, "es"), "un euro con un céntimo");
    EXPECT_EQ(spell(2100, "es"), "veintiún euros");
    EXPECT_EQ(spell(7100, "es"), "setenta y un euros");
    EXPECT_EQ(spell(8000, "es"), "ochenta euros");
    EXPECT_EQ(spell(8100, "es"), "ochenta y un euros");
    EXPECT_EQ(spell(10000, "es"), "cien euros");
    EXPECT_EQ(spell(10100, "es"), "ciento un euros");
    EXPECT_EQ(spell(20000, "es"), "doscientos euros");
    EXPECT_EQ(spell(100000, "es"), "mil euros");
    EXPECT_EQ(spell(128050, "es"), "mil doscientos ochenta euros con cincuenta céntimos");
    EXPECT_EQ(spell(100000000, "es"), "un millón de euros");
    EXPECT_EQ(spell(200000000, "es"), "dos millones de euros");
    EXPECT_EQ(spell(100020000, "es"), "un millón doscientos euros");
    EXPECT_EQ(spell(100000000000, "es"), "mil millones de euros");
}

TEST(AmountInWordsSpanish, FeminineLibraAgreesInTheThousands)
{
    EXPECT_EQ(spell(101, "es", "GBP"), "una libra esterlina con un penique");
    EXPECT_EQ(spell(2100, "es", "GBP"), "veintiuna libras esterlinas");
    EXPECT_EQ(spell(20000, "es", "GBP"), "doscientas libras esterlinas");
    // ICU 72 writes "doscientos mil" in its feminine rules; RAE: "doscientas mil personas".
    EXPECT_EQ(spell(20000000, "es", "GBP"), "doscientas mil libras esterlinas");
    EXPECT_EQ(spell(50050000, "es", "GBP"), "quinientas mil quinientas libras esterlinas");
    // Hundreds of millions agree with millón (masculine), not with libra.
    EXPECT_EQ(spell(20000000000, "es", "GBP"), "doscientos millones de libras esterlinas");
    EXPECT_EQ(spell(100000000, "es", "GBP"), "un millón de libras esterlinas");
}

TEST(AmountInWordsSpanish, DollarsAndFrancs)
{
    EXPECT_EQ(spell(101, "es", "USD"), "un dólar con un centavo");
    EXPECT_EQ(spell(250, "es", "USD"), "dos dólares con cincuenta centavos");
    EXPECT_EQ(spell(2100, "es", "CHF"), "veintiún francos suizos");
}

// --- Italian ------------------------------------------------------------------

TEST(AmountInWordsItalian, EuroECentesimi)
{
    EXPECT_EQ(spell(0, "it"), "zero euro");
    EXPECT_EQ(spell(1, "it"), "un centesimo");
    EXPECT_EQ(spell(50, "it"), "cinquanta centesimi");
    EXPECT_EQ(spell(100, "it"), "un euro");
    EXPECT_EQ(spell(101, "it"), "un euro e un centesimo");
    EXPECT_EQ(spell(2100, "it"), "ventuno euro");             // full form in compounds
    EXPECT_EQ(spell(7100, "it"), "settantuno euro");
    EXPECT_EQ(spell(8000, "it"), "ottanta euro");
    EXPECT_EQ(spell(8100, "it"), "ottantuno euro");
    EXPECT_EQ(spell(10000, "it"), "cento euro");
    EXPECT_EQ(spell(20000, "it"), "duecento euro");
    EXPECT_EQ(spell(100000, "it"), "mille euro");
    EXPECT_EQ(spell(128050, "it"), "milleduecentottanta euro e cinquanta centesimi");
    EXPECT_EQ(spell(100000000, "it"), "un milione di euro");
    EXPECT_EQ(spell(200000000, "it"), "due milioni di euro");
}

TEST(AmountInWordsItalian, CompoundsOfTreTakeTheAccent)
{
    EXPECT_EQ(spell(2300, "it"), "ventitré euro");
    EXPECT_EQ(spell(10300, "it"), "centotré euro");
    EXPECT_EQ(spell(100300, "it"), "milletré euro");          // ICU 72: "milletre"
    EXPECT_EQ(spell(200300, "it"), "duemilatré euro");        // ICU 72: "duemilatre"
    EXPECT_EQ(spell(2300000, "it"), "ventitremila euro");     // inside the word: no accent
    EXPECT_EQ(spell(300, "it"), "tre euro");                  // tre alone: no accent
}

TEST(AmountInWordsItalian, FeminineSterlina)
{
    EXPECT_EQ(spell(101, "it", "GBP"), "una sterlina e un penny");
    EXPECT_EQ(spell(2100, "it", "GBP"), "ventuno sterline");
    EXPECT_EQ(spell(250, "it", "GBP"), "due sterline e cinquanta pence");
    EXPECT_EQ(spell(101, "it", "CHF"), "un franco svizzero e un centesimo");
    EXPECT_EQ(spell(200, "it", "USD"), "due dollari");
}

// --- Dutch --------------------------------------------------------------------

TEST(AmountInWordsDutch, EuroEnCent)
{
    EXPECT_EQ(spell(0, "nl"), "nul euro");
    EXPECT_EQ(spell(1, "nl"), "één cent");                    // the numeral, not the article
    EXPECT_EQ(spell(50, "nl"), "vijftig cent");
    EXPECT_EQ(spell(100, "nl"), "één euro");
    EXPECT_EQ(spell(101, "nl"), "één euro en één cent");
    EXPECT_EQ(spell(2100, "nl"), "eenentwintig euro");
    EXPECT_EQ(spell(2200, "nl"), "tweeëntwintig euro");
    EXPECT_EQ(spell(7100, "nl"), "eenenzeventig euro");
    EXPECT_EQ(spell(8000, "nl"), "tachtig euro");
    EXPECT_EQ(spell(8100, "nl"), "eenentachtig euro");
    EXPECT_EQ(spell(10000, "nl"), "honderd euro");
    EXPECT_EQ(spell(20000, "nl"), "tweehonderd euro");
    EXPECT_EQ(spell(100000, "nl"), "duizend euro");
    // One word up to duizend, then a space (Taalunie); ICU 72 joins them.
    EXPECT_EQ(spell(128050, "nl"), "duizend tweehonderdtachtig euro en vijftig cent");
    EXPECT_EQ(spell(250000, "nl"), "tweeduizend vijfhonderd euro");
    EXPECT_EQ(spell(30000000, "nl"), "driehonderdduizend euro");
    EXPECT_EQ(spell(100000000, "nl"), "een miljoen euro");
    EXPECT_EQ(spell(200000000, "nl"), "twee miljoen euro");
    EXPECT_EQ(spell(230050000, "nl"), "twee miljoen driehonderdduizend vijfhonderd euro");
}

TEST(AmountInWordsDutch, OtherCurrencies)
{
    EXPECT_EQ(spell(101, "nl", "GBP"), "één pond en één penny");
    EXPECT_EQ(spell(250, "nl", "GBP"), "twee pond en vijftig pence");
    EXPECT_EQ(spell(250, "nl", "USD"), "twee dollar en vijftig cent");
    EXPECT_EQ(spell(1000, "nl", "CHF"), "tien Zwitserse frank");
}

// --- Arguments ----------------------------------------------------------------

TEST(AmountInWords, LanguageAndCurrencyCodesAreCaseInsensitiveWithOrWithoutRegion)
{
    EXPECT_EQ(spell(2100, "fr-FR"), "vingt et un euros");
    EXPECT_EQ(spell(2100, "FR"), "vingt et un euros");
    EXPECT_EQ(spell(2100, "de_DE"), "einundzwanzig Euro");
    EXPECT_EQ(spell(2100, "de-ch", "chf"), "einundzwanzig Franken");
    EXPECT_EQ(spell(2100, "es-419", "usd"), "veintiún dólares");
    EXPECT_EQ(spell(101, "EN-gb", "Gbp"), "one pound and one penny");
    // The region does not change the wording: fr-BE gets the standard "soixante et onze".
    EXPECT_EQ(spell(7100, "fr-BE"), "soixante et onze euros");
}

TEST(AmountInWords, UnknownLanguagesAndCurrenciesAreErrors)
{
    for (const char* language : {"", "f", "pt", "english", "fr-", "fr-FRA", "fr_1", "fr FR", "frFR", "de-DE-1996"})
        EXPECT_THROW(spell(100, language), InvalidArgument) << language;
    EXPECT_EQ(messageOf([] { spell(100, "pt"); }),
              "Language (pt) is not supported for amounts in words: use en, fr, de, es, it or nl, "
              "optionally with a region (fr-FR, de_DE)");
    for (const char* currency : {"", "EU", "EURO", "JPY", "XYZ", "€"})
        EXPECT_THROW(spell(100, "en", currency), InvalidArgument) << currency;
    EXPECT_EQ(messageOf([] { spell(100, "en", "JPY"); }),
              "Currency (JPY) is not supported for amounts in words: use EUR, GBP, USD or CHF");
}

TEST(AmountInWords, NegativeAmountsAreErrors)
{
    EXPECT_EQ(messageOf([] { spell(-100, "fr"); }),
              "Amount (-1.00) must not be negative: a letter never spells a negative sum");
    EXPECT_THROW(spell(-1, "en"), InvalidArgument);
}

TEST(AmountInWords, IntegerPartsOfTenToTheFifteenAreTooLarge)
{
    // 999 999 999 999 999.99: the largest amount spelled, exactly (no double could hold it).
    EXPECT_EQ(spell(99999999999999999, "en"),
              "nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine "
              "million nine hundred ninety-nine thousand nine hundred ninety-nine euros and ninety-nine cents");
    // 10^15 units (10^17 cents) is refused, as is 10^15 with 0 digits.
    EXPECT_EQ(messageOf([] { spell(100000000000000000, "de"); }),
              "Amount (1000000000000000.00) is too large to spell: the whole units must be below 10^15");
    EXPECT_THROW(amountInWords(Money::fromMinorUnits(1000000000000000, 0), "en", "EUR"), InvalidArgument);
}

TEST(AmountInWords, MinorUnitDigitsAreConvertedExactlyToTheCurrencys)
{
    // 12 with 0 digits is 12.00 EUR; 1.5 with 1 digit is 1.50; 1.500 with 3 is 1.50.
    EXPECT_EQ(amountInWords(Money::fromMinorUnits(12, 0), "en", "EUR"), "twelve euros");
    EXPECT_EQ(amountInWords(Money::fromMinorUnits(15, 1), "en", "EUR"), "one euro and fifty cents");
    EXPECT_EQ(amountInWords(Money::fromMinorUnits(1500, 3), "en", "EUR"), "one euro and fifty cents");
    EXPECT_EQ(amountInWords(Money::fromMinorUnits(10000, 4), "fr", "EUR"), "un euro");
    // 1.005 EUR has a tenth of a cent: refused rather than rounded.
    EXPECT_EQ(messageOf([] { amountInWords(Money::fromMinorUnits(1005, 3), "en", "EUR"); }),
              "Amount (1.005) has more decimals than EUR has (2)");
    // Digits 0 reach integer parts no 2-digit amount can: refused from 10^15 on.
    EXPECT_EQ(amountInWords(Money::fromMinorUnits(999999999999999, 0), "fr", "EUR"),
              "neuf cent quatre-vingt-dix-neuf billions neuf cent quatre-vingt-dix-neuf milliards "
              "neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille "
              "neuf cent quatre-vingt-dix-neuf euros");
}

TEST(AmountInWords, NoSoftHyphensReachTheCell)
{
    // ICU marks syllables with U+00AD in de, es, it, nl; none must remain.
    for (const char* language : {"en", "fr", "de", "es", "it", "nl"})
        for (const std::int64_t cents : {128050LL, 99999999999999999LL, 20000000LL})
            EXPECT_EQ(spell(cents, language).find("\xC2\xAD"), std::string::npos) << language << ' ' << cents;
}

TEST(AmountInWords, ThreadsSpellIndependently)
{
    // Each thread has its own formatters: spell concurrently and compare.
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int round = 0; round < 50; ++round)
                results[i] = spell(128050, i % 2 == 0 ? "fr" : "de");
        });
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(results[0], "mille deux cent quatre-vingts euros et cinquante centimes");
    EXPECT_EQ(results[1], "eintausendzweihundertachtzig Euro und fünfzig Cent");
    EXPECT_EQ(results[2], results[0]);
    EXPECT_EQ(results[3], results[1]);
}
