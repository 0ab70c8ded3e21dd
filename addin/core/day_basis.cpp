#include "core/day_basis.hpp"

#include "core/error.hpp"

#include <string>

namespace relance {

DayBasis dayBasisFromCode(long code)
{
    switch (code) {
    case 0:
        return DayBasis::ActualActual;
    case 360:
        return DayBasis::Actual360;
    case 365:
        return DayBasis::Actual365;
    default:
        throw InvalidArgument("Basis (" + std::to_string(code) +
                              ") must be 365, 360 or 0 (actual/actual)");
    }
}

std::int64_t yearLength(DayBasis basis, int year)
{
    if (basis == DayBasis::ActualActual)
        return boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)) ? 366 : 365;
    return static_cast<std::int64_t>(basis);
}

} // namespace relance
