// United Kingdom bank holidays, as published on https://www.gov.uk/bank-holidays
// (and its bank-holidays.json). The regular days are in Schedule 1 to the
// Banking and Financial Dealings Act 1971 (Scotland: para. 2, with St Andrew's
// Day added by the St Andrew's Day Bank Holiday (Scotland) Act 2007); Good
// Friday and Christmas Day are common-law holidays in England and Wales; the
// others, substitute days and one-off days are appointed by royal proclamation.
// A holiday on a Saturday or Sunday keeps its date and earns a substitute
// day: the next weekday that is not already a holiday.
#include "core/holiday_tables.hpp"

namespace relance::holiday_tables {

namespace {

using namespace boost::date_time; // Jan .. Dec, Monday .. Sunday

// Days England, Wales and Scotland share, one-off days included.
std::vector<HolidayRule> britishDays()
{
    return {
        daysFromEaster("Good Friday", -2),                                 // Good Friday
        // Moved in 2020 to Friday 8 May, the 75th anniversary of VE Day.
        nthWeekday("Early May bank holiday", 1, Monday, May).except({2020}),
        oneOff("Early May bank holiday (VE day)", 2020, May, 8),
        // Moved in the jubilee years to make a four-day weekend.
        lastWeekday("Spring bank holiday", Monday, May).except({2002, 2012, 2022}),
        oneOff("Spring bank holiday", 2002, Jun, 4),
        oneOff("Spring bank holiday", 2012, Jun, 4),
        oneOff("Spring bank holiday", 2022, Jun, 2),
        fixedDay("Christmas Day", Dec, 25).substituteIfWeekend(),           // Christmas Day
        fixedDay("Boxing Day", Dec, 26).substituteIfWeekend(),              // Boxing Day
        oneOff("Millennium Day", 1999, Dec, 31),                            // millennium celebrations
        oneOff("Golden Jubilee of Elizabeth II", 2002, Jun, 3),
        oneOff("Wedding of Prince William and Catherine Middleton", 2011, Apr, 29),
        oneOff("Diamond Jubilee of Elizabeth II", 2012, Jun, 5),
        oneOff("Platinum Jubilee bank holiday", 2022, Jun, 3),
        oneOff("State Funeral of Queen Elizabeth II", 2022, Sep, 19),
        oneOff("Coronation of King Charles III", 2023, May, 8),
    };
}

std::vector<HolidayRule> englandAndWales()
{
    std::vector<HolidayRule> rules = britishDays();
    const std::vector<HolidayRule> own = {
        fixedDay("New Year's Day", Jan, 1).substituteIfWeekend(), // New Year's Day
        daysFromEaster("Easter Monday", 1),                        // Easter Monday
        lastWeekday("Summer bank holiday", Monday, Aug),           // Summer bank holiday
    };
    rules.insert(rules.end(), own.begin(), own.end());
    return rules;
}

// No Easter Monday and no late-August Monday in Scotland; instead 2 January,
// the first Monday of August and St Andrew's Day.
std::vector<HolidayRule> scotland()
{
    std::vector<HolidayRule> rules = britishDays();
    const std::vector<HolidayRule> own = {
        fixedDay("New Year's Day", Jan, 1).substituteIfWeekend(), // New Year's Day
        fixedDay("2nd January", Jan, 2).substituteIfWeekend(),    // 2nd January
        nthWeekday("Summer bank holiday", 1, Monday, Aug),         // Summer bank holiday
        // The 2007 Act received Royal Assent on 15 January 2007, so
        // 30 November 2006 was not yet a bank holiday.
        fixedDay("St Andrew's Day", Nov, 30).from(2007).substituteIfWeekend(), // St Andrew's Day
        // Royal proclamation of February 2026 (under s. 1(3) of the 1971 Act),
        // the Monday after Scotland's first World Cup finals match since 1998.
        oneOff("FIFA World Cup bank holiday", 2026, Jun, 15),
    };
    rules.insert(rules.end(), own.begin(), own.end());
    return rules;
}

} // namespace

std::vector<BusinessCalendar> unitedKingdom()
{
    return {BusinessCalendar("GB-ENG", englandAndWales()), BusinessCalendar("GB-SCT", scotland())};
}

} // namespace relance::holiday_tables
