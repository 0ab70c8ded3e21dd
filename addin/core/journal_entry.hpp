#pragma once
// One letter written, as the `Relance journal` sheet keeps it: the evidence
// of what was claimed from whom and when, and what the next run escalates from.
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

/// An invoice claimed in a letter, with the figures the letter stated.
struct JournalInvoice {
    std::string number;
    Money amount = Money::fromMinorUnits(0, 2);   ///< outstanding principal claimed
    Money interest = Money::fromMinorUnits(0, 2); ///< late-payment interest stated
    Money fee = Money::fromMinorUnits(0, 2);      ///< fixed recovery fee claimed

    friend bool operator==(const JournalInvoice& a, const JournalInvoice& b)
    {
        return a.number == b.number && a.amount == b.amount && a.interest == b.interest && a.fee == b.fee;
    }
    friend bool operator!=(const JournalInvoice& a, const JournalInvoice& b) { return !(a == b); }
};

struct JournalEntry {
    Date date;                     ///< the day the letter was written (the run's as-of date)
    std::string client;
    int level = 0;                 ///< 0 courtesy note .. 4 final notice (reminder_level.hpp)
    std::vector<JournalInvoice> invoices;
    std::optional<Date> deadline;  ///< the payment deadline the letter set, if any
    std::string fileName;          ///< the letter's file, as written in the chosen folder
    /// The ISO 11649 reference the letter asked the payment to quote
    /// (creditor_reference.hpp); empty when it asked for the invoice numbers.
    std::string reference;

    friend bool operator==(const JournalEntry& a, const JournalEntry& b)
    {
        return a.date == b.date && a.client == b.client && a.level == b.level && a.invoices == b.invoices &&
               a.deadline == b.deadline && a.fileName == b.fileName && a.reference == b.reference;
    }
    friend bool operator!=(const JournalEntry& a, const JournalEntry& b) { return !(a == b); }
};

} // namespace relance
