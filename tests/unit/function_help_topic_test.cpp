// Help on a cell: the Relance function its formula calls, by the name the
// manual's sections carry. The formulas are written as Calc's API returns
// them (XCell::getFormula of a cell typed =DAYSLATE(H2) in any UI language).
#include "catalog/function_help_topic.hpp"

#include <gtest/gtest.h>

using relance::catalog::functionHelpTopic;

TEST(FunctionHelpTopic, NamesTheFunctionCalled)
{
    EXPECT_EQ(functionHelpTopic("=ORG.RELANCE.RELANCEFUNCTIONS.GETDAYSLATE(H2;RELANCE_ASOF;0)"), "DAYSLATE");
    EXPECT_EQ(functionHelpTopic("=ORG.RELANCE.RELANCEFUNCTIONS.GETRECOVERYFEE(J2;\"EU\")"), "RECOVERYFEE");
}

TEST(FunctionHelpTopic, FirstRelanceFunctionInANestedFormula)
{
    EXPECT_EQ(functionHelpTopic("=IF(J2=\"\";\"\";ROUND(ORG.RELANCE.RELANCEFUNCTIONS.GETLATEINTEREST(J2;H2);2)+"
                                "ORG.RELANCE.RELANCEFUNCTIONS.GETRECOVERYFEE(J2))"),
              "LATEINTEREST");
}

TEST(FunctionHelpTopic, AnyCase)
{
    EXPECT_EQ(functionHelpTopic("=org.relance.RelanceFunctions.getLateRate(\"EU\";A1)"), "LATERATE");
}

TEST(FunctionHelpTopic, NoneForOtherFormulasAndTexts)
{
    EXPECT_EQ(functionHelpTopic("=SUM(A1:A3)"), "");
    EXPECT_EQ(functionHelpTopic(""), "");
    EXPECT_EQ(functionHelpTopic("DAYSLATE"), "");
    EXPECT_EQ(functionHelpTopic("=ORG.RELANCE.RELANCEFUNCTIONS.GETNOSUCHTHING(1)"), "");
    EXPECT_EQ(functionHelpTopic("=ORG.RELANCE.RELANCEFUNCTIONS."), "");
}
