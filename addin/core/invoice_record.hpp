#pragma once
// One invoice of a register as the core understands it: exact amounts,
// real dates, a recognised status.
#include "core/invoice_status.hpp"
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <optional>
#include <string>

namespace relance {

struct InvoiceRecord {
    int row = 0;                           ///< 0-based sheet row, for messages and write-back
    std::string number;
    std::string client;
    std::string clientId;                  ///< "" when there is no such column or cell
    std::optional<Date> issueDate;
    std::optional<long> paymentTermsDays;
    Date dueDate;
    bool dueDateComputed = false;          ///< issue date + terms, the due cell being empty or absent
    std::optional<Money> amountExclTax;
    Money amountInclTax = Money::fromMinorUnits(0, 2);
    Money paidAmount = Money::fromMinorUnits(0, 2); ///< 0 when the cell is empty
    std::optional<Date> paidDate;
    InvoiceStatus status = InvoiceStatus::Open;
    std::string language;                  ///< lower-case primary code ("fr" for "fr-BE"), or ""
    std::optional<int> lastReminderLevel;
    std::optional<Date> lastReminderDate;
    std::string address;
    std::string email;
    std::string country;                   ///< upper-case two-letter code, or ""

    /// What is still owed: amount incl. tax − paid, never below zero (an
    /// overpayment owes nothing).
    Money outstanding() const;
};

} // namespace relance
