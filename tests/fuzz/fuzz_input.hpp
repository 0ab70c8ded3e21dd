#pragma once
// Splits a fuzzer's bytes into the values a target needs, in the spirit of
// LLVM's FuzzedDataProvider. It is our own and header-only so that the unit
// tests, built by GCC without libFuzzer, replay the corpus through exactly
// the same decoding as the fuzzers. Reading past the end yields zeros and
// empty text, never an error: every byte string is a valid input.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace relance::fuzz {

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size)
        : text_(reinterpret_cast<const char*>(data), size)
    {
    }

    bool empty() const { return text_.empty(); }

    /// The next byte, or 0 when none is left.
    std::uint8_t byte()
    {
        if (text_.empty())
            return 0;
        const auto value = static_cast<std::uint8_t>(text_.front());
        text_.remove_prefix(1);
        return value;
    }

    /// An integer in [lowest, highest] from as few bytes as the range needs
    /// (little-endian); missing bytes count as 0.
    std::int64_t integerInRange(std::int64_t lowest, std::int64_t highest)
    {
        // Two's-complement difference: exact even for the full int64 range.
        const std::uint64_t span = static_cast<std::uint64_t>(highest) - static_cast<std::uint64_t>(lowest);
        std::uint64_t value = 0;
        for (std::uint64_t covered = 0, shift = 0; covered < span && shift < 64; shift += 8) {
            value |= std::uint64_t(byte()) << shift;
            covered = (covered << 8) | 0xff;
        }
        if (span != UINT64_MAX)
            value %= span + 1;
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(lowest) + value);
    }

    /// The text up to the next `separator`, which is consumed and not
    /// returned; everything left when there is no separator.
    std::string_view textUntil(char separator)
    {
        const std::size_t end = text_.find(separator);
        const std::string_view taken = text_.substr(0, end);
        text_.remove_prefix(end == std::string_view::npos ? text_.size() : end + 1);
        return taken;
    }

    /// Everything not yet consumed.
    std::string_view rest()
    {
        const std::string_view taken = text_;
        text_ = {};
        return taken;
    }

private:
    std::string_view text_;
};

} // namespace relance::fuzz
