#pragma once
// Western (Gregorian) Easter Sunday, the anchor of every movable Christian
// holiday in the calendars: Good Friday, Easter Monday, Ascension, Whit Monday,
// Corpus Christi. Boost.Date_Time has no Easter generator, hence this file.
#include "core/serial_date.hpp"

namespace relance {

/// Easter Sunday of `year` in the Gregorian calendar, as the Western churches
/// keep it. Throws InvalidArgument for years outside 1583..9999 (before 1583
/// the Gregorian computus was not in use; after 9999 there are no dates).
Date westernEasterSunday(int year);

} // namespace relance
