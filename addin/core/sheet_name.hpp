#pragma once
// Names for the sheets Relance adds ("Plan L'Atelier & Fils SARL"): made of
// a client name, which anyone may type, yet acceptable to Calc and to Excel
// when the register is saved as .xlsx. UTF-16, as sheet names are in
// LibreOffice and as Excel counts their length.
#include <functional>
#include <string>
#include <string_view>

namespace relance {

/// Excel's limit, which Calc does not have: a longer name is cut when the
/// register is saved as .xlsx, and two plans could then clash.
constexpr std::size_t maximumSheetNameLength = 31;

/// A sheet name made from `wanted`:
///  - '[', ']', '*', '?', ':', '/', '\\' become '-'; control characters
///    (below U+0020, U+007F..U+009F) become spaces;
///  - runs of spaces shrink to one; leading and trailing spaces and
///    apostrophes go (Calc refuses a name that starts or ends with one);
///  - cut to maximumSheetNameLength UTF-16 units: after the last whole word
///    when one ends in the second half, else never inside a surrogate pair;
///  - nothing left gives `fallback`;
///  - when `taken` says the name is used, " (2)", " (3)"... is appended,
///    the name cut further so that it still fits.
/// Throws InvalidArgument after 9999 tries.
std::u16string safeSheetName(std::u16string_view wanted, const std::function<bool(const std::u16string&)>& taken,
                             std::u16string_view fallback = u"Plan");

} // namespace relance
