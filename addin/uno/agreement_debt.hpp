#pragma once
// The debt a payment-plan agreement acknowledges, as a figure: what the
// Payment Plan command proposes as the plan's amount, so that the plan sheet
// and the agreement letter (ReminderRun::writePaymentPlanAgreement) state
// the same sum -- the client's overdue, undisputed invoices
// (paymentPlanDebt) with the interest and fees the letter adds (letterFor).
#include "core/money.hpp"
#include "uno/register_document.hpp"

#include <string>

namespace relance::uno {

/// The client's debt as of run.letterDate. Throws InvalidArgument naming the
/// client when it has nothing an agreement would cover.
Money agreementDebt(const RegisterRun& run, const std::string& client);

} // namespace relance::uno
