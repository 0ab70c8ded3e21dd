#pragma once
// One call of a Relance command: the frame it was dispatched on, its
// arguments, and whether a person is there to answer dialogs.
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::ui {

class CommandCall {
public:
    CommandCall(css::uno::Reference<css::uno::XComponentContext> context, css::uno::Reference<css::frame::XFrame> frame,
                const css::uno::Sequence<css::beans::PropertyValue>& arguments);

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_context; }
    const css::uno::Reference<css::frame::XFrame>& frame() const { return m_frame; }

    /// The spreadsheet shown in the frame; throws InvalidArgument when the
    /// frame shows something else (the commands are Calc's only).
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document() const;

    /// The argument `name`, void when not given.
    css::uno::Any argument(const char* name) const;
    bool has(const char* name) const { return argument(name).hasValue(); }

    /// False when the caller passed Silent=true (tests, Basic batch runs):
    /// no dialog is shown, every choice comes from the arguments, and the
    /// result or the reason for a refusal is returned instead of shown.
    bool interactive() const { return m_interactive; }

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    css::uno::Sequence<css::beans::PropertyValue> m_arguments;
    bool m_interactive = true;
};

} // namespace relance::ui
