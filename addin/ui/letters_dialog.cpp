#include "ui/letters_dialog.hpp"

#include "core/serial_date.hpp"
#include "ui/date_field_value.hpp"
#include "ui/dialog_builder.hpp"
#include "ui/folder_field.hpp"
#include "ui/message_box.hpp"
#include "ui/reminder_preview_list.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/register_document.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/util/Date.hpp>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;


} // namespace

std::optional<LettersChoice> askLettersChoice(const Reference<css::uno::XComponentContext>& context,
                                              const Reference<css::frame::XFrame>& frame,
                                              const Reference<css::sheet::XSpreadsheetDocument>& document,
                                              const Reference<org::relance::XReminderRun>& run, const UiTexts& texts)
{
    const Date nullDate = uno::nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY));
    constexpr sal_Int32 width = 560, height = 262, margin = 6, labelWidth = 100;
    DialogBuilder dialog(context, texts.text("letters/title"), width, height);
    dialog.add("FixedText", "AsOfLabel", {margin, 8, labelWidth, 10}, {{"Label", Any(texts.text("letters/as_of"))}});
    dialog.add("DateField", "AsOf", {margin + labelWidth, 6, 70, 12},
               {{"Date", Any(utilDate(uno::runDate(document, Any(), nullDate)))},
                {"Dropdown", Any(true)},
                {"StrictFormat", Any(true)},
                {"DateFormat", Any(sal_Int16(2))}});
    dialog.add("Button", "Refresh", {margin + labelWidth + 76, 5, 60, 14}, {{"Label", Any(texts.text("letters/refresh"))}});
    dialog.add("FixedText", "FolderLabel", {margin, 26, labelWidth, 10}, {{"Label", Any(texts.text("letters/folder"))}});
    dialog.add("Edit", "Folder", {margin + labelWidth, 24, width - 2 * margin - labelWidth - 64, 12},
               {{"Text", Any(pathOfFileUrl(run->defaultOutputFolder(document)))}});
    dialog.add("Button", "Browse", {width - margin - 60, 23, 60, 14}, {{"Label", Any(texts.text("letters/browse"))}});
    dialog.add("FixedLine", "ClientsLine", {margin, 42, width - 2 * margin, 10}, {{"Label", Any(texts.text("letters/clients"))}});
    const Reference<css::beans::XPropertySet> list =
        dialog.add("ListBox", "Clients", {margin, 54, width - 2 * margin, 160},
                   {{"MultiSelection", Any(true)}});
    dialog.add("Button", "LeaveOut", {margin, 218, 60, 14}, {{"Label", Any(texts.text("letters/leave_out"))}});
    dialog.add("Button", "Include", {margin + 64, 218, 60, 14}, {{"Label", Any(texts.text("letters/include"))}});
    dialog.add("FixedText", "Count", {margin + 132, 221, 180, 10});
    dialog.add("CheckBox", "SendByEmail", {margin + 316, 220, width - 2 * margin - 316, 10},
               {{"Label", Any(texts.text("letters/send_by_email"))}, {"State", Any(sal_Int16(0))}});
    dialog.add("FixedLine", "ButtonsLine", {margin, 234, width - 2 * margin, 6});
    dialog.addHelpButton({margin, 244, 60, 14}, texts.text("letters/help"), "letters");
    dialog.add("Button", "Write", {width - margin - 134, 244, 70, 14},
               {{"Label", Any(texts.text("letters/write"))},
                {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_OK))},
                {"DefaultButton", Any(true)}});
    dialog.add("Button", "Cancel", {width - margin - 60, 244, 60, 14},
               {{"Label", Any(texts.text("letters/cancel"))},
                {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_CANCEL))}});
    const Reference<css::awt::XDialog> window = dialog.create(frame);

    ReminderPreviewList clients(texts, list, nullDate, uno::readRunSettings(context).policy.minimumIntervalDays);
    const auto asOfSerial = [&] {
        css::util::Date date;
        dialog.model("AsOf")->getPropertyValue("Date") >>= date;
        return serialFromDate(coreDate(date), nullDate);
    };
    const auto showCount = [&] {
        dialog.model("Count")->setPropertyValue(
            "Label", Any(texts.format("letters/count", MessageArguments().number("count", clients.letterCount()))));
    };
    const auto refresh = [&] {
        clients.show(run->previewReminders(document, Any(asOfSerial())));
        showCount();
    };
    const auto selectedRows = [&] {
        return Reference<css::awt::XListBox>(dialog.control("Clients"), UNO_QUERY_THROW)->getSelectedItemsPos();
    };
    refresh();
    dialog.onButton("Refresh", refresh);
    dialog.onButton("LeaveOut", [&] {
        clients.setWrites(selectedRows(), false);
        showCount();
    });
    dialog.onButton("Include", [&] {
        clients.setWrites(selectedRows(), true);
        showCount();
    });
    dialog.onButton("Browse",
                    [&] { pickFolderInto(context, dialog.model("Folder"), texts.text("letters/pick_folder")); });

    while (window->execute() == css::ui::dialogs::ExecutableDialogResults::OK) {
        const OUString folder = dialog.model("Folder")->getPropertyValue("Text").get<OUString>().trim();
        if (folder.isEmpty()) {
            showMessage(context, frame, texts.text("letters/unsaved"));
            continue;
        }
        LettersChoice choice{asOfSerial(), fileUrlOfPath(folder), clients.leftOut(),
                             dialog.model("SendByEmail")->getPropertyValue("State").get<sal_Int16>() == 1};
        Reference<css::lang::XComponent>(window, UNO_QUERY_THROW)->dispose();
        return choice;
    }
    Reference<css::lang::XComponent>(window, UNO_QUERY_THROW)->dispose();
    return std::nullopt;
}

void showLettersWritten(const Reference<css::uno::XComponentContext>& context,
                        const Reference<css::frame::XFrame>& frame, const org::relance::ReminderRunResult& result,
                        const UiTexts& texts)
{
    constexpr sal_Int32 width = 320, height = 170, margin = 6;
    DialogBuilder dialog(context, texts.text("letters/done_title"), width, height);
    dialog.add("FixedText", "Done", {margin, 6, width - 2 * margin, 20},
               {{"Label", Any(texts.format("letters/done", MessageArguments()
                                                               .number("count", result.Files.getLength())
                                                               .text("folder", uno::toUtf8(result.Folder))))},
                {"MultiLine", Any(true)}});
    Sequence<OUString> names(result.Files.getLength());
    for (sal_Int32 i = 0; i < result.Files.getLength(); ++i)
        names.getArray()[i] = fileNameOfUrl(result.Files[i]);
    dialog.add("ListBox", "Files", {margin, 28, width - 2 * margin, 112}, {{"StringItemList", Any(names)}});
    dialog.add("Button", "OpenFolder", {margin, 148, 80, 14}, {{"Label", Any(texts.text("letters/open_folder"))}});
    dialog.add("Button", "Close", {width - margin - 60, 148, 60, 14},
               {{"Label", Any(texts.text("letters/close"))},
                {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_OK))},
                {"DefaultButton", Any(true)}});
    const Reference<css::awt::XDialog> window = dialog.create(frame);
    dialog.onButton("OpenFolder", [&] {
        css::system::SystemShellExecute::create(context)->execute(
            fileUrlOfPath(result.Folder), OUString(), css::system::SystemShellExecuteFlags::URIS_ONLY);
    });
    window->execute();
    Reference<css::lang::XComponent>(window, UNO_QUERY_THROW)->dispose();
}

} // namespace relance::ui
