#pragma once
// From "who gets which reminder" (core/reminder_plan.hpp) to "what the letter
// says" (letter_model.hpp): the figures of each invoice as of the letter's
// date -- interest by the creditor's rule, the fixed fee, the statement rows
// and the payment deadline for the letter's level. Also the journal entry
// that records exactly those figures, so the journal is evidence of what was
// claimed. No ICU, no UNO.
#include "core/client_directory.hpp"
#include "core/journal_entry.hpp"
#include "core/late_payment_rule.hpp"
#include "core/rate_tables.hpp"
#include "core/reminder_plan.hpp"
#include "letters/letter_model.hpp"

#include <string>

namespace relance {

/// The settings a run of letters needs (LibreOffice's configuration,
/// packaging/registry/RelanceSettings.xcs).
struct LetterSettings {
    Creditor creditor;
    /// The creditor's late-payment rule code: its jurisdiction also gives the
    /// legal mentions and the country whose post writes the addresses.
    std::string rule = std::string(defaultRuleCode);
    std::string currency = "EUR";
    long reminderDeadlineDays = 15;     ///< first and second reminders
    long formalNoticeDeadlineDays = 8;
    long finalNoticeDeadlineDays = 8;
    bool claimInterest = true;
    bool claimFixedFee = true;
    bool registeredMail = true;
    /// An EPC QR code on letters in EUR when the creditor has a valid IBAN.
    bool paymentCode = true;
    /// The payment quotes the letter's RF reference (true) or the invoice
    /// numbers (false). A reference is made for EUR letters with an IBAN only:
    /// it is a SEPA convention.
    bool referenceAsRemittance = true;
};

/// The kind of letter of a reminder level: 1 first reminder, 2 second
/// reminder, 3 formal notice, 4 final notice. Throws InvalidArgument for
/// anything else.
LetterKind letterKindOfLevel(int level);

/// The letter for `reminder`, dated `letterDate`:
///  - interest on each invoice from the day after its due date through the
///    letter's date, under `settings.rule`: on what is outstanding, or, when
///    the register gives the date of a part-payment, on the balance after it
///    (BALANCEINTEREST); the statement rows are those periods;
///  - the rule's fixed fee once per invoice, when claimed;
///  - the deadline: letter date + the days for the level (a letter before
///    action to an individual: at least the rule's preActionReplyDays, GB's
///    Pre-Action Protocol: 30);
///  - the address block from `clients` when the client is there, written as
///    the post of the rule's country wants it;
///  - for a letter in EUR from a creditor with a valid IBAN: the payment code
///    (when the settings want it) and the RF reference made from the client,
///    the date and the level (when the settings prefer it to invoice numbers).
/// Throws InvalidArgument for an unknown rule or a date outside its table.
LetterModel letterFor(const ClientReminder& reminder, const LetterSettings& settings, Date letterDate,
                      const RateTables& tables, const ClientDirectory& clients);

/// The journal entry of a letter written as `fileName`: its level, and per
/// invoice the outstanding amount, interest and fee the letter states (a
/// first reminder states neither interest nor fee: 0), and the reference it
/// asked the payment to quote.
JournalEntry journalEntryOf(const ClientReminder& reminder, const LetterModel& letter, std::string fileName);

} // namespace relance
