// libFuzzer entry point for fuzzShippedRateTables (fuzz_shipped_rate_tables.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzShippedRateTables(data, size);
    return 0;
}
