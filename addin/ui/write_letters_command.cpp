// Relance ▸ Write Reminder Letters…: the letters dialog (as-of date, folder,
// the clients who would get a letter), then the reminder run.
#include "core/error.hpp"
#include "ui/command_table.hpp"
#include "ui/message_box.hpp"
#include "ui/options_page_url.hpp"
#include "ui/ui_texts.hpp"
#include "uno/reminder_run.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

namespace {

bool letterheadFilled(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    const Creditor& creditor = uno::readRunSettings(context).letters.creditor;
    return !creditor.name.empty() && !creditor.addressLines.empty();
}

/// Letters never go out anonymous: with no sender name or address, the
/// settings open first; a silent call is refused.
void requireLetterhead(const CommandCall& call, const UiTexts& texts)
{
    if (letterheadFilled(call.context()))
        return;
    if (!call.interactive())
        throw InvalidArgument(uno::toUtf8(texts.text("letters/letterhead_missing")));
    if (!askYesNo(call.context(), call.frame(), texts.text("letters/letterhead_ask")))
        throw CommandCancelled();
    openOptionsPage(call.context(), call.frame(), OptionsPage::Letterhead);
    if (!letterheadFilled(call.context()))
        throw InvalidArgument(uno::toUtf8(texts.text("letters/letterhead_missing")));
}

} // namespace

css::uno::Any writeLettersCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    requireLetterhead(call, texts);
    rtl::OUString folder;
    call.argument("Folder") >>= folder;
    uno::ReminderRun run(call.context());
    return css::uno::Any(run.generateReminders(document, folder, call.argument("AsOf")));
}

} // namespace relance::ui
