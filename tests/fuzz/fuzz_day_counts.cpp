// dayCountsFromText: one count per separated entry, each in 0..3660, and the
// list reads back the same from the text dayCountsText writes.
#include "fuzz_check.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_text.hpp"

#include "core/day_count_list.hpp"
#include "core/error.hpp"

#include <algorithm>

namespace relance::fuzz {

void fuzzDayCounts(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = asText(data, size);
    try {
        const std::vector<long> days = dayCountsFromText(text, "Bounds");
        const auto separators = std::count_if(text.begin(), text.end(), [](char c) { return c == ';' || c == ','; });
        require(days.size() == static_cast<std::size_t>(separators) + 1, "one count per entry");
        for (const long day : days)
            require(day >= 0 && day <= maximumListedDays, "counts lie in 0..3660");
        require(dayCountsFromText(dayCountsText(days), "Bounds") == days, "the list reads back from its text");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
