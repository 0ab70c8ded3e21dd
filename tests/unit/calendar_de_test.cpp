// DE and the sixteen Länder against the published 2025 table of
// "Gesetzliche Feiertage 2025 in Deutschland" by Land (ferienwiki.at/feiertage/2025/de,
// arbeitstage.org/feiertage-2025, nordbayern.de "Gesetzliche Feiertage 2025"):
//   Neujahr 01.01, Karfreitag 18.04, Ostermontag 21.04, Tag der Arbeit 01.05,
//   Christi Himmelfahrt 29.05, Pfingstmontag 09.06, Tag der Deutschen Einheit
//   03.10, Weihnachten 25.12 and 26.12 everywhere; then
//   Heilige Drei Könige 06.01 (BW, BY, ST), Frauentag 08.03 (BE, MV),
//   Ostersonntag 20.04 and Pfingstsonntag 08.06 (BB), 8 May 2025 (BE only),
//   Fronleichnam 19.06 (BW, BY, HE, NW, RP, SL), Mariä Himmelfahrt 15.08 (SL,
//   Catholic municipalities of BY), Weltkindertag 20.09 (TH), Reformationstag
//   31.10 (BB, HB, HH, MV, NI, SN, ST, SH, TH), Allerheiligen 01.11 (BW, BY,
//   NW, RP, SL), Buß- und Bettag 19.11 (SN).
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace relance::test;
using List = std::vector<std::string>;

namespace {

List national2025()
{
    return {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29",
            "2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26"};
}

List sorted(List days)
{
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

TEST(CalendarDe, National2025)
{
    EXPECT_EQ(holidaysOf("DE", 2025), national2025());
}

TEST(CalendarDe, EachLand2025)
{
    const std::map<std::string, List> ownDays = {
        {"DE-BW", {"2025-01-06", "2025-06-19", "2025-11-01"}},
        {"DE-BY", {"2025-01-06", "2025-06-19", "2025-08-15", "2025-11-01"}},
        {"DE-BE", {"2025-03-08", "2025-05-08"}},
        {"DE-BB", {"2025-04-20", "2025-06-08", "2025-10-31"}},
        {"DE-HB", {"2025-10-31"}},
        {"DE-HH", {"2025-10-31"}},
        {"DE-HE", {"2025-06-19"}},
        {"DE-MV", {"2025-03-08", "2025-10-31"}},
        {"DE-NI", {"2025-10-31"}},
        {"DE-NW", {"2025-06-19", "2025-11-01"}},
        {"DE-RP", {"2025-06-19", "2025-11-01"}},
        {"DE-SL", {"2025-06-19", "2025-08-15", "2025-11-01"}},
        {"DE-SN", {"2025-10-31", "2025-11-19"}},
        {"DE-ST", {"2025-01-06", "2025-10-31"}},
        {"DE-SH", {"2025-10-31"}},
        {"DE-TH", {"2025-09-20", "2025-10-31"}},
    };
    ASSERT_EQ(ownDays.size(), 16u);
    for (const auto& [code, own] : ownDays) {
        List expected = national2025();
        expected.insert(expected.end(), own.begin(), own.end());
        EXPECT_EQ(holidaysOf(code, 2025), sorted(expected)) << code;
    }
}

TEST(CalendarDe, MovableDays2024)
{
    // Published 2024 dates: Karfreitag 29.03, Ostermontag 01.04, Christi
    // Himmelfahrt 09.05, Pfingstmontag 20.05, Fronleichnam 30.05, Buß- und
    // Bettag 20.11.
    for (const char* day : {"2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20"})
        EXPECT_TRUE(isHoliday("DE", day)) << day;
    EXPECT_TRUE(isHoliday("DE-NW", "2024-05-30"));
    EXPECT_FALSE(isHoliday("DE", "2024-05-30"));
    EXPECT_TRUE(isHoliday("DE-SN", "2024-11-20"));
    EXPECT_FALSE(isHoliday("DE-BY", "2024-11-20"));
}

TEST(CalendarDe, ReformationDayEverywhereIn2017Only)
{
    for (const std::string& code : relance::calendarCodes()) {
        if (code.rfind("DE", 0) == 0) {
            EXPECT_TRUE(isHoliday(code, "2017-10-31")) << code;
        }
    }
    EXPECT_FALSE(isHoliday("DE", "2016-10-31"));
    EXPECT_FALSE(isHoliday("DE", "2018-10-31"));
    EXPECT_FALSE(isHoliday("DE-BY", "2018-10-31"));
}

TEST(CalendarDe, DaysThatStartedInAGivenYear)
{
    // Reformationstag in the four northern Länder since 2018.
    for (const char* code : {"DE-HB", "DE-HH", "DE-NI", "DE-SH"}) {
        EXPECT_FALSE(isHoliday(code, "2016-10-31")) << code;
        EXPECT_TRUE(isHoliday(code, "2018-10-31")) << code;
    }
    // ...and in the eastern Länder all along.
    for (const char* code : {"DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"})
        EXPECT_TRUE(isHoliday(code, "2005-10-31")) << code;
    // Internationaler Frauentag: Berlin since 2019, Mecklenburg-Vorpommern since 2023.
    EXPECT_FALSE(isHoliday("DE-BE", "2018-03-08"));
    EXPECT_TRUE(isHoliday("DE-BE", "2019-03-08"));
    EXPECT_FALSE(isHoliday("DE-MV", "2022-03-08"));
    EXPECT_TRUE(isHoliday("DE-MV", "2023-03-08"));
    // Weltkindertag in Thuringia since 2019.
    EXPECT_FALSE(isHoliday("DE-TH", "2018-09-20"));
    EXPECT_TRUE(isHoliday("DE-TH", "2019-09-20"));
}

TEST(CalendarDe, BerlinOneOffDays)
{
    EXPECT_TRUE(isHoliday("DE-BE", "2020-05-08"));
    EXPECT_TRUE(isHoliday("DE-BE", "2025-05-08"));
    EXPECT_TRUE(isHoliday("DE-BE", "2028-06-17"));
    EXPECT_FALSE(isHoliday("DE-BE", "2026-05-08"));
    EXPECT_FALSE(isHoliday("DE-BB", "2025-05-08"));
}

TEST(CalendarDe, PartialHolidaysAsDecided)
{
    // Included: Assumption in Bavaria (most municipalities).
    EXPECT_TRUE(isHoliday("DE-BY", "2025-08-15"));
    // Excluded: Corpus Christi in Saxony and Thuringia (a few municipalities),
    // Augsburger Friedensfest (the city of Augsburg only).
    EXPECT_FALSE(isHoliday("DE-SN", "2025-06-19"));
    EXPECT_FALSE(isHoliday("DE-TH", "2025-06-19"));
    EXPECT_FALSE(isHoliday("DE-BY", "2025-08-08"));
    // Brandenburg's Sundays are holidays, but no weekday changes.
    EXPECT_TRUE(isHoliday("DE-BB", "2025-04-20"));
    EXPECT_FALSE(isHoliday("DE-HE", "2025-04-20"));
}
