#pragma once
// Numbers as text for error messages, independent of the process locale
// (soffice may run with a decimal comma; messages must not change with it).
#include <string>

namespace relance {

/// The shortest text that reads back as the same double: 0.1215, 1e+13, nan.
std::string shortestText(double value);

} // namespace relance
