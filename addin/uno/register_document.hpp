#pragma once
// An invoice register as a Calc document: its sheets (the invoices, the
// client list, the Relance journal), its day zero, the date a run is as of
// (RELANCE_ASOF), the settings and the rate tables it computes with. What
// every reminder command -- letters, preview, payment-plan agreement -- reads
// first, whichever of Basic, a batch or a menu calls it.
#include "core/client_directory.hpp"
#include "core/journal_entry.hpp"
#include "core/register_layout.hpp"
#include "core/register_mapping.hpp"
#include "core/register_rows.hpp"
#include "core/sheet_snapshot.hpp"
#include "uno/document_rates.hpp"
#include "uno/settings_reader.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace relance::uno {

/// The register's sheets, read once.
struct RegisterSheets {
    css::uno::Reference<css::sheet::XSpreadsheet> invoices;
    SheetSnapshot invoiceCells;
    RegisterLayout layout;
    ClientDirectory clients;
    css::uno::Reference<css::sheet::XSpreadsheet> journal; ///< null when the register has none yet
    std::vector<JournalEntry> journalEntries;
    int journalRows = 0; ///< rows the journal sheet holds (header included): where the next rows go
};

/// What a reminder command reads first.
struct RegisterRun {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    Date nullDate;
    Date letterDate;
    RunSettings settings;
    RegisterSheets sheets;
    RegisterReading reading;
    DocumentRateTables tables;
};

/// The invoice register of a document, read once.
struct RegisterSheet {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    std::string name;     ///< the sheet's name, for messages
    SheetSnapshot cells;  ///< its used area from A1
    RegisterLayout layout;
    LayoutSource source = LayoutSource::HeaderDetection; ///< the stored mapping or the headers
};

/// What the search for the register found: the sheet, or why none reads as
/// one, from the first sheet that might have been it.
struct RegisterSheetSearch {
    std::optional<RegisterSheet> found;
    /// When nothing was found: the first sheet that is neither the journal
    /// nor a client list, with its cells (for the sidebar to say which
    /// column is missing); no sheet when the document has no such sheet.
    std::optional<RegisterSheet> firstRefused;
    std::string refusal; ///< why firstRefused was refused, in English
};

/// The user-defined document property that keeps a corrected column mapping
/// (core/register_mapping.hpp's text form); the Invoices panel writes it
/// (register_overview_reading.hpp).
inline constexpr const char* registerMappingProperty = "Relance register mapping";

/// The user's corrected column mapping kept in the document (the
/// user-defined property "Relance register mapping", register_mapping.hpp's
/// text form); empty when there is none.
std::string storedRegisterMapping(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// The first sheet, in sheet order, that holds an invoice register: the
/// "Relance journal" sheet and client lists are passed over; the stored
/// mapping, when there is one, wins over header detection. Throws
/// InvalidArgument "no invoice register found (sheet "Factures": missing
/// column: Amount incl. tax)" with the first sheet's reason when none does.
RegisterSheet findRegisterSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// How much of each sheet the search reads.
enum class SheetExtent {
    Whole,      ///< the used area: RegisterSheet::cells is the register
    HeaderRows, ///< the rows where the header can be (the first ten, or
                ///< through the stored mapping's header row): enough to find
                ///< the register and its columns; the caller reads the rows
};

/// The same search, without throwing when no sheet reads as a register.
RegisterSheetSearch searchRegisterSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                        SheetExtent extent = SheetExtent::Whole);

/// The document's day zero (its NullDate).
Date documentNullDate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// AsOf given (a serial of the register), else the register's RELANCE_ASOF
/// cell, else today.
Date runDate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const css::uno::Any& asOf,
             Date nullDate);

/// Reads it all. Throws InvalidArgument: no document, no sheet readable as a
/// register (with the first sheet's reason), a journal that does not read,
/// a bad AsOf, settings that do not parse.
RegisterRun readRegisterRun(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                            const css::uno::Any& asOf);

} // namespace relance::uno
