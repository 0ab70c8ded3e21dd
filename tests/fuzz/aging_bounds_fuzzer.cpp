// libFuzzer entry point for fuzzAgingBounds (fuzz_aging_bounds.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzAgingBounds(data, size);
    return 0;
}
