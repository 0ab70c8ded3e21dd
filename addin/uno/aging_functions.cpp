// AGINGBUCKET and REMINDERLEVEL: days late as of a date (or today), then the
// core's bucket or level.
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/relance_addin.hpp"
#include "uno/text_conversion.hpp"
#include "uno/today_result.hpp"

#include "core/aging.hpp"
#include "core/days_late.hpp"
#include "core/reminder_level.hpp"

namespace relance::uno {

namespace {

template <class List>
List listFrom(const css::uno::Any& value, const char* name)
{
    const std::optional<TextOrNumbers> given = optionalTextOrNumbers(value, name);
    if (!given)
        return List::standard();
    return given->text ? List::fromText(*given->text, name) : List::fromNumbers(given->numbers, name);
}

template <class List>
std::string listKey(const List& list)
{
    std::string key;
    for (const long days : list.days())
        key += std::to_string(days) + ";";
    return key;
}

} // namespace

css::uno::Any RelanceAddIn::getAgingBucket(const css::uno::Reference<css::beans::XPropertySet>& options,
                                           const AnyMatrix& due, const css::uno::Any& asOf,
                                           const css::uno::Any& bounds)
{
    return callGuarded("AGINGBUCKET", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Date dueDate = requiredDate(singleValue(due, "Due"), nullDate, "Due");
        const AgingBounds buckets = listFrom<AgingBounds>(bounds, "Bounds");
        const auto bucketAsOf = [dueDate, buckets](Date asOfDate) {
            return css::uno::Any(toOUString(agingBucket(daysLate(dueDate, asOfDate), buckets)));
        };
        return resultAsOf(optionalDate(asOf, nullDate, "AsOf"),
                          "AGINGBUCKET|" + std::to_string(dueDate.day_number()) + "|" + listKey(buckets), bucketAsOf);
    });
}

css::uno::Any RelanceAddIn::getReminderLevel(const css::uno::Reference<css::beans::XPropertySet>& options,
                                             const AnyMatrix& due, const css::uno::Any& asOf,
                                             const css::uno::Any& thresholds)
{
    return callGuarded("REMINDERLEVEL", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Date dueDate = requiredDate(singleValue(due, "Due"), nullDate, "Due");
        const ReminderThresholds levels = listFrom<ReminderThresholds>(thresholds, "Thresholds");
        const auto levelAsOf = [dueDate, levels](Date asOfDate) {
            return css::uno::Any(static_cast<double>(reminderLevel(daysLate(dueDate, asOfDate), levels)));
        };
        return resultAsOf(optionalDate(asOf, nullDate, "AsOf"),
                          "REMINDERLEVEL|" + std::to_string(dueDate.day_number()) + "|" + listKey(levels), levelAsOf);
    });
}

} // namespace relance::uno
