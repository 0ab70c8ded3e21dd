// libFuzzer entry point for fuzzRateOverride (fuzz_rate_override.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzRateOverride(data, size);
    return 0;
}
