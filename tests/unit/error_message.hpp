#pragma once
// Test helper: the message of the InvalidArgument an action throws, so that a
// test can check that a refusal names the argument and the value.
#include "core/error.hpp"

#include <functional>
#include <string>

namespace relance::test {

inline std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const InvalidArgument& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace relance::test
