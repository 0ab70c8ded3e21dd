#pragma once
// BALANCEINTEREST: late interest on an invoice paid in several parts.
#include "core/interest_engine.hpp"

#include <vector>

namespace relance {

/// One row of the Payments range.
struct Payment {
    Date date;
    Money amount; ///< must not be negative; 0 is ignored
};

struct BalanceStatement {
    /// The rate periods; `principal` is the balance interest ran on.
    std::vector<InterestPeriod> periods;
    Money interest;             ///< all interest accrued through AsOf: BALANCEINTEREST
    Money fee;                  ///< the rule's fixed fee, owed once interest started (0 if none)
    Money principalOutstanding; ///< principal still unpaid on AsOf
    Money interestOutstanding;  ///< accrued interest not yet settled (capitalized interest included)
    Money feeOutstanding;       ///< fee not yet settled
    Money overpayment;          ///< paid beyond everything owed
};

/// Interest on `amount` due on `due`, paid by `payments`, as of `asOf`.
///
/// The model, day by day:
///  - `payments` may come in any order; payments dated after `asOf` have not
///    happened yet and are ignored; payments of 0 are ignored; several
///    payments on one day count as one;
///  - a payment dated on or before `due` reduces the principal (nothing
///    else is owed yet); what exceeds the principal is an overpayment. If
///    the principal is settled by `due`, nothing is late: no interest, no fee;
///  - interest runs from the day after `due` through `asOf`, both included,
///    on the interest-bearing balance (unpaid principal, plus interest
///    capitalized under NL compounding), cut into rate periods exactly as
///    in lateInterest and also at every change of the balance. Each period
///    is rounded once to the minor unit; the result is their sum;
///  - the fixed fee (recoveryFee of the principal still unpaid when interest
///    starts) is owed from the first day of delay;
///  - a payment on day P is credited at the end of day P, after that day's
///    interest: interest accrued through P counts as owed, and what the
///    payment settles of the balance stops bearing interest from P + 1 (the
///    day of payment counts, as for a full payment in LATEINTEREST);
///  - it settles, in the rule's CreditingOrder (set by the rule's law, the
///    article beside each entry of jurisdictions.cpp), until it is used up:
///      CostsInterestPrincipal: fee, accrued interest, principal;
///      InterestFirst: accrued interest, fee, principal;
///      PrincipalFirst (contractual rates): principal, accrued interest, fee;
///    what is left is an overpayment, kept as such (it does not earn interest);
///  - NL: at each anniversary of the first day of interest, the interest of
///    the year just ended that is still unpaid joins the interest-bearing
///    balance (art. 6:119a lid 3 BW);
///  - once the interest-bearing balance is paid, interest stops for good;
///    later payments settle what interest and fee remain.
/// Whatever the order, amount + interest + fee − (payments counted) equals
/// principalOutstanding + interestOutstanding + feeOutstanding − overpayment.
///
/// Throws InvalidArgument for a negative amount, a missing date, a payment
/// with a negative amount or another number of decimals (naming its row,
/// 1-based as given), or a rate period before the rule's table begins.
BalanceStatement balanceInterest(Money amount, Date due, const std::vector<Payment>& payments, Date asOf,
                                 const LatePaymentRule& rule, DayBasis basis, const RateTables& tables);

} // namespace relance
