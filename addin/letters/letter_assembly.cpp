#include "letters/letter_assembly.hpp"

#include "core/applicable_rate.hpp"
#include "core/balance_interest.hpp"
#include "core/creditor_reference.hpp"
#include "core/epc_payment.hpp"
#include "core/error.hpp"
#include "core/interest_engine.hpp"
#include "core/late_payment_rule.hpp"
#include "core/recovery_fee.hpp"

namespace relance {

namespace {

/// The days the letter of `level` gives, at least `replyDays` from level 3
/// (a letter before action to an individual under a rule with a pre-action
/// protocol: GB's 30 days).
long deadlineDays(int level, const LetterSettings& settings, long replyDays)
{
    const long days = level >= 4   ? settings.finalNoticeDeadlineDays
                      : level == 3 ? settings.formalNoticeDeadlineDays
                                   : settings.reminderDeadlineDays;
    return level >= 3 ? std::max(days, replyDays) : days;
}

struct InvoiceFigures {
    Money interest;
    std::vector<InterestPeriod> periods;
};

InvoiceFigures interestOn(const RemindedInvoice& reminded, const LatePaymentRule& rule, Date letterDate,
                          const RateTables& tables)
{
    const InvoiceRecord& invoice = reminded.invoice;
    if (invoice.paidDate && !invoice.paidAmount.isZero()) {
        const BalanceStatement statement =
            balanceInterest(invoice.amountInclTax, invoice.dueDate, {{*invoice.paidDate, invoice.paidAmount}},
                            letterDate, rule, rule.defaultBasis, tables);
        return {statement.interest, statement.periods};
    }
    const InterestStatement statement =
        lateInterest(reminded.outstanding, invoice.dueDate, letterDate, rule, rule.defaultBasis, tables);
    return {statement.total, std::vector<InterestPeriod>(statement.periods.begin(), statement.periods.end())};
}

} // namespace

LetterKind letterKindOfLevel(int level)
{
    switch (level) {
    case 1: return LetterKind::FirstReminder;
    case 2: return LetterKind::SecondReminder;
    case 3: return LetterKind::FormalNotice;
    case 4: return LetterKind::FinalNotice;
    default: break;
    }
    throw InvalidArgument("reminder level " + std::to_string(level) + " has no letter (1 to 4)");
}

LetterModel letterFor(const ClientReminder& reminder, const LetterSettings& settings, Date letterDate,
                      const RateTables& tables, const ClientDirectory& clients)
{
    const LatePaymentRule& rule = latePaymentRule(settings.rule);
    LetterModel letter;
    letter.kind = letterKindOfLevel(reminder.level);
    letter.language = reminder.language;
    letter.currency = settings.currency;
    letter.jurisdiction = std::string(rule.code);
    letter.letterDate = letterDate;
    letter.creditor = settings.creditor;
    letter.debtor.name = reminder.client;
    if (const auto address = clients.find(reminder.client))
        letter.debtor.addressLines = addressLines(*address, std::string(rule.country));
    letter.paymentDeadline = letterDate + boost::gregorian::days(deadlineDays(
                                              reminder.level, settings,
                                              letter.debtor.individual ? rule.preActionReplyDays : 0));
    letter.registeredMail = settings.registeredMail;
    letter.statutoryRate = lateRate(rule, letterDate, tables).rate;
    for (const RemindedInvoice& reminded : reminder.invoices) {
        const InvoiceRecord& invoice = reminded.invoice;
        LetterInvoice line;
        line.number = invoice.number;
        line.issueDate = invoice.issueDate.value_or(invoice.dueDate);
        line.dueDate = invoice.dueDate;
        line.amount = invoice.amountInclTax;
        line.paid = invoice.paidAmount;
        line.daysLate = reminded.daysLate;
        line.interest = Money::fromMinorUnits(0, invoice.amountInclTax.digits());
        line.fixedFee = line.interest;
        if (settings.claimInterest) {
            const InvoiceFigures figures = interestOn(reminded, rule, letterDate, tables);
            line.interest = figures.interest;
            for (const InterestPeriod& period : figures.periods)
                letter.interestStatement.push_back({invoice.number, period});
        }
        if (settings.claimFixedFee)
            line.fixedFee = recoveryFee(invoice.amountInclTax, rule);
        letter.invoices.push_back(std::move(line));
    }
    // SEPA payments only: a code and a reference need euros and an IBAN.
    const bool sepa = settings.currency == "EUR" && isValidIban(settings.creditor.iban);
    letter.paymentCode = sepa && settings.paymentCode;
    if (sepa && settings.referenceAsRemittance)
        letter.paymentReference = creditorReference(letterReferenceBase(reminder.client, letterDate, reminder.level));
    return letter;
}

JournalEntry journalEntryOf(const ClientReminder& reminder, const LetterModel& letter, std::string fileName)
{
    JournalEntry entry;
    entry.date = letter.letterDate;
    entry.client = reminder.client;
    entry.level = reminder.level;
    entry.deadline = letter.paymentDeadline;
    entry.fileName = std::move(fileName);
    entry.reference = letter.paymentReference;
    // The first reminder states what is due, not interest or fees: the
    // journal records what the letter claims, nothing more.
    const bool claimsCharges = letter.kind != LetterKind::FirstReminder && letter.kind != LetterKind::CourtesyBeforeDue;
    for (const LetterInvoice& invoice : letter.invoices) {
        const Money none = Money::fromMinorUnits(0, invoice.amount.digits());
        entry.invoices.push_back({invoice.number, invoice.balance(), claimsCharges ? invoice.interest : none,
                                  claimsCharges ? invoice.fixedFee : none});
    }
    return entry;
}

} // namespace relance
