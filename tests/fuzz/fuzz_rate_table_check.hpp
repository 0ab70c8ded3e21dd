#pragma once
// What every rate table the core hands out must satisfy (rate_table.hpp):
// checked on the tables the CSV parser, the loader and the override return.
#include "fuzz_check.hpp"

#include "core/rate_table.hpp"
#include "core/serial_date.hpp"

#include <string>

namespace relance::fuzz {

inline void requireValidTable(const RateTable& table, const std::string& source)
{
    require(table.source() == source, "the table has the requested source " + source);
    require(!table.rows().empty(), "a table has at least one row");
    for (std::size_t i = 0; i < table.rows().size(); ++i) {
        const RateRow& row = table.rows()[i];
        require(!row.effective.is_special() && row.effective >= earliestSupportedDate() &&
                    row.effective <= latestSupportedDate(),
                "row dates lie in 1583..9999");
        require(i == 0 || table.rows()[i - 1].effective < row.effective, "row dates strictly increase");
        require(row.rate.scaledUnits() >= lowestTableRateUnits && row.rate.scaledUnits() <= highestTableRateUnits,
                "rates lie within -0.05..0.5");
    }
    require(!table.validThrough().is_special() && table.validThrough() >= table.rows().back().effective,
            "valid-through is not before the last row");
    // The lookup the interest engine relies on: each row is in force on its own date.
    for (const RateRow& row : table.rows())
        require(table.rateOn(row.effective) == row.rate, "rateOn(a row's date) is that row's rate");
}

} // namespace relance::fuzz
