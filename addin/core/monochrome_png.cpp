#include "core/monochrome_png.hpp"

#include "core/error.hpp"

#include <array>

namespace relance {

namespace {

void appendBigEndian(std::string& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += static_cast<char>((value >> shift) & 0xFFu);
}

void appendChunk(std::string& png, const char* type, const std::string& data)
{
    appendBigEndian(png, static_cast<std::uint32_t>(data.size()));
    const std::string typed = std::string(type, 4) + data;
    png += typed;
    appendBigEndian(png, crc32Of(typed));
}

std::uint32_t adler32Of(const std::string& bytes)
{
    std::uint32_t a = 1, b = 0;
    for (const char c : bytes) {
        a = (a + static_cast<unsigned char>(c)) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

/// A zlib stream of stored deflate blocks (at most 65535 bytes each).
std::string storedZlib(const std::string& raw)
{
    std::string out("\x78\x01", 2); // deflate, 32K window, no preset dictionary, check bits
    std::size_t at = 0;
    do {
        const std::size_t length = std::min<std::size_t>(65535, raw.size() - at);
        const bool last = at + length == raw.size();
        out += static_cast<char>(last ? 1 : 0);
        out += static_cast<char>(length & 0xFFu);
        out += static_cast<char>((length >> 8) & 0xFFu);
        out += static_cast<char>(~length & 0xFFu);
        out += static_cast<char>((~length >> 8) & 0xFFu);
        out.append(raw, at, length);
        at += length;
    } while (at < raw.size());
    appendBigEndian(out, adler32Of(raw));
    return out;
}

} // namespace

std::uint32_t crc32Of(const std::string& bytes)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : bytes)
        crc = table[(crc ^ static_cast<unsigned char>(c)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::string monochromePng(const ModuleMatrix& modules, int pixelsPerModule, int quietModules)
{
    const std::size_t size = modules.size();
    if (size == 0)
        throw InvalidArgument("Module matrix is empty");
    for (const auto& row : modules)
        if (row.size() != size)
            throw InvalidArgument("Module matrix is not square (" + std::to_string(row.size()) + " modules in a row of " +
                                  std::to_string(size) + ")");
    if (pixelsPerModule < 1 || pixelsPerModule > 64 || quietModules < 0 || quietModules > 64)
        throw InvalidArgument("Module scale (" + std::to_string(pixelsPerModule) + ") must be between 1 and 64");
    const std::size_t scale = static_cast<std::size_t>(pixelsPerModule);
    const std::size_t quiet = static_cast<std::size_t>(quietModules);
    const std::size_t side = (size + 2 * quiet) * scale; // pixels
    const std::size_t rowBytes = (side + 7) / 8;

    std::string raw;
    raw.reserve((rowBytes + 1) * side);
    for (std::size_t y = 0; y < side; ++y) {
        raw += '\0'; // filter: none
        std::string row(rowBytes, '\0');
        for (std::size_t x = 0; x < side; ++x) {
            const std::size_t my = y / scale, mx = x / scale;
            const bool dark = my >= quiet && mx >= quiet && my < quiet + size && mx < quiet + size &&
                              modules[my - quiet][mx - quiet];
            if (!dark) // greyscale 1 bit: 1 = white
                row[x / 8] = static_cast<char>(static_cast<unsigned char>(row[x / 8]) | (0x80u >> (x % 8)));
        }
        raw += row;
    }

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    appendBigEndian(header, static_cast<std::uint32_t>(side));
    appendBigEndian(header, static_cast<std::uint32_t>(side));
    header += std::string("\x01\x00\x00\x00\x00", 5); // 1 bit, greyscale, deflate, filter 0, no interlace
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", storedZlib(raw));
    appendChunk(png, "IEND", std::string());
    return png;
}

} // namespace relance
