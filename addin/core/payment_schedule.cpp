#include "core/payment_schedule.hpp"

#include "core/annual_rate.hpp"
#include "core/annuity.hpp"
#include "core/error.hpp"
#include "core/month_steps.hpp"
#include "core/number_text.hpp"
#include "core/rounding.hpp"

#include <cmath>
#include <string>

namespace relance {

namespace {

// Interest is accrued per period as a fraction of a year: periodMonths / 12.
constexpr std::int64_t monthsPerYear = 12;

void checkTerms(const PaymentPlanTerms& terms)
{
    if (terms.amount.minorUnits() <= 0)
        throw InvalidArgument("Amount (" + terms.amount.toDecimalText() + ") must be positive");
    if (terms.count < 1 || terms.count > maximumInstalmentCount)
        throw InvalidArgument("Count (" + std::to_string(terms.count) + ") must be between 1 and " +
                              std::to_string(maximumInstalmentCount));
    if (terms.firstDate.is_special() || terms.firstDate < earliestSupportedDate() ||
        terms.firstDate > latestSupportedDate())
        throw InvalidArgument("FirstDate is not a date between 1583-01-01 and 9999-12-31");
    if (terms.periodMonths < 1 || terms.periodMonths > 12)
        throw InvalidArgument("PeriodMonths (" + std::to_string(terms.periodMonths) +
                              ") must be between 1 and 12");
    if (std::isnan(terms.annualRate) || terms.annualRate < -1)
        throw InvalidArgument("AnnualRate (" + shortestText(terms.annualRate) +
                              ") must not be below -1 (-100 %)");
    (void)repaymentMethodFromCode(static_cast<long>(terms.method));
}

// The payment (EqualPayments) or principal (EqualPrincipal) repeated in
// every instalment but the last.
Money levelAmount(const PaymentPlanTerms& terms, AnnualRate rate)
{
    if (terms.method == RepaymentMethod::EqualPayments)
        return annuityPayment(terms.amount, terms.count, rate, terms.periodMonths, monthsPerYear);
    return Money::fromMinorUnits(divRoundHalfAway(terms.amount.minorUnits(), terms.count), terms.amount.digits());
}

Date instalmentDate(const PaymentPlanTerms& terms, int index, const std::function<Date(Date)>& adjustDate)
{
    const Date scheduled = monthsAfter(terms.firstDate, index * terms.periodMonths);
    if (!adjustDate)
        return scheduled;
    const Date adjusted = adjustDate(scheduled);
    if (adjusted.is_special() || adjusted > latestSupportedDate())
        throw InvalidArgument("the instalment due " + isoText(scheduled) +
                              " moves past 9999-12-31 when rolled to a business day");
    return adjusted;
}

} // namespace

RepaymentMethod repaymentMethodFromCode(long code)
{
    switch (code) {
    case 0: return RepaymentMethod::EqualPayments;
    case 1: return RepaymentMethod::EqualPrincipal;
    default:
        throw InvalidArgument("Method (" + std::to_string(code) +
                              ") must be 0 (equal payments) or 1 (equal principal)");
    }
}

std::vector<Instalment> buildPaymentPlan(const PaymentPlanTerms& terms, const std::function<Date(Date)>& adjustDate)
{
    checkTerms(terms);
    const AnnualRate rate = AnnualRate::fromFraction(terms.annualRate, "AnnualRate");
    // Refuse a plan running past 9999 before doing any arithmetic.
    (void)monthsAfter(terms.firstDate, (terms.count - 1) * terms.periodMonths);

    const Money level = levelAmount(terms, rate);
    std::vector<Instalment> plan;
    plan.reserve(static_cast<std::size_t>(terms.count));
    Money balance = terms.amount;
    for (int index = 0; index < terms.count; ++index) {
        const bool last = index == terms.count - 1;
        const Money interest = simpleInterest(balance, rate, terms.periodMonths, monthsPerYear);
        // For EqualPayments the level payment is at least round(A·r), the
        // interest on the whole debt, so level - interest is never negative;
        // min() only stops a few-cent debt from being overpaid early.
        const Money scheduledPrincipal =
            terms.method == RepaymentMethod::EqualPayments ? level - interest : level;
        const Money principal = last ? balance : min(scheduledPrincipal, balance);
        balance -= principal;
        plan.push_back(Instalment{index + 1, instalmentDate(terms, index, adjustDate), principal + interest,
                                  interest, principal, balance});
    }
    return plan;
}

} // namespace relance
