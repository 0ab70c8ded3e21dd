#include "core/day_count_list.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"

#include <cmath>

namespace relance {

namespace {

bool isSeparator(char c) { return c == ';' || c == ','; }
bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

InvalidArgument listError(const char* argument, std::string_view original, const std::string& why)
{
    return InvalidArgument(std::string(argument) + ": '" + std::string(original) + "' " + why);
}

long parsedEntry(std::string_view entry, const char* argument, std::string_view original)
{
    if (entry.empty())
        throw listError(argument, original, "has an empty entry");
    const bool negative = entry.front() == '-';
    const std::string_view digits = negative ? entry.substr(1) : entry;
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos)
        throw listError(argument, original, "has '" + std::string(entry) + "', which is not a whole number of days");
    long value = 0;
    for (const char c : digits)
        if (value <= maximumListedDays) // stop before overflowing; the range check reports it
            value = value * 10 + (c - '0');
    if (negative && value != 0)
        throw listError(argument, original, "has " + std::string(entry) + ", but day counts cannot be negative");
    if (value > maximumListedDays)
        throw listError(argument, original, "has " + std::string(entry) + ", more than " +
                                                std::to_string(maximumListedDays) + " days");
    return value;
}

} // namespace

std::vector<long> dayCountsFromText(std::string_view text, const char* argument)
{
    if (trimmed(text).empty())
        throw listError(argument, text, "is empty; write day counts such as 30;60;90");
    std::vector<long> days;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSeparator(text[i])) {
            days.push_back(parsedEntry(trimmed(text.substr(start, i - start)), argument, text));
            start = i + 1;
        }
    }
    return days;
}

std::vector<long> dayCountsFromNumbers(const std::vector<double>& numbers, const char* argument)
{
    std::string shown;
    for (const double number : numbers)
        shown += (shown.empty() ? "" : ";") + shortestText(number);
    if (numbers.empty())
        throw listError(argument, shown, "is empty; give day counts such as 30;60;90");
    std::vector<long> days;
    for (const double number : numbers) {
        if (!std::isfinite(number) || number != std::floor(number))
            throw listError(argument, shown, "has " + shortestText(number) + ", which is not a whole number of days");
        if (number < 0)
            throw listError(argument, shown, "has " + shortestText(number) + ", but day counts cannot be negative");
        if (number > maximumListedDays)
            throw listError(argument, shown, "has " + shortestText(number) + ", more than " +
                                                 std::to_string(maximumListedDays) + " days");
        days.push_back(static_cast<long>(number));
    }
    return days;
}

std::string dayCountsText(const std::vector<long>& days)
{
    std::string text;
    for (const long day : days)
        text += (text.empty() ? "" : ";") + std::to_string(day);
    return text;
}

void checkStrictlyIncreasing(const std::vector<long>& days, const char* argument, std::string_view original)
{
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i] <= days[i - 1])
            throw listError(argument, original, "must be increasing");
}

} // namespace relance
