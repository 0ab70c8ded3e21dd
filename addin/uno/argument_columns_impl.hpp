#pragma once
// evaluateCells, a template: included by argument_columns.hpp only.
#include "core/error.hpp"
#include "uno/call_boundary.hpp"

#include <optional>
#include <vector>

namespace relance::uno {

namespace detail {

/// Builds the matrix result: doubles when every cell has a value (Calc
/// converts that sequence type fastest), anys when some are empty.
css::uno::Any matrixResult(ColumnShape shape, const std::vector<double>& values, const std::vector<bool>& blank,
                           bool anyBlank);

void traceRefusedCell(const char* function, sal_Int32 row, sal_Int32 column, const char* why);

} // namespace detail

template <class Cell>
css::uno::Any evaluateCells(const char* function, ColumnShape shape, Cell&& cell)
{
    if (shape.isSingle()) {
        const std::optional<double> value = cell(0, 0);
        if (!value)
            throw InvalidArgument("the required arguments are empty");
        return css::uno::Any(*value);
    }
    const std::size_t count = static_cast<std::size_t>(shape.rows) * static_cast<std::size_t>(shape.columns);
    std::vector<double> values(count);
    std::vector<bool> blank(count);
    bool anyBlank = false;
    std::size_t index = 0;
    for (sal_Int32 row = 0; row < shape.rows; ++row)
        for (sal_Int32 column = 0; column < shape.columns; ++column, ++index) {
            try {
                const std::optional<double> value = cell(row, column);
                if (value)
                    values[index] = *value;
                else
                    blank[index] = anyBlank = true;
            } catch (const InvalidArgument& refused) {
                detail::traceRefusedCell(function, row, column, refused.what());
                values[index] = illegalArgumentCell();
            }
        }
    return detail::matrixResult(shape, values, blank, anyBlank);
}

} // namespace relance::uno
