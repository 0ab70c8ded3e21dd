// HOLIDAYS and ISBUSINESSDAY: the core's business-day calendars in Calc.
#include "uno/argument_columns.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"

#include "core/calendar_registry.hpp"

namespace relance::uno {

namespace {

const BusinessCalendar& calendarFrom(const css::uno::Any& value)
{
    const std::optional<std::string> code = optionalText(value, "Calendar");
    if (!code)
        throw InvalidArgument("Calendar is required: a code such as FR, DE-BY, GB-ENG or TARGET");
    return calendarByCode(*code);
}

} // namespace

css::uno::Any RelanceAddIn::getHolidays(const css::uno::Reference<css::beans::XPropertySet>& options,
                                        const AnyMatrix& calendar, const AnyMatrix& year)
{
    return callGuarded("HOLIDAYS", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const BusinessCalendar& holidays = calendarFrom(singleValue(calendar, "Calendar"));
        const int wanted = static_cast<int>(
            requiredInteger(singleValue(year, "Year"), "Year", firstCalendarYear, lastCalendarYear));
        const std::vector<Date> dates = holidays.holidays(wanted);
        css::uno::Sequence<css::uno::Sequence<double>> column(static_cast<sal_Int32>(dates.size()));
        auto* row = column.getArray();
        for (const Date day : dates) {
            const double serial = serialFromDate(day, nullDate);
            *row++ = css::uno::Sequence<double>(&serial, 1);
        }
        return css::uno::Any(column);
    });
}

css::uno::Any RelanceAddIn::getIsBusinessDay(const css::uno::Reference<css::beans::XPropertySet>& options,
                                             const AnyMatrix& date, const AnyMatrix& calendar)
{
    return callGuarded("ISBUSINESSDAY", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const ArgumentColumn dates(date, "Date"), calendars(calendar, "Calendar");
        return evaluateCells("ISBUSINESSDAY", {&dates, &calendars}, [&](sal_Int32 row, sal_Int32 column) {
            const Date day = requiredDate(dates.at(row, column), nullDate, "Date");
            return calendarFrom(calendars.at(row, column)).isBusinessDay(day) ? 1.0 : 0.0;
        });
    });
}

} // namespace relance::uno
