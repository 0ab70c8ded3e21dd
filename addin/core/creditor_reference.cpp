#include "core/creditor_reference.hpp"

#include "core/error.hpp"
#include "core/text_folding.hpp"

#include <cstdint>

namespace relance {

namespace {

constexpr std::size_t maximumBaseLength = 21; // ISO 11649: 25 characters in all

bool isAsciiAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

/// ISO 7064 MOD 97-10 of letters and digits read as one number, letters as
/// two digits (A=10 ... Z=35), computed digit by digit.
int modulo97(std::string_view text)
{
    int remainder = 0;
    for (const char c : text) {
        const char u = upper(c);
        if (u >= '0' && u <= '9') {
            remainder = (remainder * 10 + (u - '0')) % 97;
        } else {
            const int value = u - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

std::string withoutSpaces(std::string_view text)
{
    std::string result;
    for (const char c : text)
        if (c != ' ')
            result += upper(c);
    return result;
}

} // namespace

std::string creditorReference(std::string_view base)
{
    if (base.empty() || base.size() > maximumBaseLength)
        throw InvalidArgument("Creditor reference base (\"" + std::string(base) + "\") must have 1 to 21 characters");
    std::string upperBase;
    for (const char c : base) {
        if (!isAsciiAlphanumeric(c))
            throw InvalidArgument("Creditor reference base (\"" + std::string(base) +
                                  "\") may hold letters A-Z and digits only");
        upperBase += upper(c);
    }
    const int check = 98 - modulo97(upperBase + "RF00");
    return "RF" + std::string(1, static_cast<char>('0' + check / 10)) + static_cast<char>('0' + check % 10) +
           upperBase;
}

bool isValidCreditorReference(std::string_view reference)
{
    const std::string compact = withoutSpaces(reference);
    if (compact.size() < 5 || compact.size() > 4 + maximumBaseLength || compact.compare(0, 2, "RF") != 0 ||
        compact[2] < '0' || compact[2] > '9' || compact[3] < '0' || compact[3] > '9')
        return false;
    for (const char c : compact)
        if (!isAsciiAlphanumeric(c))
            return false;
    return modulo97(compact.substr(4) + compact.substr(0, 4)) == 1;
}

std::string groupedReference(std::string_view reference)
{
    const std::string compact = withoutSpaces(reference);
    std::string grouped;
    for (std::size_t i = 0; i < compact.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += ' ';
        grouped += compact[i];
    }
    return grouped;
}

std::string letterReferenceBase(std::string_view client, Date letterDate, int level)
{
    if (level < 1 || level > 9)
        throw InvalidArgument("Reminder level (" + std::to_string(level) + ") must be between 1 and 9");
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a, 64 bits
    for (const char c : foldedKey(trimmedText(client))) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::string base(6, '0');
    for (int i = 5; i >= 0; --i) {
        base[static_cast<std::size_t>(i)] = digits[hash % 36];
        hash /= 36;
    }
    const auto ymd = letterDate.year_month_day();
    const int yy = static_cast<int>(ymd.year) % 100;
    const int mm = ymd.month;
    const int dd = ymd.day;
    for (const int part : {yy, mm, dd}) {
        base += static_cast<char>('0' + part / 10);
        base += static_cast<char>('0' + part % 10);
    }
    base += static_cast<char>('0' + level);
    return base;
}

} // namespace relance
