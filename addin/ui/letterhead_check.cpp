#include "ui/letterhead_check.hpp"

#include "core/error.hpp"
#include "ui/command_table.hpp"
#include "ui/message_box.hpp"
#include "ui/options_page_url.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

namespace {

bool letterheadFilled(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    const Creditor& creditor = uno::readRunSettings(context).letters.creditor;
    return !creditor.name.empty() && !creditor.addressLines.empty();
}

} // namespace

void requireLetterhead(const CommandCall& call, const UiTexts& texts)
{
    if (letterheadFilled(call.context()))
        return;
    if (!call.interactive())
        throw InvalidArgument(uno::toUtf8(texts.text("letters/letterhead_missing")));
    if (!askQuestion(call.context(), call.frame(), texts.text("letters/letterhead_ask"),
                     texts.text("letters/open_settings"), texts.text("letters/cancel")))
        throw CommandCancelled();
    openOptionsPage(call.context(), call.frame(), OptionsPage::Letterhead);
    if (!letterheadFilled(call.context()))
        throw InvalidArgument(uno::toUtf8(texts.text("letters/letterhead_missing")));
}

} // namespace relance::ui
