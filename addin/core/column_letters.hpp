#pragma once
// Column letters as Calc shows them (A..Z, AA..AZ, ..., XFD), for stored
// mappings and for messages that name a cell the way the user sees it.
#include <string>
#include <string_view>

namespace relance {

/// Calc's last column, XFD (16384 columns, 0-based 16383).
constexpr int maximumColumn = 16383;

/// "A" for 0, "Z" for 25, "AA" for 26. Throws InvalidArgument outside 0..16383.
std::string columnLetters(int column);

/// 0 for "A" (or "a"), 26 for "AA". Throws InvalidArgument, quoting the text,
/// for anything but 1-3 ASCII letters naming a column up to XFD.
int columnFromLetters(std::string_view letters);

} // namespace relance
