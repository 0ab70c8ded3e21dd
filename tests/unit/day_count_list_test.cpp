// The reader behind Bounds and Thresholds: whole day counts separated by ';' or ','.
#include "core/day_count_list.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

#include <cmath>

using relance::InvalidArgument;
using relance::dayCountsFromNumbers;
using relance::dayCountsFromText;

TEST(DayCountList, ReadsSemicolonsCommasAndPadding)
{
    const std::vector<long> expected{30, 60, 90};
    EXPECT_EQ(dayCountsFromText("30;60;90", "Bounds"), expected);
    EXPECT_EQ(dayCountsFromText("30,60,90", "Bounds"), expected);
    EXPECT_EQ(dayCountsFromText("\t30 ;  60,90  ", "Bounds"), expected);
    EXPECT_EQ(dayCountsFromText("007", "Bounds"), std::vector<long>{7});
    EXPECT_EQ(dayCountsFromText("0", "Bounds"), std::vector<long>{0});
    EXPECT_EQ(dayCountsFromText("3660", "Bounds"), std::vector<long>{3660}); // the largest accepted
    // A decimal comma reads as two entries; the callers' order check then refuses "30,5".
    EXPECT_EQ(dayCountsFromText("30,5", "Bounds"), (std::vector<long>{30, 5}));
}

TEST(DayCountList, RefusesMalformedEntries)
{
    for (const char* text : {"", "  ", ";", "30;", ";30", "30;;60", "30 60", "1 000", "30.0", "+30", "-", "3661",
                             "99999999999999999999999", "30d", "x"})
        EXPECT_THROW(dayCountsFromText(text, "Bounds"), InvalidArgument) << text;
}

TEST(DayCountList, NumbersMustBeWholeAndInRange)
{
    EXPECT_EQ(dayCountsFromNumbers({30, 60, 90}, "Bounds"), (std::vector<long>{30, 60, 90}));
    EXPECT_THROW(dayCountsFromNumbers({}, "Bounds"), InvalidArgument);
    EXPECT_THROW(dayCountsFromNumbers({30.5}, "Bounds"), InvalidArgument);
    EXPECT_THROW(dayCountsFromNumbers({-1}, "Bounds"), InvalidArgument);
    EXPECT_THROW(dayCountsFromNumbers({3661}, "Bounds"), InvalidArgument);
    EXPECT_THROW(dayCountsFromNumbers({std::nan("")}, "Bounds"), InvalidArgument);
    EXPECT_THROW(dayCountsFromNumbers({HUGE_VAL}, "Bounds"), InvalidArgument);
}
