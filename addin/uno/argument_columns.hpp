#pragma once
// Whole columns in one call. DAYSLATE, DUEDATE, LATEINTEREST, RECOVERYFEE and
// LATERATE accept a range wherever they accept a value: entered as an array
// formula over a column, =DAYSLATE(H2:H100001;RELANCE_ASOF) computes the
// whole column in one UNO call instead of 100,000.
//
// Every argument is a column of values: a single value stands for the same
// value in every row, a range gives one value per cell. All ranges of a call
// must have the same shape, which is the shape of the result, whichever
// arguments the ranges are: =DAYSLATE(DATE(2024;3;15);A1:A3) is three rows.
//
// In a range result a refused cell shows Err:502 on its own, so that one bad
// row does not hide 99,999 good ones, and a row where every range is blank
// gives an empty cell (a register's column usually ends with blank rows).
// A single-cell call still refuses with Err:502 and its reason, as before.
#include "uno/argument_conversion.hpp"

#include <cstdint>
#include <string>

namespace relance::uno {

/// One argument seen as a column (or block) of values.
class ArgumentColumn {
public:
    /// A required argument (Calc passes a 1x1 matrix for a single value).
    ArgumentColumn(const AnyMatrix& matrix, const char* name);
    /// An optional argument: void, a single value, or a range.
    ArgumentColumn(const css::uno::Any& value, const char* name);

    sal_Int32 rows() const { return rows_; }
    sal_Int32 columns() const { return columns_; }
    bool isSingle() const { return rows_ == 1 && columns_ == 1; }
    const char* name() const { return name_; }

    /// The value in row `row`, column `column` of the result: the single
    /// value for every cell, or the range's own cell.
    const css::uno::Any& at(sal_Int32 row, sal_Int32 column) const
    {
        if (!fromRange_)
            return single_;
        return isSingle() ? matrix_[0][0] : matrix_[row][column];
    }

    /// Appends a text that identifies the argument's values exactly (type
    /// and bits of every cell), for the key of a result that follows today.
    void appendKey(std::string& key) const;

private:
    void checkRectangular();

    // Copying an ArgumentColumn (into a result that follows today) copies a
    // counted reference to Calc's sequence, not the cells. Only const access
    // is used: a non-const Sequence::operator[] would copy the whole range.
    AnyMatrix matrix_;
    css::uno::Any single_;      // an optional argument's single value
    bool fromRange_ = false;
    sal_Int32 rows_ = 1;
    sal_Int32 columns_ = 1;
    const char* name_;
};

/// Rows and columns of a call's result.
struct ColumnShape {
    sal_Int32 rows = 1;
    sal_Int32 columns = 1;
    bool isSingle() const { return rows == 1 && columns == 1; }
};

/// Every argument of a call that takes columns, in the function's order.
using ColumnArguments = std::initializer_list<const ArgumentColumn*>;

/// The shape of the ranges among `arguments`, whichever arguments they are
/// (1x1 when every one is a single value). Throws InvalidArgument naming two
/// ranges of different shapes.
ColumnShape resultShape(ColumnArguments arguments);

/// True for what an empty cell gives: void, or blank text.
bool isBlank(const css::uno::Any& value);

/// True when (row, column) is a blank row of the call: every argument given
/// as a range is blank there. A single value is the same in every row, so it
/// never makes a row blank or filled; a call without ranges has no blank row.
bool isBlankRow(ColumnArguments arguments, sal_Int32 row, sal_Int32 column);

/// True when a cell of a date column is left out, empty or 0 in a row that
/// is not blank (isBlankRow over `arguments`): the result then counts to
/// today and must follow it (today_result.hpp). A blank row counts nothing.
bool countsToToday(const ArgumentColumn& dates, ColumnArguments arguments);

/// The key of a result that follows today: the function, the document's
/// null date, the generation of the rate tables read (0: none, or the
/// shipped ones) and every argument's values.
std::string callKey(const char* function, Date nullDate, std::uint64_t tablesGeneration, ColumnArguments arguments);

/// The value Calc shows as Err:502 when it finds it in a matrix result: a
/// quiet NaN carrying the error code, which is how Calc itself stores an
/// error in a matrix (formula/errorcodes.hxx, CreateDoubleError).
double illegalArgumentCell();

/// Computes `cell(row, column)`, a number, for every cell of the result,
/// whose shape is that of the ranges among `arguments` (resultShape).
///  - one cell: its value, and a refusal refuses the call (Err:502, with
///    the reason in RELANCE_DEBUG's trace);
///  - a range: a matrix of the values, in which a refused cell becomes
///    Err:502 (its reason traced with the cell's position) and a blank row
///    (isBlankRow) an empty cell, without calling `cell`.
template <class Cell>
css::uno::Any evaluateCells(const char* function, ColumnArguments arguments, Cell&& cell);

} // namespace relance::uno

#include "uno/argument_columns_impl.hpp"
