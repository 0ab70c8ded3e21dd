// libFuzzer entry point for fuzzDayCounts (fuzz_day_counts.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzDayCounts(data, size);
    return 0;
}
