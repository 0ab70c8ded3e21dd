// Finding a rule in the table of jurisdictions (jurisdictions.cpp), and the
// rule of a contractual rate, which has no jurisdiction.
#include "core/late_payment_rule.hpp"

#include "core/error.hpp"
#include "core/rate_table.hpp"
#include "core/rate_tables.hpp"

namespace relance {

const LatePaymentRule& latePaymentRule(std::string_view code)
{
    for (const LatePaymentRule& rule : latePaymentRules())
        if (sameCode(rule.code, code))
            return rule;
    std::string valid;
    for (const LatePaymentRule& rule : latePaymentRules())
        valid += (valid.empty() ? "" : ", ") + std::string(rule.code);
    throw InvalidArgument("Rule (\"" + std::string(code) + "\") is not a known rule; valid codes: " + valid +
                          ", or a number for a contractual annual rate (0.10 for 10 %)");
}

LatePaymentRule contractualRule(AnnualRate rate)
{
    // A negative late-payment rate is meaningless, and above 100 % a year the
    // number is almost surely a percentage typed as a whole number.
    if (rate.scaledUnits() < 0 || rate.scaledUnits() > AnnualRate::scale)
        throw InvalidArgument("Rule (" + percentText(rate) +
                              ") as a contractual rate must be between 0 and 1 (0 % to 100 %); write 10 % as 0.10");
    LatePaymentRule rule;
    rule.margin = rate;
    rule.fixing = RateFixing::Contractual;
    rule.defaultBasis = DayBasis::Actual365;
    rule.crediting = CreditingOrder::PrincipalFirst; // no jurisdiction, no law to set another order
    rule.creditingArticle = "none (contractual rate)";
    rule.legalBasis = "contractual rate";
    return rule; // no code, reference, fee, country nor legal mentions
}

} // namespace relance
