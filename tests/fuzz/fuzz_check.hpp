#pragma once
// What a fuzz target does when a parser returned a value that breaks its
// documented contract: throw something that is not InvalidArgument, so that
// libFuzzer sees an uncaught exception (an abort, a finding) and the
// regression replay in the unit tests sees a failure.
#include <stdexcept>
#include <string>

namespace relance::fuzz {

class InvariantBroken : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

inline void require(bool holds, const std::string& what)
{
    if (!holds)
        throw InvariantBroken("fuzz invariant broken: " + what);
}

} // namespace relance::fuzz
