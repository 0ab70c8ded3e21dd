#include "core/rate_override.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <map>

namespace relance {

namespace {

std::string where(const RateOverride& row) { return "RELANCE_RATES row " + std::to_string(row.row); }

void checkRow(const RateOverride& row, const RateTables& shipped)
{
    if (!shipped.find(row.source)) {
        std::string known;
        for (const std::string& code : shipped.sources())
            known += (known.empty() ? "" : ", ") + code;
        throw InvalidArgument(where(row) + ": source \"" + row.source + "\" is not a rate table; known: " + known);
    }
    if (row.effective.is_special() || row.effective < earliestSupportedDate() ||
        row.effective > latestSupportedDate())
        throw InvalidArgument(where(row) + ": the effective date is not a date between 1583-01-01 and 9999-12-31");
    const std::int64_t units = row.rate.scaledUnits();
    if (units < lowestTableRateUnits || units > highestTableRateUnits)
        throw InvalidArgument(where(row) + ": rate " + percentText(row.rate) +
                              " must be between -0.05 and 0.5 (a fraction: 4.50 % is 0.045)");
}

RateTable merged(const RateTable& table, const std::vector<const RateOverride*>& rows)
{
    std::map<Date, AnnualRate> byDate;
    for (const RateRow& row : table.rows())
        byDate.insert_or_assign(row.effective, row.rate);
    std::map<Date, const RateOverride*> documentRows;
    for (const RateOverride* row : rows) {
        const auto [existing, inserted] = documentRows.emplace(row->effective, row);
        if (!inserted)
            throw InvalidArgument(where(*row) + ": " + table.source() + " on " + isoText(row->effective) +
                                  " is already given in " + where(*existing->second));
        byDate.insert_or_assign(row->effective, row->rate); // the document wins
    }
    std::vector<RateRow> result;
    for (const auto& [date, rate] : byDate)
        result.push_back({date, rate});
    const Date lastDocumentDate = documentRows.rbegin()->first;
    return RateTable(table.source(), std::move(result), std::max(table.validThrough(), lastDocumentDate),
                     table.url());
}

} // namespace

RateTables withOverrides(const RateTables& shipped, const std::vector<RateOverride>& overrides)
{
    for (const RateOverride& row : overrides)
        checkRow(row, shipped);
    RateTables result;
    for (const RateTable& table : shipped.tables()) {
        std::vector<const RateOverride*> rows;
        for (const RateOverride& row : overrides)
            if (sameCode(row.source, table.source()))
                rows.push_back(&row);
        result.add(rows.empty() ? table : merged(table, rows));
    }
    return result;
}

} // namespace relance
