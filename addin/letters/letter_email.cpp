#include "letters/letter_email.hpp"

#include "core/creditor_reference.hpp"
#include "core/error.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_renderer.hpp"
#include "letters/locale_formatter.hpp"

namespace relance {

Money amountAsked(const LetterModel& model)
{
    if (model.invoices.empty())
        throw InvalidArgument("Letter has no invoices: a letter groups at least one invoice of the client");
    const bool chargesClaimed = model.kind != LetterKind::CourtesyBeforeDue && model.kind != LetterKind::FirstReminder;
    Money total = Money::fromMinorUnits(0, model.invoices.front().amount.digits());
    for (const LetterInvoice& invoice : model.invoices)
        total += chargesClaimed ? invoice.totalDue() : invoice.balance();
    return total;
}

LetterEmailText letterEmailText(const LetterModel& model, const std::string& catalogDirectory)
{
    const LetterCatalog catalog(catalogDirectory, model.language);
    const LocaleFormatter format(model.language, model.currency);
    std::vector<std::string> numbers;
    for (const LetterInvoice& invoice : model.invoices)
        numbers.push_back(invoice.number);
    const char* kind = letterKindKeyword(model.kind);
    const std::string kindName = catalog.format("email/kind_name", MessageArguments().text("kind", kind));
    MessageArguments arguments;
    arguments.number("count", static_cast<long>(model.invoices.size()))
        .text("numbers", format.list(numbers))
        .text("kind_name", kindName)
        .text("total", format.money(amountAsked(model)));

    LetterEmailText text;
    text.subject = catalog.format("email/subject", arguments);
    text.body = catalog.text("common/salutation") + "\n\n" + catalog.format("email/body", arguments) + "\n";
    if (!model.paymentReference.empty())
        text.body += "\n" + catalog.format("email/body_reference",
                                           MessageArguments().text("reference",
                                                                   groupedReference(model.paymentReference))) +
                     "\n";
    text.body += "\n" + catalog.format("common/closing", MessageArguments().text("kind", kind)) + "\n";
    for (const std::string* line : {&model.creditor.signatoryName, &model.creditor.name})
        if (!line->empty())
            text.body += *line + "\n";
    return text;
}

} // namespace relance
