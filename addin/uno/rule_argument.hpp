#pragma once
// The Rule argument of the interest and fee functions.
#include "core/late_payment_rule.hpp"

#include <com/sun/star/uno/Any.hxx>

namespace relance::uno {

/// A rule code as text ("FR", "de-b2c"), a contractual annual rate as a
/// number (0.10 for 10 %), or, left out or empty, the default rule (defaultRuleCode). Throws
/// InvalidArgument for an unknown code, a rate outside 0..1, or anything else.
LatePaymentRule ruleFrom(const css::uno::Any& value, const char* name = "Rule");

/// The same for an argument that must name a statutory rule (LATERATE):
/// no default, no contractual rate.
const LatePaymentRule& statutoryRuleFrom(const css::uno::Any& value, const char* name = "Rule");

} // namespace relance::uno
