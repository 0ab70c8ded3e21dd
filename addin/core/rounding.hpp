#pragma once
// Exact integer arithmetic for money: products and quotients of minor units
// rounded once, half away from zero, the way a printed statement rounds.
// Used by Money, the payment schedule and the interest engine.
#include <cstdint>

namespace relance {

/// round(a × b × c / d), half away from zero, computed exactly: the product is
/// formed in 128 bits and divided once, so no intermediate rounding creeps in.
///
/// Typical use, interest = principal × rate × days / basis with the rate as a
/// scaled integer (see AnnualRate):
///     mulDivRoundHalfAway(principalMinor, ratePer1e8, days, basis * 100'000'000)
///
/// Signs follow ordinary arithmetic and the rounding is symmetric:
/// -2.5 → -3, 2.5 → 3, -2.4999 → -2.
///
/// Throws InvalidArgument when d is 0, when |a × b × c| does not fit in 128
/// bits (about 1.7e38), or when the rounded result does not fit in 64 bits.
std::int64_t mulDivRoundHalfAway(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d);

/// round(a / d), half away from zero. Same errors as mulDivRoundHalfAway.
std::int64_t divRoundHalfAway(std::int64_t a, std::int64_t d);

/// a + b, or InvalidArgument naming `what` when the sum leaves 64 bits.
std::int64_t checkedAdd(std::int64_t a, std::int64_t b, const char* what);

/// 10^exponent for 0 <= exponent <= 18 (the powers that fit in 64 bits).
std::int64_t powerOfTen(int exponent);

} // namespace relance
