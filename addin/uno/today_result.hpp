#pragma once
// Results that depend on today's date. Calc does not recalculate add-in calls
// when the date changes (measured on 7.4: a document left open across midnight
// keeps yesterday's =DAYSLATE(A1) until a hard recalculation, while TODAY()
// follows on the next edit). A function whose AsOf is left out therefore
// returns an XVolatileResult: Calc listens to it, and a clock thread tells it
// when the day has changed, so the cell updates by itself.
#include "core/serial_date.hpp"
#include "uno/argument_conversion.hpp"

#include <com/sun/star/sheet/XVolatileResult.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <functional>
#include <optional>
#include <string>

namespace relance::uno {

/// Computes a cell's value for a given "today".
using TodayDependentValue = std::function<css::uno::Any(Date today)>;

/// The volatile result for a call identified by `key` (function and argument
/// values): the same object for the same call, so that Calc keeps one
/// listener per distinct call, not one per recalculation.
css::uno::Any todayDependentResult(const std::string& key, TodayDependentValue value);

/// The value as of `asOf` when the user gave one; otherwise a volatile result
/// that follows today. `call` identifies the call (function and argument values).
/// The value is computed once now in both cases, so a bad argument is refused
/// at once rather than at midnight.
css::uno::Any resultAsOf(const std::optional<Date>& asOf, const std::string& call,
                         const TodayDependentValue& value);

/// The value now, or, when a date is left out (`followsToday`), a volatile
/// result that follows today. `key()` is only called in that case (it copies
/// every argument's values), and only then is `value` wrapped in a
/// std::function, so a call with every date given costs neither.
template <class Value, class Key>
css::uno::Any resultFollowing(bool followsToday, Key&& key, Value&& value)
{
    if (!followsToday)
        return value(Date(boost::gregorian::not_a_date_time)); // no cell reads today
    value(today()); // refuses bad arguments now, not at midnight
    return todayDependentResult(key(), TodayDependentValue(std::forward<Value>(value)));
}

} // namespace relance::uno
