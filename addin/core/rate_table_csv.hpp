#pragma once
// Reads a shipped rate file (packaging/rates/*.csv, format in that folder's
// README.md). Strict: the files are data that statements depend on, so a
// malformed line is an error with its line number, never skipped.
#include "core/rate_table.hpp"

#include <string>
#include <string_view>

namespace relance {

/// Parses `csvText` (the whole file, UTF-8, LF or CRLF line ends, an optional
/// byte-order mark):
///   - '#' comment lines and blank lines, then the header row. Among the
///     comments, `# source:` (which must equal `sourceCode`), `# url:` and
///     `# valid-through:` (an ISO date) are required, once each; other
///     comments (title, note, ...) are free text;
///   - the header row, exactly `effective_date,rate,reference`;
///   - one row per line, exactly three fields: an ISO date (YYYY-MM-DD, a
///     real day), a decimal fraction with at most 8 decimals ("0.0450",
///     "-0.0088"), and a non-empty reference, quoted ("...", with "" for a
///     quote) when it holds commas. Blank lines are allowed; comments are not
///     (a '#' after the header is a mistake, not a note);
///   - dates strictly increasing, rates between -0.05 and 0.5, at least one
///     row, valid-through not before the last date.
/// Any other text throws InvalidArgument: "rate table ECB, line 12: ...". It
/// never throws anything else and never reads outside `csvText`, whatever
/// the bytes (the unit tests feed it mutated files under ASan).
RateTable parseRateTable(std::string_view csvText, std::string sourceCode);

} // namespace relance
