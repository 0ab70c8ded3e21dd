#pragma once
// PAYMENTPLAN: the schedule of an instalment plan agreed with a late payer,
// in the manner of QuantLib's Schedule: terms in, one row per instalment out.
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <functional>
#include <vector>

namespace relance {

/// How the debt is split into instalments.
enum class RepaymentMethod {
    EqualPayments = 0,  ///< annuity: every payment the same, the last one absorbs the rounding
    EqualPrincipal = 1, ///< the same principal each time (the last absorbs the rounding), interest on top
};

/// Parses PAYMENTPLAN's Method argument: 0 or 1; anything else is an error.
RepaymentMethod repaymentMethodFromCode(long code);

/// Most instalments a plan may have: 50 years of monthly payments.
constexpr int maximumInstalmentCount = 600;

/// The number of instalments a plan proposes when none is asked for.
constexpr int defaultInstalmentCount = 6;

struct PaymentPlanTerms {
    Money amount;                 ///< the debt; must be positive
    int count = 0;                ///< number of instalments, 1..600
    Date firstDate;               ///< date of the first instalment
    int periodMonths = 1;         ///< months between instalments, 1..12
    double annualRate = 0;        ///< annual fraction (0.05 = 5 %), not below -1 (-100 %)
    RepaymentMethod method = RepaymentMethod::EqualPayments;
};

/// One row of the schedule. payment = interest + principal; balance is what
/// is still owed after this instalment.
struct Instalment {
    int number; ///< 1-based
    Date date;
    Money payment;
    Money interest;
    Money principal;
    Money balance;
};

/// The schedule of `terms.count` instalments.
///
/// Amounts (all in the amount's minor units, each rounded once, half away
/// from zero):
///  - interest = balance before the instalment × annualRate × periodMonths / 12;
///    the rate is first taken to 8 decimals (AnnualRate). Interest does not
///    depend on the dates (a month is a month, whatever its length), as in
///    Calc's IPMT;
///  - EqualPayments: the level payment is the annuity PMT at the periodic rate
///    r = annualRate × periodMonths / 12 (see annuityPayment: computed
///    exactly, then rounded; before rounding it equals Calc's PMT). Each
///    principal = level payment − interest;
///  - EqualPrincipal: each principal = amount / count, rounded; payment =
///    principal + interest;
///  - the last instalment's principal is the remaining balance, so the
///    principals sum exactly to the amount and the last balance is 0.
///    A principal never exceeds the balance still owed: for a debt of a few
///    minor units spread over more instalments (0.17 in 10 payments of 0.02)
///    the balance reaches 0 early and the remaining rows are 0, rather than
///    the balance going negative.
///
/// Dates: the k-th instalment (k = 0, 1, ...) falls k × periodMonths months
/// after firstDate, keeping its day of month (see monthsAfter: clamped to
/// short months without drifting, month end kept), then goes through
/// `adjustDate` when one is given (the business-day roll of a calendar).
///
/// Throws InvalidArgument (naming the argument and value) for a non-positive
/// amount, a count outside 1..600, periodMonths outside 1..12, a rate that
/// is not a number, below -1 or above 100, an unknown method, an invalid
/// first date, or a date after 9999-12-31 (before or after adjustment).
std::vector<Instalment> buildPaymentPlan(const PaymentPlanTerms& terms,
                                         const std::function<Date(Date)>& adjustDate = {});

} // namespace relance
