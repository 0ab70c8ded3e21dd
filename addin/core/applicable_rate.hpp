#pragma once
// LATERATE: the annual rate a rule applies on a given day -- the reference
// rate as the rule fixes it, times the multiplier, plus the margin, rounded
// as the rule says.
#include "core/late_payment_rule.hpp"
#include "core/rate_tables.hpp"
#include "core/serial_date.hpp"

namespace relance {

struct AppliedRate {
    AnnualRate rate;        ///< what interest is computed with
    Date fixingDate;        ///< the day the reference rate was read (none for a contractual rate)
    bool pastValidThrough;  ///< the fixing date is after the table's valid-through: last known rate used
};

/// The day the rule reads its reference rate for a debt late on `day`:
///  - HalfYear: 1 January or 1 July of the half-year containing `day`;
///  - BeforeInterestStarts: the 31 December or 30 June before `day`, `day`
///    being the first day of interest (the GB reference date);
///  - Contractual: `day` itself (nothing is read).
Date fixingDate(const LatePaymentRule& rule, Date day);

/// The rate the rule applies for the reference rate fixed on `fixing`:
/// table.rateOn(fixing) × multiplier + margin, rounded up to the next half
/// point for BE. Throws InvalidArgument when `fixing` is before the table's
/// first row (naming the date and the first row) or the rule's table is
/// not loaded.
AppliedRate rateFixedOn(const LatePaymentRule& rule, Date fixing, const RateTables& tables);

/// LATERATE(Rule; Date) = rateFixedOn(rule, fixingDate(rule, day), tables).
AppliedRate lateRate(const LatePaymentRule& rule, Date day, const RateTables& tables);

/// The rate the rule applies when its table gave `reference` for `fixing`:
/// reference × multiplier + margin, rounded as the rule says, flagged past
/// the table's valid-through.
AppliedRate appliedRate(const LatePaymentRule& rule, AnnualRate reference, Date fixing, const RateTable& table);

/// The same, with the rule's table already looked up (the engines call this
/// once per period; `table` is nullptr for a contractual rate).
AppliedRate rateFixedOn(const LatePaymentRule& rule, Date fixing, const RateTable* table);

} // namespace relance
