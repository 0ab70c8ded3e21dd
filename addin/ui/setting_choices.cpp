#include "ui/setting_choices.hpp"

#include <com/sun/star/uno/Sequence.hxx>

namespace relance::ui {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

void showChoices(const css::uno::Reference<css::beans::XPropertySet>& model, const Choice* choices, std::size_t count,
                 const OUString& current, const UiTexts& texts)
{
    Sequence<OUString> items(static_cast<sal_Int32>(count));
    sal_Int16 selected = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const OUString code = OUString::createFromAscii(choices[i].value);
        items.getArray()[i] = choices[i].label ? texts.text(choices[i].label) : code;
        if (code.equalsIgnoreAsciiCase(current.trim()))
            selected = static_cast<sal_Int16>(i);
    }
    model->setPropertyValue("StringItemList", Any(items));
    model->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&selected, 1)));
}

OUString chosenValue(const css::uno::Reference<css::beans::XPropertySet>& model, const Choice* choices, std::size_t count)
{
    Sequence<sal_Int16> selected;
    model->getPropertyValue("SelectedItems") >>= selected;
    const std::size_t index = selected.hasElements() && selected[0] >= 0 ? std::size_t(selected[0]) : 0;
    return index < count ? OUString::createFromAscii(choices[index].value) : OUString();
}

} // namespace relance::ui
