// Header detection against the sample registers' exact headers (fr, en, de),
// synonyms in es, it, nl, a header below a title, ambiguity and gaps.
#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/register_columns.hpp"
#include "core/register_synonyms.hpp"
#include "core/text_folding.hpp"

#include "error_message.hpp"
#include "register_test_support.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace relance;
using relance::test::appendTextRow;
using relance::test::calcNullDate;
using relance::test::messageOf;

namespace {

HeaderDetection detectRow(const std::vector<std::string>& headers)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, headers);
    return detectRegisterColumns(sheet);
}

/// The sample registers' 15 columns A..O (tests/fixtures/README.md, "Register sheet").
void expectSampleRegisterColumns(const HeaderDetection& detection)
{
    ASSERT_TRUE(detection.complete()) << ::testing::PrintToString(detection.problems());
    EXPECT_EQ(detection.headerRow, 0);
    const ColumnMapping& columns = detection.columns;
    EXPECT_EQ(columns.column(RegisterField::InvoiceNumber), 0);     // A
    EXPECT_EQ(columns.column(RegisterField::Client), 1);            // B
    EXPECT_EQ(columns.column(RegisterField::Email), 2);             // C
    EXPECT_EQ(columns.column(RegisterField::Language), 3);          // D
    EXPECT_EQ(columns.column(RegisterField::Country), 4);           // E
    EXPECT_EQ(columns.column(RegisterField::IssueDate), 5);         // F
    EXPECT_EQ(columns.column(RegisterField::PaymentTerms), 6);      // G
    EXPECT_EQ(columns.column(RegisterField::DueDate), 7);           // H
    EXPECT_EQ(columns.column(RegisterField::AmountExclTax), 8);     // I
    EXPECT_EQ(columns.column(RegisterField::AmountInclTax), 9);     // J
    EXPECT_EQ(columns.column(RegisterField::PaidAmount), 10);       // K
    EXPECT_EQ(columns.column(RegisterField::PaidDate), 11);         // L
    EXPECT_EQ(columns.column(RegisterField::Status), 12);           // M
    EXPECT_EQ(columns.column(RegisterField::LastReminderLevel), 13); // N
    EXPECT_EQ(columns.column(RegisterField::LastReminderDate), 14); // O
    EXPECT_FALSE(columns.has(RegisterField::ClientId));
    EXPECT_FALSE(columns.has(RegisterField::Address));
    EXPECT_TRUE(detection.unrecognised.empty());
}

} // namespace

TEST(RegisterColumns, FrenchSampleRegister) { expectSampleRegisterColumns(detectRow(test::frenchHeaders)); }
TEST(RegisterColumns, EnglishSampleRegister) { expectSampleRegisterColumns(detectRow(test::englishHeaders)); }
TEST(RegisterColumns, GermanSampleRegister) { expectSampleRegisterColumns(detectRow(test::germanHeaders)); }

TEST(RegisterColumns, SpanishItalianDutchSynonyms)
{
    const auto spanish = detectRow({"Nº factura", "Cliente", "Fecha de emisión", "Vencimiento", "Base imponible",
                                    "Importe total", "Importe pagado", "Fecha de pago", "Estado", "Idioma",
                                    "Nivel de recordatorio", "Fecha último recordatorio", "Dirección",
                                    "Correo electrónico", "País", "Código de cliente", "Plazo (días)"});
    ASSERT_TRUE(spanish.complete()) << ::testing::PrintToString(spanish.problems());
    EXPECT_EQ(spanish.columns.column(RegisterField::InvoiceNumber), 0);
    EXPECT_EQ(spanish.columns.column(RegisterField::DueDate), 3);
    EXPECT_EQ(spanish.columns.column(RegisterField::AmountExclTax), 4);
    EXPECT_EQ(spanish.columns.column(RegisterField::AmountInclTax), 5);
    EXPECT_EQ(spanish.columns.column(RegisterField::LastReminderDate), 11);
    EXPECT_EQ(spanish.columns.column(RegisterField::Address), 12);
    EXPECT_EQ(spanish.columns.column(RegisterField::Email), 13);
    EXPECT_EQ(spanish.columns.column(RegisterField::ClientId), 15);
    EXPECT_EQ(spanish.columns.column(RegisterField::PaymentTerms), 16);

    const auto italian = detectRow({"Numero fattura", "Cliente", "Data fattura", "Scadenza", "Imponibile",
                                    "Importo totale", "Importo pagato", "Data pagamento", "Stato", "Lingua",
                                    "Livello sollecito", "Data ultimo sollecito", "Indirizzo", "Paese"});
    ASSERT_TRUE(italian.complete()) << ::testing::PrintToString(italian.problems());
    EXPECT_EQ(italian.columns.column(RegisterField::IssueDate), 2);
    EXPECT_EQ(italian.columns.column(RegisterField::DueDate), 3);
    EXPECT_EQ(italian.columns.column(RegisterField::PaidAmount), 6);
    EXPECT_EQ(italian.columns.column(RegisterField::Status), 8);
    EXPECT_EQ(italian.columns.column(RegisterField::LastReminderLevel), 10);
    EXPECT_EQ(italian.columns.column(RegisterField::Country), 13);

    const auto dutch = detectRow({"Factuurnummer", "Klant", "Factuurdatum", "Vervaldatum", "Bedrag excl. btw",
                                  "Bedrag incl. btw", "Betaald", "Betaaldatum", "Status", "Taal",
                                  "Herinneringsniveau", "Datum laatste herinnering", "Adres", "E-mailadres",
                                  "Klantnummer"});
    ASSERT_TRUE(dutch.complete()) << ::testing::PrintToString(dutch.problems());
    EXPECT_EQ(dutch.columns.column(RegisterField::InvoiceNumber), 0);
    EXPECT_EQ(dutch.columns.column(RegisterField::Client), 1);
    EXPECT_EQ(dutch.columns.column(RegisterField::AmountInclTax), 5);
    EXPECT_EQ(dutch.columns.column(RegisterField::PaidDate), 7);
    EXPECT_EQ(dutch.columns.column(RegisterField::Language), 9);
    EXPECT_EQ(dutch.columns.column(RegisterField::Email), 13);
    EXPECT_EQ(dutch.columns.column(RegisterField::ClientId), 14);
}

TEST(RegisterColumns, InvoiceNumberSpellings)
{
    for (const char* header :
         {"N° facture", "No. facture", "Nº facture", "n° FACTURE", "Numéro de facture", "Numero de facture",
          "Rechnungsnr.", "Rechnungs-Nr.", "Rechnungsnummer", "Invoice no.", "Invoice No", "Invoice #",
          "Invoice number", "Nº factura", "Número de factura", "Numero fattura", "N. fattura", "Factuurnummer",
          "Factuurnr."})
        EXPECT_EQ(fieldOfHeader(header), RegisterField::InvoiceNumber) << header;
}

TEST(RegisterColumns, OtherIssueSynonyms)
{
    // The issue's examples: Échéance / Fälligkeit / Due date, Montant TTC / Brutto /
    // Amount incl. VAT, Payé / Bezahlt / Paid, Litige / Strittig / Disputed, Langue / Sprache / Language.
    for (const char* due : {"Échéance", "Echeance", "Fälligkeit", "Faelligkeit", "Falligkeit", "Due date"})
        EXPECT_EQ(fieldOfHeader(due), RegisterField::DueDate) << due;
    for (const char* incl : {"Montant TTC", "Brutto", "Amount incl. VAT", "Amount incl. tax"})
        EXPECT_EQ(fieldOfHeader(incl), RegisterField::AmountInclTax) << incl;
    for (const char* paid : {"Payé", "Paye", "Bezahlt", "Paid"})
        EXPECT_EQ(fieldOfHeader(paid), RegisterField::PaidAmount) << paid;
    for (const char* status : {"Litige", "Strittig", "Disputed", "Statut", "Status", "Estado", "Stato", "Betwist"})
        EXPECT_EQ(fieldOfHeader(status), RegisterField::Status) << status;
    for (const char* language : {"Langue", "Sprache", "Language", "Idioma", "Lingua", "Taal"})
        EXPECT_EQ(fieldOfHeader(language), RegisterField::Language) << language;
    EXPECT_EQ(fieldOfHeader("Notes"), std::nullopt);
    EXPECT_EQ(fieldOfHeader(""), std::nullopt);
}

TEST(RegisterColumns, NoSynonymNamesTwoFields)
{
    std::map<std::string, RegisterField> owner;
    for (const RegisterField field : allRegisterFields()) {
        EXPECT_FALSE(headerSynonyms(field).empty()) << fieldName(field);
        for (const auto synonym : headerSynonyms(field))
            for (const auto& key : foldedKeys(synonym)) {
                const auto [it, inserted] = owner.emplace(key, field);
                EXPECT_TRUE(inserted || it->second == field)
                    << "'" << synonym << "' (" << key << ") names " << fieldName(field) << " and "
                    << fieldName(it->second);
            }
    }
}

TEST(RegisterColumns, HeaderBelowATitle)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, {"Factures 2026 — L'Atelier & Fils SARL"}); // row 1: a title
    appendTextRow(sheet, {});                                          // row 2: blank
    appendTextRow(sheet, test::frenchHeaders);                         // row 3: the header
    appendTextRow(sheet, {"F2025-001", "L'Atelier & Fils SARL"});
    const auto detection = detectRegisterColumns(sheet);
    ASSERT_TRUE(detection.complete());
    EXPECT_EQ(detection.headerRow, 2);
    EXPECT_EQ(detection.layout().headerRow, 2);
    EXPECT_EQ(detection.columns.column(RegisterField::DueDate), 7);
}

TEST(RegisterColumns, HeaderOutsideTheSearchedRowsIsNotFound)
{
    SheetSnapshot sheet(calcNullDate);
    for (int row = 0; row < 10; ++row)
        appendTextRow(sheet, {"note"});
    appendTextRow(sheet, test::englishHeaders); // row 11
    const auto detection = detectRegisterColumns(sheet);
    EXPECT_FALSE(detection.headerRow);
    EXPECT_EQ(detection.problems(), (std::vector<std::string>{"no header row found in rows 1 to 10"}));
    EXPECT_EQ(detectRegisterColumns(sheet, 11).headerRow, 10);
}

TEST(RegisterColumns, TwoColumnsForOneFieldAreReportedNotGuessed)
{
    // A French register with an English due-date column pasted in at P.
    auto headers = test::frenchHeaders;
    headers.push_back("Due date");
    headers.push_back("Remarques");
    const auto detection = detectRow(headers);
    EXPECT_FALSE(detection.complete());
    EXPECT_FALSE(detection.columns.has(RegisterField::DueDate));
    ASSERT_EQ(detection.ambiguous.size(), 1U);
    EXPECT_EQ(detection.ambiguous[0].field, RegisterField::DueDate);
    ASSERT_EQ(detection.ambiguous[0].candidates.size(), 2U);
    EXPECT_EQ(detection.ambiguous[0].candidates[0].column, 7);
    EXPECT_EQ(detection.ambiguous[0].candidates[1].column, 15);
    EXPECT_TRUE(detection.missing.empty()); // ambiguous, not missing
    ASSERT_EQ(detection.unrecognised.size(), 1U);
    EXPECT_EQ(detection.unrecognised[0].column, 16);
    EXPECT_EQ(detection.unrecognised[0].text, "Remarques");
    EXPECT_EQ(detection.problems(),
              (std::vector<std::string>{"Due date: several columns match: H 'Échéance', P 'Due date'"}));
    EXPECT_EQ(messageOf([&] { detection.layout(); }),
              "the register's columns are not clear: Due date: several columns match: H 'Échéance', P 'Due date'");
}

TEST(RegisterColumns, MissingRequiredFieldsByName)
{
    const auto detection = detectRow({"Client", "Montant HT", "Statut"});
    EXPECT_EQ(detection.headerRow, 0);
    EXPECT_EQ(detection.missing, (std::vector<std::string>{"Invoice no.", "Due date (or Issue date and Payment terms)",
                                                           "Amount incl. tax"}));
    EXPECT_EQ(detection.problems(),
              (std::vector<std::string>{"missing column: Invoice no.",
                                        "missing column: Due date (or Issue date and Payment terms)",
                                        "missing column: Amount incl. tax"}));
}

TEST(RegisterColumns, IssueDateAndTermsStandInForTheDueDate)
{
    const auto detection = detectRow({"Invoice No.", "Client", "Invoice date", "Terms (days)", "Amount incl. VAT"});
    EXPECT_TRUE(detection.complete()) << ::testing::PrintToString(detection.problems());
    const auto issueOnly = detectRow({"Invoice No.", "Client", "Invoice date", "Amount incl. VAT"});
    EXPECT_EQ(issueOnly.missing, (std::vector<std::string>{"Due date (or Issue date and Payment terms)"}));
}

TEST(RegisterColumns, ANumberRowIsNoHeader)
{
    SheetSnapshot sheet(calcNullDate);
    sheet.appendRow({SheetCell::ofNumber(1), SheetCell::ofNumber(2)});
    appendTextRow(sheet, {"Rechnungsnr.", "Kunde", "Fälligkeit", "Brutto"});
    const auto detection = detectRegisterColumns(sheet);
    ASSERT_TRUE(detection.complete());
    EXPECT_EQ(detection.headerRow, 1);
}

TEST(RegisterColumns, AUnitInParenthesesAfterAKnownHeader)
{
    const HeaderDetection detection =
        detectRow({"N° facture", "Client", "Échéance", "Montant TTC (EUR)", "Montant payé (€)", "Délai (jours)"});
    ASSERT_TRUE(detection.complete()) << ::testing::PrintToString(detection.problems());
    EXPECT_EQ(detection.columns.column(RegisterField::AmountInclTax), 3);
    EXPECT_EQ(detection.columns.column(RegisterField::PaidAmount), 4);
    EXPECT_EQ(detection.columns.column(RegisterField::PaymentTerms), 5);
    EXPECT_FALSE(fieldOfHeader("Remarques (internes)")); // still nothing for an unknown header
    EXPECT_EQ(fieldOfHeader("Amount incl. VAT (£)"), RegisterField::AmountInclTax);
    EXPECT_EQ(fieldOfHeader("Brutto (€)"), RegisterField::AmountInclTax);
}
