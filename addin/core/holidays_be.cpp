// Belgium: the ten jours fériés légaux / wettelijke feestdagen of the loi du
// 4 janvier 1974 relative aux jours fériés and the arrêté royal du 18 avril
// 1974, art. 1 (Moniteur belge; the SPF Emploi, Travail et Concertation
// sociale publishes the yearly list).
// A holiday on a Sunday gives each employee a replacement day chosen in the
// company, not a general holiday: no substitute day here.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> belgianDays()
{
    return {
        fixedDay("Nouvel An", Jan, 1),               // New Year's Day
        daysFromEaster("Lundi de Pâques", 1),        // Easter Monday
        fixedDay("Fête du Travail", May, 1),         // Labour Day
        daysFromEaster("Ascension", 39),             // Ascension Thursday
        daysFromEaster("Lundi de Pentecôte", 50),    // Whit Monday
        fixedDay("Fête nationale", Jul, 21),         // National Day
        fixedDay("Assomption", Aug, 15),             // Assumption
        fixedDay("Toussaint", Nov, 1),               // All Saints' Day
        fixedDay("Armistice", Nov, 11),              // Armistice Day
        fixedDay("Noël", Dec, 25),                   // Christmas Day
    };
}

} // namespace

std::vector<BusinessCalendar> belgium() { return {BusinessCalendar("BE", belgianDays())}; }

} // namespace relance::holiday_tables
