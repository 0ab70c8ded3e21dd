#include "core/money.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "core/rounding.hpp"

#include <charconv>
#include <cmath>
#include <ostream>

namespace relance {

namespace {

// Significant digits Calc shows and compares with (DBL_DIG): the decimal a
// user typed survives a round trip through a double at this precision.
constexpr int calcSignificantDigits = 15;

void checkSameDigits(Money a, Money b)
{
    if (a.digits() != b.digits())
        throw InvalidArgument("amounts with " + std::to_string(a.digits()) + " and " +
                              std::to_string(b.digits()) + " decimals cannot be combined");
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

} // namespace

void checkCurrencyDigits(int digits)
{
    if (digits < 0 || digits > maximumCurrencyDigits)
        throw InvalidArgument("Currency digits (" + std::to_string(digits) + ") must be between 0 and " +
                              std::to_string(maximumCurrencyDigits));
}

Money Money::fromMinorUnits(std::int64_t minor, int digits)
{
    checkCurrencyDigits(digits);
    return Money(minor, digits);
}

Money Money::fromAmount(double amount, int digits, const char* argument)
{
    checkCurrencyDigits(digits);
    if (!std::isfinite(amount))
        throw InvalidArgument(std::string(argument) + " (" + shortestText(amount) + ") is not a number");
    if (std::fabs(amount) >= amountLimit)
        throw InvalidArgument(std::string(argument) + " (" + shortestText(amount) +
                              ") must be less than 10000000000000 in absolute value");

    // "d.dddddddddddddde±XX": the 15 significant digits Calc would show.
    char buffer[40];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, amount,
                                       std::chars_format::scientific, calcSignificantDigits - 1);
    const char* p = buffer;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    std::int64_t significand = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.')
            significand = significand * 10 + (*p - '0');
    ++p; // past 'e'
    if (*p == '+')
        ++p; // from_chars reads a '-' but not a '+'
    int exponent = 0;
    std::from_chars(p, written.ptr, exponent);
    if (negative)
        significand = -significand;

    // amount = significand × 10^(exponent - 14); in minor units multiply by 10^digits.
    const int shift = exponent - (calcSignificantDigits - 1) + digits;
    if (shift >= 0) // |amount| < 1e13 bounds the shift by 12 - 14 + 4 = 2
        return Money(significand * powerOfTen(shift), digits);
    if (-shift > 18) // |significand| < 10^15: far below half a minor unit
        return Money(0, digits);
    return Money(divRoundHalfAway(significand, powerOfTen(-shift)), digits);
}

Money Money::fromDecimalText(std::string_view text, int digits, const char* argument)
{
    checkCurrencyDigits(digits);
    const auto refuse = [&](const std::string& why) {
        return InvalidArgument(std::string(argument) + " (" + quoted(text) + ") " + why);
    };
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++i;

    // Integer part: at most 13 digits keeps |amount| < 1e13.
    std::int64_t units = 0;
    const std::size_t integerStart = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        units = units * 10 + (text[i] - '0');
        if (units >= static_cast<std::int64_t>(amountLimit))
            throw refuse("must be less than 10000000000000 in absolute value");
    }
    if (i == integerStart)
        throw refuse("is not a decimal amount such as 1280.50");

    // Fraction: up to `digits` decimals count; further decimals must be zeros.
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const std::size_t fractionStart = i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (fractionDigits < digits) {
                fraction = fraction * 10 + (text[i] - '0');
                ++fractionDigits;
            } else if (text[i] != '0') {
                throw refuse("has more decimals than the currency's " + std::to_string(digits));
            }
        }
        if (i == fractionStart)
            throw refuse("is not a decimal amount such as 1280.50");
    }
    if (i != text.size())
        throw refuse("is not a decimal amount such as 1280.50");

    const std::int64_t minor =
        units * powerOfTen(digits) + fraction * powerOfTen(digits - fractionDigits);
    return Money(negative ? -minor : minor, digits);
}

double Money::toAmount() const
{
    // Both operands are exact doubles below 2^53, and IEEE division rounds
    // correctly, so this is the double nearest to the decimal value.
    constexpr std::int64_t exactLimit = std::int64_t(1) << 53;
    if (minor_ > -exactLimit && minor_ < exactLimit)
        return static_cast<double>(minor_) / static_cast<double>(powerOfTen(digits_));
    // Larger counts (only with 3 or 4 digits): let from_chars round the decimal once.
    const std::string text = toDecimalText();
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string Money::toDecimalText() const
{
    // Work on the magnitude as unsigned, so the most negative count has one too.
    const std::uint64_t magnitude =
        minor_ < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(minor_) : static_cast<std::uint64_t>(minor_);
    std::string digitsText = std::to_string(magnitude);
    if (digitsText.size() <= static_cast<std::size_t>(digits_))
        digitsText.insert(0, static_cast<std::size_t>(digits_) + 1 - digitsText.size(), '0');
    if (digits_ > 0)
        digitsText.insert(digitsText.size() - static_cast<std::size_t>(digits_), ".");
    return minor_ < 0 ? "-" + digitsText : digitsText;
}

Money Money::operator-() const
{
    if (minor_ == INT64_MIN)
        throw InvalidArgument("the negated amount exceeds the range of amounts");
    return Money(-minor_, digits_);
}

Money operator+(Money a, Money b)
{
    checkSameDigits(a, b);
    return Money(checkedAdd(a.minor_, b.minor_, "a sum of amounts"), a.digits_);
}

Money operator-(Money a, Money b)
{
    checkSameDigits(a, b);
    return a + (-b);
}

bool operator<(Money a, Money b)
{
    checkSameDigits(a, b);
    return a.minor_ < b.minor_;
}

Money min(Money a, Money b) { return b < a ? b : a; }
Money max(Money a, Money b) { return a < b ? b : a; }

std::ostream& operator<<(std::ostream& out, Money money) { return out << money.toDecimalText(); }

} // namespace relance
