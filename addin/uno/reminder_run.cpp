#include "uno/reminder_run.hpp"

#include "core/client_directory.hpp"
#include "core/error.hpp"
#include "core/letter_records.hpp"
#include "core/days_late.hpp"
#include "core/output_file_name.hpp"
#include "core/payment_schedule.hpp"
#include "core/text_folding.hpp"
#include "core/register_mapping.hpp"
#include "core/register_rows.hpp"
#include "letters/journal_headings.hpp"
#include "letters/letter_assembly.hpp"
#include "letters/letter_languages.hpp"
#include "letters/letter_renderer.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/document_rates.hpp"
#include "uno/extension_folder.hpp"
#include "uno/letter_files.hpp"
#include "uno/settings_reader.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"
#include "uno/writer_letters.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace relance::uno {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

/// The compiled letter catalogs shipped in the extension.
std::string catalogFolder() { return extensionFolder() + "/letters"; }

/// The last run's summary, for getLastSummary: kept for the whole LibreOffice
/// session, since Basic's CreateUnoService makes a new ReminderRun per call.
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

/// Runs `body` through the call boundary; a refusal becomes the last line of
/// the run's summary too, because Basic swallows the exception that a
/// macro's UNO call throws: a batch reads LastSummary to learn why.
template <class Body>
void runRecordingRefusal(const char* what, cppu::OWeakObject* source, std::vector<std::string>& summary, Body&& body)
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

/// The register's sheets, read once.
struct RegisterSheets {
    Reference<css::sheet::XSpreadsheet> invoices;
    SheetSnapshot invoiceCells;
    RegisterLayout layout;
    ClientDirectory clients;
    Reference<css::sheet::XSpreadsheet> journal; ///< null when the register has none yet
    std::vector<JournalEntry> journalEntries;
};

/// The user-defined document property that keeps a corrected column mapping
/// (core/register_mapping.hpp's text form); the sidebar will write it.
constexpr const char* storedMappingProperty = "Relance register mapping";

std::string storedMapping(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return {};
    const Reference<css::beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                                   UNO_QUERY);
    OUString text;
    if (user.is() && user->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(storedMappingProperty)))
        user->getPropertyValue(OUString::createFromAscii(storedMappingProperty)) >>= text;
    return toUtf8(text);
}

RegisterSheets readRegister(const Reference<css::sheet::XSpreadsheetDocument>& document, Date nullDate)
{
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const Reference<css::container::XNameAccess> byName(document->getSheets(), UNO_QUERY_THROW);
    RegisterSheets found{nullptr, SheetSnapshot(nullDate), {}, {}, nullptr, {}};
    const std::string mapping = storedMapping(document);
    std::string firstRefusal;
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const std::string name = toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        SheetSnapshot cells = snapshotOf(sheet, nullDate);
        if (name == journalSheetName) {
            found.journal = sheet;
            found.journalEntries = readJournal(cells, journalHeadings(catalogFolder()));
        } else if (looksLikeClientSheet(cells)) {
            found.clients = readClientDirectory(cells);
        } else if (!found.invoices.is()) {
            try {
                found.layout = resolveRegisterLayout(cells, mapping).layout;
                found.invoices = sheet;
                found.invoiceCells = std::move(cells);
            } catch (const InvalidArgument& refused) {
                if (firstRefusal.empty())
                    firstRefusal = "sheet \"" + name + "\": " + refused.what();
            }
        }
    }
    if (!found.invoices.is())
        throw InvalidArgument("no invoice register found" + (firstRefusal.empty() ? "" : " (" + firstRefusal + ")"));
    return found;
}

Date documentNullDate(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    return nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY));
}

/// AsOf given, else the register's RELANCE_ASOF cell, else today.
Date lettersDate(const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf, Date nullDate)
{
    if (const std::optional<Date> given = optionalDate(asOf, nullDate, "AsOf"))
        return *given;
    const Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("NamedRanges"), UNO_QUERY);
    if (names.is() && names->hasByName("RELANCE_ASOF")) {
        const Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName("RELANCE_ASOF"), UNO_QUERY);
        const Reference<css::table::XCellRange> range = referrer.is() ? referrer->getReferredCells() : nullptr;
        if (range.is()) {
            const double serial = range->getCellByPosition(0, 0)->getValue();
            if (serial > 0)
                return dateFromSerial(serial, nullDate, "RELANCE_ASOF");
        }
    }
    return today();
}

std::string outputFolderPath(const std::string& given, const OutputSettings& settings,
                             const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const std::string url = !given.empty() ? given : settings.folderUrl;
    if (!url.empty())
        return systemPathOf(url);
    const std::string registerUrl = toUtf8(Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getURL());
    if (registerUrl.empty())
        throw InvalidArgument("the register has not been saved: choose the folder for the letters");
    const std::string registerPath = systemPathOf(registerUrl);
    return registerPath.substr(0, registerPath.rfind('/')) + "/Relance letters";
}

/// The letterhead template: the user's (Output/TemplateUrl), else the one shipped.
std::string templateUrlOf(const OutputSettings& output)
{
    return output.templateUrl.empty() ? fileUrlOf(catalogFolder() + "/letterhead.fodt") : output.templateUrl;
}

const char* levelWord(int level)
{
    static const char* const words[] = {"courtesy", "first reminder", "second reminder", "formal notice",
                                        "final notice"};
    return level >= 0 && level <= 4 ? words[level] : "letter";
}

/// What a payment-plan agreement covers: the client's invoices that are due
/// and unpaid, not disputed, as of `asOf` (those under a plan already
/// included: the agreement may replace a plan). Throws InvalidArgument when
/// the client has none, naming the client.
ClientReminder agreementDebt(const std::vector<InvoiceRecord>& records, const std::string& client, Date asOf,
                             const ReminderPolicy& policy)
{
    ClientReminder debt;
    debt.client = std::string(trimmedText(client));
    debt.level = 1;
    for (const InvoiceRecord& invoice : records) {
        if (!foldedEqual(invoice.client, debt.client) || invoice.status == InvoiceStatus::Disputed ||
            invoice.status == InvoiceStatus::Paid || invoice.outstanding().isZero() || invoice.dueDate >= asOf)
            continue;
        if (debt.language.empty())
            debt.language = invoice.language;
        const long late = daysLate(invoice.dueDate, asOf);
        debt.invoices.push_back({invoice, late, reminderLevel(late, policy.thresholds), invoice.outstanding()});
    }
    if (debt.invoices.empty())
        throw InvalidArgument("Client \"" + debt.client + "\" has no overdue, undisputed invoice in the register");
    const auto& languages = letterLanguages();
    if (std::find(languages.begin(), languages.end(), debt.language) == languages.end())
        debt.language = policy.defaultLanguage;
    return debt;
}

/// Runs `end` when the scope ends, however it ends (an exception included),
/// so that the document's undo is never left locked or inside an open
/// context. `end` must not throw out: what it throws is dropped.
template <class End>
class AtScopeEnd {
public:
    explicit AtScopeEnd(End end) : m_end(std::move(end)) {}
    ~AtScopeEnd()
    {
        try {
            m_end();
        } catch (...) { // the document went away
        }
    }
    AtScopeEnd(const AtScopeEnd&) = delete;
    AtScopeEnd& operator=(const AtScopeEnd&) = delete;

private:
    End m_end;
};

/// What both entry points read first: the register's dates, the settings, the
/// register's sheets and rows, and the rate tables it computes with.
struct RegisterRun {
    Date nullDate;
    Date letterDate;
    RunSettings settings;
    RegisterSheets sheets;
    RegisterReading reading;
    DocumentRateTables tables;
};

RegisterRun readRegisterRun(const Reference<css::uno::XComponentContext>& context,
                            const Reference<css::sheet::XSpreadsheetDocument>& document, const Any& asOf)
{
    if (!document.is())
        throw InvalidArgument("Register: no spreadsheet document given");
    const Date nullDate = documentNullDate(document);
    RegisterSheets sheets = readRegister(document, nullDate);
    RegisterReading reading = readRegisterRows(sheets.invoiceCells, sheets.layout);
    return {nullDate,
            lettersDate(document, asOf, nullDate),
            readRunSettings(context),
            std::move(sheets),
            std::move(reading),
            rateTablesFor(Reference<css::beans::XPropertySet>(document, UNO_QUERY), nullDate)};
}

/// Journal rows and last-reminder cells, in one undo step. The journal sheet,
/// when the register has none yet, is created outside it: undoing a sheet
/// inserted through the API crashes LibreOffice 7.4 when the document has no
/// view (a headless batch run; measured), so a run's undo clears the journal
/// rows and restores the cells, and leaves the empty sheet.
void recordLetters(const Reference<css::sheet::XSpreadsheetDocument>& document, RegisterSheets& sheets,
                   const std::vector<JournalEntry>& entries, const std::vector<CellUpdate>& updates, Date nullDate,
                   const std::string& language)
{
    const Reference<css::document::XUndoManagerSupplier> undoSupplier(document, UNO_QUERY);
    const Reference<css::document::XUndoManager> undo = undoSupplier.is() ? undoSupplier->getUndoManager() : nullptr;
    int nextRow = 0;
    if (!sheets.journal.is()) {
        const Reference<css::sheet::XSpreadsheets> all = document->getSheets();
        const Reference<css::container::XIndexAccess> indexed(all, UNO_QUERY_THROW);
        if (undo.is())
            undo->lock();
        {
            const AtScopeEnd unlock([&] {
                if (undo.is())
                    undo->unlock();
            });
            all->insertNewByName(toOUString(journalSheetName), static_cast<sal_Int16>(indexed->getCount()));
        }
        sheets.journal.set(all->getByName(toOUString(journalSheetName)), UNO_QUERY_THROW);
    } else {
        nextRow = snapshotOf(sheets.journal, nullDate).rowCount();
    }
    if (undo.is())
        undo->enterUndoContext("Relance: reminder letters");
    const AtScopeEnd leave([&] {
        if (undo.is())
            undo->leaveUndoContext();
    });
    {
        std::vector<std::vector<SheetCell>> rows;
        if (nextRow == 0) {
            std::vector<SheetCell> header;
            for (const std::string& title : journalHeader(language, catalogFolder()))
                header.push_back(SheetCell::ofText(title));
            rows.push_back(std::move(header));
        }
        for (const JournalEntry& entry : entries)
            for (auto& row : journalRows(entry, nullDate))
                rows.push_back(std::move(row));
        writeRows(sheets.journal, nextRow, rows);
        for (const CellUpdate& update : updates)
            writeCell(sheets.invoices, update.row, update.column, update.value);
    }
}

} // namespace

css::uno::Sequence<OUString> ReminderRun::generateReminders(
    const Reference<css::sheet::XSpreadsheetDocument>& registerDocument, const OUString& outputFolder,
    const Any& asOf)
{
    std::vector<std::string> summary;
    std::vector<OUString> written;
    runRecordingRefusal("generateReminders", static_cast<cppu::OWeakObject*>(this), summary, [&] {
        RegisterRun run = readRegisterRun(m_context, registerDocument, asOf);
        const Date nullDate = run.nullDate, letterDate = run.letterDate;
        const RunSettings& settings = run.settings;
        RegisterSheets& sheets = run.sheets;
        const RegisterReading& reading = run.reading;
        const DocumentRateTables& tables = run.tables;
        const ReminderPlan plan = planReminders(reading.records, letterDate, settings.policy, sheets.journalEntries);
        debugTrace("generateReminders", "as of " + isoText(letterDate) + ": " + std::to_string(reading.records.size()) +
                                            " invoices read, " + std::to_string(reading.problems.size()) +
                                            " malformed cells, " + std::to_string(plan.letters.size()) + " letters");

        const std::string folder = outputFolderPath(toUtf8(outputFolder), settings.output, registerDocument);
        ensureFolder(folder);
        const std::string catalogs = catalogFolder();
        const std::string templateUrl = templateUrlOf(settings.output);
        const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(m_context);

        std::vector<JournalEntry> entries;
        std::vector<CellUpdate> updates;
        Reference<css::text::XTextDocument> combined;
        Reference<css::text::XTextDocument> single; // one document, emptied for each per-client PDF
        const AtScopeEnd closeDocuments([&] {
            for (const auto* document : {&single, &combined})
                if (document->is())
                    closeDocument(*document);
        });
        for (const ClientReminder& reminder : plan.letters) {
            const LetterModel model = letterFor(reminder, settings.letters, letterDate, *tables.tables, sheets.clients);
            const RenderedLetter letter = renderLetter(model, catalogs);
            std::string fileName;
            if (settings.output.onePdfPerClient) {
                if (!single.is())
                    single = newLetterDocument(desktop, templateUrl);
                else
                    clearLetters(single);
                appendLetter(single, letter, true);
                fileName = storeWithoutReplacing(
                    Reference<css::frame::XStorable>(single, UNO_QUERY_THROW), folder,
                    // the client's name made safe and cut, then the date and the kind of letter
                    // in the creditor's language
                    safeFileStem(reminder.client) + " - " + isoText(letterDate) + " - " +
                        safeFileStem(letterFileKind(model.kind, settings.policy.defaultLanguage, catalogs)),
                    ".pdf", "writer_pdf_Export");
                written.push_back(toOUString(fileUrlOf(folder + "/" + fileName)));
            }
            if (settings.output.combinedDocument) {
                const bool first = !combined.is();
                if (first)
                    combined = newLetterDocument(desktop, templateUrl);
                appendLetter(combined, letter, first);
            }
            entries.push_back(journalEntryOf(reminder, model, fileName));
            for (const CellUpdate& update : lastReminderUpdates(reminder, letterDate, sheets.layout, nullDate))
                updates.push_back(update);
            summary.push_back(reminder.client + ": " + levelWord(reminder.level) + ", " +
                              std::to_string(reminder.invoices.size()) + " invoice(s), " + reminder.language +
                              (fileName.empty() ? std::string() : " -> " + fileName));
        }
        if (combined.is()) {
            const std::string name = storeWithoutReplacing(Reference<css::frame::XStorable>(combined, UNO_QUERY_THROW),
                                                           folder, "Relance letters " + isoText(letterDate), ".odt",
                                                           "writer8");
            written.insert(written.begin(), toOUString(fileUrlOf(folder + "/" + name)));
        }
        if (!entries.empty())
            recordLetters(registerDocument, sheets, entries, updates, nullDate, settings.policy.defaultLanguage);
        for (const SkippedClient& skipped : plan.skipped)
            summary.push_back(skipped.client + ": no letter (" + skipped.explanation + ")");
        for (const CellProblem& problem : reading.problems)
            summary.push_back("not read: " + problem.text());
        return Any();
    });
    return css::uno::Sequence<OUString>(written.data(), static_cast<sal_Int32>(written.size()));
}

OUString ReminderRun::writePaymentPlanAgreement(const Reference<css::sheet::XSpreadsheetDocument>& registerDocument,
                                                const OUString& client, sal_Int32 count, const Any& firstDate,
                                                sal_Int32 periodMonths, double annualRate,
                                                const OUString& outputFolder, const Any& asOf)
{
    OUString written;
    std::vector<std::string> summary;
    runRecordingRefusal("writePaymentPlanAgreement", static_cast<cppu::OWeakObject*>(this), summary, [&] {
        const RegisterRun run = readRegisterRun(m_context, registerDocument, asOf);
        const Date nullDate = run.nullDate, letterDate = run.letterDate;
        const RunSettings& settings = run.settings;
        const ClientReminder debt = agreementDebt(run.reading.records, toUtf8(client), letterDate, settings.policy);
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
        const RenderedLetter letter = renderLetter(model, catalogFolder());

        const std::string folder = outputFolderPath(toUtf8(outputFolder), settings.output, registerDocument);
        ensureFolder(folder);
        const Reference<css::text::XTextDocument> document =
            newLetterDocument(css::frame::Desktop::create(m_context), templateUrlOf(settings.output));
        const AtScopeEnd close([&] { closeDocument(document); });
        appendLetter(document, letter, true);
        const std::string name =
            storeWithoutReplacing(Reference<css::frame::XStorable>(document, UNO_QUERY_THROW), folder,
                                  safeFileStem(debt.client) + " - " + isoText(letterDate) + " - " +
                                      safeFileStem(letterFileKind(LetterKind::PaymentPlanAgreement,
                                                                  settings.policy.defaultLanguage, catalogFolder())),
                                  ".pdf", "writer_pdf_Export");
        written = toOUString(fileUrlOf(folder + "/" + name));
        summary.push_back(debt.client + ": payment plan agreement, " + std::to_string(count) + " instalments");
        return Any();
    });
    return written;
}

css::uno::Sequence<OUString> ReminderRun::getLastSummary()
{
    std::lock_guard<std::mutex> lock(lastSummary().mutex);
    css::uno::Sequence<OUString> lines(static_cast<sal_Int32>(lastSummary().lines.size()));
    auto* line = lines.getArray();
    for (const std::string& text : lastSummary().lines)
        *line++ = toOUString(text);
    return lines;
}

OUString ReminderRun::getImplementationName() { return OUString::createFromAscii(implementationName); }

sal_Bool ReminderRun::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> ReminderRun::getSupportedServiceNames()
{
    const OUString name = OUString::createFromAscii(serviceName);
    return css::uno::Sequence<OUString>(&name, 1);
}

} // namespace relance::uno
