#include "core/text_folding.hpp"

#include <algorithm>

namespace relance {

namespace {

/// What a code point from U+00A0 to U+017F folds to. Letters not listed in
/// this range (Ð, Þ, ł ... none of the six languages uses them) are kept.
struct LatinFold {
    char32_t codePoint;
    std::string_view folded;   ///< "" drops the character
    std::string_view umlautE;  ///< the "+e" spelling of an umlaut, else empty
};

constexpr LatinFold latinFolds[] = {
    {0x00A0, "", ""}, {0x00A1, "", ""}, {0x00AA, "a", ""}, {0x00AB, "", ""}, {0x00B0, "o", ""},
    {0x00B7, "", ""}, {0x00BA, "o", ""}, {0x00BB, "", ""}, {0x00BF, "", ""},
    {0x00C0, "a", ""}, {0x00C1, "a", ""}, {0x00C2, "a", ""}, {0x00C3, "a", ""}, {0x00C4, "a", "ae"},
    {0x00C5, "a", ""}, {0x00C6, "ae", ""}, {0x00C7, "c", ""}, {0x00C8, "e", ""}, {0x00C9, "e", ""},
    {0x00CA, "e", ""}, {0x00CB, "e", ""}, {0x00CC, "i", ""}, {0x00CD, "i", ""}, {0x00CE, "i", ""},
    {0x00CF, "i", ""}, {0x00D1, "n", ""}, {0x00D2, "o", ""}, {0x00D3, "o", ""}, {0x00D4, "o", ""},
    {0x00D5, "o", ""}, {0x00D6, "o", "oe"}, {0x00D8, "o", ""}, {0x00D9, "u", ""}, {0x00DA, "u", ""},
    {0x00DB, "u", ""}, {0x00DC, "u", "ue"}, {0x00DD, "y", ""}, {0x00DF, "ss", ""},
    {0x00E0, "a", ""}, {0x00E1, "a", ""}, {0x00E2, "a", ""}, {0x00E3, "a", ""}, {0x00E4, "a", "ae"},
    {0x00E5, "a", ""}, {0x00E6, "ae", ""}, {0x00E7, "c", ""}, {0x00E8, "e", ""}, {0x00E9, "e", ""},
    {0x00EA, "e", ""}, {0x00EB, "e", ""}, {0x00EC, "i", ""}, {0x00ED, "i", ""}, {0x00EE, "i", ""},
    {0x00EF, "i", ""}, {0x00F1, "n", ""}, {0x00F2, "o", ""}, {0x00F3, "o", ""}, {0x00F4, "o", ""},
    {0x00F5, "o", ""}, {0x00F6, "o", "oe"}, {0x00F8, "o", ""}, {0x00F9, "u", ""}, {0x00FA, "u", ""},
    {0x00FB, "u", ""}, {0x00FC, "u", "ue"}, {0x00FD, "y", ""}, {0x00FF, "y", ""},
    {0x0132, "ij", ""}, {0x0133, "ij", ""}, {0x0152, "oe", ""}, {0x0153, "oe", ""}, {0x0178, "y", ""},
    // The remaining Latin-1 signs that can sit in a header: ×, ÷, §, ¶, ©, ®, ±.
    {0x00A7, "", ""}, {0x00A9, "", ""}, {0x00AE, "", ""}, {0x00B1, "", ""}, {0x00B6, "", ""},
    {0x00D7, "", ""}, {0x00F7, "", ""},
};

const LatinFold* latinFold(char32_t codePoint)
{
    for (const auto& fold : latinFolds)
        if (fold.codePoint == codePoint)
            return &fold;
    return nullptr;
}

bool isDroppedSymbol(char32_t codePoint)
{
    return (codePoint >= 0x00A0 && codePoint <= 0x00BF)  // Latin-1 punctuation and signs
           || (codePoint >= 0x2000 && codePoint <= 0x206F)  // general punctuation: ’ “ – …
           || (codePoint >= 0x20A0 && codePoint <= 0x20CF); // currency signs: €
}

/// Length of the UTF-8 sequence starting with `lead`, 0 for a stray byte.
std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0;
}

/// Folds `text`; umlauts take their "+e" spelling when `umlautWithE`.
/// Sets `sawUmlaut` when there was one (the second key then differs).
std::string fold(std::string_view text, bool umlautWithE, bool& sawUmlaut)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            if (lead >= 'A' && lead <= 'Z')
                out += static_cast<char>(lead - 'A' + 'a');
            else if ((lead >= 'a' && lead <= 'z') || (lead >= '0' && lead <= '9'))
                out += static_cast<char>(lead);
            else if (lead == '#')
                out += "no";
            ++i;
            continue;
        }
        const std::size_t length = sequenceLength(lead);
        bool wellFormed = length > 1 && i + length <= text.size();
        char32_t codePoint = length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
        for (std::size_t k = 1; wellFormed && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            wellFormed = (next & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        if (!wellFormed) { // not UTF-8: keep the byte, it can only match itself
            out += text[i];
            ++i;
            continue;
        }
        if (const LatinFold* folded = latinFold(codePoint)) {
            if (!folded->umlautE.empty()) {
                sawUmlaut = true;
                out += umlautWithE ? folded->umlautE : folded->folded;
            } else {
                out += folded->folded;
            }
        } else if (!isDroppedSymbol(codePoint)) {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

} // namespace

std::vector<std::string> foldedKeys(std::string_view text)
{
    bool sawUmlaut = false;
    std::vector<std::string> keys{fold(text, false, sawUmlaut)};
    if (sawUmlaut)
        keys.push_back(fold(text, true, sawUmlaut));
    return keys;
}

std::string foldedKey(std::string_view text)
{
    bool sawUmlaut = false;
    return fold(text, false, sawUmlaut);
}

bool foldedEqual(std::string_view a, std::string_view b)
{
    const auto keysA = foldedKeys(a);
    const auto keysB = foldedKeys(b);
    return std::any_of(keysA.begin(), keysA.end(), [&](const std::string& key) {
        return std::find(keysB.begin(), keysB.end(), key) != keysB.end();
    });
}

std::string_view trimmedText(std::string_view text)
{
    const auto isSpace = [](std::string_view rest, std::size_t& width) {
        width = 0;
        if (rest.empty())
            return false;
        const char c = rest.front();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            width = 1;
            return true;
        }
        if (rest.size() >= 2 && rest[0] == '\xC2' && rest[1] == '\xA0') { // U+00A0 no-break space
            width = 2;
            return true;
        }
        return false;
    };
    std::size_t width = 0;
    while (isSpace(text, width))
        text.remove_prefix(width);
    while (!text.empty()) {
        const char last = text.back();
        if (last == ' ' || last == '\t' || last == '\n' || last == '\r' || last == '\f' || last == '\v')
            text.remove_suffix(1);
        else if (text.size() >= 2 && text[text.size() - 2] == '\xC2' && last == '\xA0')
            text.remove_suffix(2);
        else
            break;
    }
    return text;
}

} // namespace relance
