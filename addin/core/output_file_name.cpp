#include "core/output_file_name.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace relance {

namespace {

bool isForbiddenAscii(unsigned char c)
{
    static constexpr std::string_view forbidden = "/\\:*?\"<>|";
    return c < 0x20 || c == 0x7F || forbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

/// Length of the UTF-8 sequence starting at `text[i]`, or 0 if it is not a
/// well-formed one (overlong forms, surrogates and values above U+10FFFF
/// included).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned long value = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return 0;
        value = (value << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
    if (overlong || surrogate || value > 0x10FFFF)
        return 0;
    // C1 control characters (U+0080..U+009F) are controls too
    if (value >= 0x80 && value <= 0x9F)
        return 0;
    return length;
}

bool isWindowsDeviceName(std::string_view stem)
{
    const std::string_view base = stem.substr(0, stem.find('.'));
    std::string upper;
    for (const char c : base)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    static constexpr std::array<std::string_view, 4> plain = {"CON", "PRN", "AUX", "NUL"};
    if (std::find(plain.begin(), plain.end(), upper) != plain.end())
        return true;
    return upper.size() == 4 && (upper.compare(0, 3, "COM") == 0 || upper.compare(0, 3, "LPT") == 0) &&
           upper[3] >= '1' && upper[3] <= '9';
}

bool isTrimmed(char c) { return c == ' ' || c == '.' || c == '_'; }

} // namespace

std::string safeFileStem(std::string_view text, std::string_view fallback)
{
    std::string stem;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        const bool replaced = length == 0 || (length == 1 && isForbiddenAscii(static_cast<unsigned char>(text[i])));
        const std::string_view piece = replaced ? std::string_view("_") : text.substr(i, length);
        i += length == 0 ? 1 : length;
        const bool separator = piece == "_" || piece == " ";
        if (separator && !stem.empty() && (stem.back() == '_' || stem.back() == ' '))
            continue; // one separator for a run
        if (stem.size() + piece.size() > maximumFileStemBytes)
            break; // cut at a character boundary
        stem += piece;
    }
    const auto first = std::find_if_not(stem.begin(), stem.end(), isTrimmed);
    const auto last = std::find_if_not(stem.rbegin(), stem.rend(), isTrimmed).base();
    stem = first < last ? std::string(first, last) : std::string();
    if (stem.empty())
        return std::string(fallback);
    if (isWindowsDeviceName(stem))
        stem += '_';
    return stem;
}

std::string unusedFileName(const std::string& stem, const std::string& extension,
                           const std::function<bool(const std::string& fileName)>& exists)
{
    if (!exists(stem + extension))
        return stem + extension;
    for (int number = 2; number <= 9999; ++number) {
        const std::string candidate = stem + "-" + std::to_string(number) + extension;
        if (!exists(candidate))
            return candidate;
    }
    throw InvalidArgument("no free file name for " + stem + extension + " (9999 already exist)");
}

} // namespace relance
