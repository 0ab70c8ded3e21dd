#include "core/recovery_fee.hpp"

#include "core/error.hpp"
#include "core/rounding.hpp"

namespace relance {

Money recoveryFee(Money amount, const LatePaymentRule& rule)
{
    if (amount.isNegative())
        throw InvalidArgument("Amount (" + amount.toDecimalText() + ") must not be negative");
    const std::int64_t unit = powerOfTen(amount.digits()); // minor units per whole unit
    if (amount.isZero() || rule.feeBandCount == 0)
        return Money::fromMinorUnits(0, amount.digits());
    for (int i = 0; i < rule.feeBandCount; ++i) {
        const FeeBand& band = rule.feeBands[static_cast<std::size_t>(i)];
        // Compared in minor units: 999.99 is below 1,000, 1,000.00 is not.
        if (band.debtBelow == 0 || amount.minorUnits() < band.debtBelow * unit)
            return Money::fromMinorUnits(band.fee * unit, amount.digits());
    }
    // The table's last band has no upper limit; reaching here means a rule
    // row is malformed.
    throw InvalidArgument("rule " + std::string(rule.code) + " has no fee band for " + amount.toDecimalText());
}

} // namespace relance
