#pragma once
// Dialogs made of toolkit controls in C++: a model per control, laid out in
// appfont units (they scale with the UI font, as LibreOffice's own dialogs
// do), then shown modal over the document's window. The texts come from the
// UI catalogs; no dialog holds any business logic.
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>

namespace relance::ui {

/// A control's place in appfont units.
struct Place {
    sal_Int32 x, y, width, height;
};

using ControlProperties = std::initializer_list<std::pair<const char*, css::uno::Any>>;

class DialogBuilder {
public:
    DialogBuilder(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& title,
                  sal_Int32 width, sal_Int32 height);

    /// Adds a control of `type` ("FixedText", "Edit", "Button", "DateField",
    /// "ListBox", "CheckBox", "NumericField", "CurrencyField", "Grid", ...)
    /// called `name`, and returns its model.
    css::uno::Reference<css::beans::XPropertySet> add(const char* type, const char* name, Place place,
                                                      ControlProperties properties = {});

    /// Adds a button `label` that opens the manual's page on `topic` in the
    /// user's browser (ui/manual_page.hpp): LibreOffice cannot show an
    /// extension's help pages (docs/help-findings.md).
    void addHelpButton(Place place, const rtl::OUString& label, std::string topic);

    /// Creates the dialog's window over `frame`'s.
    css::uno::Reference<css::awt::XDialog> create(const css::uno::Reference<css::frame::XFrame>& frame);

    /// Runs `onAction` when the button `name` of the created dialog is pressed.
    void onButton(const char* name, std::function<void()> onAction);

    /// Runs `onChange` when another entry of the list box `name` is selected.
    void onSelect(const char* name, std::function<void()> onChange);

    /// The created control `name` (after create()).
    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    /// The model of the control `name`.
    css::uno::Reference<css::beans::XPropertySet> model(const char* name) const;

    css::uno::Reference<css::lang::XMultiServiceFactory> factory() const { return m_factory; }

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::lang::XMultiServiceFactory> m_factory;
    css::uno::Reference<css::container::XNameContainer> m_models;
    css::uno::Reference<css::awt::XControl> m_dialog;
    std::string m_helpTopic; ///< the manual's section the Help button opens; empty: no Help button
};

} // namespace relance::ui
