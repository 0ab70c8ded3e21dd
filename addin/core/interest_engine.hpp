#pragma once
// LATEINTEREST and LATEINTERESTDETAIL: statutory interest on an amount paid
// late in one payment, as a statement of rate periods.
#include "core/day_basis.hpp"
#include "core/late_payment_rule.hpp"
#include "core/money.hpp"
#include "core/rate_tables.hpp"

#include <boost/container/small_vector.hpp>

namespace relance {

/// One row of a statement: interest on `principal` at `rate` for the days
/// `from`..`to` (both included).
struct InterestPeriod {
    Date from;
    Date to;
    long days;                 ///< to - from + 1
    AnnualRate rate;
    std::int64_t yearDays;     ///< the divisor: 365, 360, or 365/366 (actual/actual)
    Money principal;           ///< what interest ran on (grows under NL compounding)
    Money interest;            ///< principal × rate × days / yearDays, rounded half away from zero
    Date fixingDate;           ///< the day the reference rate was read
    bool pastValidThrough;     ///< the rate was read past its table's valid-through
};

/// The periods of one statement. Most delays span one to four half-years:
/// those stay inside the statement, so that computing a column of 100,000
/// invoices allocates nothing per invoice (the allocation was a quarter of
/// the core's time per invoice).
using InterestPeriods = boost::container::small_vector<InterestPeriod, 4>;

struct InterestStatement {
    InterestPeriods periods;
    Money total;               ///< the sum of the periods' rounded interest
};

/// Interest on `amount` due on `due` and paid on `paid`.
///
/// Model (SPEC §1, §2):
///  - interest runs from the day after `due` through `paid`, both included:
///    paid − due days in all. paid <= due: no periods, total 0;
///  - the delay is cut into periods at every day the applicable terms may
///    change -- 1 January / 1 July for the half-year rules, 1 January for
///    actual/actual, each anniversary of the first day of interest under
///    NL compounding -- and adjacent pieces whose rate, year length, base and
///    valid-through flag are all equal are kept together: a period is a
///    maximal run of identical terms, so an unchanged Basiszinssatz over
///    five years is one row. GB has no rate changes: its rate is fixed for
///    the whole debt;
///  - each period's interest = principal × rate × days / yearDays, computed
///    exactly and rounded once, half away from zero, to the amount's minor
///    unit; total = sum of the rounded periods (the figures a printed
///    statement shows and adds up);
///  - NL (Compounding::Yearly): at each anniversary of the first day of
///    interest, the interest of the year just ended is added to the
///    principal for the following periods. The anniversary of a 29 February
///    start is 1 March in common years (a full year has then elapsed);
///  - past a table's valid-through the last known rate goes on applying and
///    the periods concerned are flagged.
///
/// Throws InvalidArgument (naming the argument) for a negative amount, a
/// missing date, or a rate period before the rule's table begins.
InterestStatement lateInterest(Money amount, Date due, Date paid, const LatePaymentRule& rule, DayBasis basis,
                               const RateTables& tables);

} // namespace relance
