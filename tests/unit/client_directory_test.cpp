// The client sheets of the sample registers (headers copied from
// tests/fixtures/make_registers.py) and address blocks written by hand as the
// French, German and British posts print them.
#include "core/client_directory.hpp"

#include <gtest/gtest.h>

using namespace relance;

namespace {

SheetSnapshot sheetOf(const std::vector<std::vector<std::string>>& rows)
{
    SheetSnapshot sheet(Date(1899, 12, 30));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            sheet.setText(static_cast<int>(r), static_cast<int>(c), rows[r][c]);
    return sheet;
}

} // namespace

TEST(ClientDirectory, FrenchClientSheet)
{
    const SheetSnapshot sheet = sheetOf({{"Client", "Adresse", "Code postal", "Ville", "Pays", "E-mail", "Langue"},
                                         {"Boulangerie Martin SARL", "12 rue de la République", "69002", "Lyon", "FR",
                                          "compta@boulangerie-martin.fr", "fr"},
                                         {"", "", "", "", "", "", ""},
                                         {"Van Damme Bouw BV", "Meir 50", "2000", "Antwerpen", "BE",
                                          "boekhouding@vandammebouw.be", "NL"}});
    ASSERT_TRUE(looksLikeClientSheet(sheet));
    const ClientDirectory directory = readClientDirectory(sheet);
    EXPECT_EQ(directory.size(), 2u);
    const auto martin = directory.find("boulangerie martin sarl"); // case does not count
    ASSERT_TRUE(martin);
    EXPECT_EQ(addressLines(*martin, "FR"), (std::vector<std::string>{"12 rue de la République", "69002 Lyon"}));
    const auto vanDamme = directory.find("Van Damme Bouw BV");
    ASSERT_TRUE(vanDamme);
    EXPECT_EQ(vanDamme->language, "nl");
    EXPECT_EQ(addressLines(*vanDamme, "FR"), (std::vector<std::string>{"Meir 50", "2000 Antwerpen", "BELGIUM"}));
    EXPECT_FALSE(directory.find("Unknown SA"));
}

TEST(ClientDirectory, GermanAndBritishSheets)
{
    const SheetSnapshot german = sheetOf({{"Kunde", "Straße", "PLZ", "Ort", "Land", "E-Mail", "Sprache"},
                                          {"Müller Maschinenbau GmbH", "Industriestraße 12", "70565", "Stuttgart",
                                           "DE", "buchhaltung@mueller-maschinenbau.de", "de"}});
    ASSERT_TRUE(looksLikeClientSheet(german));
    const auto mueller = readClientDirectory(german).find("Müller Maschinenbau GmbH");
    ASSERT_TRUE(mueller);
    EXPECT_EQ(addressLines(*mueller, "DE"), (std::vector<std::string>{"Industriestraße 12", "70565 Stuttgart"}));

    const SheetSnapshot british = sheetOf({{"Client", "Address", "Postcode", "City", "Country", "E-mail", "Language"},
                                           {"Harrison & Clarke Ltd", "14 Deansgate", "M3 2BW", "Manchester", "GB",
                                            "accounts@harrisonclarke.co.uk", "en"}});
    const auto harrison = readClientDirectory(british).find("Harrison & Clarke Ltd");
    ASSERT_TRUE(harrison);
    EXPECT_EQ(addressLines(*harrison, "GB"), (std::vector<std::string>{"14 Deansgate", "Manchester", "M3 2BW"}));
    EXPECT_EQ(addressLines(*harrison, "FR"),
              (std::vector<std::string>{"14 Deansgate", "Manchester", "M3 2BW", "UNITED KINGDOM"}));
}

TEST(ClientDirectory, AnInvoiceSheetIsNotAClientSheet)
{
    EXPECT_FALSE(looksLikeClientSheet(sheetOf({{"N° facture", "Client", "E-mail", "Langue", "Pays"}})));
    SheetSnapshot numbers(Date(1899, 12, 30));
    numbers.setText(0, 0, "Client");
    numbers.setText(0, 1, "Code postal");
    numbers.setText(1, 0, "Garage Fontaine SAS");
    numbers.setNumber(1, 1, 67100); // a postcode typed as a number
    EXPECT_EQ(readClientDirectory(numbers).find("Garage Fontaine SAS")->postcode, "67100");
}
