// contractualRule and the two ways a rate enters the core (scaled units, a
// Calc double): a contractual rule exists exactly for rates in 0..1.
#include "fuzz_check.hpp"
#include "fuzz_input.hpp"
#include "fuzz_targets.hpp"

#include "core/annual_rate.hpp"
#include "core/error.hpp"
#include "core/late_payment_rule.hpp"

#include <cstring>

namespace relance::fuzz {

namespace {

void checkContractual(AnnualRate rate)
{
    try {
        const LatePaymentRule rule = contractualRule(rate);
        require(rate.scaledUnits() >= 0 && rate.scaledUnits() <= AnnualRate::scale,
                "a contractual rate lies in 0..1");
        require(rule.margin == rate && rule.fixing == RateFixing::Contractual && rule.referenceSource.empty(),
                "a contractual rule is the fixed rate alone");
    } catch (const InvalidArgument&) {
        require(rate.scaledUnits() < 0 || rate.scaledUnits() > AnnualRate::scale,
                "only rates outside 0..1 are refused");
    }
}

} // namespace

void fuzzContractualRule(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    const auto bits = static_cast<std::uint64_t>(input.integerInRange(INT64_MIN, INT64_MAX));
    try {
        checkContractual(AnnualRate::fromScaledUnits(static_cast<std::int64_t>(bits)));
    } catch (const InvalidArgument&) {
    }
    double fraction = 0;
    std::memcpy(&fraction, &bits, sizeof fraction);
    try {
        checkContractual(AnnualRate::fromFraction(fraction));
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
