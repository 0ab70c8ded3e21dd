// Spain: the fiestas laborales de ámbito nacional of Real Decreto 2001/1983,
// de 28 de julio, art. 45, as published each October in the BOE ("relación de
// fiestas laborales"; for 2025 BOE-A-2024-21316,
// https://www.boe.es/eli/es/res/2024/10/15/(1)). ES holds the days kept throughout Spain:
//   - included: the nine days no autonomous community may replace, and
//     6 January, which the communities may replace but every one keeps;
//   - excluded: Holy Thursday (not kept in Catalonia and Valencia), Easter
//     Monday, 19 March and 25 July (kept in some communities), the Monday
//     after a national holiday on a Sunday (each community decides, e.g.
//     13 October 2025 in five of them), and the communities' own days.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> spanishDays()
{
    return {
        fixedDay("Año Nuevo", Jan, 1),                         // New Year's Day
        fixedDay("Epifanía del Señor", Jan, 6),                // Epiphany
        daysFromEaster("Viernes Santo", -2),                   // Good Friday
        fixedDay("Fiesta del Trabajo", May, 1),                // Labour Day
        fixedDay("Asunción de la Virgen", Aug, 15),            // Assumption
        fixedDay("Fiesta Nacional de España", Oct, 12),        // National Day
        fixedDay("Todos los Santos", Nov, 1),                  // All Saints' Day
        fixedDay("Día de la Constitución Española", Dec, 6),   // Constitution Day
        fixedDay("Inmaculada Concepción", Dec, 8),             // Immaculate Conception
        fixedDay("Natividad del Señor", Dec, 25),              // Christmas Day
    };
}

} // namespace

std::vector<BusinessCalendar> spain() { return {BusinessCalendar("ES", spanishDays())}; }

} // namespace relance::holiday_tables
