// vnd.relance:Help: the manual's page on a topic (Topic=letters,
// payment-plan, settings, template, troubleshooting, a function's name such
// as DAYSLATE; the whole manual without it) in the user's browser. Silent,
// it returns the page's URL without opening it.
#include "ui/command_table.hpp"
#include "ui/manual_page.hpp"
#include "ui/ui_language.hpp"
#include "uno/extension_folder.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

css::uno::Any helpCommand(const CommandCall& call)
{
    rtl::OUString topic;
    call.argument("Topic") >>= topic;
    const std::string section = uno::toUtf8(topic);
    if (!call.interactive())
        return css::uno::Any(manualPageUrl(uno::extensionFolder(), uiLanguage(call.context()), section));
    return css::uno::Any(openManualPage(call.context(), section));
}

} // namespace relance::ui
