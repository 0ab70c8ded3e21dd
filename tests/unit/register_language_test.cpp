// The language of a register's headers (core/register_language.hpp): the
// sample registers' header rows, and rows typed in the other letter languages.
#include "core/register_columns.hpp"
#include "core/register_language.hpp"
#include "core/register_synonyms.hpp"

#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendTextRow;
using relance::test::calcNullDate;

namespace {

std::optional<std::string> languageOf(const std::vector<std::string>& headers, int headerRow = 0)
{
    SheetSnapshot sheet(calcNullDate);
    for (int row = 0; row < headerRow; ++row)
        appendTextRow(sheet, {"Factures 2026"});
    appendTextRow(sheet, headers);
    RegisterLayout layout;
    layout.headerRow = headerRow;
    return registerHeaderLanguage(sheet, layout);
}

} // namespace

TEST(RegisterLanguage, SampleRegisters)
{
    EXPECT_EQ(languageOf(test::frenchHeaders), "fr");
    EXPECT_EQ(languageOf(test::englishHeaders), "en");
    EXPECT_EQ(languageOf(test::germanHeaders), "de");
    EXPECT_EQ(languageOf(test::frenchHeaders, 2), "fr"); // a title above the table
}

TEST(RegisterLanguage, OtherLetterLanguages)
{
    EXPECT_EQ(languageOf({"Número de factura", "Cliente", "Vencimiento", "Importe", "Estado"}), "es");
    EXPECT_EQ(languageOf({"Numero fattura", "Nome cliente", "Scadenza", "Importo", "Stato"}), "it");
    EXPECT_EQ(languageOf({"Factuurnummer", "Klant", "Vervaldatum", "Bedrag", "Toestand"}), "nl");
}

TEST(RegisterLanguage, WordsSeveralLanguagesShareAreListedOnce)
{
    EXPECT_EQ(languagesOfHeader("Échéance"), (std::vector<std::string_view>{"fr"}));
    EXPECT_EQ(languagesOfHeader("Montant TTC (EUR)"), (std::vector<std::string_view>{"fr"}));
    EXPECT_EQ(languagesOfHeader("Client"), (std::vector<std::string_view>{"en"}));
    EXPECT_TRUE(languagesOfHeader("Remarques").empty());
    // "Client" (en) and "Date" (en) do not outvote a French row
    EXPECT_EQ(languageOf({"Client", "Date", "Échéance", "Montant TTC", "N° facture"}), "fr");
}

TEST(RegisterLanguage, NoKnownHeaderNoLanguage)
{
    EXPECT_EQ(languageOf({"Remarques", "Notes"}), std::nullopt);
    EXPECT_EQ(languageOf({}), std::nullopt);
}
