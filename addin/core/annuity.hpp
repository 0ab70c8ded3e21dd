#pragma once
// The level ("annuity") payment of an instalment loan, computed exactly.
#include "core/annual_rate.hpp"
#include "core/money.hpp"

#include <cstdint>

namespace relance {

/// The payment that repays `principal` in `count` equal payments at the
/// periodic rate r = rate × numerator / denominator (a plan paid every m
/// months: numerator m, denominator 12):
///
///     payment = A·r / (1 − (1+r)^−n),   and A / n when r = 0,
///
/// the same closed form as Calc's PMT(r; n; −A). The value is evaluated as an
/// exact fraction of big integers and rounded once, half away from zero, to
/// the minor unit, so the result is the same on every platform and compiler
/// (a long double is 80 bits on x86 Linux but 64 on MSVC and ARM) and is
/// never off by a cent at a tie. At r = −1 (−100 % per period) the payment is
/// 0: the first period's interest cancels the whole debt.
///
/// Throws InvalidArgument for count < 1, r < −1, a non-positive denominator,
/// a negative numerator, or a payment beyond the range of amounts.
Money annuityPayment(Money principal, int count, AnnualRate rate, std::int64_t numerator, std::int64_t denominator);

/// The same payment before rounding, in currency units (not minor units),
/// accurate to a long double's precision. It exists to be compared with
/// Calc's PMT and with the closed form written out in the tests.
long double unroundedAnnuityPayment(Money principal, int count, AnnualRate rate, std::int64_t numerator,
                                    std::int64_t denominator);

} // namespace relance
