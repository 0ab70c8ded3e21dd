#pragma once
// DAYSLATE: whole days past the due date, with an optional grace period.
#include "core/serial_date.hpp"

namespace relance {

/// Longest grace period accepted: ten years of days. Anything longer is a typo.
constexpr long maximumGraceDays = 3660;

/// Days late = asOf - due (the day after the due date is day 1). Returns 0
/// when the debt is not late, or late by no more than `graceDays`; otherwise
/// the full count from the due date (grace delays a reminder, it does not
/// move the due date). Throws InvalidArgument for a grace outside 0..3660.
long daysLate(Date due, Date asOf, long graceDays = 0);

} // namespace relance
