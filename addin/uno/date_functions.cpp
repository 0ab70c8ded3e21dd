// DAYSLATE and DUEDATE: convert, validate, call the core, convert back.
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"
#include "uno/today_result.hpp"

#include "core/calendar_registry.hpp"
#include "core/days_late.hpp"
#include "core/payment_terms.hpp"

namespace relance::uno {

using css::uno::Any;

Any RelanceAddIn::getDaysLate(const css::uno::Reference<css::beans::XPropertySet>& options,
                              const AnyMatrix& due, const Any& asOf, const Any& grace)
{
    return callGuarded("DAYSLATE", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Date dueDate = requiredDate(singleValue(due, "Due"), nullDate, "Due");
        const long graceDays = optionalInteger(grace, "Grace", 0, maximumGraceDays).value_or(0);
        const auto daysLateAsOf = [dueDate, graceDays](Date asOfDate) {
            return Any(static_cast<double>(daysLate(dueDate, asOfDate, graceDays)));
        };
        return resultAsOf(optionalDate(asOf, nullDate, "AsOf"),
                          "DAYSLATE|" + std::to_string(dueDate.day_number()) + "|" + std::to_string(graceDays), daysLateAsOf);
    });
}

Any RelanceAddIn::getDueDate(const css::uno::Reference<css::beans::XPropertySet>& options,
                             const AnyMatrix& invoiceDate, const AnyMatrix& days, const Any& endOfMonth,
                             const Any& dayOfMonth, const Any& calendar)
{
    return callGuarded("DUEDATE", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        PaymentTerms terms;
        const Date invoice = requiredDate(singleValue(invoiceDate, "InvoiceDate"), nullDate, "InvoiceDate");
        terms.days = requiredInteger(singleValue(days, "Days"), "Days", 0, maximumTermDays);
        terms.endOfMonth = endOfMonthRuleFromCode(optionalInteger(endOfMonth, "EndOfMonth", 0, 2).value_or(0));
        // 0, like an empty cell, means no fixed day
        terms.dayOfMonth = static_cast<int>(optionalInteger(dayOfMonth, "DayOfMonth", 0, 31).value_or(0));
        Date due = dueDate(invoice, terms);
        if (const auto code = optionalText(calendar, "Calendar"))
            due = calendarByCode(*code).nextBusinessDay(due);
        return Any(serialFromDate(due, nullDate));
    });
}

} // namespace relance::uno
