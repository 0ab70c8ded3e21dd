#include "core/register_field.hpp"

namespace relance {

namespace {

struct FieldNames {
    RegisterField field;
    std::string_view key;
    std::string_view name;
};

// In declaration order: fieldKey and fieldName index this table.
constexpr std::array<FieldNames, registerFieldCount> fieldNames{{
    {RegisterField::InvoiceNumber, "invoice", "Invoice no."},
    {RegisterField::Client, "client", "Client"},
    {RegisterField::ClientId, "client_id", "Client id"},
    {RegisterField::IssueDate, "issued", "Issue date"},
    {RegisterField::PaymentTerms, "terms", "Payment terms (days)"},
    {RegisterField::DueDate, "due", "Due date"},
    {RegisterField::AmountExclTax, "excl", "Amount excl. tax"},
    {RegisterField::AmountInclTax, "incl", "Amount incl. tax"},
    {RegisterField::PaidAmount, "paid", "Paid amount"},
    {RegisterField::PaidDate, "paid_date", "Paid date"},
    {RegisterField::Status, "status", "Status"},
    {RegisterField::Language, "language", "Language"},
    {RegisterField::LastReminderLevel, "level", "Last reminder level"},
    {RegisterField::LastReminderDate, "level_date", "Last reminder date"},
    {RegisterField::Address, "address", "Address"},
    {RegisterField::Email, "email", "E-mail"},
    {RegisterField::Country, "country", "Country"},
}};

} // namespace

const std::array<RegisterField, registerFieldCount>& allRegisterFields()
{
    static const auto fields = [] {
        std::array<RegisterField, registerFieldCount> all{};
        for (std::size_t i = 0; i < registerFieldCount; ++i)
            all[i] = fieldNames[i].field;
        return all;
    }();
    return fields;
}

std::string_view fieldKey(RegisterField field) { return fieldNames[fieldIndex(field)].key; }

std::string_view fieldName(RegisterField field) { return fieldNames[fieldIndex(field)].name; }

std::optional<RegisterField> fieldFromKey(std::string_view key)
{
    for (const auto& names : fieldNames)
        if (names.key == key)
            return names.field;
    return std::nullopt;
}

} // namespace relance
