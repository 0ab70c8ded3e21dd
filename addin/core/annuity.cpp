#include "core/annuity.hpp"

#include "core/error.hpp"
#include "core/rounding.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <string>

namespace relance {

namespace {

using boost::multiprecision::cpp_int;

// The annuity as the exact fraction numerator / denominator of minor units,
// with a positive denominator.
struct ExactFraction {
    cpp_int numerator;
    cpp_int denominator;
};

// With r = s / q in lowest terms:
//   A·r / (1 − (1+r)^−n) = A·s·(q+s)^n / (q·((q+s)^n − q^n)).
// Reducing s / q first keeps the powers small: 12 % monthly is 1/100, so
// (q+s)^600 has about 4,000 bits rather than 18,000.
ExactFraction exactAnnuity(Money principal, int count, AnnualRate rate, std::int64_t numerator,
                           std::int64_t denominator)
{
    if (count < 1)
        throw InvalidArgument("Count (" + std::to_string(count) + ") must be at least 1");
    if (denominator <= 0 || numerator < 0)
        throw InvalidArgument("the period " + std::to_string(numerator) + "/" + std::to_string(denominator) +
                              " must be non-negative with a positive denominator");
    const cpp_int amount = principal.minorUnits();
    cpp_int s = cpp_int(rate.scaledUnits()) * numerator;
    cpp_int q = cpp_int(denominator) * AnnualRate::scale;
    if (s == 0)
        return {amount, cpp_int(count)};
    if (s + q < 0)
        throw InvalidArgument("the periodic rate must not be below -100 %");
    const cpp_int common = abs(gcd(s, q));
    s /= common;
    q /= common;

    const unsigned n = static_cast<unsigned>(count);
    const cpp_int grown = pow(cpp_int(q + s), n); // (q+s)^n
    cpp_int top = amount * s * grown;
    cpp_int bottom = q * (grown - pow(q, n));
    // A negative rate makes both factors negative; keep the denominator positive.
    if (bottom < 0) {
        top = -top;
        bottom = -bottom;
    }
    return {top, bottom};
}

} // namespace

Money annuityPayment(Money principal, int count, AnnualRate rate, std::int64_t numerator, std::int64_t denominator)
{
    const ExactFraction exact = exactAnnuity(principal, count, rate, numerator, denominator);
    // Round half away from zero: truncate, then step away from zero when the
    // remainder is at least half the denominator.
    cpp_int quotient = exact.numerator / exact.denominator;
    const cpp_int remainder = exact.numerator % exact.denominator; // sign of the numerator
    if (2 * abs(remainder) >= exact.denominator)
        quotient += exact.numerator < 0 ? -1 : 1;
    if (quotient > INT64_MAX || quotient < INT64_MIN)
        throw InvalidArgument("the instalment for this amount and rate exceeds the range of amounts");
    return Money::fromMinorUnits(static_cast<std::int64_t>(quotient), principal.digits());
}

long double unroundedAnnuityPayment(Money principal, int count, AnnualRate rate, std::int64_t numerator,
                                    std::int64_t denominator)
{
    const ExactFraction exact = exactAnnuity(principal, count, rate, numerator, denominator);
    // Whole minor units plus the fraction to 64 binary places.
    const cpp_int whole = exact.numerator / exact.denominator;
    const cpp_int fraction64 = (exact.numerator % exact.denominator) * (cpp_int(1) << 64) / exact.denominator;
    const long double minor = whole.convert_to<long double>() + fraction64.convert_to<long double>() / 0x1p64L;
    return minor / static_cast<long double>(powerOfTen(principal.digits()));
}

} // namespace relance
