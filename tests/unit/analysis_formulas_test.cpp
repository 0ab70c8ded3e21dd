// The analysis columns' formulas, written out by hand for the sample
// registers' layout (tests/fixtures/README.md: F issue date, G terms, H due,
// J amount incl. tax, K paid amount, L paid date) and for registers with
// fewer columns. What they compute is checked in a real Calc against Calc's
// own built-ins (tests/office/test_analysis_columns.py).
#include "core/analysis_formulas.hpp"
#include "core/error.hpp"
#include "core/register_columns.hpp"

#include "register_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::appendTextRow;
using relance::test::calcNullDate;

namespace {

RegisterLayout layoutOf(const std::vector<std::string>& headers)
{
    SheetSnapshot sheet(calcNullDate);
    appendTextRow(sheet, headers);
    return detectRegisterColumns(sheet).layout();
}

constexpr PerAnalysisColumn<int> columnsPtoT{15, 16, 17, 18, 19};

std::string formulaOf(const PerAnalysisColumn<std::string>& formulas, AnalysisColumn column)
{
    return formulas[analysisIndex(column)];
}

AnalysisRules frenchRules()
{
    AnalysisRules rules;
    rules.rule = "FR";
    rules.graceDays = 5;
    rules.thresholds = ReminderThresholds::fromText("1;10;20;30");
    return rules;
}

} // namespace

TEST(AnalysisFormulas, SampleRegisterSecondRow)
{
    const auto formulas =
        analysisFormulas(layoutOf(test::frenchHeaders), columnsPtoT, 1, frenchRules(), "RELANCE_ASOF");
    // The due date is H, or F + G when H is left empty (the row reader's rule).
    const std::string due = "IF(H2=\"\";F2+G2;H2)";
    const std::string outstanding = "MAX(0;J2-K2)";
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::DaysLate),
              "=IF(J2=\"\";\"\";IF(" + outstanding + ">0;DAYSLATE(" + due + ";RELANCE_ASOF;5);IF(L2=\"\";\"\";DAYSLATE(" +
                  due + ";L2;5))))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Level),
              "=IF(J2=\"\";\"\";IF(AND(" + outstanding + ">0;P2>0);REMINDERLEVEL(" + due +
                  ";RELANCE_ASOF;\"1;10;20;30\");0))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Interest),
              "=IF(J2=\"\";\"\";IF(AND(" + outstanding + ">0;P2>0);IF(AND(K2>0;L2<>\"\");BALANCEINTEREST(J2;" + due +
                  ";CHOOSE({1;2};L2;K2);RELANCE_ASOF;\"FR\");LATEINTEREST(" + outstanding + ";" + due +
                  ";RELANCE_ASOF;\"FR\"));0))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Fee),
              "=IF(J2=\"\";\"\";IF(AND(" + outstanding + ">0;P2>0);RECOVERYFEE(J2;\"FR\");0))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::TotalDue), "=IF(J2=\"\";\"\";ROUND(" + outstanding + "+R2+S2;2))");
}

TEST(AnalysisFormulas, DueDateOnlyNoPayments)
{
    // Invoice, client, due date, amount: nothing paid is ever recorded.
    const auto formulas = analysisFormulas(layoutOf({"Invoice", "Client", "Due date", "Amount"}), {4, 5, 6, 7, 8}, 2,
                                           AnalysisRules(), "RELANCE_ASOF");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::DaysLate),
              "=IF(D3=\"\";\"\";IF(D3>0;DAYSLATE(C3;RELANCE_ASOF;0);\"\"))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Level),
              "=IF(D3=\"\";\"\";IF(AND(D3>0;E3>0);REMINDERLEVEL(C3;RELANCE_ASOF;\"1;15;30;45\");0))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Interest),
              "=IF(D3=\"\";\"\";IF(AND(D3>0;E3>0);LATEINTEREST(D3;C3;RELANCE_ASOF;\"EU\");0))");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::TotalDue), "=IF(D3=\"\";\"\";ROUND(D3+G3+H3;2))");
}

TEST(AnalysisFormulas, DueDateFromIssueDateAndTerms)
{
    // No due column: issue date + terms, as DUEDATE(issued; terms) gives it.
    const auto formulas =
        analysisFormulas(layoutOf({"Invoice", "Client", "Invoice date", "Terms", "Amount", "Paid", "Paid date"}),
                         {8, 9, 10, 11, 12}, 1, AnalysisRules(), "RELANCE_ASOF");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::DaysLate),
              "=IF(E2=\"\";\"\";IF(MAX(0;E2-F2)>0;DAYSLATE((C2+D2);RELANCE_ASOF;0);IF(G2=\"\";\"\";DAYSLATE((C2+D2);"
              "G2;0))))");
}

TEST(AnalysisFormulas, PaidDateWithoutPaidAmountUsesLateInterest)
{
    // Without a paid amount there is no part payment to credit.
    const auto formulas = analysisFormulas(layoutOf({"Invoice", "Client", "Due date", "Amount", "Paid date"}),
                                           {5, 6, 7, 8, 9}, 1, AnalysisRules(), "RELANCE_ASOF");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Interest),
              "=IF(D2=\"\";\"\";IF(AND(D2>0;F2>0);LATEINTEREST(D2;C2;RELANCE_ASOF;\"EU\");0))");
}

TEST(AnalysisFormulas, RuleTextIsQuoted)
{
    AnalysisRules rules;
    rules.rule = "E\"U";
    const auto formulas = analysisFormulas(layoutOf({"Invoice", "Client", "Due date", "Amount"}), {4, 5, 6, 7, 8}, 1,
                                           rules, "RELANCE_ASOF");
    EXPECT_EQ(formulaOf(formulas, AnalysisColumn::Fee),
              "=IF(D2=\"\";\"\";IF(AND(D2>0;E2>0);RECOVERYFEE(D2;\"E\"\"U\");0))");
}

TEST(AnalysisFormulas, RefusesALayoutWithoutAmount)
{
    RegisterLayout layout;
    layout.columns.assign(RegisterField::InvoiceNumber, 0);
    layout.columns.assign(RegisterField::Client, 1);
    layout.columns.assign(RegisterField::DueDate, 2);
    EXPECT_THROW(analysisFormulas(layout, columnsPtoT, 1, AnalysisRules(), "RELANCE_ASOF"), InvalidArgument);
}

TEST(AnalysisFormulas, ColumnsRead)
{
    // What the formulas above refer to, and nothing else: a bad cell elsewhere
    // (a status word, a language code) does not stop the command.
    for (const RegisterField field : {RegisterField::DueDate, RegisterField::IssueDate, RegisterField::PaymentTerms,
                                      RegisterField::AmountInclTax, RegisterField::PaidAmount, RegisterField::PaidDate})
        EXPECT_TRUE(analysisFormulasRead(field)) << fieldName(field);
    for (const RegisterField field : {RegisterField::InvoiceNumber, RegisterField::Client, RegisterField::Status,
                                      RegisterField::Language, RegisterField::LastReminderLevel,
                                      RegisterField::AmountExclTax})
        EXPECT_FALSE(analysisFormulasRead(field)) << fieldName(field);
}
