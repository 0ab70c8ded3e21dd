#pragma once
// The year length late interest divides by: LATEINTEREST's Basis argument.
#include "core/serial_date.hpp"

#include <cstdint>

namespace relance {

/// How many days a year of interest has. The values are the codes Calc users
/// type in the Basis argument.
enum class DayBasis {
    ActualActual = 0, ///< days of each calendar year over that year's length (365 or 366)
    Actual360 = 360,  ///< actual days over 360 (Basis 360)
    Actual365 = 365,  ///< actual days over 365, leap years included (Basis 365, the default)
};

/// Parses the Basis argument: 365, 360 or 0; anything else is an error that
/// names the value.
DayBasis dayBasisFromCode(long code);

/// The denominator for a day of `year`: 365, 360, or (actual/actual) the
/// length of that calendar year.
std::int64_t yearLength(DayBasis basis, int year);

} // namespace relance
