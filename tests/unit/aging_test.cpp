// AGINGBUCKET labels, checked at and around every bound.
#include "core/aging.hpp"
#include "core/error.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <functional>

using relance::AgingBounds;
using relance::InvalidArgument;
using relance::agingBucket;

using relance::test::messageOf;

TEST(Aging, StandardBucketsAtEveryBound)
{
    // Bounds 30;60;90: 0 = not overdue; 1..30; 31..60; 61..90; 91 and more.
    EXPECT_EQ(agingBucket(-5), "0");
    EXPECT_EQ(agingBucket(0), "0");
    EXPECT_EQ(agingBucket(1), "1-30");
    EXPECT_EQ(agingBucket(30), "1-30");
    EXPECT_EQ(agingBucket(31), "31-60");
    EXPECT_EQ(agingBucket(60), "31-60");
    EXPECT_EQ(agingBucket(61), "61-90");
    EXPECT_EQ(agingBucket(90), "61-90");
    EXPECT_EQ(agingBucket(91), "91+");
    EXPECT_EQ(agingBucket(100000), "91+");
}

TEST(Aging, BoundsFromText)
{
    // The same bounds however they are typed.
    for (const char* text : {"30;60;90", "30,60,90", " 30 ; 60 ; 90 ", "30;60,90", "30;\t60;90"})
        EXPECT_EQ(AgingBounds::fromText(text).days(), (std::vector<long>{30, 60, 90})) << text;
    // 15;45: 1-15, 16-45, 46+
    const auto bounds = AgingBounds::fromText("15;45");
    EXPECT_EQ(agingBucket(15, bounds), "1-15");
    EXPECT_EQ(agingBucket(16, bounds), "16-45");
    EXPECT_EQ(agingBucket(46, bounds), "46+");
    // A single bound: 1-30, 31+
    EXPECT_EQ(agingBucket(31, AgingBounds::fromText("30")), "31+");
    // A bucket one day wide is labelled by that day: 1;30 gives 1, 2-30, 31+.
    const auto dayOne = AgingBounds::fromText("1;30");
    EXPECT_EQ(agingBucket(1, dayOne), "1");
    EXPECT_EQ(agingBucket(2, dayOne), "2-30");
}

TEST(Aging, BoundsFromNumbers)
{
    const auto bounds = AgingBounds::fromNumbers({7, 14, 28});
    EXPECT_EQ(agingBucket(7, bounds), "1-7");
    EXPECT_EQ(agingBucket(8, bounds), "8-14");
    EXPECT_EQ(agingBucket(28, bounds), "15-28");
    EXPECT_EQ(agingBucket(29, bounds), "29+");
    EXPECT_THROW(AgingBounds::fromNumbers({30, 60.5}), InvalidArgument);
    EXPECT_THROW(AgingBounds::fromNumbers({60, 30}), InvalidArgument);
    EXPECT_THROW(AgingBounds::fromNumbers({}), InvalidArgument);
    EXPECT_EQ(messageOf([] { AgingBounds::fromNumbers({60, 30}); }), "Bounds: '60;30' must be increasing");
}

TEST(Aging, LabelsInOrder)
{
    EXPECT_EQ(relance::agingBucketLabels(), (std::vector<std::string>{"0", "1-30", "31-60", "61-90", "91+"}));
    EXPECT_EQ(relance::agingBucketLabels(AgingBounds::fromText("1;30")),
              (std::vector<std::string>{"0", "1", "2-30", "31+"}));
}

TEST(Aging, RefusesBadBounds)
{
    for (const char* text : {"", " ", "60;30", "30;30", "0;30", "30;;60", "30;60;", "-30;60", "30.5;60", "abc",
                             "30 60 90", "1 000", "30;99999", "1;2;3;4;5;6;7;8;9;10;11"})
        EXPECT_THROW(AgingBounds::fromText(text), InvalidArgument) << text;
    // Ten bounds are allowed.
    EXPECT_EQ(AgingBounds::fromText("1;2;3;4;5;6;7;8;9;10").days().size(), 10u);
    EXPECT_EQ(messageOf([] { AgingBounds::fromText("60;30"); }), "Bounds: '60;30' must be increasing");
    EXPECT_EQ(messageOf([] { AgingBounds::fromText("30;abc"); }),
              "Bounds: '30;abc' has 'abc', which is not a whole number of days");
    EXPECT_EQ(messageOf([] { AgingBounds::fromText("0;30"); }),
              "Bounds: '0;30' must start above 0 (0 days late is not overdue)");
    EXPECT_EQ(messageOf([] { AgingBounds::fromText("30;;60"); }), "Bounds: '30;;60' has an empty entry");
}
