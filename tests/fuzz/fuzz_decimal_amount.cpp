// Money::fromDecimalText: an accepted amount is below the amount limit and
// reads back the same from the text toDecimalText writes.
#include "fuzz_check.hpp"
#include "fuzz_input.hpp"
#include "fuzz_targets.hpp"

#include "core/error.hpp"
#include "core/money.hpp"
#include "core/rounding.hpp"

namespace relance::fuzz {

void fuzzDecimalAmount(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    const int digits = input.byte() % 7 - 1;
    try {
        const Money amount = Money::fromDecimalText(input.rest(), digits);
        require(digits >= 0 && digits <= maximumCurrencyDigits, "only digits 0..4 are accepted");
        require(amount.digits() == digits, "the amount has the digits asked for");
        const std::int64_t limit = static_cast<std::int64_t>(amountLimit) * powerOfTen(digits);
        require(amount.minorUnits() > -limit && amount.minorUnits() < limit, "|amount| < 1e13");
        require(Money::fromDecimalText(amount.toDecimalText(), digits) == amount,
                "the amount reads back from its text");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
