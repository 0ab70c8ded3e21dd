// libFuzzer entry point for fuzzReminderThresholds (fuzz_reminder_thresholds.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzReminderThresholds(data, size);
    return 0;
}
