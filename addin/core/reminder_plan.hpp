#pragma once
// Who gets which reminder: per client, the overdue, undisputed invoices not
// under a payment plan, at the level the client has reached, escalating one
// step at a time from the letters already sent.
//
// The rules, for an as-of date, thresholds, a grace period and a minimum
// interval between letters:
//  1. An invoice is reminded when its status is neither disputed, payment
//     plan nor paid, something is still outstanding (incl. − paid > 0) and
//     reminderLevel(daysLate(due, asOf, grace)) >= 1.
//  2. Letters already sent are the journal's entries for the client plus the
//     register's own last-reminder cells of its invoices (letters written
//     before Relance kept a journal, or by hand); both name invoices.
//  3. Nothing at all for a client whose last letter (any of them) is fewer
//     than `minimumIntervalDays` days before the as-of date, or after it.
//     This also means one level is never sent twice within the interval.
//  4. previous = the highest level of the letters that claimed at least one
//     of the invoices reminded now (0 if none: letters about invoices since
//     paid do not count against a client); reached = the highest level the
//     reminded invoices reach by days late. The letter's level is
//         max(previous, min(reached, previous + 1)):
//     one step at a time -- a client 60 days late who never had a letter
//     gets a first reminder, not a final notice -- and never back down (after
//     the interval the same level is repeated while days late have not
//     reached the next threshold, or at the final notice).
//  5. The letter's language is the first language given on the reminded
//     invoices when it is one the letters are written in (the policy's
//     letterLanguages), else the default language.
// Clients are grouped by their name as written in the register (trimmed).
#include "core/invoice_record.hpp"
#include "core/journal_entry.hpp"
#include "core/reminder_level.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

struct ReminderPolicy {
    ReminderThresholds thresholds = ReminderThresholds::standard();
    long graceDays = 0;              ///< as DAYSLATE's Grace: 0..3660
    long minimumIntervalDays = 14;   ///< between two letters to one client: 1..3660
    /// The languages letters are written in (SPEC §1): the letters library's
    /// table (letters/letter_languages.hpp) says which; the core only chooses.
    std::vector<std::string> letterLanguages;
    std::string defaultLanguage = "en"; ///< one of letterLanguages
};

/// Why an overdue invoice is not in the client's letter.
enum class LeftOutReason { Disputed, PaymentPlan, StatusPaid };

/// Why an invoice that still owes something is not claimed by a reminder,
/// by its status alone (rule 1): disputed, under a payment plan or said to
/// be paid; nullopt for an open or partly paid invoice. The overview
/// (register_overview.hpp) sorts invoices with the same rule.
std::optional<LeftOutReason> leftOutReason(InvoiceStatus status);

struct LeftOutInvoice {
    std::string number;
    int row;                         ///< 0-based sheet row
    LeftOutReason reason;
};

struct RemindedInvoice {
    InvoiceRecord invoice;
    long daysLate;
    int levelByDaysLate;
    Money outstanding;
};

struct ClientReminder {
    std::string client;
    std::string language;
    bool languageIsDefault = false;  ///< no usable language on the client's invoices
    int level = 0;
    int previousLevel = 0;           ///< rule 4's `previous`
    std::optional<Date> lastLetterDate;
    std::vector<RemindedInvoice> invoices; ///< in sheet order
    std::vector<LeftOutInvoice> leftOut;   ///< overdue but disputed, under a plan or said paid
    Money totalOutstanding = Money::fromMinorUnits(0, 2);
};

enum class SkipReason {
    NothingToRemind, ///< nothing overdue, or only invoices that are left out
    WithinInterval,  ///< the last letter is too recent (rule 3)
};

struct SkippedClient {
    std::string client;
    SkipReason reason;
    std::string explanation;         ///< for the batch summary: "last letter on 2026-12-01, 5 days ago; ..."
    std::vector<LeftOutInvoice> leftOut;
    std::optional<Date> lastLetter;  ///< WithinInterval: the date of the last letter
};

struct ReminderPlan {
    std::vector<ClientReminder> letters; ///< in order of the clients' first rows
    std::vector<SkippedClient> skipped;  ///< idem
};

/// Applies the rules above. Throws InvalidArgument for a grace or interval
/// out of range, a default language the letters do not have, or amounts in
/// different currency digits.
ReminderPlan planReminders(const std::vector<InvoiceRecord>& records, Date asOf, const ReminderPolicy& policy,
                           const std::vector<JournalEntry>& journal);

} // namespace relance
