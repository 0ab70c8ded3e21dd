#pragma once
// Finding the invoice table on a sheet by its headers: which row holds them
// and which column is which field. Reports what it could not decide instead
// of guessing: two columns for one field, required fields not found.
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

/// Rows searched for the header: a register often has a title, a company
/// name or a blank line above its table.
constexpr int defaultHeaderSearchRows = 10;

/// A header cell: its column and its text as written.
struct HeaderCell {
    int column;
    std::string text;
};

/// A field that more than one header of the row names.
struct AmbiguousField {
    RegisterField field;
    std::vector<HeaderCell> candidates;
};

struct HeaderDetection {
    /// The 0-based row taken as the header: the first of the searched rows
    /// whose text cells name the most distinct fields (at least two).
    std::optional<int> headerRow;
    /// Fields named by exactly one header of that row.
    ColumnMapping columns;
    /// Fields named by several headers: left unmapped, for the user to choose.
    std::vector<AmbiguousField> ambiguous;
    /// Required fields no header names (ColumnMapping::missingRequired;
    /// an ambiguous field is reported there, not here).
    std::vector<std::string> missing;
    /// The same as fields (ColumnMapping::missingRequiredFields).
    std::vector<RegisterField> missingFields;
    /// Text headers of the row that name no field (shown, not used).
    std::vector<HeaderCell> unrecognised;

    /// A header row was found, and nothing is ambiguous or missing.
    bool complete() const { return headerRow && ambiguous.empty() && missing.empty(); }

    /// One sentence per problem, for the sidebar and the batch log:
    /// "no header row found in rows 1 to 10",
    /// "Due date: several columns match: F 'Échéance', H 'Due date'",
    /// "missing column: Amount incl. tax". Empty when complete().
    std::vector<std::string> problems(int searchedRows = defaultHeaderSearchRows) const;

    /// The layout; throws InvalidArgument listing problems() unless complete().
    RegisterLayout layout() const;
};

/// Looks for the header row among the first `searchRows` rows of `sheet`.
/// Only text cells count as headers; they are matched with fieldOfHeader.
HeaderDetection detectRegisterColumns(const SheetSnapshot& sheet, int searchRows = defaultHeaderSearchRows);

} // namespace relance
