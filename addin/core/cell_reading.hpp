#pragma once
// Reading typed values out of snapshot cells the way SPEC §1 asks: text where
// a date or an amount is expected is an error, never parsed or guessed. The
// row readers (register, journal) prefix the messages with the cell's place.
#include "core/error.hpp"
#include "core/money.hpp"
#include "core/sheet_snapshot.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace relance {

/// A cell that could not be read: where, which column, and why.
struct CellProblem {
    int row;                ///< 0-based
    int column;             ///< 0-based
    std::string columnName; ///< "Due date"
    std::string message;    ///< "'abc' is not a date"

    /// "row 12, column F (Due date): 'abc' is not a date", with the row
    /// number and column letter the user sees in Calc.
    std::string text() const;
};

/// A malformed cell, thrown by the readers below and caught by the row
/// readers, which turn it into a CellProblem. Its message has no place.
class CellValueError : public InvalidArgument {
public:
    using InvalidArgument::InvalidArgument;
};

/// Nothing for an empty cell (or blank text); the date of a number (a
/// serial from `nullDate`). Throws CellValueError for text ("'abc' is not a
/// date") and serials outside 1583-9999 ("3000000 is not a date between
/// 1583-01-01 and 9999-12-31").
std::optional<Date> dateInCell(const SheetCell& cell, Date nullDate);

/// Nothing for an empty cell; the amount of a number rounded with
/// Money::fromAmount. Throws CellValueError for text ("'1 250,00 €' is not
/// a number"), negative amounts ("-5 is negative") and amounts too large.
std::optional<Money> amountInCell(const SheetCell& cell, int currencyDigits);

/// Nothing for an empty cell; a whole number from `lowest` to `highest`.
/// Throws CellValueError for text and for other numbers ("2.5 is not a whole
/// number from 0 to 4").
std::optional<long> wholeNumberInCell(const SheetCell& cell, long lowest, long highest);

/// The text of a cell without surrounding spaces; a number as its shortest
/// text (an invoice numbered 1001 in a number cell reads "1001"); "" for empty.
std::string textInCell(const SheetCell& cell);

/// True when the cell is empty or holds only spaces.
bool isBlankCell(const SheetCell& cell);

} // namespace relance
