#pragma once
// The columns of an invoice register that Relance reads (SPEC §3), with the
// stable key each has in a stored mapping and the name messages use.
#include <array>
#include <optional>
#include <string_view>

namespace relance {

enum class RegisterField {
    InvoiceNumber,
    Client,
    ClientId,          ///< optional: a customer number
    IssueDate,
    PaymentTerms,      ///< days; with the issue date it stands in for a due date
    DueDate,
    AmountExclTax,
    AmountInclTax,
    PaidAmount,
    PaidDate,
    Status,            ///< status or dispute column
    Language,
    LastReminderLevel,
    LastReminderDate,
    Address,
    Email,
    Country,           ///< optional: the client's jurisdiction
};

constexpr std::size_t registerFieldCount = 17;

/// Every field, in declaration order (which is also the order of a stored mapping).
const std::array<RegisterField, registerFieldCount>& allRegisterFields();

/// The key in a stored mapping: "invoice", "client", "client_id", "issued",
/// "terms", "due", "excl", "incl", "paid", "paid_date", "status",
/// "language", "level", "level_date", "address", "email", "country".
std::string_view fieldKey(RegisterField field);

/// The field with this key (exact, lower case); nullopt for anything else.
std::optional<RegisterField> fieldFromKey(std::string_view key);

/// The English name messages use: "Invoice no.", "Due date", "Amount incl. tax" ...
std::string_view fieldName(RegisterField field);

/// Position in arrays indexed by field.
constexpr std::size_t fieldIndex(RegisterField field) { return static_cast<std::size_t>(field); }

} // namespace relance
