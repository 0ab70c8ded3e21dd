// ES and IT against published lists:
//   ES 2025: BOE-A-2024-21316 (Resolución de 15 de octubre de 2024, fiestas
//      laborales 2025): national days 1 Jan, 6 Jan, Viernes Santo 18 Apr,
//      1 May, 15 Aug, 1 Nov, 6 Dec, 8 Dec, 25 Dec, with 12 Oct on a Sunday;
//      Jueves Santo 17 Apr everywhere but Catalonia and Valencia, and
//      13 Oct in five communities only;
//   IT: legge 260/1949 as amended (normattiva.it) and legge 151/2025
//      ("festa nazionale di San Francesco d'Assisi, il 4 ottobre", in force
//      1 January 2026; on a Sunday in 2026, a Monday in 2027).
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance::test;
using List = std::vector<std::string>;

TEST(CalendarEs, Boe2025)
{
    EXPECT_EQ(holidaysOf("ES", 2025),
              (List{"2025-01-01", "2025-01-06", "2025-04-18", "2025-05-01", "2025-08-15", "2025-10-12",
                    "2025-11-01", "2025-12-06", "2025-12-08", "2025-12-25"}));
    EXPECT_TRUE(isBusinessDay("ES", "2025-04-17")); // Jueves Santo: regional
    EXPECT_TRUE(isBusinessDay("ES", "2025-10-13")); // the Monday after 12 Oct: regional
    EXPECT_TRUE(isBusinessDay("ES", "2025-04-21")); // Easter Monday: regional
}

TEST(CalendarIt, Published2025)
{
    EXPECT_EQ(holidaysOf("IT", 2025),
              (List{"2025-01-01", "2025-01-06", "2025-04-21", "2025-04-25", "2025-05-01", "2025-06-02",
                    "2025-08-15", "2025-11-01", "2025-12-08", "2025-12-25", "2025-12-26"}));
}

TEST(CalendarIt, SaintFrancisFrom2026)
{
    EXPECT_FALSE(isHoliday("IT", "2025-10-04"));
    EXPECT_TRUE(isHoliday("IT", "2026-10-04"));
    EXPECT_FALSE(isBusinessDay("IT", "2027-10-04"));
}

TEST(CalendarIt, RepublicDayOnTheFirstSundayOfJuneUntil2000)
{
    EXPECT_TRUE(isBusinessDay("IT", "2000-06-02"));
    EXPECT_TRUE(isHoliday("IT", "2000-06-04"));
    EXPECT_TRUE(isHoliday("IT", "2001-06-02"));
    EXPECT_FALSE(isHoliday("IT", "2001-06-03"));
}
