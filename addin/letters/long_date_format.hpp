#pragma once
// Internal to relance_letters (its .cpp files only): the long date of a
// letter, as {x, date, long} writes it, with the first of the month as an
// ordinal where the language requires it: French "1er décembre 2026",
// Italian "1º dicembre 2026" (ICU's long date writes "1 décembre"). Both the
// date and the ordinal come from ICU's data for the locale.
#include <unicode/format.h>
#include <unicode/locid.h>

#include <memory>
#include <string_view>

namespace relance {

/// True for the letter languages whose long date style is
/// LongDateStyle::OrdinalFirstOfMonth (fr, it); false for any other code.
bool firstOfMonthIsOrdinal(std::string_view language);

/// A Format for MessageFormat::setFormat: the locale's long date, with day 1
/// spelled by the locale's "%digits-ordinal-masculine" rules.
std::unique_ptr<icu::Format> longDateWithOrdinalFirst(const icu::Locale& locale);

} // namespace relance
