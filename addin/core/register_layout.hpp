#pragma once
// Where a register's data sits on its sheet: the header row and the column of
// each field. Header detection and a stored mapping both produce one; row
// reading consumes it.
#include "core/register_field.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace relance {

/// Field → 0-based column, each field at most once.
class ColumnMapping {
public:
    std::optional<int> column(RegisterField field) const { return columns_[fieldIndex(field)]; }
    bool has(RegisterField field) const { return column(field).has_value(); }

    /// Maps `field` to `column`, replacing any earlier column of that field.
    /// Throws InvalidArgument for a negative column, or one already mapped to
    /// another field (a column holds one thing).
    void assign(RegisterField field, int column);

    /// The field mapped to `column`, if any.
    std::optional<RegisterField> fieldAt(int column) const;

    /// What the rows cannot be read without, by name: "Invoice no.", "Client",
    /// "Due date (or Issue date and Payment terms)", "Amount incl. tax". A
    /// due date can be computed from the issue date and the terms, so either
    /// is enough. Empty when the mapping is complete.
    std::vector<std::string> missingRequired() const;

    /// The same as fields, for a message in the UI language: DueDate stands
    /// for "a due date, or an issue date and terms".
    std::vector<RegisterField> missingRequiredFields() const;

    friend bool operator==(const ColumnMapping& a, const ColumnMapping& b) { return a.columns_ == b.columns_; }
    friend bool operator!=(const ColumnMapping& a, const ColumnMapping& b) { return !(a == b); }

private:
    std::array<std::optional<int>, registerFieldCount> columns_{};
};

/// A register on a sheet: its header row (0-based; data starts on the next
/// row and runs to the end of the sheet) and its columns.
struct RegisterLayout {
    int headerRow = 0;
    ColumnMapping columns;
};

} // namespace relance
