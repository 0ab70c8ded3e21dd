#include "uno/call_boundary.hpp"

#include <cstdio>
#include <cstdlib>

namespace relance::uno {

void reportRefusal(const char* function, const std::string& why)
{
    static const bool enabled = std::getenv("RELANCE_DEBUG") != nullptr;
    if (enabled)
        std::fprintf(stderr, "relance: %s refused: %s\n", function, why.c_str());
}

} // namespace relance::uno
