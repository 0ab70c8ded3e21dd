#pragma once
// The reminder run component (org.relance.ReminderRun): an invoice register
// in, one letter per client out, through Writer and PDF, with the journal and
// the register's last-reminder columns updated in one undo step. A thin UNO
// face: the run is reminder_letters.hpp, shared with the commands.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/relance/XReminderRun.hpp>


namespace relance::uno {

class ReminderRun final : public cppu::WeakImplHelper2<org::relance::XReminderRun, css::lang::XServiceInfo>
{
public:
    explicit ReminderRun(css::uno::Reference<css::uno::XComponentContext> context) : m_context(std::move(context)) {}

    // XReminderRun
    css::uno::Sequence<rtl::OUString> SAL_CALL
    generateReminders(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                      const rtl::OUString& outputFolder, const css::uno::Any& asOf) override;
    rtl::OUString SAL_CALL writePaymentPlanAgreement(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const rtl::OUString& client,
        sal_Int32 count, const css::uno::Any& firstDate, sal_Int32 periodMonths, double annualRate,
        const rtl::OUString& outputFolder, const css::uno::Any& asOf) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getLastSummary() override;
    css::uno::Sequence<org::relance::ReminderPreviewRow> SAL_CALL
    previewReminders(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                     const css::uno::Any& asOf) override;
    org::relance::ReminderRunResult SAL_CALL
    writeReminders(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                   const rtl::OUString& outputFolder, const css::uno::Any& asOf,
                   const css::uno::Sequence<rtl::OUString>& leaveOut,
                   const css::uno::Reference<css::task::XStatusIndicator>& progress) override;
    /// writeReminders, then the person's mail client opened with each letter
    /// (the Write Reminder Letters dialog's "Send by e-mail"): C++ only.
    org::relance::ReminderRunResult writeRemindersByEmail(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
        const rtl::OUString& outputFolder, const css::uno::Any& asOf, const css::uno::Sequence<rtl::OUString>& leaveOut,
        const css::uno::Reference<css::task::XStatusIndicator>& progress);
    rtl::OUString SAL_CALL
    defaultOutputFolder(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static constexpr const char* implementationName = "org.relance.ReminderRunImpl";
    static constexpr const char* serviceName = "org.relance.ReminderRun";

private:
    org::relance::ReminderRunResult write(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                                          const rtl::OUString& outputFolder, const css::uno::Any& asOf,
                                          const css::uno::Sequence<rtl::OUString>& leaveOut,
                                          const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                          bool sendByEmail);

    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace relance::uno
