#include "ui/message_box.hpp"

#include "ui/dialog_builder.hpp"
#include "ui/ui_texts.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <algorithm>

namespace relance::ui {

namespace {

using css::uno::Any;
using rtl::OUString;

/// A box of our own rather than the toolkit's message box: its buttons
/// answer keyboard, mouse and accessibility alike (the toolkit's do not
/// answer accessible actions on 7.4, so tests could not close them), and its
/// labels say what they do.
bool runBox(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame, const OUString& text, const OUString& yes,
            const OUString& no)
{
    constexpr sal_Int32 width = 260, margin = 8, buttonWidth = 70;
    // about 52 characters to a line of 10 appfont, plus the line breaks in the text
    sal_Int32 lines = 1;
    for (sal_Int32 start = 0, end; start <= text.getLength(); start = end + 1) {
        end = text.indexOf('\n', start);
        if (end < 0)
            end = text.getLength();
        lines += std::max<sal_Int32>(1, (end - start + 51) / 52);
    }
    const sal_Int32 textHeight = std::min<sal_Int32>(lines * 10, 200);
    const sal_Int32 height = margin + textHeight + 10 + 14 + margin;
    DialogBuilder box(context, "Relance", width, height);
    box.add("FixedText", "Message", {margin, margin, width - 2 * margin, textHeight},
            {{"Label", Any(text)}, {"MultiLine", Any(true)}});
    const sal_Int32 buttonsTop = margin + textHeight + 10;
    box.add("Button", "Yes", {width - margin - (no.isEmpty() ? 1 : 2) * (buttonWidth + 4) + 4, buttonsTop, buttonWidth, 14},
            {{"Label", Any(yes)},
             {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_OK))},
             {"DefaultButton", Any(true)}});
    if (!no.isEmpty())
        box.add("Button", "No", {width - margin - buttonWidth, buttonsTop, buttonWidth, 14},
                {{"Label", Any(no)}, {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_CANCEL))}});
    const css::uno::Reference<css::awt::XDialog> window = box.create(frame);
    const bool answer = window->execute() == 1;
    css::uno::Reference<css::lang::XComponent>(window, css::uno::UNO_QUERY_THROW)->dispose();
    return answer;
}

} // namespace

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const OUString& text)
{
    runBox(context, frame, text, UiTexts(context).text("message/ok"), OUString());
}

bool askQuestion(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const OUString& text, const OUString& yes,
                 const OUString& no)
{
    return runBox(context, frame, text, yes, no);
}

} // namespace relance::ui
