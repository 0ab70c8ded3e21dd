#pragma once
// Statutory late-payment rules as data: one row per rule code (EU, FR, DE,
// GB, ...), saying which reference rate it reads, what it adds, when the
// rate is fixed, how a year is counted, what fixed fee it grants and in which
// order a partial payment is credited. The engines read these fields; no
// code path is specific to a country.
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
enum class CreditingOrder {
    PrincipalFirst,        ///< principal, then interest, then the fixed fee
    InterestFirst,         ///< interest, then the fixed fee, then principal (FR)
    CostsInterestPrincipal ///< fixed fee, then interest, then principal (DE, § 367 BGB)
};

/// Fixed recovery fee by debt band, in whole units of the rule's currency:
/// `fee` applies to debts below `debtBelow` (0 = no upper limit).
struct FeeBand {
    std::int64_t debtBelow;
    std::int64_t fee;
};

struct LatePaymentRule {
    std::string_view code;            ///< "EU", "FR", ...; empty for a contractual rate
    std::string_view referenceSource; ///< rate table code; empty for a contractual rate
    int multiplier;                   ///< reference × multiplier (FR-MIN: 3)
    AnnualRate margin;                ///< added after the multiplier (EU: +8 points)
    RateFixing fixing;
    RateRounding rounding;
    DayBasis defaultBasis;            ///< what LATEINTEREST uses when Basis is left out
    Compounding compounding;
    CreditingOrder crediting;
    std::string_view feeCurrency;     ///< "EUR", "GBP"; empty when there is no fixed fee
    std::array<FeeBand, 3> feeBands;  ///< the first `feeBandCount` are used, in order
    int feeBandCount;
    std::string_view legalBasis;      ///< the statute, for letters and help
};

/// Every statutory rule, in a fixed order: EU, FR, FR-MIN, DE, DE-B2C, GB,
/// BE, NL, ES, IT, LU, FR-LEGAL-PRO, FR-LEGAL-PART.
const std::vector<LatePaymentRule>& latePaymentRules();

/// The rule with this code, compared without regard to ASCII case. Throws
/// InvalidArgument listing the valid codes for anything else.
const LatePaymentRule& latePaymentRule(std::string_view code);

/// A contractual fixed annual rate (the Rule argument given as a number):
/// no reference rate, no fixed fee, Basis 365, payments credited to the
/// principal. Throws InvalidArgument for a rate below 0 or above 1 (the rate
/// is a fraction: 10 % is 0.10).
LatePaymentRule contractualRule(AnnualRate rate);

} // namespace relance
