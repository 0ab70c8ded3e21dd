#pragma once
// The add-in component Calc instantiates: the function interface from the IDL
// plus the metadata interfaces (XAddIn, XServiceName, XServiceInfo,
// XLocalizable) that LibreOffice's add-in collection reads. The function
// bodies only convert, call the core and convert back.
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/relance/XRelanceFunctions.hpp>

#include "catalog/function_catalog.hpp"
#include "core/serial_date.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace relance::uno {

using ::rtl::OUString;

class RelanceAddIn final
    : public cppu::WeakImplHelper4<org::relance::XRelanceFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo>
{
public:
    /// `context` serves to read the UI language (ui_language.hpp).
    explicit RelanceAddIn(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

    // XRelanceFunctions (date_functions.cpp)
    css::uno::Any SAL_CALL getDaysLate(const css::uno::Reference<css::beans::XPropertySet>& options,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                       const css::uno::Any& asOf, const css::uno::Any& grace) override;
    css::uno::Any SAL_CALL getDueDate(const css::uno::Reference<css::beans::XPropertySet>& options,
                                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& invoiceDate,
                                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& days,
                                      const css::uno::Any& endOfMonth, const css::uno::Any& dayOfMonth,
                                      const css::uno::Any& calendar) override;

    // schedule_functions.cpp
    css::uno::Any SAL_CALL getPaymentPlan(const css::uno::Reference<css::beans::XPropertySet>& options,
                                          const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                          const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& count,
                                          const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& firstDate,
                                          const css::uno::Any& periodMonths, const css::uno::Any& annualRate,
                                          const css::uno::Any& method, const css::uno::Any& calendar) override;

    // aging_functions.cpp
    css::uno::Any SAL_CALL getAgingBucket(const css::uno::Reference<css::beans::XPropertySet>& options,
                                          const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                          const css::uno::Any& asOf, const css::uno::Any& bounds) override;
    css::uno::Any SAL_CALL getReminderLevel(const css::uno::Reference<css::beans::XPropertySet>& options,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                            const css::uno::Any& asOf, const css::uno::Any& thresholds) override;

    // amount_functions.cpp
    css::uno::Any SAL_CALL getAmountInWords(const css::uno::Reference<css::beans::XPropertySet>& options,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                            const css::uno::Any& language, const css::uno::Any& currency) override;

    // interest_functions.cpp
    css::uno::Any SAL_CALL getLateInterest(const css::uno::Reference<css::beans::XPropertySet>& options,
                                           const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                           const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                           const css::uno::Any& paid, const css::uno::Any& rule,
                                           const css::uno::Any& basis) override;
    css::uno::Any SAL_CALL getLateInterestDetail(const css::uno::Reference<css::beans::XPropertySet>& options,
                                                 const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                                 const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                                 const css::uno::Any& paid, const css::uno::Any& rule,
                                                 const css::uno::Any& basis) override;
    css::uno::Any SAL_CALL getBalanceInterest(const css::uno::Reference<css::beans::XPropertySet>& options,
                                              const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                              const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                              const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& payments,
                                              const css::uno::Any& asOf, const css::uno::Any& rule,
                                              const css::uno::Any& basis) override;
    css::uno::Any SAL_CALL getRecoveryFee(const css::uno::Reference<css::beans::XPropertySet>& options,
                                          const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& amount,
                                          const css::uno::Any& rule) override;

    // rate_functions.cpp
    css::uno::Any SAL_CALL getLateRate(const css::uno::Reference<css::beans::XPropertySet>& options,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rule,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& date) override;
    css::uno::Any SAL_CALL getReferenceRate(const css::uno::Reference<css::beans::XPropertySet>& options,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& source,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& date) override;

    // calendar_functions.cpp
    css::uno::Any SAL_CALL getHolidays(const css::uno::Reference<css::beans::XPropertySet>& options,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& calendar,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& year) override;
    css::uno::Any SAL_CALL getIsBusinessDay(const css::uno::Reference<css::beans::XPropertySet>& options,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& date,
                                            const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& calendar) override;

    // XAddIn (addin_metadata.cpp)
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmaticName) override;
    OUString SAL_CALL getFunctionDescription(const OUString& programmaticName) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmaticName, sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString& programmaticName, sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmaticName) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmaticName) override;

    // XServiceName, XServiceInfo
    OUString SAL_CALL getServiceName() override;
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& serviceName) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

    // XLocalizable (through XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

private:
    /// DAYSLATE over a range (date_functions.cpp).
    static css::uno::Any daysLateColumn(Date nullDate, const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& due,
                                        const css::uno::Any& asOf, const css::uno::Any& grace);

    catalog::Language language() const;
    /// The UI language's code ("fr"), for functions whose language defaults
    /// to it: LibreOffice's configuration, read once, or else the locale
    /// Calc set (en-US when it set none).
    std::string uiLanguage() const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    mutable std::mutex m_localeMutex;
    css::lang::Locale m_locale{"en", "US", ""};
    mutable std::optional<std::string> m_officeUiLanguage; // read once: it changes only at a restart
};

css::uno::Sequence<OUString> supportedServiceNames();

} // namespace relance::uno
