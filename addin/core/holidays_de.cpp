// Germany. Holidays are Land law; the nine days every Land keeps make "DE".
// Each Land's table is DE plus that Land's own days, from its Feiertagsgesetz:
//   BW  FTG § 1          https://www.landesrecht-bw.de/bsbw/document/jlr-FeiertGBWpP1
//   BY  FTG Art. 1       https://www.gesetze-bayern.de/Content/Document/BayFTG/true
//   BE  FeiertG § 1      https://gesetze.berlin.de/bsbe/document/jlr-FeiertGBEV10P1
//   BB  FTG § 2          https://bravors.brandenburg.de/gesetze/ftg_2015
//   HB  FeiertG § 1      https://www.transparenz.bremen.de/metainformationen/gesetz-ueber-die-sonn-gedenk-und-feiertage-vom-12-november-1954-145882
//   HH  FeiertagsG § 1   https://www.landesrecht-hamburg.de/bsha/document/jlr-FeiertGHAV3P1
//   HE  HFeiertagsG § 1  https://www.rv.hessenrecht.hessen.de/bshe/document/jlr-FeiertGHE1952rahmen
//   MV  FTG MV § 2       https://www.landesrecht-mv.de/bsmv/document/jlr-FTGMVV3P2
//   NI  NFeiertagsG § 2  https://voris.wolterskluwer-online.de/browse/document/b724111b-6c20-3862-b111-589842acacba
//   NW  FeiertagsG § 2   https://recht.nrw.de/lmi/owa/br_bes_detail?bes_id=3367
//   RP  LFtG § 2         https://www.landesrecht.rlp.de/bsrp/document/jlr-FeiertGRPpP2
//   SL  FTG § 2          https://recht.saarland.de/bssl/document/jlr-FeiertGSL1976V6P2
//   SN  SächsSFG § 1     https://www.revosax.sachsen.de/vorschrift/3997-SaechsSFG
//   ST  FeiertG LSA § 2  https://www.landesrecht.sachsen-anhalt.de/bsst/document/jlr-FeiertGSTpP2
//   SH  SFTG § 2         https://www.gesetze-rechtsprechung.sh.juris.de/bssh/document/jlr-FeiertGSH2004V3P2
//   TH  ThürFtG § 2      https://landesrecht.thueringen.de/bsth/document/jlr-FeiertGTHV5P2
// Days kept only in some municipalities are decided once, here:
//   - Mariä Himmelfahrt (15 Aug) in Bavaria is a holiday only in municipalities
//     with a Catholic majority (Art. 1(1) Nr. 2 BayFTG): about 1,700 of 2,056,
//     all of Upper and Lower Bavaria, most of Swabia, the Upper Palatinate and
//     Lower Franconia (Bayerisches Landesamt für Statistik). DE-BY INCLUDES it:
//     it is the holiday of most Bavarians, and treating it as a holiday where
//     it is not only moves a due date one day later, never earlier.
//   - Fronleichnam (Corpus Christi) in Saxony (some Sorbian municipalities near
//     Bautzen) and Thuringia (Eichsfeld) is EXCLUDED from DE-SN and DE-TH: it
//     is the holiday of a small minority there.
//   - Augsburger Hohes Friedensfest (8 Aug) is a holiday of the city of
//     Augsburg only: it is left out of DE-BY.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

// The days every Land keeps. Tag der Deutschen Einheit is federal law
// (Einigungsvertrag Art. 2(2)); the others are in all sixteen Land laws.
std::vector<HolidayRule> national()
{
    return {
        fixedDay("Neujahr", Jan, 1),                   // New Year's Day
        daysFromEaster("Karfreitag", -2),              // Good Friday
        daysFromEaster("Ostermontag", 1),              // Easter Monday
        fixedDay("Tag der Arbeit", May, 1),            // Labour Day
        daysFromEaster("Christi Himmelfahrt", 39),     // Ascension Thursday
        daysFromEaster("Pfingstmontag", 50),           // Whit Monday
        fixedDay("Tag der Deutschen Einheit", Oct, 3), // German Unity Day
        // The 500th anniversary of the Reformation: every Land made
        // 31 October 2017 a holiday by its own law.
        oneOff("Reformationstag (500 Jahre Reformation)", 2017, Oct, 31), // Reformation Day 2017
        fixedDay("1. Weihnachtstag", Dec, 25),         // Christmas Day
        fixedDay("2. Weihnachtstag", Dec, 26),         // St Stephen's Day
    };
}

BusinessCalendar land(const char* code, std::vector<HolidayRule> ownDays)
{
    std::vector<HolidayRule> rules = national();
    rules.insert(rules.end(), ownDays.begin(), ownDays.end());
    return BusinessCalendar(code, std::move(rules));
}

HolidayRule epiphany() { return fixedDay("Heilige Drei Könige", Jan, 6); }        // Epiphany
HolidayRule corpusChristi() { return daysFromEaster("Fronleichnam", 60); }        // Corpus Christi
HolidayRule assumption() { return fixedDay("Mariä Himmelfahrt", Aug, 15); }       // Assumption
HolidayRule reformationDay() { return fixedDay("Reformationstag", Oct, 31); }     // Reformation Day
HolidayRule allSaints() { return fixedDay("Allerheiligen", Nov, 1); }             // All Saints' Day
HolidayRule womensDay() { return fixedDay("Internationaler Frauentag", Mar, 8); } // Women's Day

} // namespace

std::vector<BusinessCalendar> germany()
{
    return {
        BusinessCalendar("DE", national()),
        land("DE-BW", {epiphany(), corpusChristi(), allSaints()}),
        land("DE-BY", {epiphany(), corpusChristi(), assumption(), allSaints()}),
        land("DE-BE", {
            womensDay().from(2019),
            oneOff("75. Jahrestag der Befreiung", 2020, May, 8),  // end of WWII, 75th anniversary
            oneOff("80. Jahrestag der Befreiung", 2025, May, 8),  // end of WWII, 80th anniversary
            // A Saturday; enacted in 2024 (GVBl. Berlin 2024 S. 460).
            oneOff("75. Jahrestag des Aufstandes vom 17. Juni 1953", 2028, Jun, 17), // 1953 uprising
        }),
        land("DE-BB", {
            daysFromEaster("Ostersonntag", 0),    // Easter Sunday (a holiday by § 2 FTG, though a Sunday)
            daysFromEaster("Pfingstsonntag", 49), // Whit Sunday (likewise)
            reformationDay(),
        }),
        land("DE-HB", {reformationDay().from(2018)}),
        land("DE-HH", {reformationDay().from(2018)}),
        land("DE-HE", {corpusChristi()}),
        land("DE-MV", {womensDay().from(2023), reformationDay()}),
        land("DE-NI", {reformationDay().from(2018)}),
        land("DE-NW", {corpusChristi(), allSaints()}),
        land("DE-RP", {corpusChristi(), allSaints()}),
        land("DE-SL", {corpusChristi(), assumption(), allSaints()}),
        land("DE-SN", {
            reformationDay(),
            // Nationwide until 1994 (given up to fund long-term care
            // insurance); Saxony kept it, its employees pay more instead.
            weekdayBefore("Buß- und Bettag", Wednesday, Nov, 23), // Day of Repentance and Prayer
        }),
        land("DE-ST", {epiphany(), reformationDay()}),
        land("DE-SH", {reformationDay().from(2018)}),
        land("DE-TH", {fixedDay("Weltkindertag", Sep, 20).from(2019), reformationDay()}), // World Children's Day
    };
}

} // namespace relance::holiday_tables
