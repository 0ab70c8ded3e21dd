#include "core/sheet_name.hpp"

#include "core/error.hpp"

namespace relance {

namespace {

bool isForbidden(char16_t c) { return std::u16string_view(u"[]*?:/\\").find(c) != std::u16string_view::npos; }

bool isControl(char16_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool isHighSurrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }

/// Spaces and apostrophes off both ends.
std::u16string trimmed(std::u16string text)
{
    const auto edge = [](char16_t c) { return c == u' ' || c == u'\''; };
    std::size_t begin = 0, end = text.size();
    while (begin < end && edge(text[begin]))
        ++begin;
    while (end > begin && edge(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

/// The first `length` units of `text`: back to the last space when there is
/// one in the second half (whole words read better than "Fils SAR"), never
/// ending on half a surrogate pair, trimmed again.
std::u16string cut(const std::u16string& text, std::size_t length)
{
    if (text.size() <= length)
        return text;
    const std::size_t space = text.rfind(u' ', length);
    if (space != std::u16string::npos && space >= length / 2)
        length = space;
    else if (length > 0 && isHighSurrogate(text[length - 1]))
        --length;
    return trimmed(text.substr(0, length));
}

std::u16string cleaned(std::u16string_view wanted)
{
    std::u16string text;
    for (char16_t c : wanted) {
        if (isForbidden(c))
            c = u'-';
        else if (isControl(c))
            c = u' ';
        if (c == u' ' && (text.empty() || text.back() == u' '))
            continue;
        text.push_back(c);
    }
    return cut(trimmed(std::move(text)), maximumSheetNameLength);
}

} // namespace

std::u16string safeSheetName(std::u16string_view wanted, const std::function<bool(const std::u16string&)>& taken,
                             std::u16string_view fallback)
{
    std::u16string base = cleaned(wanted);
    if (base.empty())
        base = cleaned(fallback);
    if (!taken(base))
        return base;
    for (int number = 2; number <= 9999; ++number) {
        std::u16string suffix = u" (";
        for (const char digit : std::to_string(number))
            suffix.push_back(static_cast<char16_t>(digit));
        suffix += u")";
        const std::u16string candidate = cut(base, maximumSheetNameLength - suffix.size()) + suffix;
        if (!taken(candidate))
            return candidate;
    }
    throw InvalidArgument("no free sheet name left: 9999 sheets are named alike");
}

} // namespace relance
