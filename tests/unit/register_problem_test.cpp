// Why a register cannot be shown (core/register_problem.hpp) and how the
// panels say it (ui/overview_texts.hpp), in every language of the UI.
#include "core/register_problem.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"
#include "ui/overview_texts.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace relance;

namespace {

const Date calcNullDate(1899, 12, 30);

SheetSnapshot sheetOf(const std::vector<std::vector<std::string>>& rows)
{
    SheetSnapshot sheet(calcNullDate);
    for (std::size_t row = 0; row < rows.size(); ++row)
        for (std::size_t column = 0; column < rows[row].size(); ++column)
            if (!rows[row][column].empty())
                sheet.setText(static_cast<int>(row), static_cast<int>(column), rows[row][column]);
    return sheet;
}

} // namespace

TEST(RegisterProblem, MissingRequiredColumnsAreNamedAsFields)
{
    // "Montant" is the amount incl. tax; no invoice number, no due date.
    const SheetSnapshot sheet = sheetOf({{"Client", "Montant", "Notes"}});
    const auto problem = layoutProblem("Factures", sheet, "");
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, RegisterProblemKind::MissingColumns);
    EXPECT_EQ(problem->sheet, "Factures");
    EXPECT_EQ(problem->fields, (std::vector<RegisterField>{RegisterField::InvoiceNumber, RegisterField::DueDate}));
}

TEST(RegisterProblem, NoHeaderRow)
{
    const auto problem = layoutProblem("Feuil1", sheetOf({{"Bonjour"}, {"rien ici"}}), "");
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, RegisterProblemKind::NoHeaderRow);
}

TEST(RegisterProblem, AnAmbiguousFieldListsItsColumns)
{
    const SheetSnapshot sheet = sheetOf({{"Facture", "Client", "Échéance", "Due date", "Montant TTC"}});
    const auto problem = layoutProblem("Factures", sheet, "");
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, RegisterProblemKind::AmbiguousColumn);
    EXPECT_EQ(problem->fields, (std::vector<RegisterField>{RegisterField::DueDate}));
    EXPECT_EQ(problem->columns, (std::vector<std::string>{"C “Échéance”", "D “Due date”"}));
}

TEST(RegisterProblem, AStoredMappingIsTheOnlyOneLookedAt)
{
    // The headers would be detected; the stored mapping lacks the amount.
    const SheetSnapshot sheet = sheetOf({{"Facture", "Client", "Échéance", "Montant TTC"}});
    EXPECT_FALSE(layoutProblem("Factures", sheet, "").has_value());
    const auto incomplete = layoutProblem("Factures", sheet, "header=1;invoice=A;client=B;due=C");
    ASSERT_TRUE(incomplete.has_value());
    EXPECT_EQ(incomplete->kind, RegisterProblemKind::MissingColumns);
    EXPECT_EQ(incomplete->fields, (std::vector<RegisterField>{RegisterField::AmountInclTax}));
    const auto unreadable = layoutProblem("Factures", sheet, "header=1;amount=A");
    ASSERT_TRUE(unreadable.has_value());
    EXPECT_EQ(unreadable->kind, RegisterProblemKind::StoredMappingRefused);
    EXPECT_NE(unreadable->detail.find("unknown field 'amount'"), std::string::npos) << unreadable->detail;
}

TEST(RegisterProblem, UnreadableCellsCountedAndTheFirstThreeListed)
{
    RegisterReading reading;
    for (int row = 1; row <= 5; ++row)
        reading.problems.push_back({row, 5, "Due date", "'abc' is not a date"});
    const auto problem = readingProblem("Factures", reading);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, RegisterProblemKind::UnreadableCells);
    EXPECT_EQ(problem->count, 5);
    ASSERT_EQ(problem->cells.size(), listedCellProblems);
    EXPECT_EQ(problem->cells[0].text(), "row 2, column F (Due date): 'abc' is not a date");
}

TEST(RegisterProblem, NoRowsAndAWholeReading)
{
    RegisterReading empty;
    ASSERT_TRUE(readingProblem("Factures", empty).has_value());
    EXPECT_EQ(readingProblem("Factures", empty)->kind, RegisterProblemKind::NoDataRows);
    RegisterReading whole;
    whole.records.emplace_back();
    EXPECT_FALSE(readingProblem("Factures", whole).has_value());
}

TEST(OverviewTexts, EnglishSentences)
{
    const LetterCatalog catalog(RELANCE_UI_CATALOG_DIR, "en");
    RegisterProblem missing;
    missing.kind = RegisterProblemKind::MissingColumns;
    missing.sheet = "Invoices";
    missing.fields = {RegisterField::InvoiceNumber, RegisterField::DueDate};
    EXPECT_EQ(ui::registerProblemText(missing, catalog),
              "The register on sheet “Invoices” has no columns for Invoice no., Due date (or issue date and payment "
              "terms). Add them, or choose them in the Invoices panel.");
    RegisterProblem cells;
    cells.kind = RegisterProblemKind::UnreadableCells;
    cells.sheet = "Invoices";
    cells.count = 4;
    cells.cells = {{11, 5, "Due date", "'abc' is not a date"}};
    EXPECT_EQ(ui::registerProblemText(cells, catalog),
              "4 cells of the register on sheet “Invoices” cannot be read, so no figures are shown; correct them: "
              "row 12, column F (Due date): 'abc' is not a date, …");
    EXPECT_EQ(ui::staleRatesText("ECB", Date(2026, 6, 30), Date(2026, 12, 31), catalog),
              "The ECB rate table runs to 30 June 2026, before the as-of date (31 December 2026): interest after "
              "that day uses its last rate. Update Relance, or add the new rates to RELANCE_RATES.");
    EXPECT_EQ(ui::agingBucketCaption("0", catalog), "Not yet due");
    EXPECT_EQ(ui::agingBucketCaption("31-60", catalog), "31–60 days late");
    EXPECT_EQ(ui::agingBucketCaption("91+", catalog), "91+ days late");
    EXPECT_EQ(ui::fieldLabel(RegisterField::AmountInclTax, catalog), "Amount incl. tax");
}

TEST(OverviewTexts, FrenchSentence)
{
    const LetterCatalog catalog(RELANCE_UI_CATALOG_DIR, "fr");
    RegisterProblem merged;
    merged.kind = RegisterProblemKind::MergedCells;
    merged.sheet = "Factures";
    merged.range = "B5:C6";
    EXPECT_EQ(ui::registerProblemText(merged, catalog),
              "Le registre de la feuille « Factures » contient des cellules fusionnées (B5:C6). Scindez-les pour que "
              "chaque facture ait ses propres cellules.");
    EXPECT_EQ(ui::fieldLabel(RegisterField::DueDate, catalog), "Date d’échéance");
}

TEST(OverviewTexts, EveryProblemAndFieldInEveryLanguage)
{
    // Each pattern parses and is given every argument it uses (LetterCatalog
    // throws otherwise); field names differ from one another.
    for (const std::string& language : letterLanguages()) {
        const LetterCatalog catalog(RELANCE_UI_CATALOG_DIR, language);
        for (int kind = 0; kind <= static_cast<int>(RegisterProblemKind::Failed); ++kind) {
            RegisterProblem problem;
            problem.kind = static_cast<RegisterProblemKind>(kind);
            problem.sheet = "S";
            problem.fields = {RegisterField::Client};
            problem.columns = {"A “x”", "B “y”"};
            problem.range = "A2:A3";
            problem.count = 1;
            problem.detail = "d";
            EXPECT_FALSE(ui::registerProblemText(problem, catalog).empty()) << language << " " << kind;
        }
        EXPECT_FALSE(ui::staleRatesText("ECB", Date(2026, 6, 30), Date(2026, 12, 31), catalog).empty());
        std::set<std::string> labels;
        for (const RegisterField field : allRegisterFields())
            EXPECT_TRUE(labels.insert(ui::fieldLabel(field, catalog)).second) << language << " " << fieldKey(field);
        for (const char* bucket : {"0", "1-30", "91+"})
            EXPECT_FALSE(ui::agingBucketCaption(bucket, catalog).empty());
    }
}
