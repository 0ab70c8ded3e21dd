#include "core/payment_terms.hpp"

#include "core/error.hpp"

#include <algorithm>

namespace relance {

namespace {

Date clampedDay(int year, int month, int dayOfMonth)
{
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(std::min(dayOfMonth, last)));
}

} // namespace

EndOfMonthRule endOfMonthRuleFromCode(long code)
{
    switch (code) {
    case 0: return EndOfMonthRule::None;
    case 1: return EndOfMonthRule::AfterDays;
    case 2: return EndOfMonthRule::BeforeDays;
    default:
        throw InvalidArgument("EndOfMonth (" + std::to_string(code) +
                              ") must be 0 (none), 1 (days, then end of month) or 2 (end of month, then days)");
    }
}

Date nextDayOfMonth(Date from, int dayOfMonth)
{
    if (dayOfMonth < 1 || dayOfMonth > 31)
        throw InvalidArgument("DayOfMonth (" + std::to_string(dayOfMonth) + ") must be between 1 and 31");
    const Date sameMonth = clampedDay(from.year(), from.month(), dayOfMonth);
    if (sameMonth >= from)
        return sameMonth;
    const Date firstOfNextMonth = from.end_of_month() + boost::gregorian::days(1);
    return clampedDay(firstOfNextMonth.year(), firstOfNextMonth.month(), dayOfMonth);
}

Date dueDate(Date invoiceDate, const PaymentTerms& terms)
{
    if (terms.days < 0 || terms.days > maximumTermDays)
        throw InvalidArgument("Days (" + std::to_string(terms.days) + ") must be between 0 and " +
                              std::to_string(maximumTermDays));
    const boost::gregorian::days term(terms.days);
    Date due = invoiceDate;
    switch (terms.endOfMonth) {
    case EndOfMonthRule::None: due = invoiceDate + term; break;
    case EndOfMonthRule::AfterDays: due = (invoiceDate + term).end_of_month(); break;
    case EndOfMonthRule::BeforeDays: due = invoiceDate.end_of_month() + term; break;
    }
    if (due > latestSupportedDate())
        throw InvalidArgument("the due date falls after 9999-12-31");
    if (terms.dayOfMonth != 0)
        due = nextDayOfMonth(due, terms.dayOfMonth);
    return due;
}

} // namespace relance
