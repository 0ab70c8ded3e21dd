// TARGET closing days as decided and published by the ECB:
//   press release of 14 December 2000 (long-term calendar from 2002): New
//   Year's Day, Good Friday, Easter Monday, 1 May, Christmas Day, 26 December;
//   31 March / 15 July 1999: in 1999 only New Year's Day, Christmas Day and
//   31 December 1999; from 2000 the six days;
//   25 May 2000: 31 December 2001 closed as well.
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance::test;
using List = std::vector<std::string>;

TEST(CalendarTarget, LongTermCalendar)
{
    EXPECT_EQ(holidaysOf("TARGET", 2024),
              (List{"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-01", "2024-12-25", "2024-12-26"}));
    EXPECT_EQ(holidaysOf("TARGET", 2025),
              (List{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-12-25", "2025-12-26"}));
}

TEST(CalendarTarget, TheFirstThreeYears)
{
    EXPECT_EQ(holidaysOf("TARGET", 1999), (List{"1999-01-01", "1999-12-25", "1999-12-31"}));
    EXPECT_TRUE(isBusinessDay("TARGET", "1999-04-02")); // Good Friday 1999: open
    EXPECT_TRUE(isBusinessDay("TARGET", "1999-04-05")); // Easter Monday 1999: open
    EXPECT_EQ(holidaysOf("TARGET", 2000),
              (List{"2000-01-01", "2000-04-21", "2000-04-24", "2000-05-01", "2000-12-25", "2000-12-26"}));
    EXPECT_FALSE(isBusinessDay("TARGET", "2001-12-31"));
    EXPECT_TRUE(isBusinessDay("TARGET", "2002-12-31"));
}

TEST(CalendarTarget, NoNationalHolidays)
{
    EXPECT_TRUE(isBusinessDay("TARGET", "2025-05-29")); // Ascension
    EXPECT_TRUE(isBusinessDay("TARGET", "2025-10-03")); // German Unity Day
    EXPECT_TRUE(isBusinessDay("TARGET", "2025-07-14")); // Bastille Day
}
