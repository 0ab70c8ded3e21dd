// Luxembourg: the jours fériés légaux of the Code du travail, art. L.232-2
// (https://legilux.public.lu), Europe Day added by the loi du 25 avril 2019.
// A holiday on a Sunday gives each employee a compensatory day off within
// three months, not a general holiday: no substitute day here.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> luxembourgDays()
{
    return {
        fixedDay("Jour de l'an", Jan, 1),                 // New Year's Day
        daysFromEaster("Lundi de Pâques", 1),             // Easter Monday
        fixedDay("Fête du Travail", May, 1),              // Labour Day
        fixedDay("Journée de l'Europe", May, 9).from(2019), // Europe Day
        daysFromEaster("Ascension", 39),                  // Ascension Thursday
        daysFromEaster("Lundi de Pentecôte", 50),         // Whit Monday
        fixedDay("Fête nationale", Jun, 23),              // National Day (the sovereign's official birthday)
        fixedDay("Assomption", Aug, 15),                  // Assumption
        fixedDay("Toussaint", Nov, 1),                    // All Saints' Day
        fixedDay("Noël", Dec, 25),                        // Christmas Day
        fixedDay("Saint-Étienne", Dec, 26),               // St Stephen's Day
    };
}

} // namespace

std::vector<BusinessCalendar> luxembourg() { return {BusinessCalendar("LU", luxembourgDays())}; }

} // namespace relance::holiday_tables
