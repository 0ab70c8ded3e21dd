#pragma once
// Finding a document's invoice register: the sheet whose headers name an
// invoice table (core/register_mapping.hpp's resolveRegisterLayout over a
// snapshot of the sheet), under the same rules for every caller -- commands,
// the reminder run and Basic read the same sheet with the same columns.
#include "core/register_layout.hpp"
#include "core/sheet_snapshot.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace relance::uno {

/// The invoice register of a document, read once.
struct RegisterSheet {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    std::string name;     ///< the sheet's name, for messages
    SheetSnapshot cells;  ///< its used area from A1
    RegisterLayout layout;
};

/// The user's corrected column mapping kept in the document (the
/// user-defined property "Relance register mapping", register_mapping.hpp's
/// text form); empty when there is none.
std::string storedRegisterMapping(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// The document's null date (its day zero), for reading date cells.
Date documentNullDate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// The first sheet, in sheet order, that holds an invoice register: the
/// "Relance journal" sheet and client lists are passed over; the stored
/// mapping, when there is one, wins over header detection. Throws
/// InvalidArgument "no invoice register found (sheet "Factures": missing
/// column: Amount incl. tax)" with the first sheet's reason when none does.
RegisterSheet findRegisterSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace relance::uno
