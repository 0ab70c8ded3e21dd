// libFuzzer entry point for fuzzRateTableCsv (fuzz_rate_table_csv.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzRateTableCsv(data, size);
    return 0;
}
