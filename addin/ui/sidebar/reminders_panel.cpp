// The deck's Reminders panel: the letters dialog's list (who gets which
// letter, for how much, in which language, or why not), a way to leave
// clients out, the button that writes the letters, and what the last run
// wrote where.
#include "ui/sidebar/panels.hpp"

#include "ui/folder_field.hpp"
#include "ui/letters_dialog.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/reminder_run.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XListBox.hpp>

#include <algorithm>
#include <set>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using org::relance::ReminderPreviewRow;
using rtl::OUString;

class RemindersPanel final : public PanelContent {
public:
    explicit RemindersPanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        form.create("FixedText", "Count", {{"MultiLine", Any(true)}});
        form.create("ListBox", "Clients", {{"MultiSelection", Any(true)}, {"Border", Any(sal_Int16(1))}});
        form.create("Button", "LeaveOut", {{"Label", Any(texts.text("letters/leave_out"))}});
        form.create("Button", "Include", {{"Label", Any(texts.text("letters/include"))}});
        form.create("Button", "Write", {{"Label", Any(texts.text("sidebar/write_letters"))}});
        form.create("FixedText", "LastRun", {{"MultiLine", Any(true)}});
        form.full("Count");
        form.full("Clients", 8);
        form.buttons({"LeaveOut", "Include"});
        form.buttons({"Write"});
        form.full("LastRun");
        form.onButton("LeaveOut", [this, &form] { mark(form, true); });
        form.onButton("Include", [this, &form] { mark(form, false); });
        form.onButton("Write", [this, &form] { write(form); });
    }

    void refresh(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        try {
            const auto document = m_environment.document();
            const Reference<org::relance::XReminderRun> run(new uno::ReminderRun(m_environment.context));
            m_rows = run->previewReminders(document, Any());
            m_nullDate = uno::nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY));
            m_intervalDays = uno::readRunSettings(m_environment.context).policy.minimumIntervalDays;
        } catch (const css::lang::IllegalArgumentException& refused) {
            m_rows = {};
            form.setText("Count", refused.Message);
            showRows(form);
            return;
        }
        showRows(form);
        showCount(form);
        form.setText("LastRun", m_lastRun.isEmpty() ? OUString() : m_lastRun);
    }

private:
    bool due(const ReminderPreviewRow& row) const { return row.Reason.isEmpty(); }

    void showRows(PanelForm& form) const
    {
        const UiTexts& texts = *m_environment.texts;
        const OUString dash = uno::toOUString(" \u2014 ");
        Sequence<OUString> items(m_rows.getLength());
        for (sal_Int32 i = 0; i < m_rows.getLength(); ++i) {
            const ReminderPreviewRow& row = m_rows[i];
            OUString line;
            if (due(row)) {
                const bool leftOut = m_leftOut.count(row.Client) > 0;
                line = uno::toOUString(leftOut ? "\u2717 " : "\u2713 ") + row.Client + dash +
                       texts.text("levels/l" + std::to_string(std::clamp<sal_Int32>(row.Level, 1, 4))) + dash +
                       row.TotalDueText +
                       (row.Language.isEmpty() ? OUString() : " (" + texts.text("languages/" + uno::toUtf8(row.Language)) + ")");
            } else {
                line = uno::toOUString("\u2014 ") + row.Client + ": " + previewReasonText(row, texts, m_nullDate, m_intervalDays);
            }
            items.getArray()[i] = line;
        }
        form.model("Clients")->setPropertyValue("StringItemList", Any(items));
    }

    void showCount(PanelForm& form) const
    {
        long count = 0;
        for (const ReminderPreviewRow& row : m_rows)
            count += due(row) && !m_leftOut.count(row.Client);
        form.setText("Count", m_environment.texts->format("letters/count", MessageArguments().number("count", count)));
    }

    /// Leaves out (or takes back) the selected clients who are due a letter.
    void mark(PanelForm& form, bool leaveOut)
    {
        const Sequence<sal_Int16> selected =
            Reference<css::awt::XListBox>(form.control("Clients"), css::uno::UNO_QUERY_THROW)->getSelectedItemsPos();
        for (const sal_Int16 index : selected) {
            if (index < 0 || index >= m_rows.getLength() || !due(m_rows[index]))
                continue;
            if (leaveOut)
                m_leftOut.insert(m_rows[index].Client);
            else
                m_leftOut.erase(m_rows[index].Client);
        }
        showRows(form);
        showCount(form);
        Reference<css::awt::XListBox>(form.control("Clients"), css::uno::UNO_QUERY_THROW)->selectItemsPos(selected, true);
    }

    void write(PanelForm&)
    {
        std::vector<OUString> leftOut(m_leftOut.begin(), m_leftOut.end());
        css::beans::PropertyValue argument;
        argument.Name = "LeaveOut";
        argument.Value <<= Sequence<OUString>(leftOut.data(), static_cast<sal_Int32>(leftOut.size()));
        m_environment.dispatch("WriteLetters", Sequence<css::beans::PropertyValue>(&argument, 1), [this](const Any& result) {
            Sequence<css::beans::PropertyValue> values;
            result >>= values;
            OUString folder;
            Sequence<OUString> files;
            for (const auto& value : values) {
                if (value.Name == "Folder")
                    value.Value >>= folder;
                else if (value.Name == "Files")
                    value.Value >>= files;
            }
            OUString names;
            for (const OUString& file : files) {
                const OUString path = pathOfFileUrl(file);
                names += "\n" + path.copy(path.lastIndexOf('/') + 1);
            }
            m_lastRun = m_environment.texts->format(
                            "sidebar/last_run",
                            MessageArguments().number("count", files.getLength()).text("folder", uno::toUtf8(pathOfFileUrl(folder)))) +
                        names;
            m_leftOut.clear();
        });
    }

    const PanelEnvironment& m_environment;
    Sequence<ReminderPreviewRow> m_rows;
    std::set<OUString> m_leftOut;
    Date m_nullDate{1899, 12, 30};
    long m_intervalDays = 0;
    OUString m_lastRun;
};

} // namespace

std::unique_ptr<PanelContent> makeRemindersPanel(const PanelEnvironment& environment)
{
    return std::make_unique<RemindersPanel>(environment);
}

} // namespace relance::ui
