#include "uno/agreement_debt.hpp"

#include "core/payment_plan_debt.hpp"
#include "letters/letter_assembly.hpp"

namespace relance::uno {

Money agreementDebt(const RegisterRun& run, const std::string& client)
{
    const ClientReminder debt = paymentPlanDebt(run.reading.records, client, run.letterDate, run.settings.policy);
    const LetterModel letter =
        letterFor(debt, run.settings.letters, run.letterDate, *run.tables.tables, run.sheets.clients);
    Money total = Money::fromMinorUnits(0, debt.totalOutstanding.digits());
    for (const LetterInvoice& invoice : letter.invoices)
        total += invoice.totalDue();
    return total;
}

} // namespace relance::uno
