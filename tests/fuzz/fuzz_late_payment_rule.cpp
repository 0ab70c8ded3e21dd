// latePaymentRule: a code either names one of the statutory rules (in any
// ASCII case) or is refused.
#include "fuzz_check.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_text.hpp"

#include "core/error.hpp"
#include "core/late_payment_rule.hpp"
#include "core/rate_tables.hpp"

namespace relance::fuzz {

void fuzzLatePaymentRule(const std::uint8_t* data, std::size_t size)
{
    const std::string_view code = asText(data, size);
    try {
        const LatePaymentRule& rule = latePaymentRule(code);
        require(sameCode(rule.code, code), "the rule found has the code asked for");
        require(rule.feeBandCount >= 0 && rule.feeBandCount <= static_cast<int>(rule.feeBands.size()),
                "a rule uses at most its fee bands");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
