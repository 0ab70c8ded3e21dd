// parseRateTable: a returned table must satisfy everything its header
// promises, whatever the bytes.
#include "fuzz_check.hpp"
#include "fuzz_input.hpp"
#include "fuzz_targets.hpp"
#include "fuzz_rate_table_check.hpp"

#include "core/error.hpp"
#include "core/rate_table_csv.hpp"
#include "core/rate_tables.hpp"

namespace relance::fuzz {

void fuzzRateTableCsv(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    const std::vector<ShippedRateFile>& files = shippedRateFiles();
    const std::string source(files[input.byte() % files.size()].source);
    try {
        const RateTable table = parseRateTable(input.rest(), source);
        requireValidTable(table, source);
        require(!table.url().empty(), "a parsed table has a url");
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
