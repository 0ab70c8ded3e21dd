// Reading register rows: the sample registers' values, exact money, and a
// message naming the row and column for every kind of malformed cell.
#include "core/error.hpp"
#include "core/invoice_status.hpp"
#include "core/register_columns.hpp"
#include "core/register_rows.hpp"

#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendRow;
using relance::test::appendTextRow;
using relance::test::Blank;
using relance::test::calcNullDate;
using relance::test::TestCell;

namespace {

const Blank _{};

/// A French sample sheet: header on row 1, then `rows` (columns A..O).
SheetSnapshot frenchSheet(const std::vector<std::vector<TestCell>>& rows, Date nullDate = calcNullDate)
{
    SheetSnapshot sheet(nullDate);
    appendTextRow(sheet, test::frenchHeaders);
    for (const auto& row : rows)
        appendRow(sheet, row);
    return sheet;
}

RegisterReading readFrench(const SheetSnapshot& sheet)
{
    return readRegisterRows(sheet, detectRegisterColumns(sheet).layout());
}

std::vector<std::string> problemTexts(const RegisterReading& reading)
{
    std::vector<std::string> texts;
    for (const auto& problem : reading.problems)
        texts.push_back(problem.text());
    return texts;
}

const char* const atelier = "L'Atelier & Fils SARL";
const char* const atelierMail = "factures@atelier-et-fils.fr";

} // namespace

TEST(RegisterRows, SampleRowsOfTheFrenchRegister)
{
    // register-fr.ods rows 12, 20 and 26 (tests/fixtures/README.md).
    const auto sheet = frenchSheet({
        {"F2025-001", atelier, atelierMail, "fr", "FR", Date(2025, 1, 31), 30.0, Date(2025, 3, 2), 1540.0, 1848.0, _,
         _, _, 3.0, Date(2025, 5, 15)},
        {"F2025-009", "Garage Fontaine SAS", "atelier@garage-fontaine.fr", "fr", "FR", Date(2025, 10, 31), 30.0,
         Date(2025, 11, 30), 460.8, 552.96, 200.0, _, _, _, _},
        {"F2026-003", "Construcciones García Hermanos S.L.", "administracion@garciahermanos.es", "es", "ES",
         Date(2026, 3, 31), 30.0, Date(2026, 4, 30), 1620.0, 1620.0, 0.0, _, "Litige", _, _},
    });
    const auto reading = readFrench(sheet);
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    ASSERT_EQ(reading.records.size(), 3U);

    const InvoiceRecord& first = reading.records[0];
    EXPECT_EQ(first.row, 1); // sheet row 2
    EXPECT_EQ(first.number, "F2025-001");
    EXPECT_EQ(first.client, atelier);
    EXPECT_EQ(first.email, atelierMail);
    EXPECT_EQ(first.language, "fr");
    EXPECT_EQ(first.country, "FR");
    EXPECT_EQ(first.issueDate, Date(2025, 1, 31));
    EXPECT_EQ(first.paymentTermsDays, 30);
    EXPECT_EQ(first.dueDate, Date(2025, 3, 2));
    EXPECT_FALSE(first.dueDateComputed);
    EXPECT_EQ(first.amountExclTax, Money::fromMinorUnits(154000, 2));
    EXPECT_EQ(first.amountInclTax, Money::fromMinorUnits(184800, 2));
    EXPECT_EQ(first.paidAmount, Money::fromMinorUnits(0, 2));
    EXPECT_EQ(first.paidDate, std::nullopt);
    EXPECT_EQ(first.status, InvoiceStatus::Open);
    EXPECT_EQ(first.lastReminderLevel, 3);
    EXPECT_EQ(first.lastReminderDate, Date(2025, 5, 15));
    EXPECT_EQ(first.outstanding(), Money::fromMinorUnits(184800, 2));

    const InvoiceRecord& partly = reading.records[1];
    EXPECT_EQ(partly.amountInclTax, Money::fromMinorUnits(55296, 2));
    EXPECT_EQ(partly.paidAmount, Money::fromMinorUnits(20000, 2));
    EXPECT_EQ(partly.outstanding(), Money::fromMinorUnits(35296, 2)); // 552.96 − 200.00
    EXPECT_EQ(partly.paidDate, std::nullopt); // the part payment without a date

    const InvoiceRecord& disputed = reading.records[2];
    EXPECT_EQ(disputed.status, InvoiceStatus::Disputed);
    EXPECT_EQ(disputed.language, "es");
    EXPECT_EQ(disputed.paidAmount, Money::fromMinorUnits(0, 2)); // the explicit 0
}

TEST(RegisterRows, DatesFollowTheDocumentsNullDate)
{
    // The same dates from a 1904-based document: different serials, same dates.
    const auto sheet = frenchSheet({{"F2024-002", atelier, _, "fr", "FR", Date(2024, 1, 30), 30.0, Date(2024, 2, 29),
                                     842.5, 1011.0, 1011.0, Date(2024, 2, 29), _, _, _}},
                                   Date(1904, 1, 1));
    const auto reading = readFrench(sheet);
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    EXPECT_EQ(reading.records[0].dueDate, Date(2024, 2, 29));
    EXPECT_EQ(reading.records[0].paidDate, Date(2024, 2, 29));
    EXPECT_EQ(reading.records[0].outstanding(), Money::fromMinorUnits(0, 2));
}

TEST(RegisterRows, AmountsRoundLikeCalc)
{
    // Money::fromAmount: the decimal Calc shows, half away from zero.
    const auto sheet = frenchSheet({
        {"A-1", "X", _, _, _, _, _, Date(2025, 1, 1), _, 2199.996, 1.005, _, _, _, _},
        {"A-2", "X", _, _, _, _, _, Date(2025, 1, 1), _, 803.845, 2.675, _, _, _, _},
    });
    const auto reading = readFrench(sheet);
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    EXPECT_EQ(reading.records[0].amountInclTax, Money::fromMinorUnits(220000, 2));
    EXPECT_EQ(reading.records[0].paidAmount, Money::fromMinorUnits(101, 2));
    EXPECT_EQ(reading.records[1].amountInclTax, Money::fromMinorUnits(80385, 2));
    EXPECT_EQ(reading.records[1].paidAmount, Money::fromMinorUnits(268, 2));
    // A currency without decimals (JPY): whole units.
    const auto yen = readRegisterRows(sheet, detectRegisterColumns(sheet).layout(), 0);
    EXPECT_EQ(yen.records[0].amountInclTax, Money::fromMinorUnits(2200, 0));
}

TEST(RegisterRows, BlankRowsAreSkipped)
{
    const auto sheet = frenchSheet({
        {"F1", "X", _, _, _, _, _, Date(2025, 1, 1), _, 10.0, _, _, _, _, _},
        {},
        {_, "   ", _, _, _, _, _, _, _, _, _, _, _, _, _, "a note in column P, not mapped"},
        {"F2", "Y", _, _, _, _, _, Date(2025, 1, 1), _, 20.0, _, _, _, _, _},
    });
    const auto reading = readFrench(sheet);
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    ASSERT_EQ(reading.records.size(), 2U);
    EXPECT_EQ(reading.records[1].number, "F2");
    EXPECT_EQ(reading.records[1].row, 4);
}

TEST(RegisterRows, NumbersAsInvoiceNumbersAndCodesNormalised)
{
    const auto sheet = frenchSheet({{1001.0, "  Boulangerie Martin SARL ", _, "FR-be", "be", _, _, Date(2025, 1, 1), _,
                                     10.0, _, _, "PAYÉ", _, _}});
    const auto reading = readFrench(sheet);
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    EXPECT_EQ(reading.records[0].number, "1001");
    EXPECT_EQ(reading.records[0].client, "Boulangerie Martin SARL");
    EXPECT_EQ(reading.records[0].language, "fr");
    EXPECT_EQ(reading.records[0].country, "BE");
    EXPECT_EQ(reading.records[0].status, InvoiceStatus::Paid);
}

TEST(RegisterRows, DueDateComputedFromIssueDateAndTerms)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, {"Invoice No.", "Client", "Invoice date", "Terms (days)", "Amount incl. VAT"});
    appendRow(sheet, {"INV-2024-002", "Whitmore Joinery Ltd", Date(2024, 1, 30), 30.0, 768.0});
    appendRow(sheet, {"INV-2024-003", "Kingsley & Moore Solicitors", Date(2024, 2, 29), _, 5400.0});
    const auto reading = readRegisterRows(sheet, detectRegisterColumns(sheet).layout());
    ASSERT_EQ(reading.records.size(), 1U);
    EXPECT_EQ(reading.records[0].dueDate, Date(2024, 2, 29)); // 30 January + 30 days, leap year
    EXPECT_TRUE(reading.records[0].dueDateComputed);
    EXPECT_EQ(problemTexts(reading),
              (std::vector<std::string>{
                  "row 3, column D (Payment terms (days)): is empty (the due date is computed from it)"}));

    // With a due column, an empty due cell is computed when it can be, and reported when not.
    SheetSnapshot withDue(calcNullDate);
    appendTextRow(withDue, test::englishHeaders);
    appendRow(withDue, {"INV-1", "Whitmore Joinery Ltd", _, _, _, Date(2025, 1, 31), 30.0, _, _, 10.0});
    appendRow(withDue, {"INV-2", "Whitmore Joinery Ltd", _, _, _, Date(2025, 1, 31), _, _, _, 10.0});
    const auto both = readRegisterRows(withDue, detectRegisterColumns(withDue).layout());
    ASSERT_EQ(both.records.size(), 1U);
    EXPECT_EQ(both.records[0].dueDate, Date(2025, 3, 2)); // 31 January + 30 days
    EXPECT_EQ(problemTexts(both), (std::vector<std::string>{"row 3, column H (Due date): is empty"}));

    SheetSnapshot lateYear(calcNullDate);
    appendTextRow(lateYear, {"Invoice No.", "Client", "Invoice date", "Terms (days)", "Amount incl. VAT"});
    appendRow(lateYear, {"INV-9", "X", Date(9999, 12, 1), 60.0, 1.0});
    EXPECT_EQ(problemTexts(readRegisterRows(lateYear, detectRegisterColumns(lateYear).layout())),
              (std::vector<std::string>{"row 2, column D (Payment terms (days)): takes the due date past 9999-12-31"}));
}

TEST(RegisterRows, EveryMalformedCellIsReportedWithItsPlace)
{
    const auto sheet = frenchSheet({
        // row 2: text where dates and amounts belong
        {"F1", atelier, _, "fr", "FR", "31/01/2025", 30.0, "abc", 1540.0, "1 848,00 €", _, _, _, _, _},
        // row 3: out of range, negative, too large, not whole
        {"F2", atelier, _, "fr", "FR", _, 2.5, 3000000.0, -5.0, 2e13, -0.01, _, _, 7.0, Date(2025, 5, 15)},
        // row 4: empty required cells
        {_, "   ", _, _, _, _, _, _, _, _, 5.0, _, _, _, _},
        // row 5: unknown status, language and country; level without date
        {"F3", atelier, _, "français", "France", _, _, Date(2025, 3, 2), _, 10.0, _, _, "Relancé par tél.", 2.0, _},
        // row 6: date without level; a duplicate number; ISO text is not a date
        {"F1", atelier, _, _, _, _, _, Date(2025, 3, 2), _, 10.0, _, "2025-03-02", _, _, Date(2025, 5, 15)},
    });
    const auto reading = readFrench(sheet);
    EXPECT_TRUE(reading.records.empty()); // no row is read with a problem in it
    EXPECT_EQ(
        problemTexts(reading),
        (std::vector<std::string>{
            "row 2, column F (Issue date): '31/01/2025' is not a date",
            "row 2, column H (Due date): 'abc' is not a date",
            "row 2, column J (Amount incl. tax): '1 848,00 €' is not a number",
            "row 3, column G (Payment terms (days)): 2.5 is not a whole number from 0 to 3660",
            "row 3, column H (Due date): 3000000 is not a date between 1583-01-01 and 9999-12-31",
            "row 3, column I (Amount excl. tax): -5 is negative",
            "row 3, column J (Amount incl. tax): 20000000000000 is not an amount below 10000000000000",
            "row 3, column K (Paid amount): -0.01 is negative",
            "row 3, column N (Last reminder level): 7 is not a whole number from 0 to 4",
            "row 4, column A (Invoice no.): is empty",
            "row 4, column B (Client): is empty",
            "row 4, column H (Due date): is empty",
            "row 4, column J (Amount incl. tax): is empty",
            "row 5, column D (Language): 'français' is not a language code such as fr, de or nl-BE",
            "row 5, column E (Country): 'France' is not a two-letter country code such as FR or DE",
            "row 5, column M (Status): 'Relancé par tél.' is not a status Relance knows (empty, paid, partly "
            "paid, disputed or payment plan, in en, fr, de, es, it or nl)",
            "row 5, column O (Last reminder date): is empty, but the last reminder level is 2",
            "row 6, column A (Invoice no.): 'F1' is already on row 2",
            "row 6, column L (Paid date): '2025-03-02' is not a date",
            "row 6, column N (Last reminder level): is empty, but there is a last reminder date 2025-05-15",
        }));
}

TEST(RegisterRows, ALayoutWithoutRequiredColumnsIsRefused)
{
    SheetSnapshot sheet(calcNullDate);
    RegisterLayout layout;
    layout.columns.assign(RegisterField::Client, 0);
    EXPECT_THROW(readRegisterRows(sheet, layout), InvalidArgument);
}

TEST(InvoiceStatusWords, SixLanguages)
{
    for (const char* disputed : {"Litige", "contesté", "Contestée", "strittig", "Bestritten", "disputed",
                                 "en litigio", "contestata", "betwist"})
        EXPECT_EQ(invoiceStatusFromText(disputed), InvoiceStatus::Disputed) << disputed;
    for (const char* plan : {"Échéancier", "echeancier", "plan de paiement", "Ratenzahlung", "Ratenplan",
                             "Payment plan", "plan de pagos", "piano di rientro", "betalingsregeling"})
        EXPECT_EQ(invoiceStatusFromText(plan), InvoiceStatus::PaymentPlan) << plan;
    for (const char* paid : {"Payé", "paid", "Bezahlt", "pagado", "pagato", "betaald"})
        EXPECT_EQ(invoiceStatusFromText(paid), InvoiceStatus::Paid) << paid;
    for (const char* partly : {"partiellement payé", "Partly paid", "teilweise bezahlt", "pago parcial",
                               "parzialmente pagato", "gedeeltelijk betaald"})
        EXPECT_EQ(invoiceStatusFromText(partly), InvoiceStatus::PartlyPaid) << partly;
    for (const char* open : {"", "  ", "open", "ouvert", "offen", "pendiente", "aperto", "openstaand"})
        EXPECT_EQ(invoiceStatusFromText(open), InvoiceStatus::Open) << open;
    EXPECT_EQ(invoiceStatusFromText("à voir"), std::nullopt);
}

TEST(RegisterRows, ADisputeColumnOfYesAndNo)
{
    // A register that keeps the dispute in its own column, headed "Litige",
    // with "oui" / "non" rather than a status word.
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, {"N° facture", "Client", "Échéance", "Montant TTC", "Litige"});
    appendRow(sheet, {"F-1", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, "oui"});
    appendRow(sheet, {"F-2", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, "non"});
    appendRow(sheet, {"F-3", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, _});
    appendRow(sheet, {"F-4", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, "X"});
    appendRow(sheet, {"F-5", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, "Échéancier"});
    const auto reading = readRegisterRows(sheet, detectRegisterColumns(sheet).layout());
    ASSERT_TRUE(reading.ok()) << ::testing::PrintToString(problemTexts(reading));
    ASSERT_EQ(reading.records.size(), 5U);
    EXPECT_EQ(reading.records[0].status, InvoiceStatus::Disputed);
    EXPECT_EQ(reading.records[1].status, InvoiceStatus::Open);
    EXPECT_EQ(reading.records[2].status, InvoiceStatus::Open);
    EXPECT_EQ(reading.records[3].status, InvoiceStatus::Disputed);
    EXPECT_EQ(reading.records[4].status, InvoiceStatus::PaymentPlan); // a status word is still one

    // Under a "Statut" header, "oui" means nothing: reported, not guessed.
    SheetSnapshot statusSheet(calcNullDate);
    appendTextRow(statusSheet, {"N° facture", "Client", "Échéance", "Montant TTC", "Statut"});
    appendRow(statusSheet, {"F-1", "Garage Fontaine SAS", Date(2026, 1, 31), 100.0, "oui"});
    const auto refused = readRegisterRows(statusSheet, detectRegisterColumns(statusSheet).layout());
    ASSERT_EQ(refused.problems.size(), 1U);
    EXPECT_NE(refused.problems[0].text().find("'oui' is not a status"), std::string::npos);
}
