// libFuzzer entry point for fuzzCalendarCode (fuzz_calendar_code.cpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    relance::fuzz::fuzzCalendarCode(data, size);
    return 0;
}
