#include "uno/reminder_run.hpp"

#include "core/error.hpp"
#include "core/output_file_name.hpp"
#include "core/payment_plan_debt.hpp"
#include "core/payment_schedule.hpp"
#include "letters/letter_assembly.hpp"
#include "letters/letter_renderer.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/letter_files.hpp"
#include "uno/letter_resources.hpp"
#include "uno/output_folder.hpp"
#include "uno/register_document.hpp"
#include "uno/reminder_letters.hpp"
#include "uno/scope_end.hpp"
#include "uno/text_conversion.hpp"
#include "uno/writer_letters.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <mutex>
#include <string>
#include <vector>

namespace relance::uno {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

/// The last run's summary, for Basic's getLastSummary only: Basic cannot
/// catch a UNO exception, and its CreateUnoService makes a new ReminderRun
/// per call, so the lines outlive the object. Each run computes its own
/// summary and returns it; this is a copy of the latest.
struct LastSummary {
    std::mutex mutex;
    std::vector<std::string> lines;
};

LastSummary& lastSummary()
{
    static LastSummary summary;
    return summary;
}

void storeSummary(const std::vector<std::string>& summary)
{
    std::lock_guard<std::mutex> lock(lastSummary().mutex);
    lastSummary().lines = summary;
    for (const std::string& line : summary)
        debugTrace("reminder run", line);
}

/// Runs `body`, which fills `summary`, through the call boundary; a refusal
/// becomes the summary's last line, and the summary is kept for
/// getLastSummary either way.
template <class Body>
void runRecordingSummary(const char* what, cppu::OWeakObject* source, std::vector<std::string>& summary, Body&& body)
{
    try {
        callGuarded(what, source, std::forward<Body>(body));
    } catch (const css::lang::IllegalArgumentException& refused) {
        summary.push_back("refused: " + toUtf8(refused.Message));
        storeSummary(summary);
        throw;
    }
    storeSummary(summary);
}

css::uno::Sequence<OUString> toSequence(const std::vector<std::string>& lines)
{
    css::uno::Sequence<OUString> sequence(static_cast<sal_Int32>(lines.size()));
    auto* line = sequence.getArray();
    for (const std::string& text : lines)
        *line++ = toOUString(text);
    return sequence;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

/// The run of writeReminders and generateReminders.
org::relance::ReminderRunResult runLetters(const char* what, cppu::OWeakObject* source,
                                           const Reference<css::uno::XComponentContext>& context,
                                           const Reference<css::sheet::XSpreadsheetDocument>& document,
                                           const LetterRunRequest& request)
{
    LetterRunResult result;
    runRecordingSummary(what, source, result.summary, [&] {
        result = writeReminderLetters(context, document, request);
        return Any();
    });
    org::relance::ReminderRunResult written;
    written.Folder = toOUString(result.folder);
    written.Files = toSequence(result.files);
    written.Summary = toSequence(result.summary);
    return written;
}

} // namespace

css::uno::Sequence<OUString> ReminderRun::generateReminders(
    const Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const OUString& outputFolder,
    const Any& asOf)
{
    return runLetters("generateReminders", static_cast<cppu::OWeakObject*>(this), m_context, registerDocument,
                      {toUtf8(outputFolder), asOf, {}, nullptr})
        .Files;
}

org::relance::ReminderRunResult ReminderRun::writeReminders(
    const Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const OUString& outputFolder,
    const Any& asOf, const css::uno::Sequence<OUString>& leaveOut,
    const Reference<css::task::XStatusIndicator>& progress)
{
    return write(registerDocument, outputFolder, asOf, leaveOut, progress, false);
}

org::relance::ReminderRunResult ReminderRun::writeRemindersByEmail(
    const Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const OUString& outputFolder,
    const Any& asOf, const css::uno::Sequence<OUString>& leaveOut,
    const Reference<css::task::XStatusIndicator>& progress)
{
    return write(registerDocument, outputFolder, asOf, leaveOut, progress, true);
}

org::relance::ReminderRunResult ReminderRun::write(const Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                                                   const OUString& outputFolder, const Any& asOf,
                                                   const css::uno::Sequence<OUString>& leaveOut,
                                                   const Reference<css::task::XStatusIndicator>& progress,
                                                   bool sendByEmail)
{
    LetterRunRequest request{toUtf8(outputFolder), asOf, {}, progress, sendByEmail};
    for (const OUString& client : leaveOut)
        request.leaveOut.push_back(toUtf8(client));
    return runLetters("writeReminders", static_cast<cppu::OWeakObject*>(this), m_context, registerDocument, request);
}

css::uno::Sequence<org::relance::ReminderPreviewRow> ReminderRun::previewReminders(
    const Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const Any& asOf)
{
    css::uno::Sequence<org::relance::ReminderPreviewRow> rows;
    callGuarded("previewReminders", static_cast<cppu::OWeakObject*>(this), [&] {
        const std::vector<PreviewLine> lines = previewReminderLetters(m_context, registerDocument, asOf);
        rows.realloc(static_cast<sal_Int32>(lines.size()));
        auto* row = rows.getArray();
        for (const PreviewLine& line : lines) {
            row->Client = toOUString(line.client);
            row->Level = line.level;
            row->InvoiceCount = static_cast<sal_Int32>(line.invoices.size());
            row->Invoices = toOUString(joined(line.invoices));
            row->TotalDue = line.totalDue.toAmount();
            row->TotalDueText = toOUString(line.totalDueText);
            row->Language = toOUString(line.language);
            row->Email = toOUString(line.email);
            row->Reason = toOUString(line.reason);
            row->ReasonCode = toOUString(line.reasonCode);
            row->LastLetter = line.lastLetter ? serialFromDate(*line.lastLetter, documentNullDate(registerDocument)) : 0;
            ++row;
        }
        return Any();
    });
    return rows;
}

OUString ReminderRun::defaultOutputFolder(const Reference<css::sheet::XSpreadsheetDocument>& registerDocument)
{
    OUString url;
    callGuarded("defaultOutputFolder", static_cast<cppu::OWeakObject*>(this), [&] {
        url = toOUString(defaultLetterFolderUrl(readRunSettings(m_context).output, registerDocument));
        return Any();
    });
    return url;
}

OUString ReminderRun::writePaymentPlanAgreement(const Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                                                const OUString& client, sal_Int32 count, const Any& firstDate,
                                                sal_Int32 periodMonths, double annualRate,
                                                const OUString& outputFolder, const Any& asOf)
{
    OUString written;
    std::vector<std::string> summary;
    runRecordingSummary("writePaymentPlanAgreement", static_cast<cppu::OWeakObject*>(this), summary, [&] {
        const RegisterRun run = readRegisterRun(m_context, registerDocument, asOf);
        const Date nullDate = run.nullDate, letterDate = run.letterDate;
        const RunSettings& settings = run.settings;
        const ClientReminder debt = paymentPlanDebt(run.reading.records, toUtf8(client), letterDate, settings.policy);
        LetterModel model = letterFor(debt, settings.letters, letterDate, *run.tables.tables, run.sheets.clients);
        model.kind = LetterKind::PaymentPlanAgreement;
        Money acknowledged = Money::fromMinorUnits(0, model.invoices.front().amount.digits());
        for (const LetterInvoice& invoice : model.invoices)
            acknowledged += invoice.totalDue();
        if (count < 1 || count > maximumInstalmentCount)
            throw InvalidArgument("Count (" + std::to_string(count) + ") must be between 1 and " +
                                  std::to_string(maximumInstalmentCount));
        if (periodMonths < 0 || periodMonths > 12)
            throw InvalidArgument("PeriodMonths (" + std::to_string(periodMonths) + ") must be between 0 and 12");
        const PaymentPlanTerms terms{acknowledged, static_cast<int>(count),
                                     optionalDate(firstDate, nullDate, "FirstDate")
                                         .value_or(letterDate + boost::gregorian::months(1)),
                                     periodMonths == 0 ? 1 : static_cast<int>(periodMonths), annualRate,
                                     RepaymentMethod::EqualPayments};
        model.plan.schedule = buildPaymentPlan(terms, {});
        model.plan.annualRate = AnnualRate::fromFraction(annualRate, "AnnualRate");
        const std::string catalogs = letterCatalogFolder();
        const RenderedLetter letter = renderLetter(model, catalogs);

        // all checked: now the one file
        const std::string folderPath = letterFolderPath(toUtf8(outputFolder), settings.output, registerDocument);
        NameReservation names(folderPath);
        const PlannedFile file = names.reserve(
            safeFileStem(debt.client) + " - " + isoText(letterDate) + " - " +
                safeFileStem(letterFileKind(LetterKind::PaymentPlanAgreement, settings.policy.defaultLanguage, catalogs)),
            ".pdf");
        LetterFolder folder(folderPath);
        const Reference<css::text::XTextDocument> document =
            newLetterDocument(css::frame::Desktop::create(m_context), letterTemplateUrl(settings.output));
        const AtScopeEnd close([&] { closeDocument(document); });
        appendLetter(m_context, document, letter, debt.language, true);
        const std::string name = storeDocument(folder, Reference<css::frame::XStorable>(document, UNO_QUERY_THROW), file,
                                               "writer_pdf_Export", names);
        folder.commit();
        written = toOUString(fileUrlOf(folderPath + "/" + name));
        summary.push_back(debt.client + ": payment plan agreement, " + std::to_string(count) + " instalments");
        return Any();
    });
    return written;
}

css::uno::Sequence<OUString> ReminderRun::getLastSummary()
{
    std::lock_guard<std::mutex> lock(lastSummary().mutex);
    return toSequence(lastSummary().lines);
}

OUString ReminderRun::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool ReminderRun::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> ReminderRun::getSupportedServiceNames()
{
    const OUString name = OUString::createFromAscii(serviceName);
    return css::uno::Sequence<OUString>(&name, 1);
}

} // namespace relance::uno
