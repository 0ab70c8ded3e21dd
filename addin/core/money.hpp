#pragma once
// Exact money: an integer count of the currency's minor units (cents for EUR,
// yen for JPY, thousandths for TND ...). Amounts are rounded once, where they
// enter from Calc, and never accumulated in a double.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace relance {

/// Minor-unit digits the core accepts. ICU supplies them per currency in the
/// UNO layer (EUR 2, JPY 0, BHD 3, CLF 4); the core only checks the range.
constexpr int maximumCurrencyDigits = 4;

/// Amounts entering from Calc or text must be below this in absolute value:
/// ten thousand billion units. It keeps every amount exact in a double's 15
/// significant digits (with 2 decimals) and every product of amount, rate and
/// days inside 128 bits.
constexpr double amountLimit = 1e13;

/// An amount of money in minor units of a currency with `digits` decimals.
/// Values are immutable; arithmetic checks that both sides have the same
/// digits and that nothing overflows, and throws InvalidArgument otherwise.
class Money {
public:
    /// Exactly `minor` minor units. Throws InvalidArgument for digits outside 0..4.
    static Money fromMinorUnits(std::int64_t minor, int digits);

    /// A Calc amount rounded half away from zero at `digits` decimals.
    /// The double is first read as the decimal Calc shows for it (15
    /// significant digits), then rounded, so 1.005 becomes 1.01 and 2.675
    /// becomes 2.68, as Calc's ROUND(x; 2) gives -- not the 1.00 and 2.67
    /// that rounding the binary value (1.00499999999999989...) would give.
    /// Throws InvalidArgument (naming `argument`) for NaN, infinities,
    /// |amount| >= 1e13 and digits outside 0..4.
    static Money fromAmount(double amount, int digits, const char* argument = "Amount");

    /// Exact decimal text: an optional '-', digits, optionally '.' and at most
    /// `digits` decimals ("1280.50", "1280.5", "-0.05", "1280" with digits 2).
    /// Refuses rather than rounds: more significant decimals than the
    /// currency has ("1.005" with 2), thousands separators, spaces, a decimal
    /// comma, exponents and |amount| >= 1e13 are errors. Extra zeros are fine
    /// ("1.500" with 2 digits). Decimal text is what the letters pass to ICU.
    static Money fromDecimalText(std::string_view text, int digits, const char* argument = "Amount");

    std::int64_t minorUnits() const { return minor_; }
    int digits() const { return digits_; }

    /// The amount for a Calc cell: the double nearest to the decimal value.
    double toAmount() const;

    /// Decimal text with exactly digits() decimals, '.' as separator and no
    /// grouping: "1280.50", "-0.05", "1280" (digits 0). Locale-independent.
    std::string toDecimalText() const;

    bool isZero() const { return minor_ == 0; }
    bool isNegative() const { return minor_ < 0; }

    Money operator-() const;
    friend Money operator+(Money a, Money b);
    friend Money operator-(Money a, Money b);
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }

    /// Equality is exact and includes the digits (1.00 EUR-style and 100 JPY-style
    /// amounts are different values). Ordering needs equal digits.
    friend bool operator==(Money a, Money b) { return a.minor_ == b.minor_ && a.digits_ == b.digits_; }
    friend bool operator!=(Money a, Money b) { return !(a == b); }
    friend bool operator<(Money a, Money b);
    friend bool operator>(Money a, Money b) { return b < a; }
    friend bool operator<=(Money a, Money b) { return !(b < a); }
    friend bool operator>=(Money a, Money b) { return !(a < b); }

private:
    Money(std::int64_t minor, int digits) : minor_(minor), digits_(digits) {}

    std::int64_t minor_;
    int digits_;
};

/// Throws InvalidArgument unless 0 <= digits <= maximumCurrencyDigits.
void checkCurrencyDigits(int digits);

/// The smaller / larger of two amounts with the same digits.
Money min(Money a, Money b);
Money max(Money a, Money b);

/// Writes toDecimalText() (for test failure messages and logs).
std::ostream& operator<<(std::ostream& out, Money money);

} // namespace relance
