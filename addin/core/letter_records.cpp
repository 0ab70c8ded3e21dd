#include "core/letter_records.hpp"

namespace relance {

JournalEntry journalEntryFor(const ClientReminder& letter, Date writtenOn, std::optional<Date> deadline,
                             std::string fileName)
{
    JournalEntry entry;
    entry.date = writtenOn;
    entry.client = letter.client;
    entry.level = letter.level;
    entry.deadline = deadline;
    entry.fileName = std::move(fileName);
    for (const RemindedInvoice& reminded : letter.invoices) {
        const Money zero = Money::fromMinorUnits(0, reminded.outstanding.digits());
        entry.invoices.push_back({reminded.invoice.number, reminded.outstanding, zero, zero});
    }
    return entry;
}

std::vector<CellUpdate> lastReminderUpdates(const ClientReminder& letter, Date writtenOn, const RegisterLayout& layout,
                                            Date nullDate)
{
    std::vector<CellUpdate> updates;
    const auto levelColumn = layout.columns.column(RegisterField::LastReminderLevel);
    const auto dateColumn = layout.columns.column(RegisterField::LastReminderDate);
    for (const RemindedInvoice& reminded : letter.invoices) {
        if (levelColumn)
            updates.push_back({reminded.invoice.row, *levelColumn, SheetCell::ofNumber(letter.level)});
        if (dateColumn)
            updates.push_back(
                {reminded.invoice.row, *dateColumn, SheetCell::ofNumber(serialFromDate(writtenOn, nullDate))});
    }
    return updates;
}

} // namespace relance
