// Relance ▸ Help (vnd.relance:Help): the manual's page in the user's browser,
// at the section on Topic (letters, payment-plan, settings, template,
// troubleshooting, or a function's English name such as DAYSLATE) or, without
// it, on the Relance function the selected cell's formula calls: Calc gives
// an extension's functions no help of their own (docs/help-findings.md).
// Silent, it returns the page's URL without opening it.
#include "catalog/function_help_topic.hpp"
#include "ui/command_table.hpp"
#include "ui/manual_page.hpp"
#include "ui/ui_language.hpp"
#include "uno/extension_folder.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace relance::ui {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

/// The function the selected cell (the top left one of a selected range) calls, or "".
std::string topicOfSelectedCell(const Reference<css::frame::XFrame>& frame)
{
    try {
        const Reference<css::view::XSelectionSupplier> selection(frame.is() ? frame->getController() : nullptr,
                                                                 UNO_QUERY);
        if (!selection.is())
            return {};
        const css::uno::Any selected = selection->getSelection();
        Reference<css::table::XCell> cell(selected, UNO_QUERY);
        if (const Reference<css::table::XCellRange> range{selected, UNO_QUERY}; !cell.is() && range.is())
            cell = range->getCellByPosition(0, 0);
        return cell.is() ? catalog::functionHelpTopic(uno::toUtf8(cell->getFormula())) : std::string();
    } catch (const css::uno::Exception&) { // no cell selected (a drawing, a chart): the whole manual
        return {};
    }
}

} // namespace

css::uno::Any helpCommand(const CommandCall& call)
{
    rtl::OUString topic;
    call.argument("Topic") >>= topic;
    const std::string section = topic.isEmpty() ? topicOfSelectedCell(call.frame()) : uno::toUtf8(topic);
    if (!call.interactive())
        return css::uno::Any(manualPageUrl(uno::extensionFolder(), uiLanguage(call.context()), section));
    return css::uno::Any(openManualPage(call.context(), section));
}

} // namespace relance::ui
