#pragma once
// What the sidebar's Overview and Invoices panels show and store, read from
// a Calc document: the register's figures (core/register_overview.hpp) or
// why there are none, its columns as the reader maps them, and the mapping
// the user corrects. Nothing here throws for a register it cannot read: the
// panels show a problem (core/register_problem.hpp), said in the UI language
// by ui/overview_texts.hpp.
#include "core/register_mapping.hpp"
#include "core/register_overview.hpp"
#include "core/register_problem.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace relance::uno {

/// A rate table the late-payment rule in use reads, whose valid-through date
/// is before the as-of date: its last rate is applied beyond what it covers.
struct StaleRateTable {
    std::string source; ///< "ECB", "DE-BASIS" ...
    Date validThrough;
};

struct OverviewReading {
    Date asOf;                               ///< AsOf given, else RELANCE_ASOF, else today
    std::string sheet;                       ///< the register's sheet, "" when none was found
    std::optional<RegisterOverview> overview; ///< the figures, when there is no problem
    std::optional<RegisterProblem> problem;   ///< why there are no figures
    std::optional<StaleRateTable> staleRates; ///< a warning beside the figures (or the problem)
};

/// The register's overview as of `asOf` (an Any as the commands take it:
/// void for RELANCE_ASOF or today, else a serial). Reads the invoice sheet
/// only (not the journal nor the client list), as the reminder run finds it
/// (searchRegisterSheet, the stored mapping first). Never throws for the
/// document's content: no register, a missing or ambiguous column, merged
/// cells in the register, unreadable cells in the columns the figures read
/// (invoice no., client, issue date, terms, due date, amount incl. tax,
/// paid, status: every one, as a row with one gives no invoice and the
/// figures would be wrong), no invoice rows, a bad RELANCE_ASOF -- each is a
/// problem. Settings or rate tables that do not read only lose the warning.
/// Only those columns are read below the header, one getDataArray per run
/// of adjacent columns.
OverviewReading readRegisterOverview(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                     const css::uno::Any& asOf = css::uno::Any());

/// A text cell of the header row, for the list the user picks a column from.
struct HeaderColumn {
    int column;          ///< 0-based
    std::string letters; ///< "F"
    std::string text;    ///< the header as written
};

/// One field of the register and the column the reader takes it from.
struct FieldColumn {
    RegisterField field;
    std::optional<int> column; ///< 0-based; none when unmapped
};

struct RegisterColumnsView {
    std::string sheet;                 ///< "" when no sheet could be the register
    std::optional<int> headerRow;      ///< 0-based; none when no header row was found
    std::vector<HeaderColumn> headers; ///< the header row's text cells, left to right
    std::vector<FieldColumn> fields;   ///< every field, in allRegisterFields() order
    /// Where the mapping comes from: the stored one wins over detection.
    /// When the register is not understood: StoredMapping if one is stored,
    /// else HeaderDetection (the fields are then what detection found).
    LayoutSource source = LayoutSource::HeaderDetection;
    std::string storedMapping;              ///< the stored text, "" when none
    std::optional<RegisterProblem> problem; ///< why the reader cannot use this mapping
};

/// The register's columns as the reader sees them, or the first sheet that
/// might be the register with what detection found on it.
RegisterColumnsView describeRegisterColumns(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// Keeps `layout` in the document (the user-defined property "Relance
/// register mapping", register_mapping.hpp's text form): every command and
/// the next session read the register with it. An incomplete layout is
/// stored too (a mapping being edited); the commands then say what is missing.
void storeRegisterMapping(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const RegisterLayout& layout);

/// Removes the stored mapping: header detection applies again.
void clearRegisterMapping(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace relance::uno
