#include "core/invoice_status.hpp"

#include "core/text_folding.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

namespace relance {

namespace {

struct StatusWords {
    InvoiceStatus status;
    std::vector<std::string_view> words; // en, fr, de, es, it, nl
};

const std::vector<StatusWords>& statusWords()
{
    static const std::vector<StatusWords> table{
        {InvoiceStatus::Open,
         {"open", "unpaid", "outstanding",
          "ouvert", "ouverte", "impayé", "impayée", "à payer", "en attente",
          "offen", "unbezahlt", "ausstehend",
          "abierto", "abierta", "pendiente", "impagado", "impagada",
          "aperto", "aperta", "da pagare", "non pagato", "non pagata", "insoluto",
          "openstaand", "onbetaald"}},
        {InvoiceStatus::Paid,
         {"paid", "settled", "paid in full",
          "payé", "payée", "réglé", "réglée", "soldé", "soldée", "acquitté", "acquittée",
          "bezahlt", "beglichen", "ausgeglichen",
          "pagado", "pagada", "cobrado", "cobrada", "saldado", "saldada",
          "pagato", "pagata", "saldato", "saldata", "incassato", "incassata",
          "betaald", "voldaan"}},
        {InvoiceStatus::PartlyPaid,
         {"partly paid", "part paid", "partially paid", "part payment",
          "partiellement payé", "partiellement payée", "payé partiellement", "payée partiellement",
          "partiellement réglé", "partiellement réglée", "acompte", "paiement partiel",
          "teilweise bezahlt", "teilbezahlt", "teilzahlung",
          "parcialmente pagado", "parcialmente pagada", "pagado parcialmente", "pagada parcialmente",
          "pago parcial",
          "parzialmente pagato", "parzialmente pagata", "pagato in parte", "pagata in parte",
          "pagamento parziale",
          "gedeeltelijk betaald", "deels betaald", "deelbetaling"}},
        {InvoiceStatus::Disputed,
         {"disputed", "in dispute", "dispute",
          "litige", "en litige", "contesté", "contestée", "contestation",
          "strittig", "bestritten", "streitig", "reklamiert",
          "en litigio", "litigio", "disputado", "disputada", "impugnado", "impugnada",
          "contestata", "contestato", "in contestazione", "contestazione", "in contenzioso",
          "betwist", "geschil", "in geschil"}},
        {InvoiceStatus::PaymentPlan,
         {"payment plan", "instalment plan", "installment plan", "payment arrangement",
          "échéancier", "plan de paiement", "plan d'apurement",
          "ratenzahlung", "ratenplan", "ratenvereinbarung",
          "plan de pagos", "plan de pago", "aplazamiento",
          "piano di rientro", "piano rateale", "rateizzazione", "rateizzato",
          "betalingsregeling", "afbetalingsregeling"}},
    };
    return table;
}

const std::map<std::string, InvoiceStatus>& statusIndex()
{
    static const auto index = [] {
        std::map<std::string, InvoiceStatus> byKey;
        for (const auto& entry : statusWords())
            for (const std::string_view word : entry.words)
                for (std::string& key : foldedKeys(word))
                    byKey.emplace(std::move(key), entry.status);
        return byKey;
    }();
    return index;
}

} // namespace

std::optional<InvoiceStatus> invoiceStatusFromText(std::string_view text)
{
    const auto keys = foldedKeys(text);
    if (keys.front().empty())
        return InvoiceStatus::Open;
    for (const std::string& key : keys) {
        const auto found = statusIndex().find(key);
        if (found != statusIndex().end())
            return found->second;
    }
    return std::nullopt;
}

bool isDisputeHeader(std::string_view header)
{
    static constexpr std::array<std::string_view, 13> headers = {
        "Dispute",  "Disputed",   "Litige",        "Contesté",   "Strittig", "Bestritten", "Streitfall",
        "Litigio",  "En litigio", "Contestazione", "Contestata", "Betwist",  "Geschil"};
    return std::any_of(headers.begin(), headers.end(),
                       [&](std::string_view candidate) { return foldedEqual(header, candidate); });
}

std::optional<InvoiceStatus> disputeStatusFromText(std::string_view text)
{
    static constexpr std::array<std::string_view, 11> yes = {"oui", "yes", "y", "ja", "j", "si", "sí",
                                                             "x", "1", "vrai", "true"};
    static constexpr std::array<std::string_view, 9> no = {"non", "no", "n", "nein", "nee", "0", "faux",
                                                           "false", "falsch"};
    const auto matches = [&](const auto& words) {
        return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return foldedEqual(text, word); });
    };
    if (matches(yes))
        return InvoiceStatus::Disputed;
    if (matches(no))
        return InvoiceStatus::Open;
    return invoiceStatusFromText(text);
}

std::string_view invoiceStatusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open: return "open";
    case InvoiceStatus::Paid: return "paid";
    case InvoiceStatus::PartlyPaid: return "partly paid";
    case InvoiceStatus::Disputed: return "disputed";
    case InvoiceStatus::PaymentPlan: return "payment plan";
    }
    return "open";
}

} // namespace relance
