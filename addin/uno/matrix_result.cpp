// The matrix a call over columns hands back to Calc, in the form Calc turns
// into its own matrix fastest.
//
// Measured on LibreOffice 7.4 (bench/whole_column_bench.py): Calc copies a
// sequence<sequence<any>> into a matrix first filled with 0.0, one element
// after the other (sc/source/core/tool/rangeseq.cxx, CreateMixedMatrix).
// Each empty element splits or shortens that numeric block, which moves every
// element below it (mdds 2.0's blocks are vectors erased at the front): the
// time grows with the square of the empty elements. An empty string costs the
// same. 80,000 rows of which 1,000 filled took 1.2 s, a whole column
// (1,048,576 rows) about a minute, while a result of doubles only, or one that
// stops at the last filled row, takes a few milliseconds.
#include "uno/argument_columns.hpp"

namespace relance::uno::detail {

namespace {

/// Blank rows at the end of a result that are given to Calc as empty cells.
/// Below this their cost is small (16,384 empty cells: about 0.05 s); above
/// it the result stops at the last row that has a value (see resultHeight).
constexpr sal_Int32 trailingBlankRowsKept = 16384;

bool isBlankResultRow(const ColumnShape& shape, const std::vector<bool>& blank, sal_Int32 row)
{
    const std::size_t first = static_cast<std::size_t>(row) * static_cast<std::size_t>(shape.columns);
    for (sal_Int32 column = 0; column < shape.columns; ++column)
        if (!blank[first + static_cast<std::size_t>(column)])
            return false;
    return true;
}

/// The rows handed back: all of them, unless more than trailingBlankRowsKept
/// blank rows end the result (a whole column such as A:A over a register of a
/// few thousand rows). Then the result stops after the last row that has a
/// value -- at least one row, which Calc repeats over an array formula's
/// range. A formula that uses the result (SUM, COUNT...) or shows its first
/// cell is unchanged; an array formula entered over the blank rows shows
/// #N/A there instead of empty cells (README, "Whole columns").
sal_Int32 resultHeight(const ColumnShape& shape, const std::vector<bool>& blank)
{
    sal_Int32 height = shape.rows;
    while (height > 1 && isBlankResultRow(shape, blank, height - 1))
        --height;
    return shape.rows - height > trailingBlankRowsKept ? height : shape.rows;
}

} // namespace

css::uno::Any matrixResult(ColumnShape shape, const std::vector<double>& values, const std::vector<bool>& blank,
                           bool anyBlank)
{
    std::size_t index = 0;
    if (!anyBlank) {
        css::uno::Sequence<css::uno::Sequence<double>> rows(shape.rows);
        auto* row = rows.getArray();
        for (sal_Int32 r = 0; r < shape.rows; ++r, index += static_cast<std::size_t>(shape.columns))
            row[r] = css::uno::Sequence<double>(&values[index], shape.columns);
        return css::uno::Any(rows);
    }
    const sal_Int32 height = resultHeight(shape, blank);
    AnyMatrix rows(height);
    auto* row = rows.getArray();
    for (sal_Int32 r = 0; r < height; ++r) {
        row[r].realloc(shape.columns);
        auto* cell = row[r].getArray();
        for (sal_Int32 c = 0; c < shape.columns; ++c, ++index)
            if (!blank[index])
                cell[c] <<= values[index];
    }
    return css::uno::Any(rows);
}

} // namespace relance::uno::detail
