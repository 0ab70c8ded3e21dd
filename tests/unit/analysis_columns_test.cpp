// Where the analysis columns go: right of the register, past anything the
// user wrote there, and back into the columns a previous run wrote.
#include "core/analysis_columns.hpp"
#include "core/error.hpp"
#include "core/register_columns.hpp"

#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendRow;
using relance::test::appendTextRow;
using relance::test::calcNullDate;

namespace {

/// Two languages are enough to show a heading is found in any of them.
const PerAnalysisColumn<std::vector<std::string>> headings{{
    {"Days late", "Jours de retard"},
    {"Level reached", "Niveau atteint"},
    {"Late interest", "Pénalités de retard"},
    {"Recovery fee", "Indemnité forfaitaire"},
    {"Total due", "Total dû"},
}};

/// Invoice, client, due date, amount (A..D), then `extra` headers from E on,
/// and two invoices.
SheetSnapshot registerWith(const std::vector<std::string>& extra)
{
    SheetSnapshot sheet(calcNullDate);
    std::vector<std::string> header{"Invoice", "Client", "Due date", "Amount"};
    header.insert(header.end(), extra.begin(), extra.end());
    appendTextRow(sheet, header);
    appendRow(sheet, {"F1", "Martin", Date(2026, 1, 31), 100.0});
    appendRow(sheet, {"F2", "Martin", Date(2026, 2, 28), 200.0});
    return sheet;
}

AnalysisPlacement place(const SheetSnapshot& sheet, int lastColumn = 1023)
{
    return placeAnalysisColumns(sheet, detectRegisterColumns(sheet).layout(), headings, 2, lastColumn);
}

} // namespace

TEST(AnalysisColumns, RightOfTheRegister)
{
    const AnalysisPlacement placement = place(registerWith({}));
    EXPECT_EQ(placement.columns, (PerAnalysisColumn<int>{4, 5, 6, 7, 8}));
    EXPECT_EQ(placement.existing, (PerAnalysisColumn<bool>{}));
}

TEST(AnalysisColumns, AfterTheUsersOwnHeadedColumns)
{
    // "Notes" is the user's: the register ends there.
    EXPECT_EQ(place(registerWith({"Notes"})).columns, (PerAnalysisColumn<int>{5, 6, 7, 8, 9}));
}

TEST(AnalysisColumns, PastCellsInTheWay)
{
    // The RELANCE_ASOF label and date two columns right of the register (F1:G1):
    // the five columns go side by side after them, never over them.
    SheetSnapshot sheet = registerWith({});
    sheet.setText(0, 5, "As of");
    sheet.setNumber(0, 6, 46387);
    EXPECT_EQ(place(sheet).columns, (PerAnalysisColumn<int>{7, 8, 9, 10, 11}));
    // A value far below the register blocks its column too.
    SheetSnapshot below = registerWith({});
    below.setNumber(40, 4, 1);
    EXPECT_EQ(place(below).columns, (PerAnalysisColumn<int>{5, 6, 7, 8, 9}));
}

TEST(AnalysisColumns, RefreshFindsThemInAnyLanguage)
{
    // A previous run in French, then the fee column deleted by the user.
    const AnalysisPlacement placement =
        place(registerWith({"Jours de retard", "NIVEAU ATTEINT", "Pénalités de retard", "Total dû"}));
    EXPECT_EQ(placement.columns, (PerAnalysisColumn<int>{4, 5, 6, 8, 7}));
    EXPECT_EQ(placement.existing, (PerAnalysisColumn<bool>{true, true, true, false, true}));
}

TEST(AnalysisColumns, TheFirstOfTwoLikeHeadedColumnsIsRewritten)
{
    const AnalysisPlacement placement = place(
        registerWith({"Days late", "Level reached", "Late interest", "Recovery fee", "Total due", "Days late"}));
    EXPECT_EQ(placement.columns, (PerAnalysisColumn<int>{4, 5, 6, 7, 8}));
    EXPECT_EQ(placement.existing, (PerAnalysisColumn<bool>{true, true, true, true, true}));
}

TEST(AnalysisColumns, NoRoomIsRefused)
{
    EXPECT_THROW(place(registerWith({}), 7), InvalidArgument);
    EXPECT_NO_THROW(place(registerWith({}), 8));
}
