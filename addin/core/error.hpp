#pragma once
// The one exception the core throws for input it cannot honour. The UNO layer
// turns it into IllegalArgumentException, which Calc shows as Err:502.
#include <stdexcept>
#include <string>

namespace relance {

/// An argument the core refuses. The message names the argument and the
/// offending value, QuantLib-style: "Grace (-3) must be between 0 and 3650".
class InvalidArgument : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

} // namespace relance
