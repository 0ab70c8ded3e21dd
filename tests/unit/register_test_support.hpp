#pragma once
// Test helpers for register reading: the sample registers' exact header rows
// (tests/fixtures/README.md, make_registers.py) and a builder for sheets.
#include "core/serial_date.hpp"
#include "core/sheet_snapshot.hpp"

#include <string>
#include <variant>
#include <vector>

namespace relance::test {

inline const Date calcNullDate{1899, 12, 30};

/// Row 1 of register-fr.ods, register-en.ods and register-de.ods, columns A..O.
inline const std::vector<std::string> frenchHeaders{
    "N° facture", "Client", "E-mail", "Langue", "Pays", "Date facture", "Délai (jours)", "Échéance",
    "Montant HT", "Montant TTC", "Montant payé", "Date paiement", "Statut", "Dernière relance (niveau)",
    "Dernière relance (date)"};
inline const std::vector<std::string> englishHeaders{
    "Invoice No.", "Client", "E-mail", "Language", "Country", "Invoice date", "Terms (days)", "Due date",
    "Amount excl. VAT", "Amount incl. VAT", "Paid amount", "Paid date", "Status", "Last reminder level",
    "Last reminder date"};
inline const std::vector<std::string> germanHeaders{
    "Rechnungsnr.", "Kunde", "E-Mail", "Sprache", "Land", "Rechnungsdatum", "Zahlungsziel (Tage)", "Fälligkeit",
    "Netto", "Brutto", "Bezahlt", "Zahlungsdatum", "Status", "Letzte Mahnstufe", "Letzte Mahnung am"};

/// A cell as a test writes it: nothing, a number, a date, or text.
struct Blank {};
using TestCell = std::variant<Blank, double, Date, std::string, const char*>;

inline SheetCell toSheetCell(const TestCell& cell, Date nullDate)
{
    if (std::holds_alternative<double>(cell))
        return SheetCell::ofNumber(std::get<double>(cell));
    if (std::holds_alternative<Date>(cell)) // dates arrive as serials, like from Calc
        return SheetCell::ofNumber(serialFromDate(std::get<Date>(cell), nullDate));
    if (std::holds_alternative<std::string>(cell))
        return SheetCell::ofText(std::get<std::string>(cell));
    if (std::holds_alternative<const char*>(cell))
        return SheetCell::ofText(std::get<const char*>(cell));
    return SheetCell::empty();
}

inline void appendRow(SheetSnapshot& sheet, const std::vector<TestCell>& cells)
{
    std::vector<SheetCell> row;
    for (const auto& cell : cells)
        row.push_back(toSheetCell(cell, sheet.nullDate()));
    sheet.appendRow(std::move(row));
}

inline void appendTextRow(SheetSnapshot& sheet, const std::vector<std::string>& texts)
{
    std::vector<SheetCell> row;
    for (const auto& text : texts)
        row.push_back(text.empty() ? SheetCell::empty() : SheetCell::ofText(text));
    sheet.appendRow(std::move(row));
}

} // namespace relance::test
