// The stored mapping: its text form, strict parsing, and precedence over detection.
#include "core/error.hpp"
#include "core/register_mapping.hpp"

#include "error_message.hpp"
#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendTextRow;
using relance::test::calcNullDate;
using relance::test::messageOf;

TEST(RegisterMapping, TextOfTheFrenchSampleRegister)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, test::frenchHeaders);
    const RegisterLayout layout = detectRegisterColumns(sheet).layout();
    const std::string text = registerMappingText(layout);
    EXPECT_EQ(text, "header=1;invoice=A;client=B;issued=F;terms=G;due=H;excl=I;incl=J;paid=K;paid_date=L;"
                    "status=M;language=D;level=N;level_date=O;email=C;country=E");
    const RegisterLayout back = parseRegisterMapping(text);
    EXPECT_EQ(back.headerRow, 0);
    EXPECT_EQ(back.columns, layout.columns);
}

TEST(RegisterMapping, SpacesAndATrailingSemicolon)
{
    const auto layout = parseRegisterMapping(" header = 3 ; invoice = a ; client=B; due=AA; incl=J; ");
    EXPECT_EQ(layout.headerRow, 2);
    EXPECT_EQ(layout.columns.column(RegisterField::InvoiceNumber), 0);
    EXPECT_EQ(layout.columns.column(RegisterField::DueDate), 26);
    EXPECT_FALSE(layout.columns.has(RegisterField::Status));
}

TEST(RegisterMapping, StrictParsingNamesTheFault)
{
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;amount=J"); }), "stored mapping: unknown field 'amount'");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;due=H1"); }),
              "stored mapping: due: column 'H1' is not a column letter from A to XFD");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;due=H;due=I"); }),
              "stored mapping: field 'due' given twice");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;due=H;incl=H"); }),
              "stored mapping: Amount incl. tax: column H is already mapped to Due date");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("invoice=A"); }),
              "stored mapping: no header row (header=<row>) in 'invoice=A'");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=0;invoice=A"); }),
              "stored mapping: header row '0' is not a row number from 1 to 1048576");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1x"); }),
              "stored mapping: header row '1x' is not a row number from 1 to 1048576");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;header=2"); }), "stored mapping: header given twice");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;invoice"); }),
              "stored mapping: 'invoice' is not key=column");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;;invoice=A"); }),
              "stored mapping: empty entry in 'header=1;;invoice=A'");
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;Invoice=A"); }),
              "stored mapping: unknown field 'Invoice'"); // keys are exact
    EXPECT_EQ(messageOf([] { parseRegisterMapping("header=1;due="); }),
              "stored mapping: due: column '' is not a column letter from A to XFD");
}

TEST(RegisterMapping, StoredMappingOverridesDetection)
{
    // Detection reads column H ("Échéance") as the due date; the user said the
    // due date is in column L (the sheet's "Date paiement" header is misleading).
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, test::frenchHeaders);
    const auto detected = resolveRegisterLayout(sheet, "");
    EXPECT_EQ(detected.source, LayoutSource::HeaderDetection);
    EXPECT_EQ(detected.layout.columns.column(RegisterField::DueDate), 7);

    const auto stored = resolveRegisterLayout(sheet, "header=1;invoice=A;client=B;due=L;incl=J");
    EXPECT_EQ(stored.source, LayoutSource::StoredMapping);
    EXPECT_EQ(stored.layout.columns.column(RegisterField::DueDate), 11);
    EXPECT_FALSE(stored.layout.columns.has(RegisterField::PaidDate)); // not mixed with detection
    EXPECT_FALSE(stored.layout.columns.has(RegisterField::Status));
}

TEST(RegisterMapping, StoredMappingWorksWhereDetectionCannot)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, {"Ref", "Who", "When", "How much"});
    EXPECT_EQ(messageOf([&] { resolveRegisterLayout(sheet, "  "); }),
              "the register's columns are not clear: no header row found in rows 1 to 10");
    const auto stored = resolveRegisterLayout(sheet, "header=1;invoice=A;client=B;due=C;incl=D");
    EXPECT_EQ(stored.layout.columns.column(RegisterField::AmountInclTax), 3);
}

TEST(RegisterMapping, IncompleteStoredMappingIsRefused)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, test::germanHeaders);
    EXPECT_EQ(messageOf([&] { resolveRegisterLayout(sheet, "header=1;invoice=A;client=B;issued=F"); }),
              "stored mapping: missing column: Due date (or Issue date and Payment terms), Amount incl. tax");
}
