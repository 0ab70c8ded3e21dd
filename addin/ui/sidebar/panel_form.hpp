#pragma once
// A sidebar panel's controls, laid out to the sidebar's width in pixels: the
// sidebar may be made narrow or wide at any time, so nothing is placed once
// and for all (as in a dialog) -- every layout() places the lines again.
//   - a full line (a heading, a message that wraps, a list);
//   - a pair: label and field side by side when there is room, the label
//     above the field when there is not;
//   - a button row that wraps onto as many rows as it needs;
//   - a bar: label, bar, amount (the overview's aging chart).
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace relance::ui {

using PanelProperties = std::initializer_list<std::pair<const char*, css::uno::Any>>;

class PanelForm {
public:
    /// The panel's window, a child of `parent` (the sidebar's place for it).
    PanelForm(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::awt::XWindow>& parent);

    /// A control of `type` ("FixedText", "Button", "ListBox", "Edit",
    /// "DateField", "NumericField", "CheckBox", "ProgressBar"...) named
    /// `name`, not yet on any line; returns its model.
    css::uno::Reference<css::beans::XPropertySet> create(const char* type, const std::string& name,
                                                         PanelProperties properties = {});

    /// Lines, top to bottom. A full line may hold a list box `rows` text rows
    /// high; a text (FixedText with MultiLine) wraps to the width.
    void full(const std::string& name, int rows = 1);
    void pair(const std::string& label, const std::string& field);
    void buttons(std::vector<std::string> names);
    void bar(const std::string& label, const std::string& bar, const std::string& amount);
    void gap();

    /// Places every line for `width` pixels and returns the height used.
    sal_Int32 layout(sal_Int32 width);
    /// The height layout(width) would use.
    sal_Int32 heightFor(sal_Int32 width);

    css::uno::Reference<css::awt::XControl> control(const std::string& name) const;
    css::uno::Reference<css::beans::XPropertySet> model(const std::string& name) const;
    void setText(const std::string& name, const rtl::OUString& text) const;
    void setVisible(const std::string& name, bool visible);

    void onButton(const std::string& name, std::function<void()> action) const;
    void onSelect(const std::string& name, std::function<void()> change) const;
    /// Runs `change` whenever the text of the field `name` changes (typing, spinning).
    void onEdit(const std::string& name, std::function<void()> change) const;

    css::uno::Reference<css::awt::XWindow> window() const;
    void dispose();

private:
    enum class LineKind { Full, Pair, Buttons, Bar, Gap };
    struct Line {
        LineKind kind;
        std::vector<std::string> names;
        int rows = 1;
    };

    css::awt::Size preferred(const std::string& name) const;
    sal_Int32 textHeight(const std::string& name, sal_Int32 width) const;
    /// The height of a label or check box at `width`, wrapped when it does not fit.
    sal_Int32 wrappedHeight(const std::string& name, sal_Int32 width) const;
    sal_Int32 place(sal_Int32 width, bool apply);
    void put(const std::string& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height, bool apply) const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::awt::XControlContainer> m_container;
    std::vector<Line> m_lines;
    std::set<std::string> m_hidden; ///< controls setVisible(false) hid: their lines take no room
};

} // namespace relance::ui
