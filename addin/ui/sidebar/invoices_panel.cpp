// The deck's Invoices panel: which column the register reader takes each
// field from, each correctable from a list of the sheet's headers. The
// corrected mapping is kept in the document by the RegisterMapping command,
// so every command and the next session read the register with it; a
// register the reader cannot understand is explained here, not in an error box.
#include "ui/sidebar/panels.hpp"

#include "core/error.hpp"
#include "core/register_mapping.hpp"
#include "ui/overview_texts.hpp"
#include "uno/register_overview_reading.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/XListBox.hpp>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

std::string fieldControl(RegisterField field) { return "Field_" + std::string(fieldKey(field)); }

class InvoicesPanel final : public PanelContent {
public:
    explicit InvoicesPanel(const PanelEnvironment& environment) : m_environment(environment) {}

    void build(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        form.create("FixedText", "Status", {{"MultiLine", Any(true)}});
        form.full("Status");
        for (const RegisterField field : allRegisterFields()) {
            form.create("FixedText", fieldControl(field) + "Label",
                        {{"Label", Any(uno::toOUString(fieldLabel(field, texts.catalog())))}});
            form.create("ListBox", fieldControl(field), {{"Dropdown", Any(true)}, {"LineCount", Any(sal_Int16(12))}});
            form.pair(fieldControl(field) + "Label", fieldControl(field));
        }
        form.create("FixedText", "Result", {{"MultiLine", Any(true)}});
        form.create("Button", "Save", {{"Label", Any(texts.text("sidebar/save_mapping"))}});
        form.create("Button", "Reset", {{"Label", Any(texts.text("sidebar/reset_mapping"))}});
        form.full("Result");
        form.buttons({"Save", "Reset"});
        form.onButton("Save", [this, &form] { save(form); });
        form.onButton("Reset", [this, &form] {
            form.setText("Result", OUString());
            css::beans::PropertyValue clear;
            clear.Name = "Clear";
            clear.Value <<= true;
            m_environment.dispatch("RegisterMapping", Sequence<css::beans::PropertyValue>(&clear, 1));
        });
    }

    void refresh(PanelForm& form) override
    {
        const UiTexts& texts = *m_environment.texts;
        const auto document = m_environment.document();
        m_view = document.is() ? uno::describeRegisterColumns(document) : uno::RegisterColumnsView{};
        Sequence<OUString> items(static_cast<sal_Int32>(m_view.headers.size()) + 1);
        items.getArray()[0] = texts.text("sidebar/no_column");
        for (std::size_t i = 0; i < m_view.headers.size(); ++i)
            items.getArray()[i + 1] = uno::toOUString(m_view.headers[i].letters + ": " + m_view.headers[i].text);
        for (const uno::FieldColumn& field : m_view.fields) {
            const auto model = form.model(fieldControl(field.field));
            model->setPropertyValue("StringItemList", Any(items));
            sal_Int16 selected = 0;
            for (std::size_t i = 0; i < m_view.headers.size(); ++i)
                if (field.column && m_view.headers[i].column == *field.column)
                    selected = static_cast<sal_Int16>(i + 1);
            model->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&selected, 1)));
        }
        OUString status;
        if (!m_view.sheet.empty())
            status = texts.format(m_view.source == LayoutSource::StoredMapping ? "sidebar/mapping_stored"
                                                                              : "sidebar/mapping_detected",
                                  MessageArguments().text("sheet", m_view.sheet));
        if (m_view.problem)
        {
            if (!status.isEmpty())
                status += "\n";
            status += uno::toOUString(registerProblemText(*m_view.problem, texts.catalog()));
        }
        form.setText("Status", status);
    }

private:
    void save(PanelForm& form)
    {
        const UiTexts& texts = *m_environment.texts;
        const auto document = m_environment.document();
        if (!document.is() || !m_view.headerRow) {
            form.setText("Result", texts.text("sidebar/no_header_row"));
            m_environment.relayout();
            return;
        }
        RegisterLayout layout;
        layout.headerRow = *m_view.headerRow;
        try {
            for (const RegisterField field : allRegisterFields()) {
                const sal_Int16 index =
                    Reference<css::awt::XListBox>(form.control(fieldControl(field)), css::uno::UNO_QUERY_THROW)->getSelectedItemPos();
                if (index >= 1 && static_cast<std::size_t>(index) <= m_view.headers.size())
                    layout.columns.assign(field, m_view.headers[static_cast<std::size_t>(index - 1)].column);
            }
        } catch (const InvalidArgument&) { // one column chosen for two fields
            form.setText("Result", texts.text("sidebar/column_twice"));
            m_environment.relayout();
            return;
        }
        css::beans::PropertyValue mapping;
        mapping.Name = "Mapping";
        mapping.Value <<= uno::toOUString(registerMappingText(layout));
        m_environment.dispatch("RegisterMapping", Sequence<css::beans::PropertyValue>(&mapping, 1),
                               [&form, &texts](const Any&) { form.setText("Result", texts.text("sidebar/mapping_saved")); });
    }

    const PanelEnvironment& m_environment;
    uno::RegisterColumnsView m_view;
};

} // namespace

std::unique_ptr<PanelContent> makeInvoicesPanel(const PanelEnvironment& environment)
{
    return std::make_unique<InvoicesPanel>(environment);
}

} // namespace relance::ui
