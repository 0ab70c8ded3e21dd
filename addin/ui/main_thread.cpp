#include "ui/main_thread.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/thread.h>

#include <atomic>

namespace relance::ui {

namespace {

std::atomic<oslThreadIdentifier> mainThread{0};

class Work final : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit Work(std::function<void()> work) : m_work(std::move(work)) {}
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try {
            m_work();
        } catch (...) { // the work reports its own failures; nothing may reach the main loop
        }
    }

private:
    std::function<void()> m_work;
};

void post(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work)
{
    css::awt::AsyncCallback::create(context)->addCallback(new Work(std::move(work)), css::uno::Any());
}

} // namespace

void learnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    if (mainThread.load() == 0)
        post(context, [] { noteMainThread(); });
}

void noteMainThread()
{
    oslThreadIdentifier unknown = 0;
    mainThread.compare_exchange_strong(unknown, osl_getThreadIdentifier(nullptr));
}

void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work)
{
    const oslThreadIdentifier main = mainThread.load();
    if (main == 0 || main == osl_getThreadIdentifier(nullptr))
        work();
    else
        post(context, std::move(work));
}

void runLater(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work)
{
    post(context, std::move(work));
}

} // namespace relance::ui
