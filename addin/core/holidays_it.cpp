// Italy: the giorni festivi of legge 27 maggio 1949 n. 260, artt. 1-2, as
// amended by legge 5 marzo 1977 n. 54 (which dropped several days),
// DPR 28 dicembre 1985 n. 792 (Epiphany back), legge 20 novembre 2000 n. 336
// (2 June back on its date) and legge 8 ottobre 2025 n. 151 (4 October)
// (https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1949-05-27;260).
// Easter Sunday is a festivo only as a Sunday ("tutte le domeniche") and is
// not listed. Patron saints' days are municipal and left out.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> italianDays()
{
    return {
        fixedDay("Capodanno", Jan, 1),                          // New Year's Day
        fixedDay("Epifania", Jan, 6),                           // Epiphany
        daysFromEaster("Lunedì dell'Angelo", 1),                // Easter Monday
        fixedDay("Festa della Liberazione", Apr, 25),           // Liberation Day
        fixedDay("Festa del Lavoro", May, 1),                   // Labour Day
        // From 1977 to 2000 the Republic was celebrated on the first Sunday
        // of June; legge 336/2000 brought it back to 2 June from 2001.
        nthWeekday("Festa della Repubblica", 1, Sunday, Jun).until(2000), // Republic Day
        fixedDay("Festa della Repubblica", Jun, 2).from(2001),            // Republic Day
        fixedDay("Assunzione", Aug, 15),                        // Assumption (Ferragosto)
        fixedDay("San Francesco d'Assisi", Oct, 4).from(2026),  // St Francis, patron of Italy
        fixedDay("Ognissanti", Nov, 1),                         // All Saints' Day
        fixedDay("Immacolata Concezione", Dec, 8),              // Immaculate Conception
        fixedDay("Natale", Dec, 25),                            // Christmas Day
        fixedDay("Santo Stefano", Dec, 26),                     // St Stephen's Day
    };
}

} // namespace

std::vector<BusinessCalendar> italy() { return {BusinessCalendar("IT", italianDays())}; }

} // namespace relance::holiday_tables
