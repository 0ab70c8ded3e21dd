#include "ui/letters_dialog.hpp"

#include "core/serial_date.hpp"
#include "ui/dialog_builder.hpp"
#include "ui/folder_field.hpp"
#include "ui/message_box.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/register_document.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/grid/XGridColumnModel.hpp>
#include <com/sun/star/awt/grid/XGridRowSelection.hpp>
#include <com/sun/star/awt/grid/XMutableGridDataModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/view/SelectionType.hpp>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::relance::ReminderPreviewRow;
using rtl::OUString;

css::util::Date utilDate(Date date)
{
    return css::util::Date(static_cast<sal_uInt16>(date.day()), static_cast<sal_uInt16>(date.month()),
                           static_cast<sal_Int16>(date.year()));
}

Date coreDate(const css::util::Date& date) { return Date(date.Year, date.Month, date.Day); }

/// The preview's rows in the grid, and which of them the person left out.
class ClientList {
public:
    ClientList(const UiTexts& texts, Reference<css::awt::grid::XMutableGridDataModel> data, Date nullDate,
               long intervalDays)
        : m_texts(texts), m_data(std::move(data)), m_nullDate(nullDate), m_intervalDays(intervalDays)
    {
    }

    void show(const Sequence<ReminderPreviewRow>& rows)
    {
        m_rows = rows;
        m_writes.assign(static_cast<std::size_t>(rows.getLength()), true);
        m_data->removeAllRows();
        for (sal_Int32 i = 0; i < rows.getLength(); ++i) {
            const ReminderPreviewRow& row = rows[i];
            const bool due = row.Reason.isEmpty();
            const Any cells[] = {Any(due ? m_texts.text("letters/yes") : uno::toOUString("\u2014")), // an em dash: no letter
                                 Any(row.Client),
                                 Any(due ? m_texts.text(levelKey(row.Level)) : OUString()),
                                 Any(row.Invoices),
                                 Any(row.TotalDueText),
                                 Any(row.Language.isEmpty() ? OUString()
                                                            : m_texts.text("languages/" + uno::toUtf8(row.Language))),
                                 Any(reasonText(row))};
            m_data->addRow(Any(), Sequence<Any>(cells, 7));
        }
    }

    /// Leaves out (or includes again) the selected clients who are due a letter.
    void setWrites(const Sequence<sal_Int32>& selected, bool write)
    {
        for (const sal_Int32 index : selected) {
            if (index < 0 || index >= m_rows.getLength() || !m_rows[index].Reason.isEmpty())
                continue;
            m_writes[static_cast<std::size_t>(index)] = write;
            m_data->updateCellData(0, index, Any(m_texts.text(write ? "letters/yes" : "letters/no")));
        }
    }

    long letterCount() const
    {
        long count = 0;
        for (sal_Int32 i = 0; i < m_rows.getLength(); ++i)
            count += m_rows[i].Reason.isEmpty() && m_writes[static_cast<std::size_t>(i)];
        return count;
    }

    std::vector<OUString> leftOut() const
    {
        std::vector<OUString> clients;
        for (sal_Int32 i = 0; i < m_rows.getLength(); ++i)
            if (m_rows[i].Reason.isEmpty() && !m_writes[static_cast<std::size_t>(i)])
                clients.push_back(m_rows[i].Client);
        return clients;
    }

private:
    /// Why the client gets no letter, in the UI language.
    OUString reasonText(const ReminderPreviewRow& row) const
    {
        if (row.ReasonCode.isEmpty())
            return row.Reason;
        MessageArguments arguments;
        arguments.text("invoices", uno::toUtf8(row.Invoices)).number("days", m_intervalDays);
        if (row.LastLetter > 0)
            arguments.date("date", dateFromSerial(row.LastLetter, m_nullDate));
        return m_texts.format("letters/reason_" + uno::toUtf8(row.ReasonCode), arguments);
    }

    static std::string levelKey(sal_Int32 level) { return "levels/l" + std::to_string(level < 0 || level > 4 ? 1 : level); }

    const UiTexts& m_texts;
    Reference<css::awt::grid::XMutableGridDataModel> m_data;
    Date m_nullDate;
    long m_intervalDays;
    Sequence<ReminderPreviewRow> m_rows;
    std::vector<bool> m_writes;
};

void addColumns(const Reference<css::awt::grid::XGridColumnModel>& columns, const UiTexts& texts)
{
    struct Column {
        const char* title;
        sal_Int32 width;
    };
    // Wide enough for the longest words of the six languages ("Erstellen", "Mahnung mit Fristsetzung").
    constexpr Column layout[] = {{"letters/column_write", 34},   {"letters/column_client", 110},
                                 {"letters/column_level", 86},   {"letters/column_invoices", 84},
                                 {"letters/column_total", 52},   {"letters/column_language", 44},
                                 {"letters/column_reason", 124}};
    for (const Column& column : layout) {
        const Reference<css::awt::grid::XGridColumn> added = columns->createColumn();
        added->setTitle(texts.text(column.title));
        added->setColumnWidth(column.width);
        added->setFlexibility(column.width > 80 ? 1 : 0);
        columns->addColumn(added);
    }
}

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
    const Reference<css::beans::XPropertySet> grid =
        dialog.add("Grid", "Clients", {margin, 54, width - 2 * margin, 160},
                   {{"ShowRowHeader", Any(false)},
                    {"ShowColumnHeader", Any(true)},
                    {"SelectionModel", Any(css::view::SelectionType_MULTI)},
                    {"HScroll", Any(false)},
                    {"VScroll", Any(true)}});
    addColumns(Reference<css::awt::grid::XGridColumnModel>(grid->getPropertyValue("ColumnModel"), UNO_QUERY_THROW), texts);
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

    ClientList clients(texts,
                       Reference<css::awt::grid::XMutableGridDataModel>(grid->getPropertyValue("GridDataModel"),
                                                                        UNO_QUERY_THROW),
                       nullDate, uno::readRunSettings(context).policy.minimumIntervalDays);
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
        return Reference<css::awt::grid::XGridRowSelection>(dialog.control("Clients"), UNO_QUERY_THROW)->getSelectedRows();
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
    for (sal_Int32 i = 0; i < result.Files.getLength(); ++i) {
        const OUString path = pathOfFileUrl(result.Files[i]);
        names.getArray()[i] = path.copy(path.lastIndexOf('/') + 1);
    }
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
