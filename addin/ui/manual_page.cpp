#include "ui/manual_page.hpp"

#include "ui/folder_field.hpp"
#include "ui/ui_language.hpp"
#include "uno/extension_folder.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>

#include <array>

namespace relance::ui {

std::string_view manualLanguage(std::string_view uiLanguage)
{
    static constexpr std::array<std::string_view, 3> written{"en", "fr", "de"};
    for (const std::string_view language : written)
        if (language == uiLanguage)
            return language;
    return "en";
}

rtl::OUString manualPageUrl(const std::string& folder, std::string_view uiLanguage, std::string_view topic)
{
    std::string path = folder + "/manual/" + std::string(manualLanguage(uiLanguage)) + ".html";
    rtl::OUString url = fileUrlOfPath(uno::toOUString(path));
    if (!topic.empty())
        url += "#" + uno::toOUString(topic);
    return url;
}

rtl::OUString openManualPage(const css::uno::Reference<css::uno::XComponentContext>& context,
                             std::string_view topic)
{
    const rtl::OUString url = manualPageUrl(uno::extensionFolder(), uiLanguage(context), topic);
    css::system::SystemShellExecute::create(context)->execute(url, rtl::OUString(),
                                                              css::system::SystemShellExecuteFlags::URIS_ONLY);
    return url;
}

} // namespace relance::ui
