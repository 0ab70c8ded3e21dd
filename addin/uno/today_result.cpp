#include "uno/today_result.hpp"

#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"

#include <com/sun/star/sheet/ResultEvent.hpp>
#include <com/sun/star/sheet/XResultListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include <chrono>
#include <condition_variable>
#include <algorithm>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace relance::uno {

namespace {

using css::sheet::XResultListener;
using css::uno::Reference;

class TodayDependentResult final : public cppu::WeakImplHelper1<css::sheet::XVolatileResult>
{
public:
    explicit TodayDependentResult(TodayDependentValue value) : m_value(std::move(value)) {}

    void SAL_CALL addResultListener(const Reference<XResultListener>& listener) override
    {
        if (!listener.is())
            return;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_listeners.push_back(listener);
        }
        // Calc reads the first value from this call.
        listener->modified(event(today()));
    }

    void SAL_CALL removeResultListener(const Reference<XResultListener>& listener) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto it = m_listeners.begin(); it != m_listeners.end(); ++it)
            if (*it == listener) {
                m_listeners.erase(it);
                break;
            }
    }

    /// Called by the clock when the date has changed.
    void dayChanged(Date newToday)
    {
        std::vector<Reference<XResultListener>> listeners;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            listeners = m_listeners;
        }
        if (listeners.empty())
            return;
        const css::sheet::ResultEvent changed = event(newToday);
        for (const auto& listener : listeners) {
            try {
                listener->modified(changed);
            } catch (const css::uno::Exception&) {
                // a listener whose document is closing: it unregisters itself
            }
        }
    }

private:
    css::sheet::ResultEvent event(Date day)
    {
        css::uno::Any value;
        try {
            value = m_value(day);
        } catch (...) {
            // A call that was valid yesterday stays valid today; should it not,
            // Calc shows #N/A for an empty result rather than a stale number.
        }
        return css::sheet::ResultEvent(static_cast<cppu::OWeakObject*>(this), value);
    }

    const TodayDependentValue m_value;
    std::mutex m_mutex;
    std::vector<Reference<XResultListener>> m_listeners;
};

/// Holds the live results weakly, by call, and wakes them when the day changes.
/// The thread polls (every 10 s) rather than sleeping until midnight so that a
/// suspended laptop or a clock change is noticed too.
class DayChangeClock
{
public:
    static DayChangeClock& instance()
    {
        static DayChangeClock clock;
        return clock;
    }

    Reference<css::sheet::XVolatileResult> resultFor(const std::string& call, TodayDependentValue value)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        startLocked();
        // Today is part of the key: a recalculation after midnight must not
        // find yesterday's object (Calc would reuse its value).
        const std::string key = call + "@" + std::to_string(today().day_number());
        if (auto found = m_results.find(key); found != m_results.end()) {
            Reference<css::sheet::XVolatileResult> alive(found->second.get(), css::uno::UNO_QUERY);
            if (alive.is())
                return alive;
        }
        rtl::Reference<TodayDependentResult> created(new TodayDependentResult(std::move(value)));
        m_results[key] = css::uno::WeakReference<css::sheet::XVolatileResult>(
            Reference<css::sheet::XVolatileResult>(created.get()));
        if (m_results.size() >= m_sweepAt) // amortized: the threshold doubles
            m_sweepAt = std::max<std::size_t>(1024, 2 * aliveResultsLocked().size());
        return Reference<css::sheet::XVolatileResult>(created.get());
    }

    ~DayChangeClock()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    // The results some cell still holds; drops the others (documents closed,
    // formulas changed) so that the map does not grow all day.
    std::vector<rtl::Reference<TodayDependentResult>> aliveResultsLocked()
    {
        std::vector<rtl::Reference<TodayDependentResult>> alive;
        for (auto it = m_results.begin(); it != m_results.end();) {
            Reference<css::sheet::XVolatileResult> result(it->second.get(), css::uno::UNO_QUERY);
            if (result.is()) {
                alive.emplace_back(static_cast<TodayDependentResult*>(result.get()));
                ++it;
            } else {
                it = m_results.erase(it);
            }
        }
        return alive;
    }

    void startLocked()
    {
        if (m_thread.joinable())
            return;
        m_day = today();
        m_thread = std::thread([this] { run(); });
    }

    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stopping) {
            m_wake.wait_for(lock, std::chrono::seconds(10));
            if (m_stopping)
                break;
            const Date now = today();
            if (now == m_day)
                continue;
            m_day = now;
            debugTrace("clock", "day changed to " + isoText(now));
            const std::vector<rtl::Reference<TodayDependentResult>> alive = aliveResultsLocked();
            lock.unlock(); // listeners call back into Calc, which takes its own lock
            for (const auto& result : alive)
                result->dayChanged(now);
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    bool m_stopping = false;
    std::size_t m_sweepAt = 1024;
    Date m_day;
    std::map<std::string, css::uno::WeakReference<css::sheet::XVolatileResult>> m_results;
};

} // namespace

css::uno::Any todayDependentResult(const std::string& key, TodayDependentValue value)
{
    return css::uno::Any(DayChangeClock::instance().resultFor(key, std::move(value)));
}

css::uno::Any resultAsOf(const std::optional<Date>& asOf, const std::string& call,
                         const TodayDependentValue& value)
{
    if (asOf)
        return value(*asOf);
    value(today());
    return todayDependentResult(call, value);
}

} // namespace relance::uno
