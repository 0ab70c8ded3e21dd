#include "core/column_letters.hpp"

#include "core/error.hpp"

namespace relance {

std::string columnLetters(int column)
{
    if (column < 0 || column > maximumColumn)
        throw InvalidArgument("column (" + std::to_string(column) + ") must be between 0 and " +
                              std::to_string(maximumColumn));
    // Bijective base 26: there is no zero digit, "Z" is followed by "AA".
    std::string letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

int columnFromLetters(std::string_view letters)
{
    const auto refuse = [&] {
        return InvalidArgument("column '" + std::string(letters) + "' is not a column letter from A to XFD");
    };
    if (letters.empty() || letters.size() > 3)
        throw refuse();
    int n = 0;
    for (const char c : letters) {
        int digit = 0;
        if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 1;
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 1;
        else
            throw refuse();
        n = n * 26 + digit;
    }
    if (n - 1 > maximumColumn)
        throw refuse();
    return n - 1;
}

} // namespace relance
