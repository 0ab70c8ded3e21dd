#pragma once
// AGINGBUCKET: the aged-balance column of a receivables report ("1-30",
// "31-60", ...), with bounds the user may choose.
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The upper bounds of the overdue buckets, in days late: 1 to 10 strictly
/// increasing positive whole numbers. Bounds 30;60;90 make the buckets
/// 1-30, 31-60, 61-90 and 91+.
class AgingBounds {
public:
    static constexpr std::size_t maximumCount = 10;

    /// 30;60;90, the usual report.
    static AgingBounds standard();

    /// Bounds typed in a cell: "30;60;90", "30,60,90" or "30; 60; 90" (see
    /// dayCountsFromText). Errors quote the text: "Bounds: '60;30' must be increasing".
    static AgingBounds fromText(std::string_view text, const char* argument = "Bounds");

    /// Bounds from a range of numbers (empty cells already left out).
    static AgingBounds fromNumbers(const std::vector<double>& numbers, const char* argument = "Bounds");

    const std::vector<long>& days() const { return days_; }

private:
    explicit AgingBounds(std::vector<long> days) : days_(std::move(days)) {}
    static AgingBounds checked(std::vector<long> days, const char* argument, std::string_view original);

    std::vector<long> days_;
};

/// The bucket label for a debt `daysLate` days late:
///  - "0" when daysLate <= 0 (not overdue);
///  - "1-30", "31-60", "61-90" for the standard bounds: a bound belongs to
///    the bucket it closes (30 → "1-30", 31 → "31-60");
///  - "91+" past the last bound;
///  - a bucket one day wide is labelled with that day alone ("1", not "1-1").
/// Labels contain ASCII digits, '-' and '+' only, in every language.
std::string agingBucket(long daysLate, const AgingBounds& bounds = AgingBounds::standard());

/// Every label in order, "0" first: the categories of the overview chart.
std::vector<std::string> agingBucketLabels(const AgingBounds& bounds = AgingBounds::standard());

} // namespace relance
