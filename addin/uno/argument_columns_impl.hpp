#pragma once
// evaluateCells, a template: included by argument_columns.hpp only.
#include "core/error.hpp"
#include "uno/call_boundary.hpp"

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
css::uno::Any evaluateCells(const char* function, ColumnArguments arguments, Cell&& cell)
{
    const ColumnShape shape = resultShape(arguments);
    if (shape.isSingle())
        return css::uno::Any(static_cast<double>(cell(0, 0)));
    const std::size_t count = static_cast<std::size_t>(shape.rows) * static_cast<std::size_t>(shape.columns);
    std::vector<double> values(count);
    std::vector<bool> blank(count);
    bool anyBlank = false;
    std::size_t index = 0;
    for (sal_Int32 row = 0; row < shape.rows; ++row)
        for (sal_Int32 column = 0; column < shape.columns; ++column, ++index) {
            if (isBlankRow(arguments, row, column)) {
                blank[index] = anyBlank = true;
                continue;
            }
            try {
                values[index] = cell(row, column);
            } catch (const InvalidArgument& refused) {
                detail::traceRefusedCell(function, row, column, refused.what());
                values[index] = illegalArgumentCell();
            }
        }
    return detail::matrixResult(shape, values, blank, anyBlank);
}

} // namespace relance::uno
