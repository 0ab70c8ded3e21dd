// Netherlands: the algemeen erkende feestdagen of the Algemene termijnenwet,
// art. 3(1) (https://wetten.overheid.nl/BWBR0002448), the law that moves a
// statutory deadline falling on a Saturday, Sunday or feestdag to the next
// working day.
// Choices:
//   - Bevrijdingsdag (5 May) is included EVERY year: art. 3(1) names it without
//     condition. That many collective agreements give the day off only every
//     fifth year (2025, 2030, ...) is a matter of employment, not of deadlines.
//   - Goede Vrijdag is NOT included: it is not a general public holiday and is
//     not in art. 3(1) (art. 3(2) equates it for statutory deadlines only).
//   - Easter Sunday and Whit Sunday are not listed: the Atw names only the
//     second days, the first being Sundays anyway.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> dutchDays()
{
    return {
        fixedDay("Nieuwjaarsdag", Jan, 1),                              // New Year's Day
        daysFromEaster("Tweede Paasdag", 1),                            // Easter Monday
        // The monarch's birthday, kept on the Saturday before when it falls
        // on a Sunday (the rule since 1980). Queen Beatrix: 30 April (her
        // mother's birthday) through 2013; King Willem-Alexander: 27 April.
        fixedDay("Koninginnedag", Apr, 30).until(2013).sundayToSaturday(), // Queen's Day
        fixedDay("Koningsdag", Apr, 27).from(2014).sundayToSaturday(),     // King's Day
        fixedDay("Bevrijdingsdag", May, 5),                             // Liberation Day
        daysFromEaster("Hemelvaartsdag", 39),                           // Ascension Thursday
        daysFromEaster("Tweede Pinksterdag", 50),                       // Whit Monday
        fixedDay("Eerste Kerstdag", Dec, 25),                           // Christmas Day
        fixedDay("Tweede Kerstdag", Dec, 26),                           // Boxing Day
    };
}

} // namespace

std::vector<BusinessCalendar> netherlands() { return {BusinessCalendar("NL", dutchDays())}; }

} // namespace relance::holiday_tables
