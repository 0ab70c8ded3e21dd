// Relance ▸ Settings…: Tools ▸ Options opened at Relance's page.
#include "ui/command_table.hpp"
#include "ui/options_page_url.hpp"

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>

namespace relance::ui {

css::uno::Any settingsCommand(const CommandCall& call)
{
    if (!call.interactive())
        return css::uno::Any(optionsPageUrl(OptionsPage::Letterhead));
    openOptionsPage(call.context(), call.frame(), OptionsPage::Letterhead);
    return css::uno::Any(true);
}

} // namespace relance::ui
