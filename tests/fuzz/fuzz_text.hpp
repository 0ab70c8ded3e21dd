#pragma once
// The fuzz bytes as the text a parser reads (std::string_view over them: no
// copy, so AddressSanitizer catches any read past the end of the input).
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace relance::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace relance::fuzz
