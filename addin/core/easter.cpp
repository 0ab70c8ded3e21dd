#include "core/easter.hpp"

#include "core/error.hpp"

#include <string>

namespace relance {

Date westernEasterSunday(int year)
{
    if (year < 1583 || year > 9999)
        throw InvalidArgument("Easter year (" + std::to_string(year) +
                              ") must be between 1583 and 9999");
    // The anonymous Gregorian algorithm (Meeus, "Astronomical Algorithms",
    // ch. 8; Jones 1876, Butcher 1876): integer arithmetic only, exact for
    // every Gregorian year. Names follow Meeus so the steps can be checked
    // against the book.
    const int a = year % 19;                   // position in the 19-year Metonic cycle
    const int b = year / 100;                  // century
    const int c = year % 100;
    const int d = b / 4;                       // skipped leap years (century rule)
    const int e = b % 4;
    const int f = (b + 8) / 25;                // lunar correction
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;   // epact: days to the Paschal full moon
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to Sunday
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

} // namespace relance
