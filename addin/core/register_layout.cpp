#include "core/register_layout.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"

namespace relance {

void ColumnMapping::assign(RegisterField field, int column)
{
    if (column < 0 || column > maximumColumn)
        throw InvalidArgument(std::string(fieldName(field)) + ": column " + std::to_string(column) +
                              " is outside the sheet");
    const auto holder = fieldAt(column);
    if (holder && *holder != field)
        throw InvalidArgument(std::string(fieldName(field)) + ": column " + columnLetters(column) +
                              " is already mapped to " + std::string(fieldName(*holder)));
    columns_[fieldIndex(field)] = column;
}

std::optional<RegisterField> ColumnMapping::fieldAt(int column) const
{
    for (const RegisterField field : allRegisterFields())
        if (columns_[fieldIndex(field)] == column)
            return field;
    return std::nullopt;
}

std::vector<RegisterField> ColumnMapping::missingRequiredFields() const
{
    std::vector<RegisterField> missing;
    for (const RegisterField field : {RegisterField::InvoiceNumber, RegisterField::Client})
        if (!has(field))
            missing.push_back(field);
    if (!has(RegisterField::DueDate) && !(has(RegisterField::IssueDate) && has(RegisterField::PaymentTerms)))
        missing.push_back(RegisterField::DueDate);
    if (!has(RegisterField::AmountInclTax))
        missing.push_back(RegisterField::AmountInclTax);
    return missing;
}

std::vector<std::string> ColumnMapping::missingRequired() const
{
    std::vector<std::string> missing;
    for (const RegisterField field : missingRequiredFields())
        missing.emplace_back(field == RegisterField::DueDate ? "Due date (or Issue date and Payment terms)"
                                                             : fieldName(field));
    return missing;
}

} // namespace relance
