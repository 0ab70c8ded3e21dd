// loadShippedRateTables: the loader must return the six tables in order, or
// refuse with InvalidArgument, whatever the files hold.
#include "fuzz_check.hpp"
#include "fuzz_input.hpp"
#include "fuzz_rate_table_check.hpp"
#include "fuzz_targets.hpp"

#include "core/error.hpp"
#include "core/rate_tables.hpp"

#include <map>

namespace relance::fuzz {

void fuzzShippedRateTables(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    std::map<std::string_view, std::string> texts;
    for (const ShippedRateFile& file : shippedRateFiles())
        texts[file.fileName] = std::string(input.textUntil('\f'));
    try {
        const RateTables tables = loadShippedRateTables([&](std::string_view name) { return texts.at(name); });
        const std::vector<ShippedRateFile>& files = shippedRateFiles();
        require(tables.tables().size() == files.size(), "one table per shipped file");
        for (std::size_t i = 0; i < files.size(); ++i) {
            requireValidTable(tables.tables()[i], std::string(files[i].source));
            require(&tables.table(files[i].source) == &tables.tables()[i], "each table is found by its code");
        }
    } catch (const InvalidArgument&) {
    }
}

} // namespace relance::fuzz
