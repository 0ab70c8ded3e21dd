#include "ui/command_handler.hpp"

#include "core/error.hpp"
#include "ui/command_table.hpp"
#include "ui/main_thread.hpp"
#include "ui/message_box.hpp"
#include "uno/call_boundary.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

/// "vnd.relance:WriteLetters?x" -> the entry of WriteLetters, or null.
const CommandEntry* commandOf(const css::util::URL& url)
{
    if (!url.Protocol.equalsAscii(CommandHandler::protocol))
        return nullptr;
    const std::string path = uno::toUtf8(url.Path);
    return findCommand(std::string_view(path).substr(0, path.find('?')));
}

struct Outcome {
    sal_Int16 state;
    Any result;
};

/// Runs the command; nothing escapes: an exception leaving a dispatch would
/// reach the menu loop or the macro that called it. A refusal is shown to
/// the person (interactive calls) or returned as the result (silent ones).
Outcome runCommand(const CommandEntry& command, const CommandCall& call)
{
    OUString refusal;
    try {
        return {css::frame::DispatchResultState::SUCCESS, command.run(call)};
    } catch (const CommandCancelled&) {
        return {css::frame::DispatchResultState::DONTKNOW, Any()};
    } catch (const InvalidArgument& refused) {
        refusal = uno::toOUString(refused.what());
    } catch (const css::lang::IllegalArgumentException& refused) {
        refusal = refused.Message;
    } catch (const css::uno::Exception& error) {
        refusal = "LibreOffice error: " + error.Message;
    } catch (const std::exception& error) {
        refusal = uno::toOUString(std::string("internal error: ") + error.what());
    } catch (...) {
        refusal = "internal error";
    }
    uno::debugTrace(std::string(command.name).c_str(), "refused: " + uno::toUtf8(refusal));
    if (call.interactive()) {
        try {
            showMessage(call.context(), call.frame(), refusal);
        } catch (...) { // no window to show it in: the trace above keeps it
        }
    }
    return {css::frame::DispatchResultState::FAILURE, Any(refusal)};
}

} // namespace

void CommandHandler::initialize(const css::uno::Sequence<Any>& arguments)
{
    Reference<css::frame::XFrame> frame;
    if (arguments.hasElements())
        arguments[0] >>= frame;
    m_frame = frame;
    learnMainThread(m_context);
}

Reference<css::frame::XDispatch> CommandHandler::queryDispatch(const css::util::URL& url, const OUString&, sal_Int32)
{
    return commandOf(url) ? Reference<css::frame::XDispatch>(this) : nullptr;
}

css::uno::Sequence<Reference<css::frame::XDispatch>>
CommandHandler::queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests)
{
    css::uno::Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    auto* dispatch = dispatches.getArray();
    for (const css::frame::DispatchDescriptor& request : requests)
        *dispatch++ = queryDispatch(request.FeatureURL, request.FrameName, request.SearchFlags);
    return dispatches;
}

void CommandHandler::dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments)
{
    dispatchWithNotification(url, arguments, nullptr);
}

void CommandHandler::dispatchWithNotification(const css::util::URL& url,
                                              const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                              const Reference<css::frame::XDispatchResultListener>& listener)
{
    const CommandEntry* command = commandOf(url);
    const Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    const CommandCall call(m_context, m_frame, arguments);
    runOnMainThread(m_context, [command, call, listener, self, complete = url.Complete] {
        Outcome outcome{css::frame::DispatchResultState::FAILURE, Any(OUString("unknown command: " + complete))};
        if (command)
            outcome = runCommand(*command, call);
        if (listener.is()) {
            try {
                listener->dispatchFinished(css::frame::DispatchResultEvent(self, outcome.state, outcome.result));
            } catch (...) { // the caller went away
            }
        }
    });
}

void CommandHandler::addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url)
{
    // Every command is always available on a spreadsheet; one saying what is
    // missing is better than a greyed-out menu entry nobody can explain.
    noteMainThread();
    if (listener.is() && commandOf(url))
        listener->statusChanged(css::frame::FeatureStateEvent(static_cast<cppu::OWeakObject*>(this), url, OUString(),
                                                              true, false, Any()));
}

OUString CommandHandler::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool CommandHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> CommandHandler::getSupportedServiceNames()
{
    const OUString name("com.sun.star.frame.ProtocolHandler");
    return css::uno::Sequence<OUString>(&name, 1);
}

} // namespace relance::ui
