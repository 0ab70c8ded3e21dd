#pragma once
// RECOVERYFEE: the fixed compensation for recovery costs a rule grants once
// per late invoice (40 EUR under directive 2011/7/EU and its transpositions,
// 40/70/100 GBP by band in the UK, nothing for consumers).
#include "core/late_payment_rule.hpp"
#include "core/money.hpp"

namespace relance {

/// The rule's fixed fee for a debt of `amount`, in the same minor-unit
/// digits as the amount. The fee is in the rule's currency (feeCurrency:
/// EUR, or GBP for GB); the amount is taken to be in that currency too.
///  - EU-based rules: 40 whatever the amount;
///  - GB: 40 below 1,000, 70 from 1,000 to below 10,000, 100 from 10,000
///    (s. 5A(2): "less than £1000", "£1000 or more, but less than £10,000",
///    "£10,000 or more");
///  - DE-B2C, FR-LEGAL-PRO, FR-LEGAL-PART and contractual rates: 0;
///  - an amount of 0 owes no fee: there is no debt to recover.
/// Throws InvalidArgument for a negative amount.
Money recoveryFee(Money amount, const LatePaymentRule& rule);

} // namespace relance
