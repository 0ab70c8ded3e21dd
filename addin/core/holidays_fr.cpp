// France.
// FR: the eleven fêtes légales of the Code du travail, art. L3133-1
//     (https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/),
//     as listed each year on service-public.fr ("Jours fériés", F2405).
// FR-57: Alsace-Moselle (Moselle 57, Bas-Rhin 67, Haut-Rhin 68) adds the
//     two local days of art. L3134-13: Good Friday and 26 December.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

std::vector<HolidayRule> national()
{
    return {
        fixedDay("Jour de l'an", Jan, 1),             // New Year's Day
        daysFromEaster("Lundi de Pâques", 1),         // Easter Monday
        fixedDay("Fête du Travail", May, 1),          // Labour Day
        fixedDay("Victoire 1945", May, 8),            // Victory in Europe Day (again since 1982)
        daysFromEaster("Ascension", 39),              // Ascension Thursday
        // Whit Monday stayed a fête légale in 2005-2007 too: the loi du
        // 30 juin 2004 made it the default "journée de solidarité" (worked,
        // unpaid) without removing it from the list; the Conseil d'État said
        // so in 2005. It is kept every year.
        daysFromEaster("Lundi de Pentecôte", 50),     // Whit Monday
        fixedDay("Fête nationale", Jul, 14),          // Bastille Day
        fixedDay("Assomption", Aug, 15),              // Assumption
        fixedDay("Toussaint", Nov, 1),                // All Saints' Day
        fixedDay("Armistice 1918", Nov, 11),          // Armistice Day
        fixedDay("Noël", Dec, 25),                    // Christmas Day
    };
}

std::vector<HolidayRule> alsaceMoselle()
{
    std::vector<HolidayRule> rules = national();
    // The Code says Good Friday "in communes with a Protestant church or a
    // mixed church"; in practice the whole of the three départements keeps it,
    // and so does this calendar.
    rules.push_back(daysFromEaster("Vendredi saint", -2)); // Good Friday
    rules.push_back(fixedDay("Saint-Étienne", Dec, 26));   // St Stephen's Day
    return rules;
}

} // namespace

std::vector<BusinessCalendar> france()
{
    return {BusinessCalendar("FR", national()), BusinessCalendar("FR-57", alsaceMoselle())};
}

} // namespace relance::holiday_tables
