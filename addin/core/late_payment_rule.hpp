#pragma once
// Statutory late-payment rules as data: one entry per rule code (EU, FR, DE,
// GB, ...), saying which reference rate it reads, what it adds, when the
// rate is fixed, how a year is counted, what fixed fee it grants, in which
// order a partial payment is credited, which legal mentions the letters
// carry and whose country and calendar it is. The table itself is in
// jurisdictions.cpp; the engines read these fields, and no code path is
// specific to a country.
#include "core/annual_rate.hpp"
#include "core/day_basis.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// When the reference rate is read, and for how long it holds.
enum class RateFixing {
    /// The rate in force on 1 January applies to January-June, the rate in
    /// force on 1 July to July-December (directive 2011/7/EU art. 2(7) and
    /// every transposition but the British one).
    HalfYear,
    /// The rate in force on the 31 December or 30 June immediately before
    /// the day interest starts to run applies to the whole debt until it is
    /// paid (Late Payment of Commercial Debts (Rate of Interest) (No. 3)
    /// Order 2002, art. 4).
    BeforeInterestStarts,
    /// A contractual rate: fixed, no reference rate.
    Contractual,
};

/// Rounding of reference × multiplier + margin.
enum class RateRounding {
    None,
    UpToHalfPoint, ///< up to the next multiple of 0.5 percentage point (BE)
};

enum class Compounding {
    None,
    /// At the end of each full year of delay the year's interest is added to
    /// the amount interest runs on (NL, art. 6:119a lid 3 BW).
    Yearly,
};

/// The order in which a partial payment settles what is owed (BALANCEINTEREST).
/// The fixed fee is a cost under every rule that has one (see each rule's
/// creditingArticle); a payment made before the due date settles only the
/// principal, whatever the order, since nothing else is owed yet.
enum class CreditingOrder {
    PrincipalFirst,        ///< principal, then interest, then the fixed fee (contractual rates only)
    InterestFirst,         ///< interest, then the fixed fee, then principal (FR, ES, IT, BE, LU)
    CostsInterestPrincipal ///< fixed fee, then interest, then principal (DE, NL, GB, EU)
};

/// Fixed recovery fee by debt band, in whole units of the rule's currency:
/// `fee` applies to debts below `debtBelow` (0 = no upper limit).
struct FeeBand {
    std::int64_t debtBelow;
    std::int64_t fee;
};

/// One jurisdiction's late-payment rule: everything that varies by
/// jurisdiction, in one entry of the table in jurisdictions.cpp. The
/// engines, the letters and the settings read these fields; no code path
/// tests a rule's code. Adding a jurisdiction: README, "How to add a
/// jurisdiction".
struct LatePaymentRule {
    // What the user types: LATEINTEREST(...; "FR"), the setting Reminders/Rule.
    std::string_view code;            ///< "EU", "FR", ...; empty for a contractual rate
    /// ISO 3166 code of the creditor's country under this rule ("FR" for
    /// FR-MIN too), whose post writes the debtors' addresses; empty: none (EU).
    std::string_view country;
    /// The business-day calendar of that country (calendar_registry codes),
    /// for the caller that needs one and has none from the user.
    std::string_view defaultCalendar;

    // The rate: reference × multiplier + margin, fixed as `fixing` says.
    std::string_view referenceSource; ///< rate table code; empty for a contractual rate
    int multiplier = 1;               ///< reference × multiplier (FR-MIN: 3)
    AnnualRate margin = AnnualRate::fromScaledUnits(0); ///< added after the multiplier (EU: +8 points)
    RateFixing fixing = RateFixing::HalfYear;
    RateRounding rounding = RateRounding::None;
    DayBasis defaultBasis = DayBasis::Actual365; ///< what LATEINTEREST uses when Basis is left out
    Compounding compounding = Compounding::None;

    // Part-payments (BALANCEINTEREST).
    CreditingOrder crediting = CreditingOrder::PrincipalFirst;
    std::string_view creditingArticle; ///< the provision that sets `crediting`

    // The fixed fee (RECOVERYFEE).
    std::string_view feeCurrency;     ///< "EUR", "GBP"; empty when there is no fixed fee
    std::array<FeeBand, 3> feeBands{}; ///< the first `feeBandCount` are used, in order
    int feeBandCount = 0;

    // The letters (letter_renderer.cpp; packaging/letters/*.txt).
    std::string_view legalBasis;      ///< the statute, for letters and help
    /// Select keyword of the statute in legal/basis, legal/fee, the formal
    /// notice's subject and consequence ("fr", "frmin", "de", "gb", "eu"...).
    std::string_view lettersLaw;
    /// Select keyword of the country in legal/act and legal/procedure.
    std::string_view lettersCountry;
    /// Days a debtor who is an individual must have to answer a letter
    /// before action (GB: the Pre-Action Protocol for Debt Claims, 30); 0:
    /// no such protocol. Non-zero also brings legal/protocol into the letter.
    long preActionReplyDays = 0;
};

/// The rule Calc users mean when they leave Rule out: the directive's own
/// (ECB + 8 points, 40 EUR), the common ground of every EU transposition.
inline constexpr std::string_view defaultRuleCode = "EU";

/// Every statutory rule, in the table's order (jurisdictions.cpp): EU, FR,
/// FR-MIN, DE, DE-B2C, GB, BE, NL, ES, IT, LU, FR-LEGAL-PRO, FR-LEGAL-PART.
const std::vector<LatePaymentRule>& latePaymentRules();

/// The rule with this code, compared without regard to ASCII case. Throws
/// InvalidArgument listing the valid codes for anything else.
const LatePaymentRule& latePaymentRule(std::string_view code);

/// A contractual fixed annual rate (the Rule argument given as a number):
/// no reference rate, no fixed fee, Basis 365, payments credited to the
/// principal first (no jurisdiction, hence no law to set another order).
/// Throws InvalidArgument for a rate below 0 or above 1 (the rate is a
/// fraction: 10 % is 0.10).
LatePaymentRule contractualRule(AnnualRate rate);

} // namespace relance
