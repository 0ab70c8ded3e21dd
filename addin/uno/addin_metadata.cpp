// What the Function Wizard shows, answered from the function catalog.
#include "uno/relance_addin.hpp"
#include "uno/text_conversion.hpp"
#include "uno/ui_language.hpp"

#include <cppuhelper/supportsservice.hxx>

namespace relance::uno {

namespace {

OUString fromUtf8(std::string_view text) { return toOUString(text); }

const catalog::Function* functionNamed(const OUString& programmaticName)
{
    return catalog::findFunction(toUtf8(programmaticName));
}

// Calc counts arguments with the hidden document options at position 0.
const catalog::Parameter* parameterAt(const catalog::Function* function, sal_Int32 argument)
{
    if (!function || argument < 1 || argument > static_cast<sal_Int32>(function->parameters.size()))
        return nullptr;
    return &function->parameters[static_cast<std::size_t>(argument - 1)];
}

} // namespace

catalog::Language RelanceAddIn::language() const
{
    std::lock_guard<std::mutex> lock(m_localeMutex);
    return catalog::languageFromLocale(toUtf8(m_locale.Language));
}

std::string RelanceAddIn::uiLanguage() const
{
    std::lock_guard<std::mutex> lock(m_localeMutex);
    if (!m_officeUiLanguage)
        m_officeUiLanguage = officeUiLanguage(m_context);
    return m_officeUiLanguage->empty() ? toUtf8(m_locale.Language) : *m_officeUiLanguage;
}

OUString RelanceAddIn::getProgrammaticFuntionName(const OUString& displayName)
{
    const std::string wanted = toUtf8(displayName);
    for (const catalog::Function& function : catalog::functions())
        for (const auto* name : {&function.displayName.english, &function.displayName.french,
                                 &function.displayName.german})
            if (*name == wanted)
                return fromUtf8(function.programmaticName);
    return OUString();
}

OUString RelanceAddIn::getDisplayFunctionName(const OUString& programmaticName)
{
    const catalog::Function* function = functionNamed(programmaticName);
    return function ? fromUtf8(function->displayName.in(language())) : OUString();
}

OUString RelanceAddIn::getFunctionDescription(const OUString& programmaticName)
{
    const catalog::Function* function = functionNamed(programmaticName);
    return function ? fromUtf8(function->description.in(language())) : OUString();
}

OUString RelanceAddIn::getDisplayArgumentName(const OUString& programmaticName, sal_Int32 argument)
{
    const catalog::Parameter* parameter = parameterAt(functionNamed(programmaticName), argument);
    return parameter ? fromUtf8(parameter->displayName.in(language())) : OUString();
}

OUString RelanceAddIn::getArgumentDescription(const OUString& programmaticName, sal_Int32 argument)
{
    const catalog::Parameter* parameter = parameterAt(functionNamed(programmaticName), argument);
    return parameter ? fromUtf8(parameter->description.in(language())) : OUString();
}

OUString RelanceAddIn::getProgrammaticCategoryName(const OUString& programmaticName)
{
    const catalog::Function* function = functionNamed(programmaticName);
    return function ? fromUtf8(function->category) : OUString("Add-In");
}

OUString RelanceAddIn::getDisplayCategoryName(const OUString& programmaticName)
{
    return getProgrammaticCategoryName(programmaticName);
}

OUString RelanceAddIn::getServiceName() { return fromUtf8(catalog::serviceName); }

OUString RelanceAddIn::getImplementationName()
{
    return fromUtf8(catalog::implementationName);
}

sal_Bool RelanceAddIn::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<OUString> RelanceAddIn::getSupportedServiceNames() { return supportedServiceNames(); }

css::uno::Sequence<OUString> supportedServiceNames()
{
    const OUString names[] = {toOUString(catalog::serviceName), OUString("com.sun.star.sheet.AddIn")};
    return css::uno::Sequence<OUString>(names, 2);
}

void RelanceAddIn::setLocale(const css::lang::Locale& locale)
{
    std::lock_guard<std::mutex> lock(m_localeMutex);
    m_locale = locale;
}

css::lang::Locale RelanceAddIn::getLocale()
{
    std::lock_guard<std::mutex> lock(m_localeMutex);
    return m_locale;
}

} // namespace relance::uno
