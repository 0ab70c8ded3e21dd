#include "core/reminder_journal.hpp"

#include "core/cell_reading.hpp"
#include "core/error.hpp"
#include "core/reminder_level.hpp"
#include "core/text_folding.hpp"

#include <array>
#include <optional>
#include <stdexcept>

namespace relance {

namespace {

constexpr std::array<std::string_view, journalColumnCount> columnKeys{
    "date", "client", "level", "invoice", "amount", "interest", "fee", "deadline", "file", "reference"};

/// The column a header names in any language of `headings`.
std::optional<JournalColumn> columnOfHeader(std::string_view header, const JournalHeadings& headings)
{
    for (const auto& language : headings)
        for (std::size_t i = 0; i < journalColumnCount; ++i)
            if (foldedEqual(header, language[i]))
                return static_cast<JournalColumn>(i);
    return std::nullopt;
}

void checkHeadings(const JournalHeadings& headings)
{
    if (headings.empty())
        throw std::logic_error("readJournal: no journal headings given");
    for (const auto& language : headings)
        if (language.size() != journalColumnCount)
            throw std::logic_error("readJournal: a row of journal headings has " + std::to_string(language.size()) +
                                   " headers, not " + std::to_string(journalColumnCount));
}

std::string joined(const std::vector<std::string>& problems)
{
    std::string text = "Relance journal: ";
    for (std::size_t i = 0; i < problems.size(); ++i)
        text += (i ? "; " : "") + problems[i];
    return text;
}

bool sameLetter(const JournalEntry& a, const JournalEntry& b)
{
    return a.date == b.date && a.client == b.client && a.level == b.level && a.deadline == b.deadline &&
           a.fileName == b.fileName && a.reference == b.reference;
}

} // namespace

std::string_view journalColumnKey(JournalColumn column) { return columnKeys[static_cast<std::size_t>(column)]; }

int journalRowsUsed(const SheetSnapshot& sheet)
{
    int used = sheet.rowCount();
    while (used > 0 && sheet.isBlankRow(used - 1))
        --used;
    return used;
}

std::vector<std::vector<SheetCell>> journalRows(const JournalEntry& entry, Date nullDate)
{
    if (entry.invoices.empty())
        throw InvalidArgument("journal: the letter to " + entry.client + " of " + isoText(entry.date) +
                              " claims no invoice");
    std::vector<std::vector<SheetCell>> rows;
    for (const JournalInvoice& invoice : entry.invoices)
        rows.push_back({
            SheetCell::ofNumber(serialFromDate(entry.date, nullDate)),
            SheetCell::ofText(entry.client),
            SheetCell::ofNumber(entry.level),
            SheetCell::ofText(invoice.number),
            SheetCell::ofNumber(invoice.amount.toAmount()),
            SheetCell::ofNumber(invoice.interest.toAmount()),
            SheetCell::ofNumber(invoice.fee.toAmount()),
            entry.deadline ? SheetCell::ofNumber(serialFromDate(*entry.deadline, nullDate)) : SheetCell::empty(),
            SheetCell::ofText(entry.fileName),
            entry.reference.empty() ? SheetCell::empty() : SheetCell::ofText(entry.reference),
        });
    return rows;
}

std::vector<JournalEntry> readJournal(const SheetSnapshot& sheet, const JournalHeadings& headings, int currencyDigits)
{
    checkCurrencyDigits(currencyDigits);
    checkHeadings(headings);
    const auto columnName = [&](JournalColumn column) {
        return headings.front()[static_cast<std::size_t>(column)];
    };
    std::vector<JournalEntry> entries;
    if (journalRowsUsed(sheet) == 0)
        return entries;

    // The header row: each column once.
    std::vector<std::string> problems;
    std::array<std::optional<int>, journalColumnCount> columnAt{};
    for (int column = 0; column < sheet.columnCount(); ++column) {
        const SheetCell& cell = sheet.cell(0, column);
        if (isBlankCell(cell))
            continue;
        const auto which = cell.kind == CellKind::Text ? columnOfHeader(cell.text, headings) : std::nullopt;
        if (!which) {
            problems.push_back("row 1: header '" + textInCell(cell) + "' is not a journal column");
            continue;
        }
        auto& slot = columnAt[static_cast<std::size_t>(*which)];
        if (slot)
            problems.push_back("row 1: two columns for " + columnName(*which));
        slot = column;
    }
    for (std::size_t i = 0; i < journalColumnCount; ++i)
        if (!columnAt[i] && static_cast<JournalColumn>(i) != JournalColumn::Reference)
            problems.push_back("row 1: no column for " + columnName(static_cast<JournalColumn>(i)));
    if (!problems.empty())
        throw InvalidArgument(joined(problems));

    for (int row = 1; row < sheet.rowCount(); ++row) {
        if (sheet.isBlankRow(row))
            continue;
        const std::size_t problemsBefore = problems.size();
        // Reads one column of the row; a problem is noted and nullopt returned.
        const auto read = [&](JournalColumn column, auto convert) -> decltype(convert(std::declval<const SheetCell&>())) {
            const int at = *columnAt[static_cast<std::size_t>(column)];
            try {
                auto value = convert(sheet.cell(row, at));
                if (!value)
                    problems.push_back(CellProblem{row, at, columnName(column), "is empty"}.text());
                return value;
            } catch (const CellValueError& error) {
                problems.push_back(CellProblem{row, at, columnName(column), error.what()}.text());
                return {};
            }
        };
        const auto text = [](const SheetCell& cell) {
            std::string value = textInCell(cell);
            return value.empty() ? std::nullopt : std::optional<std::string>(std::move(value));
        };
        const auto date = [&](const SheetCell& cell) { return dateInCell(cell, sheet.nullDate()); };
        const auto amount = [&](const SheetCell& cell) { return amountInCell(cell, currencyDigits); };

        JournalEntry letter;
        const auto day = read(JournalColumn::LetterDate, date);
        letter.client = read(JournalColumn::Client, text).value_or("");
        const auto level = read(JournalColumn::Level, [](const SheetCell& cell) {
            return wholeNumberInCell(cell, noReminder, finalNotice);
        });
        JournalInvoice invoice;
        invoice.number = read(JournalColumn::Invoice, text).value_or("");
        const auto claimed = read(JournalColumn::Amount, amount);
        const auto interest = read(JournalColumn::Interest, amount);
        const auto fee = read(JournalColumn::Fee, amount);
        const int deadlineAt = *columnAt[static_cast<std::size_t>(JournalColumn::Deadline)];
        try { // the one optional column
            letter.deadline = dateInCell(sheet.cell(row, deadlineAt), sheet.nullDate());
        } catch (const CellValueError& error) {
            problems.push_back(CellProblem{row, deadlineAt, columnName(JournalColumn::Deadline), error.what()}.text());
        }
        letter.fileName = read(JournalColumn::FileName, text).value_or("");
        if (const auto referenceAt = columnAt[static_cast<std::size_t>(JournalColumn::Reference)])
            letter.reference = textInCell(sheet.cell(row, *referenceAt)); // optional: empty for invoice numbers
        if (problems.size() != problemsBefore)
            continue;

        letter.date = *day;
        letter.level = static_cast<int>(*level);
        invoice.amount = *claimed;
        invoice.interest = *interest;
        invoice.fee = *fee;
        if (!entries.empty() && sameLetter(entries.back(), letter))
            entries.back().invoices.push_back(std::move(invoice));
        else {
            letter.invoices.push_back(std::move(invoice));
            entries.push_back(std::move(letter));
        }
    }
    if (!problems.empty())
        throw InvalidArgument(joined(problems));
    return entries;
}

} // namespace relance
