#pragma once
// RELANCE_ASOF, the register's one "as of" date: every formula Relance writes
// refers to it, so the whole register is computed as of one date, =TODAY()
// by default, frozen for a run of letters.
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

constexpr const char* asOfName = "RELANCE_ASOF";

/// The cell named RELANCE_ASOF, or null when the register has none (or
/// the name refers to no cell).
css::uno::Reference<css::table::XCell> existingAsOfCell(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// The cell named RELANCE_ASOF, created when missing: a labelled cell two
/// columns right of the used area of the first sheet, holding =TODAY() with a
/// four-digit-year date format (the date ends up in letters and journals).
css::uno::Reference<css::table::XCell> ensureAsOfCell(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                                     const rtl::OUString& label);

} // namespace relance::ui
