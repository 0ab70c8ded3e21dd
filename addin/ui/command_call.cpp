#include "ui/command_call.hpp"

#include "core/error.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace relance::ui {

CommandCall::CommandCall(css::uno::Reference<css::uno::XComponentContext> context,
                         css::uno::Reference<css::frame::XFrame> frame,
                         const css::uno::Sequence<css::beans::PropertyValue>& arguments)
    : m_context(std::move(context)), m_frame(std::move(frame)), m_arguments(arguments)
{
    bool silent = false;
    argument("Silent") >>= silent;
    m_interactive = !silent;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument> CommandCall::document() const
{
    const css::uno::Reference<css::frame::XController> controller =
        m_frame.is() ? m_frame->getController() : nullptr;
    const css::uno::Reference<css::sheet::XSpreadsheetDocument> document(
        controller.is() ? controller->getModel() : nullptr, css::uno::UNO_QUERY);
    if (!document.is())
        throw InvalidArgument("Relance's commands work on a Calc spreadsheet");
    return document;
}

css::uno::Any CommandCall::argument(const char* name) const
{
    for (const css::beans::PropertyValue& value : m_arguments)
        if (value.Name.equalsAscii(name))
            return value.Value;
    return {};
}

} // namespace relance::ui
