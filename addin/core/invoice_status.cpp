#include "core/invoice_status.hpp"

#include "core/text_folding.hpp"

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
