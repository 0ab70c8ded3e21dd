// The deck's Reminders panel: the letters dialog's list (who gets which
// letter, for how much, in which language, or why not), a way to leave
// clients out, the button that writes the letters, and what the last run
// wrote where.
#include "ui/sidebar/panels.hpp"

#include "ui/folder_field.hpp"
#include "ui/reminder_preview_list.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/reminder_run.hpp"
#include "uno/settings_reader.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XListBox.hpp>


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
        const auto list = form.create("ListBox", "Clients", {{"MultiSelection", Any(true)}, {"Border", Any(sal_Int16(1))}});
        form.create("Button", "LeaveOut", {{"Label", Any(texts.text("letters/leave_out"))}});
        form.create("Button", "Include", {{"Label", Any(texts.text("letters/include"))}});
        form.create("Button", "Write", {{"Label", Any(texts.text("sidebar/write_letters"))}});
        form.create("FixedText", "LastRun", {{"MultiLine", Any(true)}});
        form.full("Count");
        form.full("Clients", 8);
        form.buttons({"LeaveOut", "Include"});
        form.buttons({"Write"});
        form.full("LastRun");
        m_clients = std::make_unique<ReminderPreviewList>(texts, list, Date(1899, 12, 30), 0);
        form.onButton("LeaveOut", [this, &form] { mark(form, false); });
        form.onButton("Include", [this, &form] { mark(form, true); });
        form.onButton("Write", [this] { write(); });
    }

    void refresh(PanelForm& form) override
    {
        try {
            const auto document = m_environment.document();
            const Reference<org::relance::XReminderRun> run(new uno::ReminderRun(m_environment.context));
            const Sequence<ReminderPreviewRow> rows = run->previewReminders(document, Any());
            m_clients->setReasonContext(uno::nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY)),
                                        uno::readRunSettings(m_environment.context).policy.minimumIntervalDays);
            m_clients->show(rows);
            showCount(form);
        } catch (const css::lang::IllegalArgumentException& refused) {
            m_clients->show({});
            form.setText("Count", refused.Message);
        }
        form.setText("LastRun", m_lastRun);
        form.setVisible("LastRun", !m_lastRun.isEmpty());
    }

private:
    void showCount(PanelForm& form) const
    {
        form.setText("Count", m_environment.texts->format("letters/count",
                                                          MessageArguments().number("count", m_clients->letterCount())));
    }

    void mark(PanelForm& form, bool write)
    {
        m_clients->setWrites(
            Reference<css::awt::XListBox>(form.control("Clients"), css::uno::UNO_QUERY_THROW)->getSelectedItemsPos(), write);
        showCount(form);
    }

    void write()
    {
        const std::vector<OUString> leftOut = m_clients->leftOut();
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
            for (const OUString& file : files)
                names += "\n" + fileNameOfUrl(file);
            m_lastRun = m_environment.texts->format(
                            "sidebar/last_run",
                            MessageArguments().number("count", files.getLength()).text("folder", uno::toUtf8(pathOfFileUrl(folder)))) +
                        names;
        });
    }

    const PanelEnvironment& m_environment;
    std::unique_ptr<ReminderPreviewList> m_clients;
    OUString m_lastRun;
};

} // namespace

std::unique_ptr<PanelContent> makeRemindersPanel(const PanelEnvironment& environment)
{
    return std::make_unique<RemindersPanel>(environment);
}

} // namespace relance::ui
