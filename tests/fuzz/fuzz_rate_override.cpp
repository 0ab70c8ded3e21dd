// withOverrides: RELANCE_RATES rows decoded from the bytes are merged into the
// shipped tables by date (the document winning on a shared date), or refused.
//
// Encoding, one row after another (at most 32 rows):
//   byte   selector: low 3 bits 0-5 pick a shipped source code (lower-cased
//          when bit 7 is set); 6 and 7 read the source as text up to ';'.
//          Bit 6 takes the date from a row of that shipped table instead of
//          the day number, so that document rows meet shipped rows.
//   3 bytes day number: -3 not-a-date, -2 -infinity, -1 +infinity, else days
//          from 1400-01-01 (Boost's first day) up to 9999-12-31;
//   4 bytes rate in 1e-8 units, -0.6 to 0.6 (both bounds reachable).
#include "fuzz_check.hpp"
#include "fuzz_input.hpp"
#include "fuzz_rate_table_check.hpp"
#include "fuzz_targets.hpp"

#include "core/error.hpp"
#include "core/rate_override.hpp"
#include "core/rate_tables.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace relance::fuzz {

namespace {

const RateTables& shippedTables()
{
    static const RateTables tables = loadShippedRateTables([](std::string_view name) {
        std::ifstream in(std::string(RELANCE_SOURCE_DIR) + "/packaging/rates/" + std::string(name), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    });
    return tables;
}

Date decodedDay(FuzzInput& input)
{
    const Date first(1400, 1, 1);
    const std::int64_t number = input.integerInRange(-3, (latestSupportedDate() - first).days());
    switch (number) {
    case -3: return Date(boost::date_time::not_a_date_time);
    case -2: return Date(boost::date_time::neg_infin);
    case -1: return Date(boost::date_time::pos_infin);
    default: return first + boost::gregorian::days(static_cast<long>(number));
    }
}

std::vector<RateOverride> decodedRows(FuzzInput& input)
{
    constexpr std::size_t mostRows = 32;
    const std::vector<ShippedRateFile>& files = shippedRateFiles();
    std::vector<RateOverride> rows;
    while (!input.empty() && rows.size() < mostRows) {
        const std::uint8_t selector = input.byte();
        const std::size_t pick = selector & 7u;
        std::string source =
            pick < files.size() ? std::string(files[pick].source) : std::string(input.textUntil(';'));
        if (selector & 0x80u)
            std::transform(source.begin(), source.end(), source.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        Date effective = decodedDay(input);
        if ((selector & 0x40u) && pick < files.size()) {
            const std::vector<RateRow>& shippedRows = shippedTables().table(files[pick].source).rows();
            const std::size_t index = effective.is_special() ? 0 : effective.day_number();
            effective = shippedRows[index % shippedRows.size()].effective;
        }
        const AnnualRate rate = AnnualRate::fromScaledUnits(input.integerInRange(-60'000'000, 60'000'000));
        RateOverride row{std::move(source), effective, rate, static_cast<int>(rows.size()) + 1};
        rows.push_back(std::move(row));
    }
    return rows;
}

// The merge the header documents, checked table by table.
void requireMerged(const RateTable& shipped, const RateTable& result, const std::vector<RateOverride>& rows)
{
    requireValidTable(result, shipped.source());
    std::set<Date> dates;
    for (const RateRow& row : shipped.rows())
        dates.insert(row.effective);
    Date lastDocumentDate = shipped.validThrough();
    for (const RateOverride& row : rows) {
        if (!sameCode(row.source, shipped.source()))
            continue;
        dates.insert(row.effective);
        lastDocumentDate = std::max(lastDocumentDate, row.effective);
        require(result.rateOn(row.effective) == row.rate, "a document row is in force on its date");
    }
    require(result.rows().size() == dates.size(), "the merged rows are the union of both dates");
    require(result.validThrough() == lastDocumentDate, "valid-through is the later of shipped and document");
}

} // namespace

void fuzzRateOverride(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    const std::vector<RateOverride> rows = decodedRows(input);
    const RateTables& shipped = shippedTables();
    try {
        const RateTables result = withOverrides(shipped, rows);
        require(result.sources() == shipped.sources(), "the same sources in the same order");
        for (std::size_t i = 0; i < shipped.tables().size(); ++i)
            requireMerged(shipped.tables()[i], result.tables()[i], rows);
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
