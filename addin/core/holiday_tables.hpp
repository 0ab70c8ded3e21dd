#pragma once
// The holiday tables, one function (and one .cpp file) per country or system.
// Each file holds one table of rules per calendar, one line per holiday, and
// names the statute or publication the table follows. Only calendar_registry
// calls these; everything else looks calendars up by code.
#include "core/business_calendar.hpp"

#include <vector>

namespace relance::holiday_tables {

std::vector<BusinessCalendar> france();        // FR, FR-57
std::vector<BusinessCalendar> germany();       // DE, then DE-BW .. DE-TH
std::vector<BusinessCalendar> unitedKingdom(); // GB-ENG, GB-SCT
std::vector<BusinessCalendar> belgium();       // BE
std::vector<BusinessCalendar> netherlands();   // NL
std::vector<BusinessCalendar> spain();         // ES
std::vector<BusinessCalendar> italy();         // IT
std::vector<BusinessCalendar> luxembourg();    // LU
std::vector<BusinessCalendar> target();        // TARGET

} // namespace relance::holiday_tables
