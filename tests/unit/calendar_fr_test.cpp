// FR and FR-57 against published lists of jours fériés:
//   2025: service-public.fr ("Jours fériés 2025") - 1 Jan, Lundi de Pâques
//         21 Apr, 1 May, 8 May, Ascension 29 May, Lundi de Pentecôte 9 Jun,
//         14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec; Alsace-Moselle adds
//         Vendredi saint 18 Apr and 26 Dec;
//   2026: FO Fonctionnaires "Calendrier congés fériés" (published 2026-01-01);
//   2015: le-journal-catalan.com "En 2015, les dates des jours fériés".
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance::test;
using List = std::vector<std::string>;

TEST(CalendarFr, ServicePublic2025)
{
    EXPECT_EQ(holidaysOf("FR", 2025),
              (List{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
                    "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"}));
}

TEST(CalendarFr, Published2026And2015)
{
    const List dates2026 = {"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
                            "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"};
    EXPECT_EQ(holidaysOf("FR", 2026), dates2026);
    const List dates2015 = {"2015-01-01", "2015-04-06", "2015-05-01", "2015-05-08", "2015-05-14", "2015-05-25",
                            "2015-07-14", "2015-08-15", "2015-11-01", "2015-11-11", "2015-12-25"};
    EXPECT_EQ(holidaysOf("FR", 2015), dates2015);
}

TEST(CalendarFr, AlsaceMoselleAddsGoodFridayAndSaintStephen)
{
    EXPECT_EQ(holidaysOf("FR-57", 2025),
              (List{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29",
                    "2025-06-09", "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
                    "2025-12-26"}));
    EXPECT_TRUE(isBusinessDay("FR", "2025-04-18"));
    EXPECT_TRUE(isBusinessDay("FR", "2025-12-26"));
    EXPECT_FALSE(isBusinessDay("FR-57", "2025-04-18"));
    EXPECT_FALSE(isBusinessDay("FR-57", "2025-12-26"));
}

TEST(CalendarFr, WhitMondayKeptInTheSolidarityDayYears)
{
    // 2005-2007: still a fête légale, worked by default as the journée de
    // solidarité; kept as a holiday (see holidays_fr.cpp).
    EXPECT_TRUE(isHoliday("FR", "2005-05-16"));
    EXPECT_TRUE(isHoliday("FR", "2006-06-05"));
    EXPECT_TRUE(isHoliday("FR", "2007-05-28"));
}
