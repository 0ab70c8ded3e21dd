// PAYMENTPLAN: convert, build the schedule in the core, return the matrix.
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"

#include "core/calendar_registry.hpp"
#include "core/money.hpp"
#include "core/payment_schedule.hpp"

#include <algorithm>

namespace relance::uno {

css::uno::Any RelanceAddIn::getPaymentPlan(const css::uno::Reference<css::beans::XPropertySet>& options,
                                           const AnyMatrix& amount, const AnyMatrix& count,
                                           const AnyMatrix& firstDate, const css::uno::Any& periodMonths,
                                           const css::uno::Any& annualRate, const css::uno::Any& method,
                                           const css::uno::Any& calendar)
{
    return callGuarded("PAYMENTPLAN", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Money debt = requiredAmount(singleValue(amount, "Amount"), "Amount");
        const int instalments = static_cast<int>(
            requiredInteger(singleValue(count, "Count"), "Count", 1, maximumInstalmentCount));
        const Date first = requiredDate(singleValue(firstDate, "FirstDate"), nullDate, "FirstDate");
        // 0, like an empty cell, means the default: monthly
        const long months = optionalInteger(periodMonths, "PeriodMonths", 0, 12).value_or(0);
        const PaymentPlanTerms terms{
            debt, instalments, first, months == 0 ? 1 : static_cast<int>(months),
            optionalNumber(annualRate, "AnnualRate").value_or(0.0),
            repaymentMethodFromCode(optionalInteger(method, "Method", 0, 1).value_or(0))};

        std::function<Date(Date)> adjust;
        if (const auto code = optionalText(calendar, "Calendar")) {
            const BusinessCalendar& businessDays = calendarByCode(*code);
            adjust = [&businessDays](Date date) { return businessDays.nextBusinessDay(date); };
        }
        const std::vector<Instalment> plan = buildPaymentPlan(terms, adjust);

        // Calc repeats a one-row matrix down the whole selection, which would
        // show a plan of one instalment as several: a blank second row stops
        // that, as in LATEINTERESTDETAIL (Calc shows #N/A past a result).
        AnyMatrix rows(std::max<sal_Int32>(2, static_cast<sal_Int32>(plan.size())));
        auto* row = rows.getArray();
        for (const Instalment& instalment : plan) {
            const css::uno::Any values[] = {css::uno::Any(static_cast<double>(instalment.number)),
                                            css::uno::Any(serialFromDate(instalment.date, nullDate)),
                                            css::uno::Any(instalment.payment.toAmount()),
                                            css::uno::Any(instalment.interest.toAmount()),
                                            css::uno::Any(instalment.principal.toAmount()),
                                            css::uno::Any(instalment.balance.toAmount())};
            *row++ = css::uno::Sequence<css::uno::Any>(values, 6);
        }
        if (plan.size() == 1)
            *row = css::uno::Sequence<css::uno::Any>(6);
        return css::uno::Any(rows);
    });
}

} // namespace relance::uno
