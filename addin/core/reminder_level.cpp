#include "core/reminder_level.hpp"

#include "core/day_count_list.hpp"
#include "core/error.hpp"

namespace relance {

ReminderThresholds ReminderThresholds::standard() { return ReminderThresholds({1, 15, 30, 45}); }

ReminderThresholds ReminderThresholds::checked(const std::vector<long>& days, const char* argument,
                                               std::string_view original)
{
    if (days.size() != count)
        throw InvalidArgument(std::string(argument) + ": '" + std::string(original) + "' must have exactly " +
                              std::to_string(count) + " day counts (levels 1 to 4), not " +
                              std::to_string(days.size()));
    checkStrictlyIncreasing(days, argument, original);
    return ReminderThresholds({days[0], days[1], days[2], days[3]});
}

ReminderThresholds ReminderThresholds::fromText(std::string_view text, const char* argument)
{
    return checked(dayCountsFromText(text, argument), argument, text);
}

ReminderThresholds ReminderThresholds::fromNumbers(const std::vector<double>& numbers, const char* argument)
{
    const std::vector<long> days = dayCountsFromNumbers(numbers, argument);
    return checked(days, argument, dayCountsText(days));
}

int reminderLevel(long daysLate, const ReminderThresholds& thresholds)
{
    int level = noReminder;
    for (const long threshold : thresholds.days())
        if (daysLate >= threshold)
            ++level;
    return level;
}

} // namespace relance
