#pragma once
// Reading the data rows of a register into InvoiceRecords. Every malformed
// cell is reported with its place -- "row 12, column F (Due date): 'abc' is
// not a date" -- and all of them are collected in one pass; a row with a
// problem yields no record (nothing is guessed).
#include "core/cell_reading.hpp"
#include "core/invoice_record.hpp"
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <vector>

namespace relance {

struct RegisterReading {
    std::vector<InvoiceRecord> records; ///< the rows read without a problem, in sheet order
    std::vector<CellProblem> problems;  ///< in sheet order, row by row then column by column

    bool ok() const { return problems.empty(); }
};

/// Reads every row below layout.headerRow to the end of the sheet.
///  - A row whose mapped cells are all empty is skipped (unmapped columns,
///    such as notes, do not count).
///  - Required per row: invoice no., client, amount incl. tax, and a due
///    date, or an issue date and terms to compute it from (issue date +
///    terms days: the due cell, when mapped, is then empty). Empty → "is empty".
///  - Dates must be date cells; amounts numbers, not negative, rounded to
///    `currencyDigits` with Money::fromAmount; terms a whole number of days
///    0..3660; the last reminder level a whole number 0..4, and it goes
///    with its date (one without the other is reported).
///  - The status must be empty or a word invoiceStatusFromText knows; the
///    language a code such as "fr" or "fr-BE"; the country a two-letter code.
///  - An invoice number already used on an earlier row is reported.
/// Throws InvalidArgument only for currency digits outside 0..4 and a layout
/// that lacks a required column (ColumnMapping::missingRequired).
RegisterReading readRegisterRows(const SheetSnapshot& sheet, const RegisterLayout& layout, int currencyDigits = 2);

} // namespace relance
