#include "core/cell_reading.hpp"

#include "core/column_letters.hpp"
#include "core/number_text.hpp"
#include "core/text_folding.hpp"

#include <cmath>

namespace relance {

namespace {

std::string quoted(const SheetCell& cell) { return "'" + cell.text + "'"; }

/// A number as the user typed it: whole numbers in full (3000000, not the
/// 3e+06 of shortestText), others in their shortest form.
std::string numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return shortestText(value);
}

} // namespace

std::string CellProblem::text() const
{
    return "row " + std::to_string(row + 1) + ", column " + columnLetters(column) + " (" + columnName +
           "): " + message;
}

bool isBlankCell(const SheetCell& cell)
{
    return cell.kind == CellKind::Empty || (cell.kind == CellKind::Text && trimmedText(cell.text).empty());
}

std::optional<Date> dateInCell(const SheetCell& cell, Date nullDate)
{
    if (isBlankCell(cell))
        return std::nullopt;
    if (cell.kind == CellKind::Text)
        throw CellValueError(quoted(cell) + " is not a date");
    try {
        return dateFromSerial(cell.number, nullDate);
    } catch (const InvalidArgument&) {
        throw CellValueError(numberText(cell.number) + " is not a date between " +
                             isoText(earliestSupportedDate()) + " and " + isoText(latestSupportedDate()));
    }
}

std::optional<Money> amountInCell(const SheetCell& cell, int currencyDigits)
{
    if (isBlankCell(cell))
        return std::nullopt;
    if (cell.kind == CellKind::Text)
        throw CellValueError(quoted(cell) + " is not a number");
    if (std::isfinite(cell.number) && cell.number < 0)
        throw CellValueError(numberText(cell.number) + " is negative");
    try {
        return Money::fromAmount(cell.number, currencyDigits);
    } catch (const InvalidArgument&) {
        throw CellValueError(numberText(cell.number) + " is not an amount below 10000000000000");
    }
}

std::optional<long> wholeNumberInCell(const SheetCell& cell, long lowest, long highest)
{
    if (isBlankCell(cell))
        return std::nullopt;
    if (cell.kind == CellKind::Text)
        throw CellValueError(quoted(cell) + " is not a number");
    const double value = cell.number;
    if (!std::isfinite(value) || value != std::floor(value) || value < static_cast<double>(lowest) ||
        value > static_cast<double>(highest))
        throw CellValueError(numberText(value) + " is not a whole number from " + std::to_string(lowest) +
                             " to " + std::to_string(highest));
    return static_cast<long>(value);
}

std::string textInCell(const SheetCell& cell)
{
    switch (cell.kind) {
    case CellKind::Empty: return {};
    case CellKind::Number: return numberText(cell.number);
    case CellKind::Text: return std::string(trimmedText(cell.text));
    }
    return {};
}

} // namespace relance
