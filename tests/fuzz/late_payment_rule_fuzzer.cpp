// libFuzzer entry point for fuzzLatePaymentRule (fuzz_late_payment_rule.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzLatePaymentRule(data, size);
    return 0;
}
