#include "uno/call_boundary.hpp"

#include <cstdio>
#include <cstdlib>

namespace relance::uno {

void debugTrace(const char* who, const std::string& what)
{
    static const bool enabled = std::getenv("RELANCE_DEBUG") != nullptr;
    if (enabled)
        std::fprintf(stderr, "relance: %s: %s\n", who, what.c_str());
}

} // namespace relance::uno
