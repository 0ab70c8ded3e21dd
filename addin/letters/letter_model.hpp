#pragma once
// What a reminder letter says, before any wording: the parties, the invoices
// and their figures, the kind of letter and the law that governs it. Plain
// data filled by the caller (the register reader, the sidebar); the renderer
// (letter_renderer.hpp) turns it into text. No ICU, no UNO here.
#include "core/annual_rate.hpp"
#include "core/interest_engine.hpp"
#include "core/money.hpp"
#include "core/payment_schedule.hpp"
#include "core/serial_date.hpp"

#include <string>
#include <vector>

namespace relance {

/// The sender: the user's letterhead (SPEC §3 Settings).
struct Creditor {
    std::string name;
    std::vector<std::string> addressLines;
    /// As the law of the creditor's country wants it printed, typed by the
    /// user in full: "RCS Paris 123 456 789", "Amtsgericht Berlin HRB 12345",
    /// "Company No. 01234567". Printed as given; empty = not printed.
    std::string registration;
    std::string vatNumber;   ///< "FR12345678901"; the catalog supplies the label
    std::string iban;        ///< empty: bankDetails is printed instead
    std::string bic;
    std::string bankDetails; ///< free text for accounts without an IBAN
    std::string contact;     ///< telephone / e-mail line for the debtor's questions
    std::string signatoryName;
    std::string signatoryTitle;
    std::string city;        ///< for the place-and-date line ("Paris, le 3 décembre 2026")
};

/// The addressee: one client, all of whose invoices the letter groups.
struct Debtor {
    std::string name;
    std::vector<std::string> addressLines;
    std::string contact; ///< "Attn. Accounts payable", printed under the name when given
    /// An individual or a sole trader rather than a company. Under GB rules
    /// this brings the Pre-Action Protocol for Debt Claims into the letter
    /// before action; elsewhere the rule code (DE-B2C) says it.
    bool individual = false;
};

/// One open invoice as the register gives it. Disputed invoices are left out
/// by the caller. All amounts in the letter's currency.
struct LetterInvoice {
    std::string number;
    Date issueDate;
    Date dueDate;
    Money amount = Money::fromMinorUnits(0, 2);     ///< including tax
    Money paid = Money::fromMinorUnits(0, 2);       ///< already paid on it
    long daysLate = 0;                              ///< DAYSLATE as of the letter date; < 1: not yet due
    Money interest = Money::fromMinorUnits(0, 2);   ///< LATEINTEREST (or BALANCEINTEREST) to the letter date
    Money fixedFee = Money::fromMinorUnits(0, 2);   ///< RECOVERYFEE, 0 when not claimed

    Money balance() const { return amount - paid; }
    /// What the debtor owes on this invoice: balance + interest + fee.
    Money totalDue() const { return balance() + interest + fixedFee; }
};

/// One row of the interest statement: a LATEINTERESTDETAIL row of one invoice.
struct InterestStatementRow {
    std::string invoiceNumber;
    InterestPeriod period;
};

/// The six letters, in escalating order (SPEC §4), plus the agreement.
enum class LetterKind {
    CourtesyBeforeDue,    ///< a friendly note a few days before the due date
    FirstReminder,        ///< REMINDERLEVEL 1
    SecondReminder,       ///< REMINDERLEVEL 2
    FormalNotice,         ///< REMINDERLEVEL 3: mise en demeure, Mahnung mit Fristsetzung, letter before action
    FinalNotice,          ///< REMINDERLEVEL 4: last notice before legal action
    PaymentPlanAgreement, ///< the instalment plan to be signed by both parties
};

/// The instalment plan of a PaymentPlanAgreement.
struct PaymentPlanTermsForLetter {
    std::vector<Instalment> schedule;   ///< PAYMENTPLAN's rows
    AnnualRate annualRate = AnnualRate::fromScaledUnits(0);
    /// Days an instalment may remain unpaid before the whole balance falls
    /// due (the acceleration clause).
    int accelerationDays = 15;
};

struct LetterModel {
    LetterKind kind = LetterKind::FirstReminder;
    std::string language;     ///< en, fr, de, es, it, nl (the client's language)
    std::string currency;     ///< ISO 4217 code; amounts carry their minor-unit digits
    /// The creditor's late-payment rule code (late_payment_rule.hpp): FR,
    /// FR-MIN, DE, DE-B2C, GB, EU, BE, NL, ES, IT, LU, FR-LEGAL-PRO,
    /// FR-LEGAL-PART. It decides the legal mentions, whatever the language.
    std::string jurisdiction;
    Date letterDate;
    /// The date by which payment is asked: e.g. letter date + 8 days for a
    /// formal notice. GB letters before action: at least 30 days to an
    /// individual (Pre-Action Protocol for Debt Claims, enforced), usually 14
    /// to a company (Practice Direction on Pre-Action Conduct, para. 6(a)).
    /// For the courtesy note and the agreement it is not used.
    Date paymentDeadline;
    Creditor creditor;
    Debtor debtor;
    std::vector<LetterInvoice> invoices; ///< at least one
    /// The statement of interest for the formal and final notices, invoice by
    /// invoice, period by period. Its interest sums per invoice to
    /// LetterInvoice::interest.
    std::vector<InterestStatementRow> interestStatement;
    /// The statutory rate in force on the letter date (LATERATE).
    AnnualRate statutoryRate = AnnualRate::fromScaledUnits(0);
    /// Print "sent by registered letter with acknowledgement of receipt" on
    /// the formal and final notices.
    bool registeredMail = true;
    PaymentPlanTermsForLetter plan; ///< PaymentPlanAgreement only
    /// The ISO 11649 reference the payment is asked to quote instead of the
    /// invoice numbers (creditor_reference.hpp); empty: the invoice numbers.
    std::string paymentReference;
    /// Put an EPC QR code beside the payment instructions (EUR letters of a
    /// creditor with a valid IBAN only: letter_assembly decides).
    bool paymentCode = false;
};

} // namespace relance
