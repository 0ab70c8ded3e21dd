#pragma once
// A register layout as stable text, for the UNO layer to keep in the
// document (a user-defined property): the user's corrections to header
// detection survive saving, and a stored mapping wins over detection.
//
// Form: "header=<row>;<key>=<column>;..." with the 1-based header row as
// Calc shows it, the field keys of register_field.hpp and column letters:
//   header=3;invoice=A;client=B;due=H;incl=J;paid=K
// Fields come out in declaration order, so equal layouts give equal text.
#include "core/register_columns.hpp"
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <string>
#include <string_view>

namespace relance {

/// The text form of a layout (the mapped fields only).
std::string registerMappingText(const RegisterLayout& layout);

/// Parses the text form strictly. Spaces around keys and values and one
/// trailing ';' are allowed; anything else refused with InvalidArgument
/// naming it: an unknown field ("unknown field 'amount'"), a bad column
/// ("invoice: column 'A1' is not a column letter from A to XFD"), a field
/// given twice, two fields on one column, a missing or bad header row, an
/// entry without '='. It does not check that required fields are present:
/// the sidebar may store a mapping being edited (see resolveRegisterLayout).
RegisterLayout parseRegisterMapping(std::string_view text);

/// Where the layout used for a run came from.
enum class LayoutSource { StoredMapping, HeaderDetection };

struct ResolvedLayout {
    RegisterLayout layout;
    LayoutSource source;
};

/// The layout to read `sheet` with: the stored mapping when `storedMapping`
/// is not blank (parsed strictly; an incomplete one is refused, naming the
/// missing fields, rather than mixed with detection), otherwise the detected
/// one, refused unless complete (HeaderDetection::layout).
ResolvedLayout resolveRegisterLayout(const SheetSnapshot& sheet, std::string_view storedMapping);

} // namespace relance
