#pragma once
// A reference-rate table (ECB main refinancing rate, Basiszinssatz, Bank Rate,
// taux légal, handelsrente): dated rows, each in force until the next one,
// and the last day the publisher is known to stand behind the last row.
#include "core/annual_rate.hpp"
#include "core/serial_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

/// Bounds for a rate in a table or in a RELANCE_RATES row: -5 % to 50 %.
/// Every published reference rate and statutory rate lies well inside
/// (Basiszinssatz -0.88 %, handelsrente 12.5 %); a value outside is a typo,
/// most often a percentage typed as a number (4.5 for 4.5 %).
constexpr std::int64_t lowestTableRateUnits = -5'000'000;  // -0.05
constexpr std::int64_t highestTableRateUnits = 50'000'000; // 0.5

/// One row: the rate applies from `effective` (inclusive) to the day before
/// the next row's date.
struct RateRow {
    Date effective;
    AnnualRate rate;
};

class RateTable {
public:
    /// Checks what the rest of the core relies on and throws InvalidArgument
    /// (naming the source and the row) otherwise: a source code, at least
    /// one row, dates strictly increasing, rates within the bounds above,
    /// valid-through on or after the last row's date.
    RateTable(std::string source, std::vector<RateRow> rows, Date validThrough, std::string url = {});

    /// The code REFERENCERATE and RELANCE_RATES use: "ECB", "DE-BASIS", ...
    const std::string& source() const { return source_; }
    const std::vector<RateRow>& rows() const { return rows_; }
    Date firstDate() const { return rows_.front().effective; }
    /// Last day the last row is known to hold (see packaging/rates/README.md).
    Date validThrough() const { return validThrough_; }
    /// The publisher's page, for the sidebar and the letters.
    const std::string& url() const { return url_; }

    /// The rate in force on `day`: the last row dated on or before it. Past
    /// valid-through the last row goes on applying (check isPastValidThrough
    /// to say so). Throws InvalidArgument for a day before the first row,
    /// naming the day and the first row: a date outside the table is an
    /// error, never a guess.
    AnnualRate rateOn(Date day) const;

    /// rateOn(1 January of `year`, or 1 July when `secondHalf`), read from a
    /// table of half-year starts built with the rows: the statutory rules
    /// read a rate at every half-year of every statement, and a million
    /// statements must take well under 0.2 s (bench/interest_core_bench.cpp).
    AnnualRate rateOnHalfYearStart(int year, bool secondHalf) const;

    /// True when `day` is after valid-through: rateOn still answers, with the
    /// last known rate, but nobody has checked that it still holds.
    bool isPastValidThrough(Date day) const { return day > validThrough_; }

private:
    void indexHalfYearStarts();

    std::string source_;
    std::vector<RateRow> rows_;
    int firstIndexedYear_ = 0;
    // The rate on each 1 January / 1 July from firstIndexedYear_ through the
    // year after the last row; nothing for the starts before the first row.
    std::vector<std::optional<AnnualRate>> halfYearStartRates_;
    Date validThrough_;
    std::string url_;
};

/// "4.50 %" style text of a rate for messages ("-0.88 %", "12.125 %").
std::string percentText(AnnualRate rate);

} // namespace relance
