// libFuzzer entry point for fuzzContractualRule (fuzz_contractual_rule.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzContractualRule(data, size);
    return 0;
}
