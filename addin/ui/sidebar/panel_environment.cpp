#include "ui/sidebar/panel_content.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>

namespace relance::ui {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

class CommandFinished final : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener> {
public:
    explicit CommandFinished(std::function<void(const css::frame::DispatchResultEvent&)> finished)
        : m_finished(std::move(finished))
    {
    }
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override
    {
        try {
            m_finished(event);
        } catch (...) { // the panel went away meanwhile
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void(const css::frame::DispatchResultEvent&)> m_finished;
};

} // namespace

Reference<css::sheet::XSpreadsheetDocument> PanelEnvironment::document() const
{
    const Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    return Reference<css::sheet::XSpreadsheetDocument>(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
}

void PanelEnvironment::dispatch(const char* command, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                std::function<void(const css::uno::Any&)> done) const
{
    css::util::URL url;
    url.Complete = "vnd.relance:" + rtl::OUString::createFromAscii(command);
    css::util::URLTransformer::create(context)->parseStrict(url);
    const Reference<css::frame::XDispatchProvider> provider(frame, UNO_QUERY);
    const Reference<css::frame::XDispatch> dispatcher = provider.is() ? provider->queryDispatch(url, "_self", 0) : nullptr;
    if (!dispatcher.is())
        return;
    const Reference<css::frame::XNotifyingDispatch> notifying(dispatcher, UNO_QUERY);
    if (!notifying.is()) {
        dispatcher->dispatch(url, arguments);
        return;
    }
    notifying->dispatchWithNotification(
        url, arguments, new CommandFinished([done = std::move(done), refresh = refresh](const auto& event) {
            if (done && event.State == css::frame::DispatchResultState::SUCCESS)
                done(event.Result);
            if (refresh)
                refresh();
        }));
}

} // namespace relance::ui
