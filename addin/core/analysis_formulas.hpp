#pragma once
// The formulas of the analysis columns (analysis_columns.hpp) for one row of
// a register, as Calc's API formula grammar takes them (XCell::setFormula:
// English function names, ';' between arguments). References to the row's
// cells are relative, so that Calc's fill-down adapts the first row's
// formulas to every other row; the as-of date is the named cell RELANCE_ASOF.
//
// What they compute, row by row (README "Analysis columns"):
//  - outstanding = amount incl. tax - paid amount (never below 0), as the
//    letters count it;
//  - days late: DAYSLATE(due; RELANCE_ASOF; grace) while something is
//    outstanding; once paid in full, how late it was paid (DAYSLATE(due;
//    paid date; grace)), empty when the paid date is not known;
//  - the invoice is *late* when something is outstanding and days late > 0
//    (past the grace days); only then do the level, interest and fee count;
//  - level: REMINDERLEVEL(due; RELANCE_ASOF; thresholds), else 0;
//  - interest: LATEINTEREST(outstanding; due; RELANCE_ASOF; rule), or, when
//    a part payment has a date, BALANCEINTEREST(amount; due; {paid date;
//    paid amount}; RELANCE_ASOF; rule) -- the letters' figure; else 0;
//  - fee: RECOVERYFEE(amount; rule), else 0;
//  - total due: outstanding + interest + fee, rounded to the currency's
//    minor unit, 0 once paid in full.
// A row whose amount is empty (a blank line in the register) gives empty cells.
#include "core/analysis_columns.hpp"
#include "core/register_layout.hpp"
#include "core/reminder_level.hpp"

#include <string>
#include <string_view>

namespace relance {

/// What the formulas take from the settings.
struct AnalysisRules {
    std::string rule = "EU"; ///< the late-payment rule code (LATEINTEREST, RECOVERYFEE)
    long graceDays = 0;      ///< DAYSLATE's Grace
    ReminderThresholds thresholds = ReminderThresholds::standard();
    int currencyDigits = 2;  ///< the total's rounding
};

/// True for the register columns the formulas read: due date, issue date and
/// terms, amount incl. tax, paid amount and paid date.
bool analysisFormulasRead(RegisterField field);

/// The formulas of sheet row `row` (0-based) of the register `layout`, with
/// the analysis columns at `columns` (they refer to each other: level,
/// interest and fee to the row's days late, the total to its interest and
/// fee). `asOfName` is the named cell holding the as-of date. Throws
/// InvalidArgument when the layout lacks the amount incl. tax or a due date
/// (or the issue date and terms to compute it from).
PerAnalysisColumn<std::string> analysisFormulas(const RegisterLayout& layout, const PerAnalysisColumn<int>& columns,
                                                int row, const AnalysisRules& rules, std::string_view asOfName);

} // namespace relance
