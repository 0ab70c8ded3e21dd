#include "core/calendar_registry.hpp"

#include "core/error.hpp"
#include "core/holiday_tables.hpp"

#include <algorithm>

namespace relance {

namespace {

const std::vector<BusinessCalendar>& allCalendars()
{
    // A function-local static is built once even when several Calc threads
    // ask at the same time (C++11 "magic statics"), and never changes after.
    static const std::vector<BusinessCalendar> calendars = [] {
        std::vector<BusinessCalendar> all;
        for (auto&& group : {holiday_tables::france(), holiday_tables::germany(),
                             holiday_tables::unitedKingdom(), holiday_tables::belgium(),
                             holiday_tables::netherlands(), holiday_tables::spain(),
                             holiday_tables::italy(), holiday_tables::luxembourg(),
                             holiday_tables::target()})
            all.insert(all.end(), group.begin(), group.end());
        return all;
    }();
    return calendars;
}

char upperAscii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool equalIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(),
                      [](char x, char y) { return upperAscii(x) == upperAscii(y); });
}

} // namespace

const BusinessCalendar& calendarByCode(std::string_view code)
{
    for (const BusinessCalendar& calendar : allCalendars())
        if (equalIgnoringCase(calendar.code(), code))
            return calendar;
    std::string valid;
    for (const std::string& known : calendarCodes())
        valid += (valid.empty() ? "" : ", ") + known;
    throw InvalidArgument("Calendar (\"" + std::string(code) + "\") is not a known calendar; valid codes: " +
                          valid);
}

std::vector<std::string> calendarCodes()
{
    std::vector<std::string> codes;
    for (const BusinessCalendar& calendar : allCalendars())
        codes.push_back(calendar.code());
    return codes;
}

} // namespace relance
