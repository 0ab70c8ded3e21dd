#pragma once
// Lists of whole day counts typed into a cell ("30;60;90") or taken from a
// range of numbers: the shared reader behind AGINGBUCKET's Bounds and
// REMINDERLEVEL's Thresholds. It checks the form of each entry; the callers
// check what the list as a whole must look like.
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// Largest day count a list may hold: ten years of days, as for Grace.
constexpr long maximumListedDays = 3660;

/// Reads whole, non-negative day counts separated by ';' or ','
/// ("30;60;90", "30, 60, 90"); spaces and tabs around an entry are ignored.
/// ',' is accepted because it is Calc's argument separator in English
/// locales; since only whole numbers are accepted, a decimal comma ("30,5")
/// cannot slip through as a fraction -- it reads as two entries, which the
/// caller's ordering check refuses. Spaces do not separate entries, so that
/// a grouped "1 000" is refused rather than read as two numbers.
/// Throws InvalidArgument, quoting `argument` and the text, for empty text,
/// an empty entry, an entry that is not a whole number, a negative number,
/// or one above maximumListedDays.
std::vector<long> dayCountsFromText(std::string_view text, const char* argument);

/// The same checks for numbers from a range of cells (the UNO layer leaves
/// out empty cells): each must be a whole number between 0 and maximumListedDays.
std::vector<long> dayCountsFromNumbers(const std::vector<double>& numbers, const char* argument);

/// "30;60;90": the list as it would be typed, for messages.
std::string dayCountsText(const std::vector<long>& days);

/// Throws InvalidArgument ("<argument>: '<original>' must be increasing")
/// unless every count is larger than the one before.
void checkStrictlyIncreasing(const std::vector<long>& days, const char* argument, std::string_view original);

} // namespace relance
