// BE, NL and LU against published lists:
//   BE 2025 and 2026: the ten jours fériés légaux (feiertagskalender.ch
//      "Belgique, jours fériés légalement reconnus 2026"; 2025 list of the
//      same ten days: 1 Jan, 21 Apr, 1 May, 29 May, 9 Jun, 21 Jul, 15 Aug,
//      1 Nov, 11 Nov, 25 Dec);
//   NL 2025: jaarkalender.nl "Feestdagen 2025" (Koningsdag Saturday 26 April,
//      Bevrijdingsdag 5 May); NL 2026: alle-feestdagen.be "Wettelijke
//      feestdagen 2026" (Koningsdag Monday 27 April); Koningsdag 2014 was
//      kept on Saturday 26 April and Koninginnedag 2006 on Saturday 29 April
//      (the day moves to the Saturday when it falls on a Sunday, since 1980);
//   LU: lcgb.lu "Jours fériés légaux" (eleven days, Europe Day 9 May since 2019).
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance::test;
using List = std::vector<std::string>;

TEST(CalendarBe, Published2025And2026)
{
    EXPECT_EQ(holidaysOf("BE", 2025),
              (List{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-07-21",
                    "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"}));
    EXPECT_EQ(holidaysOf("BE", 2026),
              (List{"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-07-21",
                    "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"}));
    EXPECT_TRUE(isBusinessDay("BE", "2025-12-26")); // no national 26 December
    EXPECT_TRUE(isBusinessDay("BE", "2025-04-18")); // nor Good Friday
}

TEST(CalendarNl, Published2025And2026)
{
    EXPECT_EQ(holidaysOf("NL", 2025),
              (List{"2025-01-01", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09",
                    "2025-12-25", "2025-12-26"}));
    EXPECT_EQ(holidaysOf("NL", 2026),
              (List{"2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25",
                    "2026-12-25", "2026-12-26"}));
}

TEST(CalendarNl, KingsAndQueensDay)
{
    EXPECT_TRUE(isHoliday("NL", "2025-04-26"));  // 27 April 2025 is a Sunday
    EXPECT_FALSE(isHoliday("NL", "2025-04-27"));
    EXPECT_TRUE(isHoliday("NL", "2014-04-26"));  // the first King's Day, 27 April a Sunday
    EXPECT_TRUE(isHoliday("NL", "2013-04-30"));  // the last Queen's Day
    EXPECT_FALSE(isHoliday("NL", "2014-04-30"));
    EXPECT_TRUE(isHoliday("NL", "2006-04-29"));  // 30 April 2006 a Sunday
    EXPECT_FALSE(isHoliday("NL", "2006-04-30"));
}

TEST(CalendarNl, LiberationDayEveryYearGoodFridayNot)
{
    EXPECT_TRUE(isHoliday("NL", "2024-05-05"));
    EXPECT_TRUE(isHoliday("NL", "2026-05-05"));   // not a lustrum year: still a feestdag (Atw)
    EXPECT_TRUE(isBusinessDay("NL", "2025-04-18")); // Goede Vrijdag
    EXPECT_FALSE(isHoliday("NL", "2025-04-20"));  // Easter Sunday is not listed
}

TEST(CalendarLu, Published2025)
{
    EXPECT_EQ(holidaysOf("LU", 2025),
              (List{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-09", "2025-05-29", "2025-06-09",
                    "2025-06-23", "2025-08-15", "2025-11-01", "2025-12-25", "2025-12-26"}));
}

TEST(CalendarLu, EuropeDaySince2019)
{
    EXPECT_TRUE(isBusinessDay("LU", "2018-05-09"));
    EXPECT_TRUE(isHoliday("LU", "2019-05-09"));
}
