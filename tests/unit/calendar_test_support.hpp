#pragma once
// Helpers for the calendar tests: dates are written and compared as ISO text,
// the way published holiday lists print them, so a failure shows readable dates.
#include "core/business_calendar.hpp"
#include "core/calendar_registry.hpp"

#include <boost/date_time/gregorian/parsers.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace relance::test {

inline Date on(const std::string& iso) { return boost::gregorian::from_simple_string(iso); }

inline std::vector<std::string> isoList(const std::vector<Date>& dates)
{
    std::vector<std::string> texts;
    for (const Date date : dates)
        texts.push_back(isoText(date));
    return texts;
}

/// Every holiday of the year, weekend ones included, as ISO text.
inline std::vector<std::string> holidaysOf(std::string_view code, int year)
{
    return isoList(calendarByCode(code).holidays(year));
}

/// The holidays of the year that fall Monday to Friday: what gov.uk and most
/// "days off" lists print (a Saturday holiday there appears as its substitute).
inline std::vector<std::string> weekdayHolidaysOf(std::string_view code, int year)
{
    std::vector<Date> weekdays;
    for (const Date date : calendarByCode(code).holidays(year))
        if (!isWeekend(date))
            weekdays.push_back(date);
    return isoList(weekdays);
}

inline bool isHoliday(std::string_view code, const std::string& iso)
{
    return calendarByCode(code).isHoliday(on(iso));
}

inline bool isBusinessDay(std::string_view code, const std::string& iso)
{
    return calendarByCode(code).isBusinessDay(on(iso));
}

inline std::string nextBusinessDay(std::string_view code, const std::string& iso)
{
    return isoText(calendarByCode(code).nextBusinessDay(on(iso)));
}

} // namespace relance::test
