#include "core/annual_rate.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "core/rounding.hpp"

#include <cmath>
#include <string>

namespace relance {

namespace {

constexpr std::int64_t largestUnits = static_cast<std::int64_t>(AnnualRate::largestFraction) * AnnualRate::scale;

} // namespace

AnnualRate AnnualRate::fromFraction(double fraction, const char* argument)
{
    if (!std::isfinite(fraction))
        throw InvalidArgument(std::string(argument) + " (" + shortestText(fraction) + ") is not a number");
    if (std::fabs(fraction) > largestFraction)
        throw InvalidArgument(std::string(argument) + " (" + shortestText(fraction) +
                              ") must be between -100 and 100 (-10000 % to 10000 %); write 12 % as 0.12");
    // |fraction × 1e8| <= 1e10 < 2^53: the product is within half a unit of the
    // intended count, and llround rounds halves away from zero.
    return AnnualRate(std::llround(fraction * static_cast<double>(scale)));
}

AnnualRate AnnualRate::fromScaledUnits(std::int64_t units)
{
    if (units > largestUnits || units < -largestUnits)
        throw InvalidArgument("Rate (" + std::to_string(units) + " × 1e-8) must be between -100 and 100");
    return AnnualRate(units);
}

Money simpleInterest(Money principal, AnnualRate rate, std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0 || numerator < 0)
        throw InvalidArgument("the year fraction " + std::to_string(numerator) + "/" +
                              std::to_string(denominator) + " must be non-negative with a positive denominator");
    // denominator × 1e8 overflows 64 bits only for denominators above 9.2e10,
    // which no day count or month count reaches; refuse them all the same.
    if (denominator > INT64_MAX / AnnualRate::scale)
        throw InvalidArgument("the year fraction's denominator (" + std::to_string(denominator) + ") is too large");
    const std::int64_t minor = mulDivRoundHalfAway(principal.minorUnits(), rate.scaledUnits(), numerator,
                                                   denominator * AnnualRate::scale);
    return Money::fromMinorUnits(minor, principal.digits());
}

} // namespace relance
