#include "uno/reminder_letters.hpp"

#include "core/email_message.hpp"
#include "core/error.hpp"
#include "core/letter_records.hpp"
#include "core/output_file_name.hpp"
#include "core/register_language.hpp"
#include "core/reminder_journal.hpp"
#include "letters/journal_headings.hpp"
#include "uno/letter_resources.hpp"
#include "core/reminder_plan.hpp"
#include "core/text_folding.hpp"
#include "letters/letter_assembly.hpp"
#include "letters/letter_email.hpp"
#include "ui/ui_texts.hpp"
#include "letters/letter_renderer.hpp"
#include "letters/locale_formatter.hpp"
#include "uno/call_boundary.hpp"
#include "uno/journal_sheet.hpp"
#include "uno/letter_files.hpp"
#include "uno/letter_resources.hpp"
#include "uno/output_folder.hpp"
#include "uno/register_document.hpp"
#include "uno/scope_end.hpp"
#include "uno/system_mail.hpp"
#include "uno/text_conversion.hpp"
#include "uno/writer_letters.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace relance::uno {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

const char* levelWord(int level)
{
    static const char* const words[] = {"courtesy", "first reminder", "second reminder", "formal notice",
                                        "final notice"};
    return level >= 0 && level <= 4 ? words[level] : "letter";
}

bool isLeftOut(const std::string& client, const std::vector<std::string>& leaveOut)
{
    return std::any_of(leaveOut.begin(), leaveOut.end(), [&](const std::string& name) {
        return foldedEqual(trimmedText(name), trimmedText(client));
    });
}

/// A letter ready to be written: its figures, its words and its file name.
struct PreparedLetter {
    std::size_t planned; ///< its client's index in the plan's letters
    LetterModel model;
    RenderedLetter text;
    std::optional<PlannedFile> file; ///< none when the settings want no PDF per client
    std::optional<PlannedFile> email; ///< the e-mail draft beside the PDF, when wanted and addressed
    std::string emailAddress;        ///< the register's e-mail of the client
};

/// Everything decided before the first file is written.
struct PreparedRun {
    RegisterRun run;
    ReminderPlan plan;
    std::string folder;
    NameReservation names;
    std::vector<PreparedLetter> letters;
    std::vector<std::string> leftOut;
    std::vector<std::string> withoutEmail; ///< clients whose PDF gets no e-mail draft: no address
    std::optional<PlannedFile> combined;
    std::string journalLanguage;
};

std::string emailOf(const RegisterRun& run, const std::string& client)
{
    if (const auto address = run.sheets.clients.find(client); address && !address->email.empty())
        return address->email;
    for (const InvoiceRecord& invoice : run.reading.records)
        if (invoice.client == client && !invoice.email.empty())
            return invoice.email;
    return {};
}

/// The journal's headings: in the language of the register's own headers,
/// else in the letters' default language.
std::string journalLanguageOf(const RegisterRun& run)
{
    return registerHeaderLanguage(run.sheets.invoiceCells, run.sheets.layout)
        .value_or(run.settings.policy.defaultLanguage);
}

PreparedRun prepareRun(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::sheet::XSpreadsheetDocument>& document, const LetterRunRequest& request)
{
    RegisterRun run = readRegisterRun(context, document, request.asOf);
    ReminderPlan plan = planReminders(run.reading.records, run.letterDate, run.settings.policy,
                                      run.sheets.journalEntries);
    std::string folder = letterFolderPath(request.folderUrl, run.settings.output, document);
    PreparedRun prepared{std::move(run), std::move(plan), folder, NameReservation(folder), {}, {}, {}, {}, {}};
    const RegisterRun& read = prepared.run;
    const std::string catalogs = letterCatalogFolder();
    prepared.journalLanguage = journalLanguageOf(read);
    journalHeader(prepared.journalLanguage, letterCatalogFolder()); // a language the journal has
    const std::string date = isoText(read.letterDate);
    for (std::size_t index = 0; index < prepared.plan.letters.size(); ++index) {
        const ClientReminder& reminder = prepared.plan.letters[index];
        if (isLeftOut(reminder.client, request.leaveOut)) {
            prepared.leftOut.push_back(reminder.client);
            continue;
        }
        PreparedLetter letter{index, letterFor(reminder, read.settings.letters, read.letterDate, *read.tables.tables,
                                                   read.sheets.clients),
                              {}, std::nullopt};
        letter.text = renderLetter(letter.model, catalogs);
        journalRows(journalEntryOf(reminder, letter.model, ""), read.nullDate); // what the journal will hold
        if (read.settings.output.onePdfPerClient) {
            // the client's name made safe and cut, then the date and the kind of letter in the creditor's language
            const std::string stem =
                safeFileStem(reminder.client) + " - " + date + " - " +
                safeFileStem(letterFileKind(letter.model.kind, read.settings.policy.defaultLanguage, catalogs));
            letter.file = prepared.names.reserve(stem, ".pdf");
            if (request.sendByEmail || read.settings.output.emailDrafts) {
                letter.emailAddress = emailOf(read, reminder.client);
                if (letter.emailAddress.empty())
                    prepared.withoutEmail.push_back(reminder.client);
                else if (!request.sendByEmail)
                    // beside its PDF: the PDF's name (stem-2 when stem was taken), .eml
                    letter.email = prepared.names.reserve(
                        letter.file->name.substr(0, letter.file->name.size() - 4), ".eml");
            }
        }
        prepared.letters.push_back(std::move(letter));
    }
    if (read.settings.output.combinedDocument && !prepared.letters.empty())
        prepared.combined = prepared.names.reserve("Relance letters " + date, ".odt");
    if (!prepared.letters.empty())
        checkFolderCanBeWritten(folder);
    return prepared;
}

/// The bytes of a file the run has just written.
std::string fileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InvalidArgument("cannot read " + path + " back to attach it to its e-mail");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The e-mail draft of `letter`, its PDF `pdfName` (in `folder`) attached.
std::string emailDraftOf(const PreparedLetter& letter, const std::string& client, const std::string& folder,
                         const std::string& pdfName, std::size_t index)
{
    const Creditor& creditor = letter.model.creditor;
    const LetterEmailText text = letterEmailText(letter.model, letterCatalogFolder());
    EmailDraft draft;
    draft.fromName = creditor.name;
    draft.fromAddress = firstEmailAddress(creditor.contact);
    draft.toName = client;
    draft.toAddress = letter.emailAddress;
    draft.subject = text.subject;
    draft.body = text.body;
    draft.attachmentName = pdfName;
    draft.attachment = fileBytes(folder + "/" + pdfName);
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    draft.date = rfc5322Date(local, local.tm_gmtoff);
    const std::string domain = draft.fromAddress.empty() ? std::string("relance.invalid")
                                                         : draft.fromAddress.substr(draft.fromAddress.find('@') + 1);
    const std::string unique = std::to_string(now) + "." + std::to_string(getpid()) + "." + std::to_string(index);
    draft.messageId = "<relance." + unique + "@" + domain + ">";
    draft.boundary = "=_relance_" + unique; // "=_" never occurs in base64 or quoted-printable text
    return emailMessage(draft);
}

/// The progress indicator, started for `count` letters and ended whatever happens.
class Progress {
public:
    Progress(Reference<css::task::XStatusIndicator> indicator, std::size_t count) : m_indicator(std::move(indicator))
    {
        if (m_indicator.is())
            m_indicator->start("Relance: writing reminder letters", static_cast<sal_Int32>(count));
    }
    ~Progress()
    {
        try {
            if (m_indicator.is())
                m_indicator->end();
        } catch (...) { // the frame went away
        }
    }
    void done(std::size_t letters)
    {
        if (m_indicator.is())
            m_indicator->setValue(static_cast<sal_Int32>(letters));
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

private:
    Reference<css::task::XStatusIndicator> m_indicator;
};

/// Opens the mail client once per letter to send, after the run is written:
/// a client that fails is said in the summary, the letters stay written.
void openMails(const Reference<css::uno::XComponentContext>& context, const std::vector<std::pair<std::string, MailToOpen>>& mails,
               LetterRunResult& result)
{
    for (const auto& [client, mail] : mails) {
        try {
            openInMailClient(context, mail);
            result.summary.push_back(client + ": e-mail to " + mail.to + " opened in the mail client");
        } catch (const css::uno::Exception& error) {
            result.summary.push_back(client + ": the mail client could not be opened (" + toUtf8(error.Message) + ")");
        } catch (const std::exception& error) {
            result.summary.push_back(client + ": the mail client could not be opened (" + error.what() + ")");
        }
    }
}

void writePrepared(const Reference<css::uno::XComponentContext>& context, PreparedRun& prepared,
                   const LetterRunRequest& request, LetterRunResult& result)
{
    std::vector<std::pair<std::string, MailToOpen>> mails;
    RegisterRun& run = prepared.run;
    const std::string templateUrl = letterTemplateUrl(run.settings.output);
    const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
    Progress progress(request.progress, prepared.letters.size());
    LetterFolder folder(prepared.folder);

    std::vector<JournalEntry> entries;
    std::vector<CellUpdate> updates;
    Reference<css::text::XTextDocument> combined;
    Reference<css::text::XTextDocument> single; // one document, emptied for each per-client PDF
    const AtScopeEnd closeDocuments([&] {
        for (const auto* document : {&single, &combined})
            if (document->is())
                closeDocument(*document);
    });
    for (const PreparedLetter& letter : prepared.letters) {
        const ClientReminder& reminder = prepared.plan.letters[letter.planned];
        std::string fileName;
        if (letter.file) {
            if (!single.is())
                single = newLetterDocument(desktop, templateUrl);
            else
                clearLetters(single);
            appendLetter(context, single, letter.text, reminder.language, true);
            fileName = storeDocument(folder, Reference<css::frame::XStorable>(single, UNO_QUERY_THROW), *letter.file,
                                     "writer_pdf_Export", prepared.names);
            result.files.push_back(fileUrlOf(prepared.folder + "/" + fileName));
            if (request.sendByEmail && !letter.emailAddress.empty()) {
                const LetterEmailText text = letterEmailText(letter.model, letterCatalogFolder());
                mails.push_back({reminder.client, MailToOpen{letter.emailAddress, text.subject, text.body,
                                                             fileUrlOf(prepared.folder + "/" + fileName)}});
            }
            if (letter.email) {
                const std::string message =
                    emailDraftOf(letter, reminder.client, prepared.folder, fileName, entries.size());
                const std::string emailName = folder.store(
                    *letter.email,
                    [&](const std::string& temporary) {
                        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
                        out << message;
                        out.close();
                        if (!out)
                            throw InvalidArgument("cannot write the e-mail draft " + temporary);
                    },
                    prepared.names);
                result.files.push_back(fileUrlOf(prepared.folder + "/" + emailName));
            }
        }
        if (prepared.combined) {
            const bool first = !combined.is();
            if (first)
                combined = newLetterDocument(desktop, templateUrl);
            appendLetter(context, combined, letter.text, reminder.language, first);
        }
        entries.push_back(journalEntryOf(reminder, letter.model, fileName));
        for (const CellUpdate& update : lastReminderUpdates(reminder, run.letterDate, run.sheets.layout, run.nullDate))
            updates.push_back(update);
        result.summary.push_back(reminder.client + ": " + levelWord(reminder.level) + ", " +
                                 std::to_string(reminder.invoices.size()) + " invoice(s), " + reminder.language +
                                 (fileName.empty() ? std::string() : " -> " + fileName));
        progress.done(entries.size());
    }
    if (combined.is()) {
        const std::string name = storeDocument(folder, Reference<css::frame::XStorable>(combined, UNO_QUERY_THROW),
                                               *prepared.combined, "writer8", prepared.names);
        result.files.insert(result.files.begin(), fileUrlOf(prepared.folder + "/" + name));
    }
    if (!entries.empty())
        recordLetters(run, entries, updates, prepared.journalLanguage,
                      ui::UiTexts(context).format("undo/letters",
                                                  MessageArguments().number("count", static_cast<long>(entries.size()))));
    folder.commit();
    openMails(context, mails, result);
}


} // namespace

LetterRunResult writeReminderLetters(const Reference<css::uno::XComponentContext>& context,
                                     const Reference<css::sheet::XSpreadsheetDocument>& document,
                                     const LetterRunRequest& request)
{
    PreparedRun prepared = prepareRun(context, document, request);
    const RegisterRun& run = prepared.run;
    debugTrace("generateReminders", "as of " + isoText(run.letterDate) + ": " +
                                        std::to_string(run.reading.records.size()) + " invoices read, " +
                                        std::to_string(run.reading.problems.size()) + " malformed cells, " +
                                        std::to_string(prepared.letters.size()) + " letters");
    LetterRunResult result;
    result.folder = prepared.folder;
    if (!prepared.letters.empty())
        writePrepared(context, prepared, request, result);
    for (const std::string& client : prepared.leftOut)
        result.summary.push_back(client + ": no letter (left out of this run)");
    for (const std::string& client : prepared.withoutEmail)
        result.summary.push_back(client + (request.sendByEmail ? ": not sent by e-mail (the register gives no e-mail address)"
                                                               : ": no e-mail draft (the register gives no e-mail address)"));
    for (const SkippedClient& skipped : prepared.plan.skipped)
        result.summary.push_back(skipped.client + ": no letter (" + skipped.explanation + ")");
    for (const CellProblem& problem : run.reading.problems)
        result.summary.push_back("not read: " + problem.text());
    return result;
}

namespace {

std::string reasonCodeOf(const SkippedClient& skipped)
{
    if (skipped.reason == SkipReason::WithinInterval)
        return "interval";
    if (skipped.leftOut.empty())
        return "nothing";
    switch (skipped.leftOut.front().reason) {
    case LeftOutReason::Disputed: return "disputed";
    case LeftOutReason::PaymentPlan: return "plan";
    case LeftOutReason::StatusPaid: return "paid";
    }
    return "nothing";
}

} // namespace

std::vector<PreviewLine> previewReminderLetters(const Reference<css::uno::XComponentContext>& context,
                                                const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                const css::uno::Any& asOf)
{
    const RegisterRun run = readRegisterRun(context, document, asOf);
    const ReminderPlan plan =
        planReminders(run.reading.records, run.letterDate, run.settings.policy, run.sheets.journalEntries);
    std::vector<PreviewLine> lines;
    for (const ClientReminder& reminder : plan.letters) {
        const LetterModel model =
            letterFor(reminder, run.settings.letters, run.letterDate, *run.tables.tables, run.sheets.clients);
        const JournalEntry claimed = journalEntryOf(reminder, model, "");
        PreviewLine line;
        line.client = reminder.client;
        line.level = reminder.level;
        line.totalDue = Money::fromMinorUnits(0, reminder.totalOutstanding.digits());
        for (const JournalInvoice& invoice : claimed.invoices) {
            line.invoices.push_back(invoice.number);
            line.totalDue += invoice.amount + invoice.interest + invoice.fee;
        }
        line.totalDueText = LocaleFormatter(reminder.language, run.settings.letters.currency).money(line.totalDue);
        line.language = reminder.language;
        line.email = emailOf(run, reminder.client);
        lines.push_back(std::move(line));
    }
    for (const SkippedClient& skipped : plan.skipped) {
        PreviewLine line;
        line.client = skipped.client;
        for (const LeftOutInvoice& invoice : skipped.leftOut)
            line.invoices.push_back(invoice.number);
        line.email = emailOf(run, skipped.client);
        line.reason = skipped.explanation;
        line.reasonCode = reasonCodeOf(skipped);
        line.lastLetter = skipped.lastLetter;
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace relance::uno
