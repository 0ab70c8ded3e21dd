#pragma once
// DUEDATE: the due date an invoice's payment terms give, in the order French and
// German practice reads them ("45 jours fin de mois", "payable le 20").
#include "core/serial_date.hpp"

namespace relance {

/// Where "end of month" sits among the steps.
enum class EndOfMonthRule {
    None = 0,       ///< net N days
    AfterDays = 1,  ///< add the days, then go to the end of that month ("45 days end of month")
    BeforeDays = 2, ///< go to the end of the invoice month, then add the days ("end of month + 45 days")
};

struct PaymentTerms {
    long days = 0;                               ///< 0..maximumTermDays
    EndOfMonthRule endOfMonth = EndOfMonthRule::None;
    int dayOfMonth = 0;                          ///< 0 = none, 1..31 = "paid on the Nth"
};

/// Longest payment term accepted (ten years of days).
constexpr long maximumTermDays = 3660;

/// Parses the EndOfMonth argument: 0, 1 or 2; anything else is an error.
EndOfMonthRule endOfMonthRuleFromCode(long code);

/// The due date before any business-day roll: add the days (around the
/// end-of-month step as the rule says), then move to the first `dayOfMonth`
/// on or after that date, clamped to the month's length (the 31st is the 30th
/// in April, the 29th in a leap February).
Date dueDate(Date invoiceDate, const PaymentTerms& terms);

/// The first day numbered `dayOfMonth` (clamped to the month's length) on or
/// after `from`.
Date nextDayOfMonth(Date from, int dayOfMonth);

} // namespace relance
