// ReminderThresholds::fromText: accepted thresholds are four increasing day
// counts, and each one starts its level.
#include "fuzz_check.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_text.hpp"

#include "core/day_count_list.hpp"
#include "core/error.hpp"
#include "core/reminder_level.hpp"

namespace relance::fuzz {

void fuzzReminderThresholds(const std::uint8_t* data, std::size_t size)
{
    try {
        const ReminderThresholds thresholds = ReminderThresholds::fromText(asText(data, size));
        const auto& days = thresholds.days();
        require(days.front() >= 0 && days.back() <= maximumListedDays, "thresholds lie in 0..3660");
        for (std::size_t i = 1; i < days.size(); ++i)
            require(days[i - 1] < days[i], "thresholds strictly increase");
        require(reminderLevel(days.front() - 1, thresholds) == noReminder, "no reminder before the first");
        for (std::size_t i = 0; i < days.size(); ++i)
            require(reminderLevel(days[i], thresholds) == static_cast<int>(i) + 1, "threshold i starts level i");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
