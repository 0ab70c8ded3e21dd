// The business-day calendar functions of the table: HOLIDAYS, ISBUSINESSDAY.
#include "catalog/catalog_parts.hpp"

namespace relance::catalog {

namespace {

Parameter requiredCalendarParameter()
{
    return {"Calendar",
            {"Calendar", "Calendrier", "Kalender"},
            {"Calendar code: FR, FR-57, DE, DE-BY (and the other Länder), GB-ENG, GB-SCT, BE, NL, "
             "ES, IT, LU or TARGET.",
             "Code du calendrier : FR, FR-57, DE, DE-BY (et les autres Länder), GB-ENG, GB-SCT, BE, "
             "NL, ES, IT, LU ou TARGET.",
             "Kürzel des Kalenders: FR, FR-57, DE, DE-BY (und die anderen Länder), GB-ENG, GB-SCT, "
             "BE, NL, ES, IT, LU oder TARGET."}};
}

} // namespace

void appendCalendarFunctions(std::vector<Function>& table)
{
    table.push_back(
        {"getHolidays",
         "Date&Time",
         {"HOLIDAYS", "JOURS.FERIES", "FEIERTAGE"},
         {"The public holidays of a calendar in a year, as a column of dates in date order (enter "
          "as an array formula), those on a weekend included: the holidays argument of WORKDAY "
          "and NETWORKDAYS.",
          "Les jours fériés d'un calendrier pour une année, en colonne de dates (formule "
          "matricielle), week-ends compris : l'argument des fériés de SERIE.JOUR.OUVRE et "
          "NB.JOURS.OUVRES.",
          "Die Feiertage eines Kalenders in einem Jahr als Spalte von Daten (Matrixformel), auch "
          "am Wochenende: das Feiertage-Argument von ARBEITSTAG und NETTOARBEITSTAGE."},
         {requiredCalendarParameter(),
          {"Year",
           {"Year", "Année", "Jahr"},
           {"The year, 1999 to 2100.", "L'année, de 1999 à 2100.", "Das Jahr, 1999 bis 2100."}}}});

    table.push_back(
        {"getIsBusinessDay",
         "Date&Time",
         {"ISBUSINESSDAY", "EST.JOUR.OUVRE", "IST.ARBEITSTAG"},
         {"TRUE on a Monday to Friday that is not a public holiday of the calendar, FALSE "
          "otherwise.",
          "VRAI un jour du lundi au vendredi qui n'est pas férié dans le calendrier, FAUX sinon.",
          "WAHR an einem Montag bis Freitag, der im Kalender kein Feiertag ist, sonst FALSCH."},
         {{"Date",
           {"Date", "Date", "Datum"},
           {"The day to check.", "Le jour à vérifier.", "Der zu prüfende Tag."}},
          requiredCalendarParameter()}});
}

} // namespace relance::catalog
