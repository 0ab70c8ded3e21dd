#include "uno/rule_argument.hpp"

#include "core/error.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/text_conversion.hpp"

namespace relance::uno {

LatePaymentRule ruleFrom(const css::uno::Any& value, const char* name)
{
    if (value.getValueTypeClass() == css::uno::TypeClass_DOUBLE) {
        double rate = 0;
        value >>= rate;
        if (rate == 0) // an empty cell: Calc passes 0
            return latePaymentRule(defaultRuleCode);
        return contractualRule(AnnualRate::fromFraction(rate, name));
    }
    const std::optional<std::string> code = optionalText(value, name);
    return latePaymentRule(code ? std::string_view(*code) : defaultRuleCode);
}

const LatePaymentRule& statutoryRuleFrom(const css::uno::Any& value, const char* name)
{
    const std::optional<std::string> code = optionalText(value, name);
    if (!code)
        throw InvalidArgument(std::string(name) + " is required: a rule code such as EU, FR or DE");
    return latePaymentRule(*code);
}

} // namespace relance::uno
