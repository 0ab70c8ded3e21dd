// Relance ▸ Write Reminder Letters…: the letters dialog (date, folder, the
// clients who would get a letter), then the reminder run with its progress
// in the status bar, then what was written where.
#include "core/error.hpp"
#include "ui/command_table.hpp"
#include "ui/letterhead_check.hpp"
#include "ui/letters_dialog.hpp"
#include "ui/message_box.hpp"
#include "ui/ui_texts.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/register_document.hpp"
#include "uno/reminder_run.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <rtl/ref.hxx>


namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

Reference<css::task::XStatusIndicator> statusBarProgress(const Reference<css::frame::XFrame>& frame)
{
    const Reference<css::task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
    return factory.is() ? factory->createStatusIndicator() : nullptr;
}

/// The run's result in types every UNO client knows: a dispatch's result
/// crosses to Basic and to other processes (tests, batch scripts), whose
/// type libraries do not have the extension's ReminderRunResult.
Any resultOf(const org::relance::ReminderRunResult& result)
{
    css::beans::PropertyValue values[3];
    values[0].Name = "Folder";
    values[0].Value <<= result.Folder;
    values[1].Name = "Files";
    values[1].Value <<= result.Files;
    values[2].Name = "Summary";
    values[2].Value <<= result.Summary;
    return Any(Sequence<css::beans::PropertyValue>(values, 3));
}

} // namespace

Any writeLettersCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    requireLetterhead(call, texts);
    const rtl::Reference<uno::ReminderRun> run(new uno::ReminderRun(call.context()));
    if (!call.interactive()) {
        // Folder (a URL), AsOf (a serial), LeaveOut (client names) and SendByEmail, each optional
        OUString folder;
        call.argument("Folder") >>= folder;
        Sequence<OUString> leaveOut;
        call.argument("LeaveOut") >>= leaveOut;
        bool byEmail = false;
        call.argument("SendByEmail") >>= byEmail;
        return resultOf(byEmail ? run->writeRemindersByEmail(document, folder, call.argument("AsOf"), leaveOut, nullptr)
                                : run->writeReminders(document, folder, call.argument("AsOf"), leaveOut, nullptr));
    }
    // From the sidebar's Reminders panel, which is the dialog's list already:
    // its choices come as arguments, the folder is the default one.
    std::optional<LettersChoice> choice;
    if (call.has("LeaveOut")) {
        Sequence<OUString> leaveOut;
        call.argument("LeaveOut") >>= leaveOut;
        double asOf = 0;
        call.argument("AsOf") >>= asOf;
        const Date nullDate = uno::nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY));
        choice = LettersChoice{asOf > 0 ? asOf : serialFromDate(uno::runDate(document, Any(), nullDate), nullDate),
                               run->defaultOutputFolder(document),
                               std::vector<OUString>(leaveOut.begin(), leaveOut.end())};
    } else {
        choice = askLettersChoice(call.context(), call.frame(), document,
                                  Reference<org::relance::XReminderRun>(run.get()), texts);
    }
    if (!choice)
        throw CommandCancelled();
    const Sequence<OUString> leftOut(choice->leftOut.data(), static_cast<sal_Int32>(choice->leftOut.size()));
    const org::relance::ReminderRunResult result =
        choice->sendByEmail
            ? run->writeRemindersByEmail(document, choice->folderUrl, Any(choice->asOf), leftOut,
                                         statusBarProgress(call.frame()))
            : run->writeReminders(document, choice->folderUrl, Any(choice->asOf), leftOut, statusBarProgress(call.frame()));
    if (!result.Files.hasElements()) {
        const Date nullDate = uno::nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY));
        showMessage(call.context(), call.frame(),
                    texts.format("letters/none",
                                 MessageArguments().date("date", dateFromSerial(choice->asOf, nullDate))));
    } else {
        showLettersWritten(call.context(), call.frame(), result, texts);
    }
    return resultOf(result);
}

} // namespace relance::ui
