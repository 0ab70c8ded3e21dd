#pragma once
// Annual interest rates held exactly, and simple interest computed from them
// with a single rounding: the building block of schedules and late interest.
#include "core/money.hpp"

#include <cstdint>

namespace relance {

/// An annual rate as an exact count of 1e-8 (millionths of a percent):
/// 0.1215 (12.15 %) is 12'150'000. Eight decimals hold every published
/// reference rate and margin (they have at most four) with room to spare,
/// while a product principal × rate × days stays an exact integer.
class AnnualRate {
public:
    /// Units per 1 (100 %).
    static constexpr std::int64_t scale = 100'000'000;
    /// Largest |rate| accepted: 100 = 10,000 % a year. Beyond that a rate is
    /// a typo, and the bound keeps amount × rate × days well inside 128 bits.
    static constexpr double largestFraction = 100.0;

    /// The rate nearest `fraction` (0.1215 for 12.15 %) at 8 decimals,
    /// rounded half away from zero; the double's representation error (far
    /// below 1e-8) disappears in that rounding. Throws InvalidArgument,
    /// naming `argument`, for NaN, infinities and |fraction| > 100.
    static AnnualRate fromFraction(double fraction, const char* argument = "Rate");

    /// Exactly `units` 1e-8 (checked against the same bound).
    static AnnualRate fromScaledUnits(std::int64_t units);

    std::int64_t scaledUnits() const { return units_; }
    double toFraction() const { return static_cast<double>(units_) / static_cast<double>(scale); }

    friend bool operator==(AnnualRate a, AnnualRate b) { return a.units_ == b.units_; }
    friend bool operator!=(AnnualRate a, AnnualRate b) { return a.units_ != b.units_; }

private:
    explicit AnnualRate(std::int64_t units) : units_(units) {}
    std::int64_t units_;
};

/// Simple interest principal × rate × (numerator / denominator), computed
/// exactly and rounded once, half away from zero, to the principal's minor
/// unit. The year fraction is given as a ratio so that it stays exact:
///   - a payment-plan period of m months: (m, 12);
///   - late interest over d days on an Act/365 basis: (d, 365); Act/360: (d, 360).
/// Example: 669.98 at 12 % for 1 month = 669.98 × 0.12 × 1/12 = 6.6998 → 6.70.
/// Negative rates give negative interest, rounded symmetrically (-6.6998 → -6.70).
/// Throws InvalidArgument for a non-positive denominator, a negative
/// numerator, or a result beyond the range of amounts.
Money simpleInterest(Money principal, AnnualRate rate, std::int64_t numerator, std::int64_t denominator);

} // namespace relance
