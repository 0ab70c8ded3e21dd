#pragma once
// Stepping a date by whole months the way instalment plans and standing
// orders do: same day of the month, clamped to short months, month end kept.
#include "core/serial_date.hpp"

namespace relance {

/// The date `months` months after `start` (months >= 0):
///  - the day of month of `start` is kept, clamped to the length of a shorter
///    month: 2024-01-31 + 1 = 2024-02-29, 2023-01-31 + 1 = 2023-02-28;
///  - every result is computed from `start`, not from the previous result, so
///    clamping does not drift: 2024-01-31 + 2 = 2024-03-31 (not the 29th);
///  - a `start` on the last day of its month stays on month ends:
///    2024-04-30 + 1 = 2024-05-31, 2023-02-28 + 1 = 2023-03-31.
/// Throws InvalidArgument for negative months or a result after 9999-12-31.
Date monthsAfter(Date start, int months);

/// `date` moved to day `day` of its month, or to the month's last day when
/// the month is shorter (31 in April: the 30th); 0 leaves it as it is. A
/// payment plan "on the 5th of each month" starts from its first date so.
/// Throws InvalidArgument for a day outside 0..31.
Date onDayOfMonth(Date date, int day);

} // namespace relance
