// libFuzzer entry point for fuzzDecimalAmount (fuzz_decimal_amount.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzDecimalAmount(data, size);
    return 0;
}
