#pragma once
// The reminder policy the core's tests use: the defaults, with the six
// languages letters are written in (SPEC §1), which the UNO layer fills from
// the letters library's table in the product.
#include "core/reminder_plan.hpp"

namespace relance::test {

inline ReminderPolicy policyInSixLanguages()
{
    ReminderPolicy policy;
    policy.letterLanguages = {"en", "fr", "de", "es", "it", "nl"};
    return policy;
}

} // namespace relance::test
