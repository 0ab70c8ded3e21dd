// The function table against the IDL the add-in implements: every IDL method
// is in the table with the same visible arguments in the same order, and
// every text the Function Wizard shows exists in en-US, fr and de.
#include "catalog/calc_addins_xcu.hpp"
#include "catalog/function_catalog.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace {

using catalog_arguments = std::map<std::string, std::vector<std::string>>;

// Method name -> argument names (without the document options) read from the IDL text.
catalog_arguments idlMethods()
{
    std::ifstream in(std::string(RELANCE_SOURCE_DIR) + "/idl/org/relance/XRelanceFunctions.idl");
    std::stringstream text;
    text << in.rdbuf();
    const std::string idl = text.str();
    catalog_arguments methods;
    const std::regex method(R"(any\s+(get\w+)\s*\(([^)]*)\))");
    const std::regex argument(R"(\[in\]\s+[\w:<>\s]+?\s(\w+)\s*(,|$))");
    for (auto m = std::sregex_iterator(idl.begin(), idl.end(), method); m != std::sregex_iterator(); ++m) {
        std::vector<std::string> names;
        const std::string list = (*m)[2];
        for (auto a = std::sregex_iterator(list.begin(), list.end(), argument); a != std::sregex_iterator(); ++a)
            if ((*a)[1] != "Options")
                names.push_back((*a)[1]);
        methods[(*m)[1]] = names;
    }
    return methods;
}

// The Function Wizard gives the function's description three lines and the
// argument's two, and cuts off the rest mid-word ("...one date that you can
// fr..."). Seen in LibreOffice 7.4's wizard (tools/function_wizard_screenshot.py,
// gen plugin, 654 px wide in en-US): a line holds 75 to 79 characters. The
// test wraps at 70, word by word, to keep a margin for wide letters.
constexpr std::size_t wizardLineCharacters = 70;
constexpr int functionDescriptionLines = 3;
constexpr int argumentDescriptionLines = 2;

std::size_t characters(const std::string& utf8)
{
    std::size_t count = 0;
    for (const unsigned char byte : utf8)
        count += (byte & 0xC0) != 0x80; // count lead bytes only
    return count;
}

int wrappedLines(const std::string& text)
{
    int lines = 1;
    std::size_t used = 0;
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        const std::size_t length = characters(word);
        if (used > 0 && used + 1 + length > wizardLineCharacters) {
            ++lines;
            used = 0;
        }
        used += (used > 0 ? 1 : 0) + length;
    }
    return lines;
}

} // namespace

TEST(FunctionCatalog, WizardTextsFitTheirArea)
{
    for (const auto& function : relance::catalog::functions()) {
        for (const auto* text : {&function.description.english, &function.description.french,
                                 &function.description.german})
            EXPECT_LE(wrappedLines(*text), functionDescriptionLines) << function.programmaticName << ": " << *text;
        for (const auto& parameter : function.parameters)
            for (const auto* text : {&parameter.description.english, &parameter.description.french,
                                     &parameter.description.german})
                EXPECT_LE(wrappedLines(*text), argumentDescriptionLines)
                    << function.programmaticName << "." << parameter.name << ": " << *text;
    }
}

TEST(FunctionCatalog, MatchesTheIdl)
{
    const catalog_arguments idl = idlMethods();
    ASSERT_FALSE(idl.empty());
    EXPECT_EQ(idl.size(), relance::catalog::functions().size());
    for (const auto& [method, arguments] : idl) {
        const auto* function = relance::catalog::findFunction(method);
        ASSERT_NE(function, nullptr) << method << " is in the IDL but not in the table";
        std::vector<std::string> tableArguments;
        for (const auto& parameter : function->parameters)
            tableArguments.push_back(parameter.name);
        EXPECT_EQ(tableArguments, arguments) << method;
    }
}

TEST(FunctionCatalog, EveryTextInEveryLanguage)
{
    std::set<std::string> names;
    for (const auto& function : relance::catalog::functions()) {
        for (const auto* text : {&function.displayName, &function.description}) {
            EXPECT_FALSE(text->english.empty()) << function.programmaticName;
            EXPECT_FALSE(text->french.empty()) << function.programmaticName;
            EXPECT_FALSE(text->german.empty()) << function.programmaticName;
        }
        for (const auto* name : {&function.displayName.english, &function.displayName.french,
                                 &function.displayName.german})
            EXPECT_TRUE(names.insert(*name).second) << *name << " is used twice";
        for (const auto& parameter : function.parameters)
            for (const auto* text : {&parameter.displayName, &parameter.description})
                EXPECT_TRUE(!text->english.empty() && !text->french.empty() && !text->german.empty())
                    << function.programmaticName << "." << parameter.name;
    }
}

TEST(FunctionCatalog, LanguageFromLocale)
{
    using relance::catalog::Language;
    EXPECT_EQ(relance::catalog::languageFromLocale("fr"), Language::French);
    EXPECT_EQ(relance::catalog::languageFromLocale("fr-CA"), Language::French);
    EXPECT_EQ(relance::catalog::languageFromLocale("de-AT"), Language::German);
    EXPECT_EQ(relance::catalog::languageFromLocale("en-US"), Language::English);
    EXPECT_EQ(relance::catalog::languageFromLocale("nl"), Language::English);
    EXPECT_EQ(relance::catalog::languageFromLocale("fry"), Language::English); // Frisian is not French
}

TEST(CalcAddInsXcu, NamesEveryFunctionAndEscapesText)
{
    const std::string xcu = relance::catalog::calcAddInsXcu();
    EXPECT_NE(xcu.find("oor:name=\"org.relance.RelanceFunctions\""), std::string::npos);
    for (const auto& function : relance::catalog::functions())
        EXPECT_NE(xcu.find("oor:name=\"" + function.programmaticName + "\""), std::string::npos);
    EXPECT_NE(xcu.find("<value>Date&amp;Time</value>"), std::string::npos);
    EXPECT_NE(xcu.find("<value xml:lang=\"fr\">JOURS.RETARD</value>"), std::string::npos);
    EXPECT_EQ(xcu.find("\"45 days"), std::string::npos) << "quotes must be escaped";
}
