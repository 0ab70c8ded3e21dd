#include "core/reminder_plan.hpp"

#include "core/days_late.hpp"
#include "core/error.hpp"

#include <algorithm>

namespace relance {

namespace {

/// A letter already sent, from the journal or from a register row.
struct SentLetter {
    Date date;
    int level;
    std::vector<std::string> invoices;
};

std::vector<SentLetter> lettersTo(const std::string& client, const std::vector<InvoiceRecord>& records,
                                  const std::vector<JournalEntry>& journal)
{
    std::vector<SentLetter> letters;
    for (const JournalEntry& entry : journal) {
        if (entry.client != client)
            continue;
        SentLetter letter{entry.date, entry.level, {}};
        for (const auto& invoice : entry.invoices)
            letter.invoices.push_back(invoice.number);
        letters.push_back(std::move(letter));
    }
    for (const InvoiceRecord& record : records)
        if (record.client == client && record.lastReminderLevel && *record.lastReminderLevel > noReminder &&
            record.lastReminderDate)
            letters.push_back({*record.lastReminderDate, *record.lastReminderLevel, {record.number}});
    return letters;
}

std::string_view leftOutName(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::Disputed: return "disputed";
    case LeftOutReason::PaymentPlan: return "under a payment plan";
    case LeftOutReason::StatusPaid: return "marked paid";
    }
    return "";
}

void checkPolicy(const ReminderPolicy& policy)
{
    if (policy.graceDays < 0 || policy.graceDays > maximumGraceDays)
        throw InvalidArgument("Grace (" + std::to_string(policy.graceDays) + ") must be between 0 and " +
                              std::to_string(maximumGraceDays) + " days");
    if (policy.minimumIntervalDays < 1 || policy.minimumIntervalDays > maximumGraceDays)
        throw InvalidArgument("Interval (" + std::to_string(policy.minimumIntervalDays) +
                              ") must be between 1 and " + std::to_string(maximumGraceDays) + " days");
    const auto& languages = policy.letterLanguages;
    if (std::find(languages.begin(), languages.end(), policy.defaultLanguage) == languages.end()) {
        std::string known;
        for (const std::string& language : languages)
            known += (known.empty() ? "" : ", ") + language;
        throw InvalidArgument("Default language '" + policy.defaultLanguage + "' is not one of " + known);
    }
}

/// One client's invoices, sorted into reminded and left out.
struct ClientInvoices {
    std::vector<RemindedInvoice> reminded;
    std::vector<LeftOutInvoice> leftOut;
};

ClientInvoices sortInvoices(const std::string& client, const std::vector<InvoiceRecord>& records, Date asOf,
                            const ReminderPolicy& policy)
{
    ClientInvoices sorted;
    for (const InvoiceRecord& record : records) {
        if (record.client != client)
            continue;
        const Money outstanding = record.outstanding();
        const long late = daysLate(record.dueDate, asOf, policy.graceDays);
        const int level = reminderLevel(late, policy.thresholds);
        if (outstanding.isZero() || late == 0 || level == noReminder)
            continue; // paid, or not (yet) overdue enough for a reminder
        if (const auto reason = leftOutReason(record.status))
            sorted.leftOut.push_back({record.number, record.row, *reason});
        else
            sorted.reminded.push_back({record, late, level, outstanding});
    }
    return sorted;
}

std::string nothingToRemind(const std::vector<LeftOutInvoice>& leftOut)
{
    if (leftOut.empty())
        return "nothing overdue";
    std::string text = "nothing to remind: ";
    for (std::size_t i = 0; i < leftOut.size(); ++i)
        text += (i ? ", " : "") + leftOut[i].number + " " + std::string(leftOutName(leftOut[i].reason));
    return text;
}

} // namespace

std::optional<LeftOutReason> leftOutReason(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Disputed: return LeftOutReason::Disputed;
    case InvoiceStatus::PaymentPlan: return LeftOutReason::PaymentPlan;
    case InvoiceStatus::Paid: return LeftOutReason::StatusPaid;
    case InvoiceStatus::Open:
    case InvoiceStatus::PartlyPaid: return std::nullopt;
    }
    return std::nullopt;
}

ReminderPlan planReminders(const std::vector<InvoiceRecord>& records, Date asOf, const ReminderPolicy& policy,
                           const std::vector<JournalEntry>& journal)
{
    checkPolicy(policy);
    std::vector<std::string> clients; // in order of first appearance
    for (const InvoiceRecord& record : records)
        if (std::find(clients.begin(), clients.end(), record.client) == clients.end())
            clients.push_back(record.client);

    ReminderPlan plan;
    for (const std::string& client : clients) {
        ClientInvoices invoices = sortInvoices(client, records, asOf, policy);
        if (invoices.reminded.empty()) {
            plan.skipped.push_back(
                {client, SkipReason::NothingToRemind, nothingToRemind(invoices.leftOut), std::move(invoices.leftOut)});
            continue;
        }

        // Rule 3: the interval since the last letter, whatever it claimed.
        const std::vector<SentLetter> letters = lettersTo(client, records, journal);
        std::optional<Date> lastLetter;
        for (const SentLetter& letter : letters)
            if (!lastLetter || letter.date > *lastLetter)
                lastLetter = letter.date;
        if (lastLetter) {
            const long since = (asOf - *lastLetter).days();
            if (since < 0 || since < policy.minimumIntervalDays) {
                std::string explanation = "last letter on " + isoText(*lastLetter) + ", ";
                explanation += since < 0 ? "after the as-of date " + isoText(asOf)
                                         : std::to_string(since) + (since == 1 ? " day" : " days") + " ago";
                explanation += "; the minimum interval is " + std::to_string(policy.minimumIntervalDays) + " days";
                plan.skipped.push_back(
                    {client, SkipReason::WithinInterval, std::move(explanation), std::move(invoices.leftOut), lastLetter});
                continue;
            }
        }

        // Rule 4: one step at a time from the letters about these invoices.
        int previous = noReminder;
        for (const SentLetter& letter : letters)
            for (const RemindedInvoice& reminded : invoices.reminded)
                if (std::find(letter.invoices.begin(), letter.invoices.end(), reminded.invoice.number) !=
                    letter.invoices.end())
                    previous = std::max(previous, letter.level);
        int reached = noReminder;
        for (const RemindedInvoice& reminded : invoices.reminded)
            reached = std::max(reached, reminded.levelByDaysLate);

        ClientReminder letter;
        letter.client = client;
        letter.previousLevel = previous;
        letter.level = std::max(previous, std::min(reached, previous + 1));
        letter.lastLetterDate = lastLetter;

        // Rule 5: the client's language, if the letters have it.
        const auto& languages = policy.letterLanguages;
        letter.language = policy.defaultLanguage;
        letter.languageIsDefault = true;
        for (const RemindedInvoice& reminded : invoices.reminded)
            if (!reminded.invoice.language.empty()) {
                if (std::find(languages.begin(), languages.end(), reminded.invoice.language) != languages.end()) {
                    letter.language = reminded.invoice.language;
                    letter.languageIsDefault = false;
                }
                break;
            }

        letter.totalOutstanding = Money::fromMinorUnits(0, invoices.reminded.front().outstanding.digits());
        for (const RemindedInvoice& reminded : invoices.reminded)
            letter.totalOutstanding += reminded.outstanding;
        letter.invoices = std::move(invoices.reminded);
        letter.leftOut = std::move(invoices.leftOut);
        plan.letters.push_back(std::move(letter));
    }
    return plan;
}

} // namespace relance
