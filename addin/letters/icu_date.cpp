#include "letters/icu_date.hpp"

#include <unicode/errorcode.h>
#include <unicode/gregocal.h>

#include <stdexcept>
#include <string>

namespace relance {

UDate icuDate(Date date)
{
    icu::ErrorCode status;
    icu::GregorianCalendar calendar(status);
    calendar.clear();
    calendar.set(static_cast<int32_t>(date.year()), static_cast<int32_t>(date.month()) - 1,
                 static_cast<int32_t>(date.day()), 12, 0, 0);
    const UDate result = calendar.getTime(status);
    if (status.isFailure())
        throw std::runtime_error(std::string("ICU could not place the date ") + isoText(date) + ": " +
                                 status.errorName());
    return result;
}

} // namespace relance
