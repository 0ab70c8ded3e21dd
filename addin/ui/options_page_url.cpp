#include "ui/options_page_url.hpp"

#include "uno/extension_folder.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <osl/file.hxx>

namespace relance::ui {

rtl::OUString optionsPageUrl(OptionsPage page)
{
    const std::string file = page == OptionsPage::Letterhead ? "/dialogs/OptionsLetterhead.xdl"
                                                             : "/dialogs/OptionsReminders.xdl";
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(uno::toOUString(uno::extensionFolder() + file), url);
    return url;
}

void openOptionsPage(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, OptionsPage page)
{
    // .uno:OptionsTreeDialog selects the extension page whose (expanded) file
    // URL equals OptionsPageURL (cui's OfaTreeOptionsDialog::ActivatePage).
    css::beans::PropertyValue pageUrl;
    pageUrl.Name = "OptionsPageURL";
    pageUrl.Value <<= optionsPageUrl(page);
    css::frame::DispatchHelper::create(context)->executeDispatch(
        css::uno::Reference<css::frame::XDispatchProvider>(frame, css::uno::UNO_QUERY_THROW), ".uno:OptionsTreeDialog",
        "", 0, css::uno::Sequence<css::beans::PropertyValue>(&pageUrl, 1));
}

} // namespace relance::ui
