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

std::vector<std::string> ColumnMapping::missingRequired() const
{
    std::vector<std::string> missing;
    for (const RegisterField field : {RegisterField::InvoiceNumber, RegisterField::Client})
        if (!has(field))
            missing.emplace_back(fieldName(field));
    if (!has(RegisterField::DueDate) && !(has(RegisterField::IssueDate) && has(RegisterField::PaymentTerms)))
        missing.emplace_back("Due date (or Issue date and Payment terms)");
    if (!has(RegisterField::AmountInclTax))
        missing.emplace_back(fieldName(RegisterField::AmountInclTax));
    return missing;
}

} // namespace relance
