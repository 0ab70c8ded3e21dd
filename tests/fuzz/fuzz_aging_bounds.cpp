// AgingBounds::fromText: accepted bounds are 1 to 10 increasing day counts
// starting above 0, and the bucket labels follow from them.
#include "fuzz_check.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_text.hpp"

#include "core/aging.hpp"
#include "core/day_count_list.hpp"
#include "core/error.hpp"

namespace relance::fuzz {

void fuzzAgingBounds(const std::uint8_t* data, std::size_t size)
{
    try {
        const AgingBounds bounds = AgingBounds::fromText(asText(data, size));
        const std::vector<long>& days = bounds.days();
        require(!days.empty() && days.size() <= AgingBounds::maximumCount, "1 to 10 bounds");
        require(days.front() > 0 && days.back() <= maximumListedDays, "bounds lie in 1..3660");
        for (std::size_t i = 1; i < days.size(); ++i)
            require(days[i - 1] < days[i], "bounds strictly increase");
        const std::vector<std::string> labels = agingBucketLabels(bounds);
        require(labels.size() == days.size() + 2, "one label per bucket, plus 0 and the open end");
        require(agingBucket(0, bounds) == labels.front(), "0 days late is the first label");
        for (std::size_t i = 0; i < days.size(); ++i)
            require(agingBucket(days[i], bounds) == labels[i + 1], "a bound belongs to the bucket it closes");
        require(agingBucket(days.back() + 1, bounds) == labels.back(), "past the last bound is the open end");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
