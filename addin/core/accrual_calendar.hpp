#pragma once
// What interest accrues at on each day of a delay -- rate, year length and
// whether the rate was read past its table's valid-through -- and the next
// day that can change. Shared by LATEINTEREST and BALANCEINTEREST so that
// both split a delay into the same rate periods.
#include "core/applicable_rate.hpp"
#include "core/day_basis.hpp"

#include <optional>

namespace relance {

struct AccrualTerms {
    AnnualRate rate;
    std::int64_t yearDays; ///< 365, 360, or 365/366 for actual/actual
    bool pastValidThrough;
    Date fixingDate;       ///< when the reference rate was read

    /// Two days with equal terms belong to the same rate period (the fixing
    /// date may differ: an unchanged rate does not start a new period).
    bool accruesLike(const AccrualTerms& other) const
    {
        return rate == other.rate && yearDays == other.yearDays && pastValidThrough == other.pastValidThrough;
    }
};

/// The terms in force from a day on, and the first later day on which they
/// can change.
struct AccrualPiece {
    AccrualTerms terms;
    /// The next 1 January / 1 July for half-year fixings, the next 1 January
    /// for actual/actual; nothing when no such day exists (GB or a
    /// contractual rate on Basis 365/360, or past 9999).
    std::optional<Date> nextChange;
};

class AccrualCalendar {
public:
    /// For interest that starts running on `interestStart` (the day after
    /// the due date). Reads the rule's table up front; for GB, whose rate is
    /// fixed once for the whole debt, reads the rate too, so a date outside
    /// the table is reported here.
    AccrualCalendar(const LatePaymentRule& rule, DayBasis basis, const RateTables& tables, Date interestStart);

    /// The terms on `day` (a day of the delay) and when they may next change,
    /// from one calendar conversion: this runs once per period of every
    /// statement. May throw InvalidArgument for a half-year before the
    /// table's first row.
    AccrualPiece pieceAt(Date day) const;

private:
    const LatePaymentRule& rule_;
    DayBasis basis_;
    const RateTable* table_ = nullptr;
    AppliedRate fixedForDebt_; // GB and contractual: one rate for the whole delay
};

/// The `years`-th anniversary of `start` (NL compounding): the same day
/// `years` later, except that a 29 February start has its anniversary on
/// 1 March in common years -- only then has a full year elapsed. Nothing
/// after 9999.
std::optional<Date> anniversaryOf(Date start, int years);

} // namespace relance
