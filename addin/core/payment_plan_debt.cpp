#include "core/payment_plan_debt.hpp"

#include "core/days_late.hpp"
#include "core/error.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <set>

namespace relance {

namespace {

bool covered(const InvoiceRecord& invoice, Date asOf)
{
    return invoice.status != InvoiceStatus::Disputed && invoice.status != InvoiceStatus::Paid &&
           !invoice.outstanding().isZero() && invoice.dueDate < asOf;
}

} // namespace

ClientReminder paymentPlanDebt(const std::vector<InvoiceRecord>& records, const std::string& client, Date asOf,
                               const ReminderPolicy& policy)
{
    ClientReminder debt;
    debt.client = std::string(trimmedText(client));
    debt.level = 1;
    const auto& languages = policy.letterLanguages;
    for (const InvoiceRecord& invoice : records) {
        if (!foldedEqual(trimmedText(invoice.client), debt.client) || !covered(invoice, asOf))
            continue;
        if (debt.language.empty())
            debt.language = invoice.language;
        const long late = daysLate(invoice.dueDate, asOf);
        debt.invoices.push_back({invoice, late, reminderLevel(late, policy.thresholds), invoice.outstanding()});
    }
    if (debt.invoices.empty())
        throw InvalidArgument("Client \"" + debt.client + "\" has no overdue, undisputed invoice in the register");
    debt.languageIsDefault = std::find(languages.begin(), languages.end(), debt.language) == languages.end();
    if (debt.languageIsDefault)
        debt.language = policy.defaultLanguage;
    debt.totalOutstanding = Money::fromMinorUnits(0, debt.invoices.front().outstanding.digits());
    for (const RemindedInvoice& invoice : debt.invoices)
        debt.totalOutstanding += invoice.outstanding;
    return debt;
}

std::vector<std::string> clientsWithPlanDebt(const std::vector<InvoiceRecord>& records, Date asOf)
{
    std::vector<std::string> clients;
    std::set<std::string> seen;
    for (const InvoiceRecord& invoice : records) {
        const std::string_view client = trimmedText(invoice.client);
        if (client.empty() || !covered(invoice, asOf))
            continue;
        bool known = false;
        for (const std::string& key : foldedKeys(client))
            known = !seen.insert(key).second || known;
        if (!known)
            clients.emplace_back(client);
    }
    return clients;
}

} // namespace relance
