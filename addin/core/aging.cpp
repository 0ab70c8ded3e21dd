#include "core/aging.hpp"

#include "core/day_count_list.hpp"
#include "core/error.hpp"

namespace relance {

namespace {

const char* const notOverdueLabel = "0";

std::string rangeLabel(long first, long last)
{
    return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
}

std::string openEndedLabel(long first) { return std::to_string(first) + "+"; }

} // namespace

AgingBounds AgingBounds::standard() { return AgingBounds({30, 60, 90}); }

AgingBounds AgingBounds::checked(std::vector<long> days, const char* argument, std::string_view original)
{
    if (days.size() > maximumCount)
        throw InvalidArgument(std::string(argument) + ": '" + std::string(original) + "' has " +
                              std::to_string(days.size()) + " bounds; at most " + std::to_string(maximumCount) +
                              " are allowed");
    checkStrictlyIncreasing(days, argument, original);
    // Increasing from a non-negative start: only the first can be 0.
    if (days.front() == 0)
        throw InvalidArgument(std::string(argument) + ": '" + std::string(original) +
                              "' must start above 0 (0 days late is not overdue)");
    return AgingBounds(std::move(days));
}

AgingBounds AgingBounds::fromText(std::string_view text, const char* argument)
{
    return checked(dayCountsFromText(text, argument), argument, text);
}

AgingBounds AgingBounds::fromNumbers(const std::vector<double>& numbers, const char* argument)
{
    std::vector<long> days = dayCountsFromNumbers(numbers, argument);
    const std::string shown = dayCountsText(days);
    return checked(std::move(days), argument, shown);
}

std::string agingBucket(long daysLate, const AgingBounds& bounds)
{
    if (daysLate <= 0)
        return notOverdueLabel;
    long first = 1; // first day of the current bucket
    for (const long last : bounds.days()) {
        if (daysLate <= last)
            return rangeLabel(first, last);
        first = last + 1;
    }
    return openEndedLabel(first);
}

std::vector<std::string> agingBucketLabels(const AgingBounds& bounds)
{
    std::vector<std::string> labels{notOverdueLabel};
    long first = 1;
    for (const long last : bounds.days()) {
        labels.push_back(rangeLabel(first, last));
        first = last + 1;
    }
    labels.push_back(openEndedLabel(first));
    return labels;
}

} // namespace relance
