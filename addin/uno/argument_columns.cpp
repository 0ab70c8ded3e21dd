#include "uno/argument_columns.hpp"

#include <cstdint>
#include <cstring>

namespace relance::uno {

namespace {

[[noreturn]] void refuse(const char* name, const std::string& why)
{
    throw InvalidArgument(std::string(name) + " " + why);
}

std::string shapeText(sal_Int32 rows, sal_Int32 columns)
{
    return std::to_string(rows) + " row" + (rows == 1 ? "" : "s") + " x " + std::to_string(columns) + " column" +
           (columns == 1 ? "" : "s");
}

void appendBytes(std::string& key, const void* bytes, std::size_t size)
{
    key.append(static_cast<const char*>(bytes), size);
}

void appendValueKey(std::string& key, const css::uno::Any& value)
{
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_DOUBLE: {
        double number = 0;
        value >>= number;
        key += 'd';
        appendBytes(key, &number, sizeof number);
        return;
    }
    case css::uno::TypeClass_STRING: {
        OUString text;
        value >>= text;
        const sal_Int32 length = text.getLength();
        key += 's';
        appendBytes(key, &length, sizeof length);
        appendBytes(key, text.getStr(), static_cast<std::size_t>(length) * sizeof(sal_Unicode));
        return;
    }
    case css::uno::TypeClass_VOID: key += 'v'; return;
    default: key += '?'; return; // refused anyway when the cell is read
    }
}

} // namespace

ArgumentColumn::ArgumentColumn(const AnyMatrix& matrix, const char* name)
    : matrix_(matrix), fromRange_(true), name_(name)
{
    checkRectangular();
}

ArgumentColumn::ArgumentColumn(const css::uno::Any& value, const char* name) : name_(name)
{
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) {
        single_ = value;
        return;
    }
    if (!(value >>= matrix_))
        refuse(name, "is not a value or a range of values");
    fromRange_ = true;
    checkRectangular();
}

void ArgumentColumn::checkRectangular()
{
    const AnyMatrix& matrix = matrix_;
    rows_ = matrix.getLength();
    if (rows_ == 0 || matrix[0].getLength() == 0)
        refuse(name_, "is an empty range");
    columns_ = matrix[0].getLength();
    for (const auto& row : matrix)
        if (row.getLength() != columns_)
            refuse(name_, "is not a rectangular range");
}

void ArgumentColumn::appendKey(std::string& key) const
{
    appendBytes(key, &rows_, sizeof rows_);
    appendBytes(key, &columns_, sizeof columns_);
    for (sal_Int32 row = 0; row < rows_; ++row)
        for (sal_Int32 column = 0; column < columns_; ++column)
            appendValueKey(key, at(row, column));
}

ColumnShape resultShape(ColumnArguments arguments)
{
    const ArgumentColumn* first = nullptr;
    for (const ArgumentColumn* argument : arguments) {
        if (argument->isSingle())
            continue;
        if (first && (argument->rows() != first->rows() || argument->columns() != first->columns()))
            throw InvalidArgument(std::string(argument->name()) + " (" +
                                  shapeText(argument->rows(), argument->columns()) + ") and " + first->name() +
                                  " (" + shapeText(first->rows(), first->columns()) +
                                  ") must be ranges of the same shape");
        if (!first)
            first = argument;
    }
    return first ? ColumnShape{first->rows(), first->columns()} : ColumnShape{};
}

bool isBlank(const css::uno::Any& value)
{
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_VOID: return true;
    case css::uno::TypeClass_STRING: {
        OUString text;
        value >>= text;
        return text.trim().isEmpty();
    }
    default: return false;
    }
}

bool isBlankRow(ColumnArguments arguments, sal_Int32 row, sal_Int32 column)
{
    bool anyRange = false;
    for (const ArgumentColumn* argument : arguments) {
        if (argument->isSingle())
            continue;
        if (!isBlank(argument->at(row, column)))
            return false;
        anyRange = true;
    }
    return anyRange;
}

bool countsToToday(const ArgumentColumn& dates, ColumnArguments arguments)
{
    const ColumnShape shape = resultShape(arguments);
    for (sal_Int32 row = 0; row < shape.rows; ++row)
        for (sal_Int32 column = 0; column < shape.columns; ++column) {
            if (!shape.isSingle() && isBlankRow(arguments, row, column))
                continue;
            const css::uno::Any& date = dates.at(row, column);
            double serial = 0;
            if (isBlank(date) || (date.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (date >>= serial) &&
                                  serial == 0))
                return true;
        }
    return false;
}

std::string callKey(const char* function, Date nullDate, std::uint64_t tablesGeneration, ColumnArguments arguments)
{
    std::string key = function;
    key += '|' + std::to_string(nullDate.day_number()) + '|' + std::to_string(tablesGeneration) + '|';
    for (const ArgumentColumn* argument : arguments)
        argument->appendKey(key);
    return key;
}

double illegalArgumentCell()
{
    // FormulaError::IllegalArgument (502) in the low bits of a quiet NaN.
    constexpr std::uint64_t quietNan = 0x7FF8000000000000ULL;
    constexpr std::uint64_t illegalArgument = 502;
    const std::uint64_t bits = quietNan | illegalArgument;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

namespace detail {

void traceRefusedCell(const char* function, sal_Int32 row, sal_Int32 column, const char* why)
{
    debugTrace(function, "row " + std::to_string(row + 1) + ", column " + std::to_string(column + 1) +
                             " of the range refused: " + why);
}

} // namespace detail

} // namespace relance::uno
