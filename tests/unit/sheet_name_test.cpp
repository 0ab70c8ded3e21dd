// Sheet names made of client names: every expectation is written by hand
// from the rules in sheet_name.hpp (Calc's and Excel's limits on names).
#include "core/sheet_name.hpp"

#include <gtest/gtest.h>

#include <set>

using relance::safeSheetName;

namespace {

bool none(const std::u16string&) { return false; }

} // namespace

TEST(SafeSheetName, KeepsOrdinaryNamesAndAccents)
{
    EXPECT_EQ(safeSheetName(u"Plan L'Atelier & Fils SARL", none), u"Plan L'Atelier & Fils SARL");
    EXPECT_EQ(safeSheetName(u"Échéancier Müller", none), u"Échéancier Müller");
}

TEST(SafeSheetName, ForbiddenCharactersAndControls)
{
    EXPECT_EQ(safeSheetName(u"Plan A/B [Paris]: *?\\", none), u"Plan A-B -Paris-- ---");
    EXPECT_EQ(safeSheetName(u"Plan line\nbreak\t tab", none), u"Plan line break tab");
    // an apostrophe may not start or end a name; inside it stays
    EXPECT_EQ(safeSheetName(u"'Quoted'", none), u"Quoted");
    EXPECT_EQ(safeSheetName(u"  ", none), u"Plan");
    EXPECT_EQ(safeSheetName(u"''", none, u"Fallback"), u"Fallback");
}

TEST(SafeSheetName, CutToThirtyOneUnits)
{
    // 35 characters: "Plan Compagnie Générale des " is 28, and "Eaux" does not fit whole
    EXPECT_EQ(safeSheetName(u"Plan Compagnie Générale des Eaux SA", none), u"Plan Compagnie Générale des");
    EXPECT_EQ(safeSheetName(u"Échéancier L'Atelier & Fils SARL", none), u"Échéancier L'Atelier & Fils"); // 32
    // no space in the second half: a hard cut at 31
    EXPECT_EQ(safeSheetName(u"Plan " + std::u16string(40, u'z'), none), u"Plan " + std::u16string(26, u'z'));
    // U+1F600 is two UTF-16 units: it is dropped whole, never cut in half
    const std::u16string thirty(30, u'x'); // no space: cut by units
    EXPECT_EQ(safeSheetName(thirty + u"\U0001F600", none), thirty);
    EXPECT_EQ(safeSheetName(std::u16string(29, u'x') + u"\U0001F600", none).size(), 31u);
}

TEST(SafeSheetName, UniqueWithANumber)
{
    std::set<std::u16string> sheets{u"Plan Dupont", u"Plan Dupont (2)"};
    const auto taken = [&](const std::u16string& name) { return sheets.count(name) > 0; };
    EXPECT_EQ(safeSheetName(u"Plan Dupont", taken), u"Plan Dupont (3)");
    EXPECT_EQ(safeSheetName(u"Plan Durand", taken), u"Plan Durand");
    // the suffix fits within 31: the name is cut to 27, then " (2)"
    const std::u16string full(31, u'y');
    sheets.insert(full);
    EXPECT_EQ(safeSheetName(full, taken), std::u16string(27, u'y') + u" (2)");
}
