// The composition of each letter: which messages, in which order, with which
// arguments. The words are in the catalogs (packaging/letters/*.txt); this
// file only decides structure and figures.
//
//   courtesy  subject, intro, invoices table, payment, note, contact, closing
//   first     subject, intro, invoices table, request, payment, dialogue,
//             contact, crossed
//   second    subject, intro, statement of account, request, payment,
//             dialogue, contact, warning
//   formal    subject, intro, legal basis, fixed fee, interest statement,
//             statement of account, total in figures and words, demand,
//             payment, consequence, [GB: pre-action protocol]
//   final     subject, intro, legal basis, fixed fee, interest statement,
//             statement of account, total, payment, procedure, costs,
//             [GB: pre-action protocol]
//   agreement title, parties, acknowledged debt, invoices, schedule, payment,
//             acceleration, forbearance, copies; signature blocks for both
#include "letters/letter_renderer.hpp"

#include "core/error.hpp"
#include "core/creditor_reference.hpp"
#include "core/epc_payment.hpp"
#include "core/late_payment_rule.hpp"
#include "letters/amount_in_words.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/locale_formatter.hpp"

#include <algorithm>
#include <string_view>

namespace relance {

namespace {

struct Totals {
    Money amount, paid, balance, interest, fees, due;
};

Totals totalsOf(const std::vector<LetterInvoice>& invoices)
{
    const int digits = invoices.front().amount.digits();
    const Money zero = Money::fromMinorUnits(0, digits);
    Totals totals{zero, zero, zero, zero, zero, zero};
    for (const LetterInvoice& invoice : invoices) {
        totals.amount += invoice.amount;
        totals.paid += invoice.paid;
        totals.balance += invoice.balance();
        totals.interest += invoice.interest;
        totals.fees += invoice.fixedFee;
        totals.due += invoice.totalDue();
    }
    return totals;
}

using Column = ColumnAlignment;

class Composer {
public:
    Composer(const LetterModel& model, const std::string& directory)
        : model_(model), catalog_(directory, model.language), format_(model.language, model.currency),
          rule_(latePaymentRule(model.jurisdiction)), totals_(checkedTotals(model))
    {
        std::vector<std::string> numbers;
        for (const LetterInvoice& invoice : model.invoices)
            numbers.push_back(invoice.number);
        numbers_ = format_.list(numbers);
        checkDates();
    }

    RenderedLetter compose()
    {
        header();
        switch (model_.kind) {
        case LetterKind::CourtesyBeforeDue: courtesy(); break;
        case LetterKind::FirstReminder: first(); break;
        case LetterKind::SecondReminder: second(); break;
        case LetterKind::FormalNotice: formal(); break;
        case LetterKind::FinalNotice: finalNotice(); break;
        case LetterKind::PaymentPlanAgreement: agreement(); break;
        }
        if (model_.kind != LetterKind::PaymentPlanAgreement) {
            letter_.closing = catalog_.format("common/closing", MessageArguments().text("kind", kind()));
            SignatureBlock signature;
            for (const std::string* line : {&model_.creditor.signatoryName, &model_.creditor.signatoryTitle,
                                            &model_.creditor.name})
                if (!line->empty())
                    signature.lines.push_back(*line);
            letter_.signatures.push_back(signature);
        }
        return std::move(letter_);
    }

private:
    static Totals checkedTotals(const LetterModel& model)
    {
        if (model.invoices.empty())
            throw InvalidArgument("Letter has no invoices: a letter groups at least one invoice of the client");
        return totalsOf(model.invoices); // Money refuses mixed digits
    }

    void checkDates() const
    {
        const bool asksPayment =
            model_.kind != LetterKind::CourtesyBeforeDue && model_.kind != LetterKind::PaymentPlanAgreement;
        if (asksPayment && !(model_.paymentDeadline > model_.letterDate))
            throw InvalidArgument("Payment deadline (" + isoText(model_.paymentDeadline) +
                                  ") must be after the letter date (" + isoText(model_.letterDate) + ")");
        const bool letterBeforeAction =
            model_.kind == LetterKind::FormalNotice || model_.kind == LetterKind::FinalNotice;
        const long replyDays = rule_.preActionReplyDays;
        if (letterBeforeAction && replyDays > 0 && model_.debtor.individual &&
            (model_.paymentDeadline - model_.letterDate).days() < replyDays)
            throw InvalidArgument("Payment deadline (" + isoText(model_.paymentDeadline) + ") must be at least " +
                                  std::to_string(replyDays) + " days after the letter date (" +
                                  isoText(model_.letterDate) + "): under " + std::string(rule_.code) +
                                  " the pre-action protocol gives an individual " + std::to_string(replyDays) +
                                  " days to reply");
    }

    const char* kind() const { return letterKindKeyword(model_.kind); }
    /// The select keywords of the creditor's jurisdiction (jurisdictions.cpp).
    std::string law() const { return std::string(rule_.lettersLaw); }
    std::string country() const { return std::string(rule_.lettersCountry); }
    std::string key(const char* name) const { return std::string(kind()) + "/" + name; }
    long count() const { return static_cast<long>(model_.invoices.size()); }

    MessageArguments countAndNumbers() const
    {
        MessageArguments arguments;
        arguments.number("count", count()).text("numbers", numbers_);
        return arguments;
    }

    void paragraph(std::string text) { letter_.blocks.push_back(LetterParagraph{std::move(text)}); }
    void paragraph(const char* name, const MessageArguments& arguments = {})
    {
        paragraph(catalog_.format(key(name), arguments));
    }

    void header()
    {
        const Creditor& creditor = model_.creditor;
        letter_.senderLines.push_back(creditor.name);
        letter_.senderLines.insert(letter_.senderLines.end(), creditor.addressLines.begin(),
                                   creditor.addressLines.end());
        if (!creditor.registration.empty())
            letter_.senderLines.push_back(creditor.registration);
        if (!creditor.vatNumber.empty())
            letter_.senderLines.push_back(
                catalog_.format("common/vat_number", MessageArguments().text("number", creditor.vatNumber)));

        const Debtor& debtor = model_.debtor;
        letter_.recipientLines.push_back(
            catalog_.format("common/recipient_name", MessageArguments().text("name", debtor.name)));
        if (!debtor.contact.empty())
            letter_.recipientLines.push_back(
                catalog_.format("common/recipient_contact", MessageArguments().text("contact", debtor.contact)));
        letter_.recipientLines.insert(letter_.recipientLines.end(), debtor.addressLines.begin(),
                                      debtor.addressLines.end());

        if (model_.registeredMail &&
            (model_.kind == LetterKind::FormalNotice || model_.kind == LetterKind::FinalNotice))
            letter_.deliveryMention = catalog_.text("common/registered_mail");

        letter_.placeAndDate =
            creditor.city.empty()
                ? catalog_.format("common/date_only", MessageArguments().date("date", model_.letterDate))
                : catalog_.format("common/date_line",
                                  MessageArguments().text("city", creditor.city).date("date", model_.letterDate));
        if (model_.kind != LetterKind::PaymentPlanAgreement)
            letter_.salutation = catalog_.text("common/salutation");
    }

    /// The bank account as the payment paragraph names it; empty: none given.
    std::string account() const
    {
        const Creditor& creditor = model_.creditor;
        if (creditor.iban.empty())
            return creditor.bankDetails;
        if (creditor.bic.empty())
            return catalog_.format("common/bank_iban", MessageArguments().text("iban", creditor.iban));
        return catalog_.format("common/bank_account",
                               MessageArguments().text("iban", creditor.iban).text("bic", creditor.bic));
    }

    /// How to pay: a request in the reminders, a requirement ("payment must
    /// be made") in the formal and final notices, quoting the letter's
    /// reference or else the invoice numbers; then the payment code for
    /// `asked`, the amount the letter asks for.
    void paymentInstructions(Money asked)
    {
        const bool demand = model_.kind == LetterKind::FormalNotice || model_.kind == LetterKind::FinalNotice;
        const std::string bank = account();
        const std::string& reference = model_.paymentReference;
        if (!bank.empty() && reference.empty())
            paragraph(catalog_.format(demand ? "common/payment_demand" : "common/payment_instructions",
                                      MessageArguments().number("count", count()).text("account", bank)));
        else if (!bank.empty())
            paragraph(catalog_.format(demand ? "common/payment_reference_demand" : "common/payment_reference_instructions",
                                      MessageArguments().text("account", bank).text("reference",
                                                                                  groupedReference(reference))));
        if (model_.paymentCode)
            paymentCode(asked);
    }

    /// The EPC QR code for `asked` and its caption.
    void paymentCode(Money asked)
    {
        const Creditor& creditor = model_.creditor;
        EpcTransfer transfer;
        transfer.beneficiaryName = creditor.name;
        transfer.iban = creditor.iban;
        transfer.bic = creditor.bic;
        transfer.amount = asked;
        if (!model_.paymentReference.empty())
            transfer.reference = model_.paymentReference;
        else {
            std::vector<std::string> numbers;
            for (const LetterInvoice& invoice : model_.invoices)
                numbers.push_back(invoice.number);
            transfer.text = invoiceRemittanceText(numbers);
        }
        LetterPaymentCode code;
        code.payload = epcPayload(transfer);
        code.caption.push_back(catalog_.format(
            "common/payment_code", MessageArguments().text("total", money(asked)).text("name", creditor.name)));
        if (!model_.paymentReference.empty())
            code.caption.push_back(catalog_.format(
                "common/payment_code_reference",
                MessageArguments().text("reference", groupedReference(model_.paymentReference))));
        letter_.blocks.emplace_back(std::move(code));
    }

    void contact()
    {
        if (!model_.creditor.contact.empty())
            paragraph(catalog_.format("common/contact", MessageArguments().text("contact", model_.creditor.contact)));
    }

    std::string column(const char* name) const { return catalog_.text(std::string("columns/") + name); }
    std::string money(Money amount) const { return format_.money(amount); }

    void invoiceTable()
    {
        LetterTable table;
        table.header = {column("invoice"), column("issue_date"), column("due_date"),
                        column("amount"),  column("paid"),       column("balance")};
        table.alignment = {Column::Start, Column::Start, Column::Start, Column::End, Column::End, Column::End};
        for (const LetterInvoice& invoice : model_.invoices)
            table.rows.push_back({invoice.number, format_.shortDate(invoice.issueDate),
                                  format_.shortDate(invoice.dueDate), money(invoice.amount), money(invoice.paid),
                                  money(invoice.balance())});
        table.totalRow = std::vector<std::string>{column("total"), "", "", money(totals_.amount), money(totals_.paid),
                                                  money(totals_.balance)};
        letter_.blocks.emplace_back(std::move(table));
    }

    void statementOfAccount()
    {
        paragraph("statement", MessageArguments().date("date", model_.letterDate));
        LetterTable table;
        table.header = {column("invoice"),  column("due_date"), column("amount"),   column("paid"),
                        column("interest"), column("fee"),      column("total_due")};
        table.alignment = {Column::Start, Column::Start, Column::End, Column::End, Column::End, Column::End, Column::End};
        for (const LetterInvoice& invoice : model_.invoices)
            table.rows.push_back({invoice.number, format_.shortDate(invoice.dueDate), money(invoice.amount),
                                  money(invoice.paid), money(invoice.interest), money(invoice.fixedFee),
                                  money(invoice.totalDue())});
        table.totalRow = std::vector<std::string>{column("total"),         "",
                                                  money(totals_.amount),   money(totals_.paid),
                                                  money(totals_.interest), money(totals_.fees),
                                                  money(totals_.due)};
        letter_.blocks.emplace_back(std::move(table));
    }

    void interestStatement()
    {
        if (model_.interestStatement.empty())
            return;
        paragraph("interest_statement", MessageArguments().date("date", model_.letterDate));
        LetterTable table;
        table.header = {column("invoice"), column("from"),      column("to"),      column("days"),
                        column("rate"),    column("base"),      column("interest")};
        table.alignment = {Column::Start, Column::Start, Column::Start, Column::End, Column::End, Column::End, Column::End};
        Money sum = Money::fromMinorUnits(0, totals_.interest.digits());
        for (const InterestStatementRow& row : model_.interestStatement) {
            const InterestPeriod& period = row.period;
            table.rows.push_back({row.invoiceNumber, format_.shortDate(period.from), format_.shortDate(period.to),
                                  format_.integer(period.days), format_.percent(period.rate),
                                  money(period.principal), money(period.interest)});
            sum += period.interest;
        }
        table.totalRow = std::vector<std::string>{column("total"), "", "", "", "", "", money(sum)};
        letter_.blocks.emplace_back(std::move(table));
    }

    MessageArguments legalArguments() const
    {
        const std::string act =
            catalog_.format("legal/act", MessageArguments().text("country", country()));
        MessageArguments arguments;
        arguments.text("law", law()).text("country", country()).text("act", act)
            .text("rate", format_.percent(model_.statutoryRate));
        return arguments;
    }

    void legalBasis()
    {
        const MessageArguments arguments = legalArguments();
        paragraph(catalog_.format("legal/basis", arguments));
        if (!totals_.fees.isZero())
            paragraph(catalog_.format("legal/fee", arguments));
    }

    void preActionProtocol()
    {
        if (rule_.preActionReplyDays > 0)
            paragraph(catalog_.format("legal/protocol",
                                      MessageArguments().text("individual", model_.debtor.individual ? "yes" : "no")));
    }

    MessageArguments totalInWords() const
    {
        MessageArguments arguments;
        arguments.text("total", money(totals_.due))
            .text("words", amountInWords(totals_.due, catalog_.language(), model_.currency))
            .date("date", model_.letterDate);
        return arguments;
    }

    MessageArguments totalAndDeadline(Money total) const
    {
        MessageArguments arguments;
        arguments.text("total", money(total)).date("deadline", model_.paymentDeadline);
        return arguments;
    }

    void courtesy()
    {
        letter_.subject = catalog_.format(key("subject"), countAndNumbers());
        Date due = model_.invoices.front().dueDate;
        for (const LetterInvoice& invoice : model_.invoices)
            due = std::min(due, invoice.dueDate);
        paragraph("intro", countAndNumbers().text("total", money(totals_.balance)).date("due", due));
        invoiceTable();
        paymentInstructions(totals_.balance);
        paragraph("note");
        contact();
    }

    void first()
    {
        letter_.subject = catalog_.format(key("subject"), countAndNumbers());
        const LetterInvoice& invoice = model_.invoices.front();
        paragraph("intro", countAndNumbers().date("issued", invoice.issueDate).date("due", invoice.dueDate));
        invoiceTable();
        paragraph("request", totalAndDeadline(totals_.balance));
        paymentInstructions(totals_.balance);
        paragraph("dialogue");
        contact();
        paragraph("crossed");
    }

    void second()
    {
        letter_.subject = catalog_.format(key("subject"), countAndNumbers());
        long days = 0;
        for (const LetterInvoice& invoice : model_.invoices)
            days = std::max(days, invoice.daysLate);
        paragraph("intro", countAndNumbers().number("days", days));
        statementOfAccount();
        paragraph("request", totalAndDeadline(totals_.due));
        paymentInstructions(totals_.due);
        paragraph("dialogue");
        contact();
        paragraph("warning");
    }

    void formal()
    {
        letter_.subject = catalog_.format(key("subject"), countAndNumbers().text("law", law()));
        paragraph("intro", countAndNumbers().text("principal", money(totals_.balance)));
        legalBasis();
        interestStatement();
        statementOfAccount();
        paragraph("total", totalInWords());
        paragraph("demand", totalAndDeadline(totals_.due));
        paymentInstructions(totals_.due);
        paragraph("consequence", MessageArguments().text("law", law()));
        preActionProtocol();
    }

    void finalNotice()
    {
        letter_.subject = catalog_.format(key("subject"), countAndNumbers());
        paragraph("intro", countAndNumbers());
        legalBasis();
        interestStatement();
        statementOfAccount();
        paragraph("total", totalInWords());
        paymentInstructions(totals_.due);
        paragraph(catalog_.format("legal/procedure", totalAndDeadline(totals_.due).text("country", country())));
        paragraph("costs");
        preActionProtocol();
    }

    std::string partyDetails(const std::vector<std::string>& addressLines, const std::string& registration) const
    {
        std::vector<std::string> parts = addressLines;
        if (!registration.empty())
            parts.push_back(registration);
        std::string result;
        for (const std::string& part : parts)
            result += (result.empty() ? "" : ", ") + part;
        return result;
    }

    void scheduleTable()
    {
        const std::vector<Instalment>& schedule = model_.plan.schedule;
        LetterTable table;
        table.header = {column("number"),    column("due_date"),  column("payment"),
                        column("interest"),  column("principal"), column("remaining")};
        table.alignment = {Column::End, Column::Start, Column::End, Column::End, Column::End, Column::End};
        const Money zero = Money::fromMinorUnits(0, totals_.due.digits());
        Money payments = zero, interest = zero, principal = zero;
        for (const Instalment& row : schedule) {
            table.rows.push_back({format_.integer(row.number), format_.shortDate(row.date), money(row.payment),
                                  money(row.interest), money(row.principal), money(row.balance)});
            payments += row.payment;
            interest += row.interest;
            principal += row.principal;
        }
        table.totalRow =
            std::vector<std::string>{column("total"), "", money(payments), money(interest), money(principal), ""};
        letter_.blocks.emplace_back(std::move(table));
    }

    void agreement()
    {
        const std::vector<Instalment>& schedule = model_.plan.schedule;
        if (schedule.empty())
            throw InvalidArgument("Payment plan agreement has no schedule: give PAYMENTPLAN's rows");
        Money principal = Money::fromMinorUnits(0, totals_.due.digits());
        for (const Instalment& row : schedule)
            principal += row.principal;
        if (principal != totals_.due)
            throw InvalidArgument("Payment plan schedule repays " + principal.toDecimalText() +
                                  " of principal, not the acknowledged debt of " + totals_.due.toDecimalText());

        const Creditor& creditor = model_.creditor;
        const Debtor& debtor = model_.debtor;
        letter_.subject = catalog_.text("agreement/title");
        paragraph("parties");
        paragraph("creditor_party", MessageArguments().text("name", creditor.name)
                                        .text("details", partyDetails(creditor.addressLines, creditor.registration)));
        paragraph("debtor_party",
                  MessageArguments().text("name", debtor.name).text("details", partyDetails(debtor.addressLines, "")));
        MessageArguments acknowledged = totalInWords();
        acknowledged.number("count", count());
        paragraph("acknowledgement", acknowledged);
        statementOfAccount();
        const bool withInterest = model_.plan.annualRate.scaledUnits() != 0;
        paragraph("schedule", MessageArguments()
                                  .number("count", static_cast<long>(schedule.size()))
                                  .text("interest", withInterest ? "yes" : "no")
                                  .text("rate", format_.percent(model_.plan.annualRate)));
        scheduleTable();
        const std::string bank = account();
        if (!bank.empty())
            paragraph("payment", MessageArguments().text("account", bank));
        paragraph("acceleration", MessageArguments().number("days", model_.plan.accelerationDays));
        paragraph("forbearance");
        paragraph("copies");

        SignatureBlock forCreditor;
        forCreditor.lines.push_back(catalog_.text("agreement/creditor_heading"));
        for (const std::string* line : {&creditor.name, &creditor.signatoryName, &creditor.signatoryTitle})
            if (!line->empty())
                forCreditor.lines.push_back(*line);
        forCreditor.lines.push_back(catalog_.text("agreement/creditor_signature"));
        SignatureBlock forDebtor;
        forDebtor.lines = {catalog_.text("agreement/debtor_heading"), debtor.name,
                           catalog_.text("agreement/signatory"), catalog_.text("agreement/debtor_signature")};
        letter_.signatures = {forCreditor, forDebtor};
    }

    const LetterModel& model_;
    LetterCatalog catalog_;
    LocaleFormatter format_;
    const LatePaymentRule& rule_; ///< the creditor's jurisdiction: its legal mentions
    Totals totals_;
    std::string numbers_;
    RenderedLetter letter_;
};

} // namespace

const char* letterKindKeyword(LetterKind kind)
{
    switch (kind) {
    case LetterKind::CourtesyBeforeDue: return "courtesy";
    case LetterKind::FirstReminder: return "first";
    case LetterKind::SecondReminder: return "second";
    case LetterKind::FormalNotice: return "formal";
    case LetterKind::FinalNotice: return "final";
    case LetterKind::PaymentPlanAgreement: return "agreement";
    }
    throw InvalidArgument("LetterKind (" + std::to_string(static_cast<int>(kind)) + ") is not a letter kind");
}

RenderedLetter renderLetter(const LetterModel& model, const std::string& catalogDirectory)
{
    return Composer(model, catalogDirectory).compose();
}

std::string letterFileKind(LetterKind kind, const std::string& language, const std::string& catalogDirectory)
{
    return LetterCatalog(catalogDirectory, language)
        .format("common/file_kind", MessageArguments().text("kind", letterKindKeyword(kind)));
}

} // namespace relance
