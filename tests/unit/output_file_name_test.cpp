// Client names as anyone may type them, turned into file names: every
// expectation is written by hand from the rules in output_file_name.hpp.
#include "core/output_file_name.hpp"

#include <gtest/gtest.h>

#include <set>

using relance::safeFileStem;
using relance::unusedFileName;

TEST(SafeFileStem, KeepsOrdinaryNamesAndAccents)
{
    EXPECT_EQ(safeFileStem("Boulangerie Dupont SARL"), "Boulangerie Dupont SARL");
    EXPECT_EQ(safeFileStem("Müller & Söhne GmbH"), "Müller & Söhne GmbH");
    EXPECT_EQ(safeFileStem("Café de l'Été"), "Café de l'Été");
}

TEST(SafeFileStem, NoPathEscapes)
{
    EXPECT_EQ(safeFileStem("../../etc/passwd"), "etc_passwd");
    EXPECT_EQ(safeFileStem("..\\..\\Windows\\system32"), "Windows_system32");
    EXPECT_EQ(safeFileStem("/"), "client");
    EXPECT_EQ(safeFileStem(".."), "client");
    EXPECT_EQ(safeFileStem(".hidden"), "hidden");
    EXPECT_EQ(safeFileStem("C:\\temp"), "C_temp");
}

TEST(SafeFileStem, QuotesMarkupAndControls)
{
    // '"' -> '_', then "Quoted", '"' -> '_' merged with the space, '<' -> '_' ...: one
    // separator per run, and the leading and trailing '_' trimmed
    EXPECT_EQ(safeFileStem("\"Quoted\" <b>Bold</b> | pipe?*"), "Quoted_b_Bold_b_pipe");
    // written out: each forbidden character is '_', runs of '_' and spaces become one
    EXPECT_EQ(safeFileStem("A<b>B"), "A_b_B");
    EXPECT_EQ(safeFileStem("line\nbreak\ttab"), "line_break_tab"); // a tab is a control character too
    EXPECT_EQ(safeFileStem(std::string("nul\0byte", 8)), "nul_byte");
    EXPECT_EQ(safeFileStem("bell\x07"), "bell");
    EXPECT_EQ(safeFileStem("c1\xC2\x85" "control"), "c1_control"); // U+0085, a C1 control
}

TEST(SafeFileStem, InvalidUtf8BecomesUnderscore)
{
    EXPECT_EQ(safeFileStem("bad\xFF" "byte"), "bad_byte");
    EXPECT_EQ(safeFileStem("overlong\xC0\xAF"), "overlong");
    EXPECT_EQ(safeFileStem("cut\xE2\x82"), "cut");
}

TEST(SafeFileStem, WindowsDeviceNames)
{
    EXPECT_EQ(safeFileStem("CON"), "CON_");
    EXPECT_EQ(safeFileStem("con"), "con_");
    EXPECT_EQ(safeFileStem("Lpt1"), "Lpt1_");
    EXPECT_EQ(safeFileStem("NUL.txt"), "NUL.txt_");
    EXPECT_EQ(safeFileStem("CONSTRUCTIONS"), "CONSTRUCTIONS");
    EXPECT_EQ(safeFileStem("COM0"), "COM0");
}

TEST(SafeFileStem, LongNamesAreCutAtACharacterBoundary)
{
    const std::string ascii(300, 'a');
    EXPECT_EQ(safeFileStem(ascii), std::string(relance::maximumFileStemBytes, 'a'));
    std::string accents;
    for (int i = 0; i < 100; ++i)
        accents += "é"; // two bytes each
    const std::string stem = safeFileStem(accents);
    EXPECT_EQ(stem.size(), relance::maximumFileStemBytes);
    EXPECT_EQ(stem.substr(0, 2), "é");
    EXPECT_EQ(stem.substr(stem.size() - 2), "é");
}

TEST(UnusedFileName, NumbersRatherThanReplaces)
{
    std::set<std::string> present;
    const auto exists = [&](const std::string& name) { return present.count(name) > 0; };
    EXPECT_EQ(unusedFileName("Dupont", ".pdf", exists), "Dupont.pdf");
    present = {"Dupont.pdf"};
    EXPECT_EQ(unusedFileName("Dupont", ".pdf", exists), "Dupont-2.pdf");
    present = {"Dupont.pdf", "Dupont-2.pdf", "Dupont-3.pdf"};
    EXPECT_EQ(unusedFileName("Dupont", ".pdf", exists), "Dupont-4.pdf");
}
