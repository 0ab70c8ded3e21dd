#include "ui/sidebar/panel_form.hpp"

#include "ui/control_listeners.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <algorithm>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

constexpr sal_Int32 margin = 6;   ///< around the panel's content
constexpr sal_Int32 spacing = 4;  ///< between lines and between controls on a line
constexpr sal_Int32 minimumField = 90; ///< a field narrower than this goes below its label
constexpr sal_Int32 minimumBar = 40;
constexpr const char* lineProbe = "LineHeightProbe";

Reference<css::uno::XInterface> created(const Reference<css::uno::XComponentContext>& context, const OUString& service)
{
    return context->getServiceManager()->createInstanceWithContext(service, context);
}

} // namespace

PanelForm::PanelForm(const Reference<css::uno::XComponentContext>& context, const Reference<css::awt::XWindow>& parent)
    : m_context(context)
{
    const Reference<css::awt::XControl> container(created(context, "com.sun.star.awt.UnoControlContainer"),
                                                  UNO_QUERY_THROW);
    container->setModel(Reference<css::awt::XControlModel>(
        created(context, "com.sun.star.awt.UnoControlContainerModel"), UNO_QUERY_THROW));
    container->createPeer(Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW),
                          Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW));
    m_container.set(container, UNO_QUERY_THROW);
    const css::awt::Rectangle area = parent->getPosSize();
    window()->setPosSize(0, 0, area.Width, area.Height, css::awt::PosSize::POSSIZE);
    window()->setVisible(true);
    // The height of a line of text in the UI font: a list's rows are that high.
    create("FixedText", lineProbe, {{"Label", Any(OUString("Ag"))}});
    setVisible(lineProbe, false);
}

Reference<css::beans::XPropertySet> PanelForm::create(const char* type, const std::string& name,
                                                      PanelProperties properties)
{
    const OUString service = "com.sun.star.awt.UnoControl" + OUString::createFromAscii(type);
    const Reference<css::beans::XPropertySet> model(created(m_context, service + "Model"), UNO_QUERY_THROW);
    for (const auto& [property, value] : properties)
        model->setPropertyValue(OUString::createFromAscii(property), value);
    const Reference<css::awt::XControl> control(created(m_context, service), UNO_QUERY_THROW);
    control->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    m_container->addControl(uno::toOUString(name), control);
    return model;
}

void PanelForm::full(const std::string& name, int rows) { m_lines.push_back({LineKind::Full, {name}, rows}); }
void PanelForm::pair(const std::string& label, const std::string& field) { m_lines.push_back({LineKind::Pair, {label, field}}); }
void PanelForm::buttons(std::vector<std::string> names) { m_lines.push_back({LineKind::Buttons, std::move(names)}); }
void PanelForm::bar(const std::string& label, const std::string& bar, const std::string& amount)
{
    m_lines.push_back({LineKind::Bar, {label, bar, amount}});
}
void PanelForm::gap() { m_lines.push_back({LineKind::Gap, {}}); }

Reference<css::awt::XControl> PanelForm::control(const std::string& name) const
{
    return m_container->getControl(uno::toOUString(name));
}

Reference<css::beans::XPropertySet> PanelForm::model(const std::string& name) const
{
    return Reference<css::beans::XPropertySet>(control(name)->getModel(), UNO_QUERY_THROW);
}

void PanelForm::setText(const std::string& name, const OUString& text) const
{
    const Reference<css::beans::XPropertySet> properties = model(name);
    properties->setPropertyValue(properties->getPropertySetInfo()->hasPropertyByName("Label") ? OUString("Label")
                                                                                              : OUString("Text"),
                                 Any(text));
}

void PanelForm::setVisible(const std::string& name, bool visible)
{
    if (visible)
        m_hidden.erase(name);
    else
        m_hidden.insert(name);
    Reference<css::awt::XWindow>(control(name), UNO_QUERY_THROW)->setVisible(visible);
}

void PanelForm::onButton(const std::string& name, std::function<void()> action) const
{
    Reference<css::awt::XButton>(control(name), UNO_QUERY_THROW)->addActionListener(new ButtonAction(std::move(action)));
}

void PanelForm::onSelect(const std::string& name, std::function<void()> change) const
{
    Reference<css::awt::XListBox>(control(name), UNO_QUERY_THROW)->addItemListener(new SelectionChange(std::move(change)));
}

void PanelForm::onEdit(const std::string& name, std::function<void()> change) const
{
    Reference<css::awt::XTextComponent>(control(name), UNO_QUERY_THROW)->addTextListener(new TextChange(std::move(change)));
}

Reference<css::awt::XWindow> PanelForm::window() const { return Reference<css::awt::XWindow>(m_container, UNO_QUERY_THROW); }

void PanelForm::dispose()
{
    if (const Reference<css::lang::XComponent> component{m_container, UNO_QUERY}; component.is())
        component->dispose();
    m_container.clear();
}

css::awt::Size PanelForm::preferred(const std::string& name) const
{
    const Reference<css::awt::XLayoutConstrains> constraints(control(name), UNO_QUERY);
    return constraints.is() ? constraints->getPreferredSize() : css::awt::Size(80, 20);
}

sal_Int32 PanelForm::textHeight(const std::string& name, sal_Int32 width) const
{
    // A wrapping label's preferred size is that of its longest paragraph on
    // one line: count the lines it takes at `width`, with a margin for the
    // words that do not fit at a line's end.
    const css::awt::Size size = preferred(name);
    OUString text;
    model(name)->getPropertyValue("Label") >>= text;
    sal_Int32 paragraphs = 1;
    for (sal_Int32 index = 0; (index = text.indexOf('\n', index)) >= 0; ++index)
        ++paragraphs;
    const sal_Int32 lineHeight = std::max<sal_Int32>(1, size.Height / paragraphs);
    const sal_Int32 linesEach = std::max<sal_Int32>(1, (size.Width * 11 / 10 + width - 1) / std::max<sal_Int32>(width, 1));
    return lineHeight * paragraphs * linesEach;
}

sal_Int32 PanelForm::wrappedHeight(const std::string& name, sal_Int32 width) const
{
    const css::awt::Size size = preferred(name);
    const Reference<css::beans::XPropertySet> properties = model(name);
    const Reference<css::beans::XPropertySetInfo> info = properties->getPropertySetInfo();
    if (!info->hasPropertyByName("MultiLine") || !info->hasPropertyByName("Label"))
        return size.Height;
    const bool wraps = properties->getPropertyValue("MultiLine").get<bool>();
    if (!wraps && size.Width <= width)
        return size.Height;
    if (!wraps) // a label or check box too long for the width: let it wrap
        properties->setPropertyValue("MultiLine", Any(true));
    // A check box's text starts right of its box.
    constexpr sal_Int32 checkBoxIndent = 20;
    return textHeight(name, info->hasPropertyByName("State") ? width - checkBoxIndent : width);
}

void PanelForm::put(const std::string& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height,
                    bool apply) const
{
    if (apply)
        Reference<css::awt::XWindow>(control(name), UNO_QUERY_THROW)
            ->setPosSize(x, y, std::max<sal_Int32>(width, 1), std::max<sal_Int32>(height, 1), css::awt::PosSize::POSSIZE);
}

sal_Int32 PanelForm::place(sal_Int32 width, bool apply)
{
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * margin, 40);
    // Labels of pairs and of bars share a column, so that fields line up.
    sal_Int32 labelColumn = 0, barLabelColumn = 0, amountColumn = 0;
    for (const Line& line : m_lines) {
        if (line.kind == LineKind::Pair)
            labelColumn = std::max(labelColumn, preferred(line.names[0]).Width);
        if (line.kind == LineKind::Bar) {
            barLabelColumn = std::max(barLabelColumn, preferred(line.names[0]).Width);
            amountColumn = std::max(amountColumn, preferred(line.names[2]).Width);
        }
    }
    const bool pairsSideBySide = labelColumn + spacing + minimumField <= inner;
    const bool barsOnOneLine = barLabelColumn + amountColumn + 2 * spacing + minimumBar <= inner;
    sal_Int32 y = margin;
    for (const Line& line : m_lines) {
        const bool hidden = line.kind != LineKind::Gap &&
                            std::all_of(line.names.begin(), line.names.end(),
                                        [this](const std::string& name) { return m_hidden.count(name) > 0; });
        if (hidden)
            continue;
        switch (line.kind) {
        case LineKind::Gap:
            y += 2 * spacing;
            continue;
        case LineKind::Full: {
            const std::string& name = line.names[0];
            const sal_Int32 height = line.rows > 1 ? line.rows * (preferred(lineProbe).Height + 2) + 6
                                                   : wrappedHeight(name, inner);
            put(name, margin, y, inner, height, apply);
            y += height + spacing;
            break;
        }
        case LineKind::Pair: {
            const css::awt::Size label = preferred(line.names[0]);
            const css::awt::Size field = preferred(line.names[1]);
            if (pairsSideBySide) {
                const sal_Int32 height = std::max(label.Height, field.Height);
                put(line.names[0], margin, y + (height - label.Height) / 2, labelColumn, label.Height, apply);
                put(line.names[1], margin + labelColumn + spacing, y, inner - labelColumn - spacing, field.Height, apply);
                y += height + spacing;
            } else {
                const sal_Int32 labelHeight = wrappedHeight(line.names[0], inner);
                put(line.names[0], margin, y, inner, labelHeight, apply);
                y += labelHeight + 1;
                put(line.names[1], margin, y, inner, field.Height, apply);
                y += field.Height + spacing;
            }
            break;
        }
        case LineKind::Buttons: {
            sal_Int32 x = margin, rowHeight = 0;
            for (const std::string& name : line.names) {
                const css::awt::Size size = preferred(name);
                const sal_Int32 buttonWidth = std::min(inner, size.Width + 12);
                if (x > margin && x + buttonWidth > margin + inner) {
                    x = margin;
                    y += rowHeight + spacing;
                    rowHeight = 0;
                }
                put(name, x, y, buttonWidth, size.Height, apply);
                x += buttonWidth + spacing;
                rowHeight = std::max(rowHeight, size.Height);
            }
            y += rowHeight + spacing;
            break;
        }
        case LineKind::Bar: {
            const css::awt::Size label = preferred(line.names[0]);
            const css::awt::Size amount = preferred(line.names[2]);
            const sal_Int32 height = std::max(label.Height, amount.Height);
            sal_Int32 barX = margin + barLabelColumn + spacing;
            if (!barsOnOneLine) {
                const sal_Int32 labelHeight = wrappedHeight(line.names[0], inner);
                put(line.names[0], margin, y, inner, labelHeight, apply);
                y += labelHeight + 1;
                barX = margin;
            } else {
                put(line.names[0], margin, y, barLabelColumn, label.Height, apply);
            }
            const sal_Int32 barWidth = std::max<sal_Int32>(margin + inner - amountColumn - spacing - barX, 10);
            put(line.names[1], barX, y + 2, barWidth, height - 4, apply);
            put(line.names[2], margin + inner - amountColumn, y, amountColumn, amount.Height, apply);
            y += height + spacing;
            break;
        }
        }
    }
    return y + margin - spacing;
}

sal_Int32 PanelForm::layout(sal_Int32 width)
{
    const sal_Int32 height = place(width, true);
    window()->setPosSize(0, 0, width, height, css::awt::PosSize::SIZE);
    return height;
}

sal_Int32 PanelForm::heightFor(sal_Int32 width) { return place(width, false); }

} // namespace relance::ui
