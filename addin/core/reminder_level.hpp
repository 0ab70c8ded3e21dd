#pragma once
// REMINDERLEVEL: how far the dunning of a late invoice has escalated, from the
// days it is late and four thresholds.
#include <array>
#include <string_view>
#include <vector>

namespace relance {

/// Levels returned by reminderLevel, in escalating order.
constexpr int noReminder = 0;
constexpr int firstReminder = 1;
constexpr int secondReminder = 2;
constexpr int formalNotice = 3;  ///< mise en demeure / Mahnung mit Fristsetzung / letter before action
constexpr int finalNotice = 4;   ///< last notice before legal action

/// The days late at which levels 1 to 4 begin: exactly four strictly
/// increasing whole numbers of days, 0 or more. A threshold of 0 makes the
/// first reminder due on the due date itself.
class ReminderThresholds {
public:
    static constexpr std::size_t count = 4;

    /// 1;15;30;45: a first reminder the day after the due date, a second
    /// after two weeks, formal notice after a month, final notice after 45 days.
    static ReminderThresholds standard();

    /// Thresholds typed in a cell: "1;15;30;45", "1,15,30,45" or
    /// "1; 15; 30; 45" (see dayCountsFromText). Errors quote the text:
    /// "Thresholds: '15;1;30;45' must be increasing".
    static ReminderThresholds fromText(std::string_view text, const char* argument = "Thresholds");

    /// Thresholds from a range of four numbers (empty cells already left out).
    static ReminderThresholds fromNumbers(const std::vector<double>& numbers, const char* argument = "Thresholds");

    const std::array<long, count>& days() const { return days_; }

private:
    explicit ReminderThresholds(const std::array<long, count>& days) : days_(days) {}
    static ReminderThresholds checked(const std::vector<long>& days, const char* argument, std::string_view original);

    std::array<long, count> days_;
};

/// The level reached by a debt `daysLate` days late: the number of
/// thresholds it has reached (daysLate >= threshold), so 0 (none) below the
/// first, 4 (final notice) from the last on. With the standard thresholds:
/// 0 → 0, 1..14 → 1, 15..29 → 2, 30..44 → 3, 45 and more → 4.
/// daysLate may be negative (not yet due).
int reminderLevel(long daysLate, const ReminderThresholds& thresholds = ReminderThresholds::standard());

} // namespace relance
