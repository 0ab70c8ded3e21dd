// GB-ENG and GB-SCT against the bank holidays published on gov.uk
// (https://www.gov.uk/bank-holidays and bank-holidays.json). gov.uk lists
// only the weekday on which a bank holiday is taken (the substitute day when
// the holiday itself is on a weekend), so the lists are compared with the
// calendar's weekday holidays.
#include "calendar_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace relance::test;
using List = std::vector<std::string>;

TEST(CalendarGbEngland, GovUkLists2018To2026)
{
    // gov.uk bank-holidays.json, division "england-and-wales".
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2018), (List{"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07",
                                                      "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"}));
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2019), (List{"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06",
                                                      "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}));
    // Early May bank holiday moved to Friday 8 May (VE day); Boxing Day substitute.
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2020), (List{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                                      "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}));
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2021), (List{"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03",
                                                      "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}));
    // Spring bank holiday on Thursday 2 June, Platinum Jubilee Friday 3 June,
    // State Funeral 19 September, Christmas Day substitute Tuesday 27 December.
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2022),
              (List{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                    "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}));
    // Coronation of King Charles III, Monday 8 May.
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2023),
              (List{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                    "2023-08-28", "2023-12-25", "2023-12-26"}));
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2024), (List{"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
                                                      "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}));
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2025), (List{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                                      "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}));
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2026), (List{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                                                      "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"}));
}

TEST(CalendarGbEngland, GovUkLists2011And2012)
{
    // gov.uk 2012 list; 2011 with the Royal Wedding on Friday 29 April.
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2011),
              (List{"2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30",
                    "2011-08-29", "2011-12-26", "2011-12-27"}));
    // Spring bank holiday moved to Monday 4 June, Diamond Jubilee Tuesday 5 June.
    EXPECT_EQ(weekdayHolidaysOf("GB-ENG", 2012),
              (List{"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05",
                    "2012-08-27", "2012-12-25", "2012-12-26"}));
}

TEST(CalendarGbEngland, SubstituteDays)
{
    // gov.uk: "Christmas Day (substitute day)" and "Boxing Day (substitute day)".
    for (const char* day : {"2021-12-27", "2021-12-28", "2022-12-26", "2022-12-27", "2027-12-27", "2027-12-28",
                            "2020-12-28", "2022-01-03", "2023-01-02"})
        EXPECT_TRUE(isHoliday("GB-ENG", day)) << day;
    // The holidays themselves stay in the list even on a weekend.
    const List all2022 = holidaysOf("GB-ENG", 2022);
    EXPECT_NE(std::find(all2022.begin(), all2022.end(), "2022-12-25"), all2022.end());
    EXPECT_NE(std::find(all2022.begin(), all2022.end(), "2022-01-01"), all2022.end());
}

TEST(CalendarGbEngland, OneOffDays)
{
    for (const char* day : {"1999-12-31", "2002-06-03", "2002-06-04", "2011-04-29", "2012-06-04", "2012-06-05",
                            "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
        EXPECT_TRUE(isHoliday("GB-ENG", day)) << day;
    // The days the moved holidays would have had.
    for (const char* day : {"2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"})
        EXPECT_TRUE(isBusinessDay("GB-ENG", day)) << day;
    // 15 June 2026 is a bank holiday in Scotland only.
    EXPECT_TRUE(isBusinessDay("GB-ENG", "2026-06-15"));
}

TEST(CalendarGbScotland, PublishedLists)
{
    // gov.uk "scotland" division: 2021 (2nd January substitute on Monday 4 January).
    EXPECT_EQ(weekdayHolidaysOf("GB-SCT", 2021),
              (List{"2021-01-01", "2021-01-04", "2021-04-02", "2021-05-03", "2021-05-31", "2021-08-02",
                    "2021-11-30", "2021-12-27", "2021-12-28"}));
    // 2022, as listed by inews.co.uk in January 2022, plus the State Funeral
    // bank holiday proclaimed for the whole UK in September 2022.
    EXPECT_EQ(weekdayHolidaysOf("GB-SCT", 2022),
              (List{"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03",
                    "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"}));
    // 2026: the World Cup bank holiday of Monday 15 June (royal proclamation,
    // February 2026) and Boxing Day substitute on Monday 28 December.
    EXPECT_EQ(weekdayHolidaysOf("GB-SCT", 2026),
              (List{"2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15",
                    "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"}));
}

TEST(CalendarGbScotland, SubstituteDaysAndNoEasterMonday)
{
    EXPECT_TRUE(isHoliday("GB-SCT", "2019-12-02"));      // St Andrew's Day on a Saturday (gov.uk)
    EXPECT_TRUE(isHoliday("GB-SCT", "2027-01-04"));      // 2nd January on a Saturday (gov.uk)
    EXPECT_TRUE(isHoliday("GB-SCT", "2023-01-03"));      // 1 January on a Sunday, 2 January a Monday
    EXPECT_TRUE(isBusinessDay("GB-SCT", "2025-04-21"));  // Easter Monday
    EXPECT_TRUE(isBusinessDay("GB-SCT", "2025-08-25"));  // last Monday of August
    EXPECT_FALSE(isBusinessDay("GB-SCT", "2025-08-04")); // first Monday of August
    EXPECT_TRUE(isBusinessDay("GB-SCT", "2006-11-30"));  // before the St Andrew's Day Act 2007
    EXPECT_TRUE(isHoliday("GB-SCT", "2007-11-30"));
}
