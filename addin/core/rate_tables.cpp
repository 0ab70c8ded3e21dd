#include "core/rate_tables.hpp"

#include "core/error.hpp"
#include "core/rate_table_csv.hpp"

#include <algorithm>

namespace relance {

namespace {

char upperAscii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

} // namespace

bool sameCode(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return upperAscii(x) == upperAscii(y); });
}

void RateTables::add(RateTable table)
{
    if (find(table.source()))
        throw InvalidArgument("rate table " + table.source() + " is already loaded");
    tables_.push_back(std::move(table));
}

const RateTable* RateTables::find(std::string_view source) const
{
    for (const RateTable& table : tables_)
        if (sameCode(table.source(), source))
            return &table;
    return nullptr;
}

const RateTable& RateTables::table(std::string_view source) const
{
    if (const RateTable* found = find(source))
        return *found;
    std::string known;
    for (const RateTable& table : tables_)
        known += (known.empty() ? "" : ", ") + table.source();
    throw InvalidArgument("Source (\"" + std::string(source) + "\") is not a known rate table" +
                          (known.empty() ? std::string(" (no tables are loaded)") : "; known: " + known));
}

std::vector<std::string> RateTables::sources() const
{
    std::vector<std::string> codes;
    for (const RateTable& table : tables_)
        codes.push_back(table.source());
    return codes;
}

const std::vector<ShippedRateFile>& shippedRateFiles()
{
    static const std::vector<ShippedRateFile> files = {
        {"ECB", "ecb.csv"},
        {"DE-BASIS", "de-basiszins.csv"},
        {"BOE", "boe.csv"},
        {"FR-LEGAL-PRO", "fr-legal-pro.csv"},
        {"FR-LEGAL-PART", "fr-legal-part.csv"},
        {"NL-HANDELSRENTE", "nl-handelsrente.csv"},
    };
    return files;
}

RateTables loadShippedRateTables(const std::function<std::string(std::string_view fileName)>& readFile)
{
    RateTables tables;
    for (const ShippedRateFile& file : shippedRateFiles()) {
        const std::string text = readFile(file.fileName);
        try {
            tables.add(parseRateTable(text, std::string(file.source)));
        } catch (const InvalidArgument& error) {
            throw InvalidArgument(std::string(file.fileName) + ": " + error.what());
        }
    }
    return tables;
}

} // namespace relance
