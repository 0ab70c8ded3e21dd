// REMINDERLEVEL, checked at and around every threshold.
#include "core/error.hpp"
#include "core/reminder_level.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <functional>

using relance::InvalidArgument;
using relance::ReminderThresholds;
using relance::reminderLevel;

using relance::test::messageOf;

TEST(ReminderLevel, StandardThresholdsAtEveryBound)
{
    // 1;15;30;45: level = how many thresholds daysLate has reached.
    EXPECT_EQ(reminderLevel(-10), 0); // not yet due
    EXPECT_EQ(reminderLevel(0), 0);   // due today: not late
    EXPECT_EQ(reminderLevel(1), 1);   // the day after the due date: first reminder
    EXPECT_EQ(reminderLevel(14), 1);
    EXPECT_EQ(reminderLevel(15), 2);  // second reminder
    EXPECT_EQ(reminderLevel(29), 2);
    EXPECT_EQ(reminderLevel(30), 3);  // formal notice
    EXPECT_EQ(reminderLevel(44), 3);
    EXPECT_EQ(reminderLevel(45), 4);  // final notice
    EXPECT_EQ(reminderLevel(10000), 4);
    EXPECT_EQ(reminderLevel(45), relance::finalNotice);
}

TEST(ReminderLevel, ThresholdsFromText)
{
    for (const char* text : {"1;15;30;45", "1,15,30,45", " 1 ; 15 ; 30 ; 45 "})
        EXPECT_EQ(ReminderThresholds::fromText(text).days(), ReminderThresholds::standard().days()) << text;
    // 7;21;35;60: 6 -> 0, 7 -> 1, 20 -> 1, 21 -> 2, 34 -> 2, 35 -> 3, 59 -> 3, 60 -> 4
    const auto custom = ReminderThresholds::fromText("7;21;35;60");
    EXPECT_EQ(reminderLevel(6, custom), 0);
    EXPECT_EQ(reminderLevel(7, custom), 1);
    EXPECT_EQ(reminderLevel(20, custom), 1);
    EXPECT_EQ(reminderLevel(21, custom), 2);
    EXPECT_EQ(reminderLevel(34, custom), 2);
    EXPECT_EQ(reminderLevel(35, custom), 3);
    EXPECT_EQ(reminderLevel(59, custom), 3);
    EXPECT_EQ(reminderLevel(60, custom), 4);
    // A threshold of 0: the first reminder is due on the due date itself.
    const auto fromDueDate = ReminderThresholds::fromText("0;10;20;30");
    EXPECT_EQ(reminderLevel(-1, fromDueDate), 0);
    EXPECT_EQ(reminderLevel(0, fromDueDate), 1);
}

TEST(ReminderLevel, ThresholdsFromNumbers)
{
    const auto custom = ReminderThresholds::fromNumbers({10, 20, 30, 40});
    EXPECT_EQ(reminderLevel(9, custom), 0);
    EXPECT_EQ(reminderLevel(10, custom), 1);
    EXPECT_EQ(reminderLevel(40, custom), 4);
    EXPECT_THROW(ReminderThresholds::fromNumbers({10, 20, 30}), InvalidArgument);
    EXPECT_THROW(ReminderThresholds::fromNumbers({10, 20, 30, 40.5}), InvalidArgument);
    EXPECT_THROW(ReminderThresholds::fromNumbers({10, 20, 30, -40}), InvalidArgument);
    EXPECT_EQ(messageOf([] { ReminderThresholds::fromNumbers({15, 1, 30, 45}); }),
              "Thresholds: '15;1;30;45' must be increasing");
}

TEST(ReminderLevel, RefusesBadThresholds)
{
    for (const char* text : {"", "1;15;30", "1;15;30;45;60", "15;1;30;45", "1;15;15;45", "-1;15;30;45",
                             "1;15;30;x", "1;15;30;", "1.5;15;30;45"})
        EXPECT_THROW(ReminderThresholds::fromText(text), InvalidArgument) << text;
    EXPECT_EQ(messageOf([] { ReminderThresholds::fromText("15;1;30;45"); }),
              "Thresholds: '15;1;30;45' must be increasing");
    EXPECT_EQ(messageOf([] { ReminderThresholds::fromText("1;15;30"); }),
              "Thresholds: '1;15;30' must have exactly 4 day counts (levels 1 to 4), not 3");
    EXPECT_EQ(messageOf([] { ReminderThresholds::fromText("-1;15;30;45"); }),
              "Thresholds: '-1;15;30;45' has -1, but day counts cannot be negative");
}
