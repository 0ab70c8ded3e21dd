#include "core/rate_table.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cstdlib>

namespace relance {

namespace {

void checkRate(const std::string& source, const RateRow& row)
{
    const std::int64_t units = row.rate.scaledUnits();
    if (units < lowestTableRateUnits || units > highestTableRateUnits)
        throw InvalidArgument("rate table " + source + ": the rate of " + isoText(row.effective) + " (" +
                              percentText(row.rate) + ") must be between -5 % and 50 %");
}

} // namespace

RateTable::RateTable(std::string source, std::vector<RateRow> rows, Date validThrough, std::string url)
    : source_(std::move(source)), rows_(std::move(rows)), validThrough_(validThrough), url_(std::move(url))
{
    if (source_.empty())
        throw InvalidArgument("a rate table needs a source code");
    if (rows_.empty())
        throw InvalidArgument("rate table " + source_ + " has no rows");
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].effective.is_special())
            throw InvalidArgument("rate table " + source_ + ": row " + std::to_string(i + 1) + " has no date");
        checkRate(source_, rows_[i]);
        if (i > 0 && rows_[i].effective <= rows_[i - 1].effective)
            throw InvalidArgument("rate table " + source_ + ": " + isoText(rows_[i].effective) +
                                  " does not come after " + isoText(rows_[i - 1].effective));
    }
    if (validThrough_.is_special() || validThrough_ < rows_.back().effective)
        throw InvalidArgument("rate table " + source_ + ": valid-through must not be before the last row (" +
                              isoText(rows_.back().effective) + ")");
    indexHalfYearStarts();
}

void RateTable::indexHalfYearStarts()
{
    firstIndexedYear_ = rows_.front().effective.year();
    const int lastIndexedYear = std::min<int>(rows_.back().effective.year() + 1, latestSupportedDate().year());
    for (int year = firstIndexedYear_; year <= lastIndexedYear; ++year)
        for (const unsigned short month : {static_cast<unsigned short>(1), static_cast<unsigned short>(7)}) {
            const Date start(static_cast<unsigned short>(year), month, 1);
            halfYearStartRates_.push_back(start < firstDate() ? std::nullopt : std::optional<AnnualRate>(rateOn(start)));
        }
}

AnnualRate RateTable::rateOnHalfYearStart(int year, bool secondHalf) const
{
    const long index = 2L * (year - firstIndexedYear_) + (secondHalf ? 1 : 0);
    if (index >= 0 && index < static_cast<long>(halfYearStartRates_.size()) && halfYearStartRates_[static_cast<std::size_t>(index)])
        return *halfYearStartRates_[static_cast<std::size_t>(index)];
    if (index >= static_cast<long>(halfYearStartRates_.size()))
        return rows_.back().rate; // past the last row: it goes on applying
    return rateOn(Date(static_cast<unsigned short>(year), secondHalf ? 7 : 1, 1)); // before the table: refuses
}

AnnualRate RateTable::rateOn(Date day) const
{
    // The first row dated after `day`; the one before it is in force.
    const auto after = std::upper_bound(rows_.begin(), rows_.end(), day,
                                        [](Date d, const RateRow& row) { return d < row.effective; });
    if (after == rows_.begin())
        throw InvalidArgument(source_ + " has no rate for " + isoText(day) + ": its table starts on " +
                              isoText(rows_.front().effective) + " (" + percentText(rows_.front().rate) + ")");
    return std::prev(after)->rate;
}

std::string percentText(AnnualRate rate)
{
    // Units of 1e-8 are millionths of a percent: print 2 to 6 decimals.
    const std::int64_t units = rate.scaledUnits();
    const std::int64_t magnitude = units < 0 ? -units : units;
    std::string decimals = std::to_string(magnitude % 1'000'000);
    decimals.insert(0, 6 - decimals.size(), '0');
    while (decimals.size() > 2 && decimals.back() == '0')
        decimals.pop_back();
    return (units < 0 ? "-" : "") + std::to_string(magnitude / 1'000'000) + "." + decimals + " %";
}

} // namespace relance
