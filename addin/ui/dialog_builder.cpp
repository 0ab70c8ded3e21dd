#include "ui/dialog_builder.hpp"

#include "ui/control_listeners.hpp"
#include "ui/manual_page.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <algorithm>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

/// "Edit" -> com.sun.star.awt.UnoControlEditModel; the grid lives in a module of its own.
OUString modelService(const char* type)
{
    const OUString name = OUString::createFromAscii(type);
    return name == "Grid" ? OUString("com.sun.star.awt.grid.UnoControlGridModel")
                          : "com.sun.star.awt.UnoControl" + name + "Model";
}

/// In the middle of the document's window, as LibreOffice places its own dialogs.
void centerOver(const Reference<css::awt::XWindow>& dialog, const Reference<css::frame::XFrame>& frame)
{
    const Reference<css::awt::XWindow> parent = frame.is() ? frame->getContainerWindow() : nullptr;
    if (!parent.is())
        return;
    const css::awt::Rectangle outer = parent->getPosSize();
    const css::awt::Rectangle own = dialog->getPosSize();
    dialog->setPosSize(outer.X + std::max<sal_Int32>(0, (outer.Width - own.Width) / 2),
                       outer.Y + std::max<sal_Int32>(0, (outer.Height - own.Height) / 2), 0, 0,
                       css::awt::PosSize::POS);
}

} // namespace

DialogBuilder::DialogBuilder(const Reference<css::uno::XComponentContext>& context, const OUString& title,
                             sal_Int32 width, sal_Int32 height)
    : m_context(context)
{
    m_factory.set(context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel",
                                                                          context),
                  UNO_QUERY_THROW);
    const Reference<css::beans::XPropertySet> dialog(m_factory, UNO_QUERY_THROW);
    dialog->setPropertyValue("Title", Any(title));
    dialog->setPropertyValue("Width", Any(width));
    dialog->setPropertyValue("Height", Any(height));
    dialog->setPropertyValue("Moveable", Any(true));
    dialog->setPropertyValue("Closeable", Any(true));
    m_models.set(m_factory, UNO_QUERY_THROW);
}

Reference<css::beans::XPropertySet> DialogBuilder::add(const char* type, const char* name, Place place,
                                                       ControlProperties properties)
{
    const Reference<css::beans::XPropertySet> model(
        m_factory->createInstance(modelService(type)),
        UNO_QUERY_THROW);
    model->setPropertyValue("PositionX", Any(place.x));
    model->setPropertyValue("PositionY", Any(place.y));
    model->setPropertyValue("Width", Any(place.width));
    model->setPropertyValue("Height", Any(place.height));
    model->setPropertyValue("Name", Any(OUString::createFromAscii(name)));
    for (const auto& [property, value] : properties)
        model->setPropertyValue(OUString::createFromAscii(property), value);
    m_models->insertByName(OUString::createFromAscii(name), Any(model));
    return model;
}

Reference<css::awt::XDialog> DialogBuilder::create(const Reference<css::frame::XFrame>& frame)
{
    m_dialog.set(m_context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog",
                                                                           m_context),
                 UNO_QUERY_THROW);
    m_dialog->setModel(Reference<css::awt::XControlModel>(m_factory, UNO_QUERY_THROW));
    const Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr,
                                                  css::uno::UNO_QUERY);
    m_dialog->createPeer(Reference<css::awt::XToolkit>(css::awt::Toolkit::create(m_context), UNO_QUERY_THROW), parent);
    centerOver(Reference<css::awt::XWindow>(m_dialog, UNO_QUERY_THROW), frame);
    if (!m_helpTopic.empty())
        onButton("Help", [context = m_context, topic = m_helpTopic] {
            try {
                openManualPage(context, topic);
            } catch (...) { // no browser: the button does nothing rather than close the dialog
            }
        });
    return Reference<css::awt::XDialog>(m_dialog, UNO_QUERY_THROW);
}

void DialogBuilder::addHelpButton(Place place, const OUString& label, std::string topic)
{
    add("Button", "Help", place, {{"Label", Any(label)}});
    m_helpTopic = std::move(topic);
}

void DialogBuilder::onButton(const char* name, std::function<void()> onAction)
{
    Reference<css::awt::XButton>(control(name), UNO_QUERY_THROW)
        ->addActionListener(new ButtonAction(std::move(onAction)));
}

void DialogBuilder::onSelect(const char* name, std::function<void()> onChange)
{
    Reference<css::awt::XListBox>(control(name), UNO_QUERY_THROW)
        ->addItemListener(new SelectionChange(std::move(onChange)));
}

Reference<css::awt::XControl> DialogBuilder::control(const char* name) const
{
    return Reference<css::awt::XControlContainer>(m_dialog, UNO_QUERY_THROW)->getControl(OUString::createFromAscii(name));
}

Reference<css::beans::XPropertySet> DialogBuilder::model(const char* name) const
{
    return Reference<css::beans::XPropertySet>(m_models->getByName(OUString::createFromAscii(name)), UNO_QUERY_THROW);
}

} // namespace relance::ui
