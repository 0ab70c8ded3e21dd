#pragma once
// RELANCE_RATES: rate rows a document adds to the shipped tables, for a
// figure published after the extension was released or a correction.
//
// Decision: the document's rows are MERGED into the shipped table by date,
// and win on a date both have. They do not replace the shipped table from
// the first override date onward. Why: an accountant who types one row --
// "DE-BASIS, 2027-01-01, 0.0177" -- means "add this fixing", and one who
// corrects a single half-year means "this half-year is wrong", not "forget
// every later row". Replacing from the first date would silently drop later
// published rates when someone corrects an old one, and let the corrected
// rate run on to today. Merging keeps each row meaning exactly what it says.
//
// Valid-through: a document row vouches for its own date, so the table's
// valid-through becomes the later of the shipped valid-through and the last
// document row's date. A half-year fixing typed for 1 January 2027 therefore
// computes 2027-H1 without the past-valid-through flag, and 2027-H2 (fixed
// on 1 July, after that row) is flagged until someone adds its row.
#include "core/rate_tables.hpp"

#include <string>
#include <vector>

namespace relance {

/// One row of the RELANCE_RATES range: source, effective date, rate.
struct RateOverride {
    std::string source; ///< a known source code (ECB, DE-BASIS, ...), any ASCII case
    Date effective;
    AnnualRate rate;
    int row = 0;        ///< 1-based row in the range, for messages
};

/// The shipped tables with the document's rows merged in. Throws
/// InvalidArgument, naming the RELANCE_RATES row, for an unknown source
/// (a typo would otherwise be ignored silently), a rate outside -0.05..0.5,
/// a date outside 1583..9999, and two document rows with the same source
/// and date. Sources without document rows are returned unchanged.
RateTables withOverrides(const RateTables& shipped, const std::vector<RateOverride>& overrides);

} // namespace relance
