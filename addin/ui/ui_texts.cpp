#include "ui/ui_texts.hpp"

#include "core/error.hpp"
#include "ui/ui_language.hpp"
#include "uno/extension_folder.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

UiTexts::UiTexts(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_catalog(uno::extensionFolder() + "/ui", uiLanguage(context))
{
}

rtl::OUString UiTexts::format(std::string_view key, const MessageArguments& arguments) const
{
    const std::string fullKey(key);
    try {
        return uno::toOUString(m_catalog.format(fullKey, arguments));
    } catch (const InvalidArgument&) {
        return uno::toOUString(fullKey);
    }
}

rtl::OUString UiTexts::text(std::string_view key) const { return format(key, MessageArguments()); }

} // namespace relance::ui
