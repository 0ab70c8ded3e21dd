#pragma once
// Which invoices a payment-plan agreement covers. A reminder claims what is
// late and undisputed and not already under a plan (reminder_plan.hpp); an
// agreement may replace a plan, so it covers the invoices under one too.
#include "core/invoice_record.hpp"
#include "core/reminder_plan.hpp"

#include <string>
#include <vector>

namespace relance {

/// The debt a payment-plan agreement with `client` acknowledges as of
/// `asOf`: the client's invoices (name compared folded and trimmed, as a
/// person types it) that are past their due date (grace not applied: an
/// agreement states the debt as it is), still owe something and are neither
/// disputed nor marked paid -- those under a payment plan included -- in
/// sheet order, each with its days late and level. The letter's language is
/// the first one given on these invoices when letters have it, else the
/// policy's default. Level 1 (the agreement is not an escalation step).
/// Throws InvalidArgument naming the client when it has no such invoice.
ClientReminder paymentPlanDebt(const std::vector<InvoiceRecord>& records, const std::string& client, Date asOf,
                               const ReminderPolicy& policy);

/// The clients an agreement could be made with as of `asOf`: those with at
/// least one invoice paymentPlanDebt would cover, each once (names folded as
/// above), spelt as on the first such invoice, trimmed, in sheet order. For
/// the Payment Plan dialog's list of clients.
std::vector<std::string> clientsWithPlanDebt(const std::vector<InvoiceRecord>& records, Date asOf);

} // namespace relance
