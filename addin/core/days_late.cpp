#include "core/days_late.hpp"

#include "core/error.hpp"

namespace relance {

long daysLate(Date due, Date asOf, long graceDays)
{
    if (graceDays < 0 || graceDays > maximumGraceDays)
        throw InvalidArgument("Grace (" + std::to_string(graceDays) + ") must be between 0 and " +
                              std::to_string(maximumGraceDays) + " days");
    const long late = (asOf - due).days();
    return late > graceDays ? late : 0;
}

} // namespace relance
