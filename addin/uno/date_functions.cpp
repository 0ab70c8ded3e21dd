// DAYSLATE and DUEDATE: convert, validate, call the core, convert back. Both
// accept whole columns (argument_columns.hpp); a call on single values keeps
// its own short path, the one measured against Calc's DAYSINMONTH.
#include "uno/argument_columns.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"
#include "uno/today_result.hpp"

#include "core/calendar_registry.hpp"
#include "core/days_late.hpp"
#include "core/payment_terms.hpp"

namespace relance::uno {

using css::uno::Any;

namespace {

bool isRange(const Any& value) { return value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE; }

bool isSingleCell(const AnyMatrix& value) { return value.getLength() == 1 && value[0].getLength() == 1; }

Date dueDateOf(const Any& invoiceDate, const Any& days, const Any& endOfMonth, const Any& dayOfMonth,
               const Any& calendar, Date nullDate)
{
    PaymentTerms terms;
    const Date invoice = requiredDate(invoiceDate, nullDate, "InvoiceDate");
    terms.days = requiredInteger(days, "Days", 0, maximumTermDays);
    terms.endOfMonth = endOfMonthRuleFromCode(optionalInteger(endOfMonth, "EndOfMonth", 0, 2).value_or(0));
    // 0, like an empty cell, means no fixed day
    terms.dayOfMonth = static_cast<int>(optionalInteger(dayOfMonth, "DayOfMonth", 0, 31).value_or(0));
    Date due = dueDate(invoice, terms);
    if (const auto code = optionalText(calendar, "Calendar"))
        due = calendarByCode(*code).nextBusinessDay(due);
    return due;
}

} // namespace

Any RelanceAddIn::getDaysLate(const css::uno::Reference<css::beans::XPropertySet>& options,
                              const AnyMatrix& due, const Any& asOf, const Any& grace)
{
    return callGuarded("DAYSLATE", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        if (!isSingleCell(due) || isRange(asOf) || isRange(grace))
            return daysLateColumn(nullDate, due, asOf, grace);
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
        if (isSingleCell(invoiceDate) && isSingleCell(days) && !isRange(endOfMonth) && !isRange(dayOfMonth) &&
            !isRange(calendar))
            return Any(serialFromDate(dueDateOf(invoiceDate[0][0], days[0][0], endOfMonth, dayOfMonth, calendar,
                                                nullDate),
                                      nullDate));
        const ArgumentColumn invoices(invoiceDate, "InvoiceDate"), terms(days, "Days"),
            monthEnds(endOfMonth, "EndOfMonth"), monthDays(dayOfMonth, "DayOfMonth"), calendars(calendar, "Calendar");
        return evaluateCells("DUEDATE", {&invoices, &terms, &monthEnds, &monthDays, &calendars},
                             [&](sal_Int32 row, sal_Int32 column) {
                                 return serialFromDate(dueDateOf(invoices.at(row, column), terms.at(row, column),
                                                                 monthEnds.at(row, column), monthDays.at(row, column),
                                                                 calendars.at(row, column), nullDate),
                                                       nullDate);
                             });
    });
}

Any RelanceAddIn::daysLateColumn(Date nullDate, const AnyMatrix& due, const Any& asOf, const Any& grace)
{
    const ArgumentColumn dues(due, "Due"), asOfDates(asOf, "AsOf"), graces(grace, "Grace");
    auto daysLateAsOf = [=](Date asOfToday) {
        return evaluateCells("DAYSLATE", {&dues, &asOfDates, &graces}, [&](sal_Int32 row, sal_Int32 column) {
            const Date dueDate = requiredDate(dues.at(row, column), nullDate, "Due");
            const long graceDays = optionalInteger(graces.at(row, column), "Grace", 0, maximumGraceDays).value_or(0);
            const Date until = optionalDate(asOfDates.at(row, column), nullDate, "AsOf").value_or(asOfToday);
            return static_cast<double>(daysLate(dueDate, until, graceDays));
        });
    };
    // countsToToday refuses ranges of different shapes at once
    return resultFollowing(countsToToday(asOfDates, {&dues, &asOfDates, &graces}),
                           [&] { return callKey("DAYSLATE", nullDate, 0, {&dues, &asOfDates, &graces}); },
                           daysLateAsOf);
}

} // namespace relance::uno
