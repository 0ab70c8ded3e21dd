// The sheet snapshot the UNO layer fills, and Calc's column letters.
#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/sheet_snapshot.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::messageOf;

TEST(SheetSnapshot, CellsOutsideTheGridAreEmpty)
{
    SheetSnapshot sheet(Date(1899, 12, 30));
    EXPECT_EQ(sheet.rowCount(), 0);
    sheet.setText(2, 3, "Échéance");
    sheet.setNumber(0, 1, 45658); // 2025-01-01 from 1899-12-30
    EXPECT_EQ(sheet.rowCount(), 3);
    EXPECT_EQ(sheet.columnCount(), 4);
    EXPECT_EQ(sheet.cell(2, 3).kind, CellKind::Text);
    EXPECT_EQ(sheet.cell(2, 3).text, "Échéance");
    EXPECT_EQ(sheet.cell(0, 1).number, 45658);
    EXPECT_TRUE(sheet.cell(1, 1).isEmpty());
    EXPECT_TRUE(sheet.cell(2, 0).isEmpty());
    EXPECT_TRUE(sheet.cell(50, 50).isEmpty());
    EXPECT_TRUE(sheet.cell(-1, 0).isEmpty());
    EXPECT_TRUE(sheet.isBlankRow(1));
    EXPECT_FALSE(sheet.isBlankRow(2));
    EXPECT_EQ(sheet.nullDate(), Date(1899, 12, 30));
    EXPECT_THROW(sheet.setNumber(-1, 0, 1), InvalidArgument);
}

TEST(SheetSnapshot, AppendRowGoesBelowTheLast)
{
    SheetSnapshot sheet(Date(1904, 1, 1));
    sheet.appendRow({SheetCell::ofText("a"), SheetCell::empty(), SheetCell::ofNumber(2)});
    sheet.appendRow({});
    sheet.appendRow({SheetCell::ofText("c")});
    EXPECT_EQ(sheet.rowCount(), 3);
    EXPECT_EQ(sheet.columnCount(), 3);
    EXPECT_EQ(sheet.cell(0, 2).number, 2);
    EXPECT_TRUE(sheet.isBlankRow(1));
    EXPECT_EQ(sheet.cell(2, 0).text, "c");
}

TEST(ColumnLetters, BijectiveBase26)
{
    EXPECT_EQ(columnLetters(0), "A");
    EXPECT_EQ(columnLetters(25), "Z");
    EXPECT_EQ(columnLetters(26), "AA");
    EXPECT_EQ(columnLetters(51), "AZ");
    EXPECT_EQ(columnLetters(52), "BA");
    EXPECT_EQ(columnLetters(701), "ZZ");
    EXPECT_EQ(columnLetters(702), "AAA");
    EXPECT_EQ(columnLetters(16383), "XFD");
    EXPECT_THROW(columnLetters(16384), InvalidArgument);
    EXPECT_THROW(columnLetters(-1), InvalidArgument);
}

TEST(ColumnLetters, FromLetters)
{
    EXPECT_EQ(columnFromLetters("A"), 0);
    EXPECT_EQ(columnFromLetters("f"), 5);
    EXPECT_EQ(columnFromLetters("AA"), 26);
    EXPECT_EQ(columnFromLetters("XFD"), 16383);
    for (int column : {0, 7, 25, 26, 700, 701, 702, 16383})
        EXPECT_EQ(columnFromLetters(columnLetters(column)), column);
    EXPECT_EQ(messageOf([] { columnFromLetters("A1"); }), "column 'A1' is not a column letter from A to XFD");
    EXPECT_THROW(columnFromLetters(""), InvalidArgument);
    EXPECT_THROW(columnFromLetters("XFE"), InvalidArgument);
    EXPECT_THROW(columnFromLetters("ABCD"), InvalidArgument);
    EXPECT_THROW(columnFromLetters("É"), InvalidArgument);
}

TEST(SheetSnapshot, GrowToMakesEmptyCellsAndKeepsWhatIsThere)
{
    SheetSnapshot sheet(Date(1899, 12, 30));
    sheet.setText(0, 1, "Client");
    sheet.growTo(3, 4);
    EXPECT_EQ(sheet.rowCount(), 3);
    EXPECT_EQ(sheet.columnCount(), 4);
    EXPECT_EQ(sheet.cell(0, 1).text, "Client");
    EXPECT_TRUE(sheet.cell(2, 3).isEmpty());
    sheet.setNumber(2, 3, 5.0);
    sheet.growTo(1, 1); // never shrinks
    EXPECT_EQ(sheet.rowCount(), 3);
    EXPECT_EQ(sheet.cell(2, 3).number, 5.0);
    EXPECT_THROW(sheet.growTo(-1, 2), InvalidArgument);
}
