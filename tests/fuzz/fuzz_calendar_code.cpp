// calendarByCode: a code either names a known calendar (in any ASCII case) or
// is refused.
#include "fuzz_check.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_text.hpp"

#include "core/calendar_registry.hpp"
#include "core/error.hpp"
#include "core/rate_tables.hpp"

namespace relance::fuzz {

void fuzzCalendarCode(const std::uint8_t* data, std::size_t size)
{
    const std::string_view code = asText(data, size);
    try {
        const BusinessCalendar& calendar = calendarByCode(code);
        require(sameCode(calendar.code(), code), "the calendar found has the code asked for");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
