#include "core/register_vocabulary.hpp"

#include <initializer_list>
#include <utility>

namespace relance {

namespace {

using F = RegisterField;
using C = ClientColumn;
using S = InvoiceStatus;

template <class Key, std::size_t count>
std::array<Words, count> byKey(std::initializer_list<std::pair<Key, Words>> entries)
{
    std::array<Words, count> table{};
    for (const auto& [key, words] : entries) {
        Words& slot = table.at(static_cast<std::size_t>(key));
        slot.insert(slot.end(), words.begin(), words.end());
    }
    return table;
}

std::array<Words, registerFieldCount> byField(std::initializer_list<std::pair<F, Words>> entries)
{
    return byKey<F, registerFieldCount>(entries);
}

std::array<Words, clientColumnCount> byClientColumn(std::initializer_list<std::pair<C, Words>> entries)
{
    return byKey<C, clientColumnCount>(entries);
}

std::array<Words, invoiceStatusCount> byStatus(std::initializer_list<std::pair<S, Words>> entries)
{
    return byKey<S, invoiceStatusCount>(entries);
}

// Generic words ("Date", "Montant", "Betrag", "Total") are listed only where a
// register uses them for that one column; words that could mean two columns
// ("Last reminder": its level or its date?) are left out rather than guessed.
// A word two languages share ("Client", "Land", "Datum") is listed once.
const std::vector<RegisterVocabulary>& table()
{
    static const std::vector<RegisterVocabulary> languages{
        {"en",
         byField({
             {F::InvoiceNumber, {"Invoice", "Invoice No.", "Invoice number", "Invoice #", "Invoice nr", "Inv. no.",
                                 "Invoice ref", "Invoice reference"}},
             {F::Client, {"Client", "Client name", "Customer", "Customer name", "Debtor", "Company"}},
             {F::ClientId, {"Client id", "Client no.", "Client number", "Customer id", "Customer no.",
                            "Customer number", "Account no.", "Account number"}},
             {F::IssueDate, {"Invoice date", "Issue date", "Date issued", "Date of issue", "Issued", "Issued on",
                             "Billing date", "Date"}},
             {F::PaymentTerms, {"Terms", "Terms (days)", "Payment terms", "Payment terms (days)", "Credit days",
                                "Days"}},
             {F::DueDate, {"Due date", "Due", "Due on", "Date due", "Payment due", "Maturity", "Maturity date"}},
             {F::AmountExclTax, {"Amount excl. VAT", "Amount excl. tax", "Amount ex VAT", "Excl. VAT", "Net",
                                 "Net amount", "Amount (net)", "Subtotal"}},
             {F::AmountInclTax, {"Amount incl. VAT", "Amount incl. tax", "Incl. VAT", "Total incl. VAT", "Gross",
                                 "Gross amount", "Amount", "Total", "Invoice amount"}},
             {F::PaidAmount, {"Paid", "Paid amount", "Amount paid", "Payment", "Payments", "Received",
                              "Amount received"}},
             {F::PaidDate, {"Paid date", "Date paid", "Payment date", "Paid on", "Date of payment", "Received on"}},
             {F::Status, {"Status", "State", "Dispute", "Disputed"}},
             {F::Language, {"Language", "Lang."}},
             {F::LastReminderLevel, {"Last reminder level", "Last reminder (level)", "Reminder level",
                                     "Dunning level"}},
             {F::LastReminderDate, {"Last reminder date", "Last reminder (date)", "Last reminder on",
                                    "Date of last reminder", "Reminder date", "Reminded on"}},
             {F::Address, {"Address", "Billing address", "Postal address"}},
             {F::Email, {"E-mail", "E-mail address", "Mail"}},
             {F::Country, {"Country", "Country code", "Jurisdiction"}},
         }),
         byClientColumn({
             {C::Name, {"Client", "Customer", "Name", "Company"}},
             {C::Street, {"Address", "Street"}},
             {C::Postcode, {"Postcode", "Postal code", "ZIP", "ZIP code"}},
             {C::City, {"City", "Town"}},
             {C::Country, {"Country"}},
             {C::Email, {"E-mail", "Email", "Mail"}},
             {C::Language, {"Language"}},
         }),
         byStatus({
             {S::Open, {"open", "unpaid", "outstanding"}},
             {S::Paid, {"paid", "settled", "paid in full"}},
             {S::PartlyPaid, {"partly paid", "part paid", "partially paid", "part payment"}},
             {S::Disputed, {"disputed", "in dispute", "dispute"}},
             {S::PaymentPlan, {"payment plan", "instalment plan", "installment plan", "payment arrangement"}},
         }),
         {"Dispute", "Disputed"},
         {"yes", "y", "true"},
         {"no", "n", "false"}},

        {"fr",
         byField({
             {F::InvoiceNumber, {"Facture", "N° facture", "N° de facture", "Numéro facture", "Numéro de facture",
                                 "Num. facture", "Réf. facture", "Référence facture"}},
             {F::Client, {"Nom client", "Nom du client", "Raison sociale", "Débiteur"}},
             {F::ClientId, {"N° client", "Numéro client", "Numéro de client", "Code client", "Réf. client",
                            "Identifiant client"}},
             {F::IssueDate, {"Date facture", "Date de facture", "Date de la facture", "Date d'émission",
                             "Date émission", "Émise le", "Date de facturation"}},
             {F::PaymentTerms, {"Délai", "Délai (jours)", "Délai de paiement", "Délai de paiement (jours)",
                                "Conditions de paiement", "Jours"}},
             {F::DueDate, {"Échéance", "Date d'échéance", "Date échéance", "Échéance le", "Date limite de paiement",
                           "À payer le"}},
             {F::AmountExclTax, {"Montant HT", "HT", "Total HT", "Montant hors taxes", "Hors taxes"}},
             {F::AmountInclTax, {"Montant TTC", "TTC", "Total TTC", "Montant", "Montant toutes taxes comprises",
                                 "Montant facture"}},
             {F::PaidAmount, {"Payé", "Montant payé", "Réglé", "Montant réglé", "Paiement", "Encaissé",
                              "Montant encaissé"}},
             {F::PaidDate, {"Date paiement", "Date de paiement", "Date de règlement", "Payé le", "Réglé le",
                            "Date d'encaissement"}},
             {F::Status, {"Statut", "État", "Litige", "Situation"}},
             {F::Language, {"Langue"}},
             {F::LastReminderLevel, {"Dernière relance (niveau)", "Niveau de relance", "Niveau relance",
                                     "Relance (niveau)"}},
             {F::LastReminderDate, {"Dernière relance (date)", "Date de relance", "Date relance",
                                    "Date dernière relance", "Date de la dernière relance", "Relancé le"}},
             {F::Address, {"Adresse", "Adresse de facturation", "Adresse postale"}},
             {F::Email, {"Courriel", "Adresse e-mail", "Adresse électronique", "Mél"}},
             {F::Country, {"Pays", "Code pays", "Juridiction"}},
         }),
         byClientColumn({
             {C::Name, {"Nom", "Raison sociale"}},
             {C::Street, {"Adresse", "Rue"}},
             {C::Postcode, {"Code postal", "CP"}},
             {C::City, {"Ville", "Localité"}},
             {C::Country, {"Pays"}},
             {C::Email, {"Courriel"}},
             {C::Language, {"Langue"}},
         }),
         byStatus({
             {S::Open, {"ouvert", "ouverte", "impayé", "impayée", "à payer", "en attente"}},
             {S::Paid, {"payé", "payée", "réglé", "réglée", "soldé", "soldée", "acquitté", "acquittée"}},
             {S::PartlyPaid, {"partiellement payé", "partiellement payée", "payé partiellement", "payée partiellement",
                              "partiellement réglé", "partiellement réglée", "acompte", "paiement partiel"}},
             {S::Disputed, {"litige", "en litige", "contesté", "contestée", "contestation"}},
             {S::PaymentPlan, {"échéancier", "plan de paiement", "plan d'apurement"}},
         }),
         {"Litige", "Contesté"},
         {"oui", "vrai"},
         {"non", "faux"}},

        {"de",
         byField({
             {F::InvoiceNumber, {"Rechnung", "Rechnungsnr.", "Rechnungsnummer", "Rechnung Nr.", "Re.-Nr.",
                                 "Belegnummer", "Beleg-Nr."}},
             {F::Client, {"Kunde", "Kundenname", "Debitor", "Firma", "Schuldner"}},
             {F::ClientId, {"Kundennr.", "Kundennummer", "Debitorennr.", "Debitorennummer"}},
             {F::IssueDate, {"Rechnungsdatum", "Datum", "Belegdatum", "Ausstellungsdatum", "Rechnung vom"}},
             {F::PaymentTerms, {"Zahlungsziel", "Zahlungsziel (Tage)", "Zahlungsfrist", "Zahlungsfrist (Tage)",
                                "Tage"}},
             {F::DueDate, {"Fälligkeit", "Fälligkeitsdatum", "Fällig am", "Fällig", "Fälligkeitstermin",
                           "Zahlbar bis"}},
             {F::AmountExclTax, {"Netto", "Nettobetrag", "Betrag netto", "Summe netto"}},
             {F::AmountInclTax, {"Brutto", "Bruttobetrag", "Betrag", "Betrag brutto", "Summe brutto",
                                 "Rechnungsbetrag", "Gesamtbetrag"}},
             {F::PaidAmount, {"Bezahlt", "Gezahlt", "Bezahlter Betrag", "Gezahlter Betrag", "Zahlung",
                              "Zahlungseingang"}},
             {F::PaidDate, {"Zahlungsdatum", "Bezahlt am", "Gezahlt am", "Zahlungseingang am", "Eingangsdatum"}},
             {F::Status, {"Zustand", "Strittig", "Bestritten", "Streitfall"}},
             {F::Language, {"Sprache"}},
             {F::LastReminderLevel, {"Letzte Mahnstufe", "Mahnstufe"}},
             {F::LastReminderDate, {"Letzte Mahnung am", "Letzte Mahnung (Datum)", "Datum letzte Mahnung",
                                    "Mahndatum", "Gemahnt am"}},
             {F::Address, {"Anschrift", "Rechnungsadresse"}},
             {F::Email, {"E-Mail-Adresse"}},
             {F::Country, {"Land", "Ländercode", "Länderkennzeichen"}},
         }),
         byClientColumn({
             {C::Name, {"Kunde", "Firma"}},
             {C::Street, {"Straße", "Strasse", "Anschrift"}},
             {C::Postcode, {"PLZ", "Postleitzahl"}},
             {C::City, {"Ort", "Stadt"}},
             {C::Country, {"Land"}},
             {C::Email, {"E-Mail"}},
             {C::Language, {"Sprache"}},
         }),
         byStatus({
             {S::Open, {"offen", "unbezahlt", "ausstehend"}},
             {S::Paid, {"bezahlt", "beglichen", "ausgeglichen"}},
             {S::PartlyPaid, {"teilweise bezahlt", "teilbezahlt", "teilzahlung"}},
             {S::Disputed, {"strittig", "bestritten", "streitig", "reklamiert"}},
             {S::PaymentPlan, {"ratenzahlung", "ratenplan", "ratenvereinbarung"}},
         }),
         {"Strittig", "Bestritten", "Streitfall"},
         {"ja", "j"},
         {"nein", "falsch"}},

        {"es",
         byField({
             {F::InvoiceNumber, {"Factura", "N° factura", "Número de factura", "Número factura", "Num. factura",
                                 "Nro. factura"}},
             {F::Client, {"Cliente", "Nombre cliente", "Nombre del cliente", "Deudor", "Razón social"}},
             {F::ClientId, {"N° cliente", "Número de cliente", "Código cliente", "Código de cliente", "Id cliente"}},
             {F::IssueDate, {"Fecha factura", "Fecha de factura", "Fecha de emisión", "Fecha emisión", "Fecha"}},
             {F::PaymentTerms, {"Plazo", "Plazo (días)", "Plazo de pago", "Plazo de pago (días)",
                                "Condiciones de pago", "Días"}},
             {F::DueDate, {"Vencimiento", "Fecha de vencimiento", "Fecha vencimiento", "Vence"}},
             {F::AmountExclTax, {"Importe sin IVA", "Base imponible", "Neto", "Importe neto"}},
             {F::AmountInclTax, {"Importe", "Importe total", "Importe con IVA", "Total factura", "Importe factura"}},
             {F::PaidAmount, {"Pagado", "Importe pagado", "Cobrado", "Importe cobrado", "Pago"}},
             {F::PaidDate, {"Fecha de pago", "Fecha pago", "Pagado el", "Fecha de cobro", "Fecha cobro"}},
             {F::Status, {"Estado", "Situación", "Litigio", "En litigio"}},
             {F::Language, {"Idioma", "Lengua"}},
             {F::LastReminderLevel, {"Nivel de recordatorio", "Nivel recordatorio", "Último recordatorio (nivel)",
                                     "Nivel de reclamación"}},
             {F::LastReminderDate, {"Fecha último recordatorio", "Fecha de recordatorio", "Fecha recordatorio",
                                    "Último recordatorio (fecha)"}},
             {F::Address, {"Dirección", "Dirección de facturación"}},
             {F::Email, {"Correo", "Correo electrónico"}},
             {F::Country, {"País", "Código de país", "Jurisdicción"}},
         }),
         byClientColumn({
             {C::Name, {"Cliente", "Razón social"}},
             {C::Street, {"Dirección", "Direccion", "Calle"}},
             {C::Postcode, {"Código postal"}},
             {C::City, {"Ciudad", "Localidad"}},
             {C::Country, {"País"}},
             {C::Email, {"Correo", "Correo electrónico"}},
             {C::Language, {"Idioma"}},
         }),
         byStatus({
             {S::Open, {"abierto", "abierta", "pendiente", "impagado", "impagada"}},
             {S::Paid, {"pagado", "pagada", "cobrado", "cobrada", "saldado", "saldada"}},
             {S::PartlyPaid, {"parcialmente pagado", "parcialmente pagada", "pagado parcialmente",
                              "pagada parcialmente", "pago parcial"}},
             {S::Disputed, {"en litigio", "litigio", "disputado", "disputada", "impugnado", "impugnada"}},
             {S::PaymentPlan, {"plan de pagos", "plan de pago", "aplazamiento"}},
         }),
         {"Litigio", "En litigio"},
         {"sí", "si"},
         {"no"}},

        {"it",
         byField({
             {F::InvoiceNumber, {"Fattura", "N. fattura", "N° fattura", "Nr. fattura", "Numero fattura",
                                 "Numero della fattura", "Num. fattura"}},
             {F::Client, {"Nome cliente", "Ragione sociale", "Debitore"}},
             {F::ClientId, {"Codice cliente", "N. cliente", "Numero cliente"}},
             {F::IssueDate, {"Data fattura", "Data della fattura", "Data di emissione", "Data emissione", "Data"}},
             {F::PaymentTerms, {"Termini di pagamento", "Termine di pagamento", "Termine (giorni)", "Giorni",
                                "Dilazione"}},
             {F::DueDate, {"Scadenza", "Data scadenza", "Data di scadenza", "Scade il"}},
             {F::AmountExclTax, {"Imponibile", "Importo imponibile", "Importo netto", "Importo senza IVA"}},
             {F::AmountInclTax, {"Importo", "Totale", "Importo totale", "Totale fattura", "Importo fattura",
                                 "Importo IVA inclusa", "Lordo"}},
             {F::PaidAmount, {"Pagato", "Importo pagato", "Incassato", "Importo incassato", "Pagamento"}},
             {F::PaidDate, {"Data pagamento", "Data di pagamento", "Pagato il", "Data incasso"}},
             {F::Status, {"Stato", "Situazione", "Contestazione", "Contestata"}},
             {F::Language, {"Lingua"}},
             {F::LastReminderLevel, {"Livello sollecito", "Livello di sollecito", "Ultimo sollecito (livello)"}},
             {F::LastReminderDate, {"Data ultimo sollecito", "Data sollecito", "Ultimo sollecito (data)",
                                    "Sollecitato il"}},
             {F::Address, {"Indirizzo", "Indirizzo di fatturazione"}},
             {F::Email, {"Posta elettronica", "Indirizzo e-mail"}},
             {F::Country, {"Paese", "Nazione", "Giurisdizione"}},
         }),
         byClientColumn({
             {C::Name, {"Ragione sociale"}},
             {C::Street, {"Indirizzo", "Via"}},
             {C::Postcode, {"CAP"}},
             {C::City, {"Città", "Comune"}},
             {C::Country, {"Paese", "Nazione"}},
             {C::Email, {"Posta elettronica"}},
             {C::Language, {"Lingua"}},
         }),
         byStatus({
             {S::Open, {"aperto", "aperta", "da pagare", "non pagato", "non pagata", "insoluto"}},
             {S::Paid, {"pagato", "pagata", "saldato", "saldata", "incassato", "incassata"}},
             {S::PartlyPaid, {"parzialmente pagato", "parzialmente pagata", "pagato in parte", "pagata in parte",
                              "pagamento parziale"}},
             {S::Disputed, {"contestata", "contestato", "in contestazione", "contestazione", "in contenzioso"}},
             {S::PaymentPlan, {"piano di rientro", "piano rateale", "rateizzazione", "rateizzato"}},
         }),
         {"Contestazione", "Contestata"},
         {"sì"},
         {"no"}},

        {"nl",
         byField({
             {F::InvoiceNumber, {"Factuur", "Factuurnummer", "Factuurnr.", "Factuur nr.", "Nr. factuur"}},
             {F::Client, {"Klant", "Klantnaam", "Naam klant", "Debiteur", "Bedrijf"}},
             {F::ClientId, {"Klantnummer", "Klantnr.", "Debiteurnummer", "Debiteurnr."}},
             {F::IssueDate, {"Factuurdatum", "Datum factuur", "Uitgiftedatum"}},
             {F::PaymentTerms, {"Betalingstermijn", "Betalingstermijn (dagen)", "Betaaltermijn", "Termijn", "Dagen"}},
             {F::DueDate, {"Vervaldatum", "Vervaldag", "Uiterste betaaldatum", "Te betalen voor"}},
             {F::AmountExclTax, {"Bedrag excl. btw", "Bedrag exclusief btw", "Excl. btw", "Nettobedrag"}},
             {F::AmountInclTax, {"Bedrag", "Bedrag incl. btw", "Incl. btw", "Totaal", "Totaalbedrag", "Factuurbedrag",
                                 "Bruto", "Brutobedrag"}},
             {F::PaidAmount, {"Betaald", "Betaald bedrag", "Bedrag betaald", "Ontvangen", "Betaling"}},
             {F::PaidDate, {"Betaaldatum", "Datum betaling", "Datum betaald", "Betaald op", "Ontvangen op"}},
             {F::Status, {"Toestand", "Betwist", "Geschil"}},
             {F::Language, {"Taal"}},
             {F::LastReminderLevel, {"Aanmaningsniveau", "Herinneringsniveau", "Laatste herinnering (niveau)",
                                     "Niveau herinnering"}},
             {F::LastReminderDate, {"Datum laatste herinnering", "Herinneringsdatum", "Laatste herinnering (datum)",
                                    "Aangemaand op"}},
             {F::Address, {"Adres", "Factuuradres"}},
             {F::Email, {"E-mailadres", "Mailadres"}},
             {F::Country, {"Landcode", "Jurisdictie"}},
         }),
         byClientColumn({
             {C::Name, {"Klant", "Bedrijf"}},
             {C::Street, {"Adres", "Straat"}},
             {C::Postcode, {"Postcode NL", "Postnummer"}},
             {C::City, {"Plaats", "Woonplaats"}},
             {C::Country, {}},
             {C::Email, {"E-mailadres"}},
             {C::Language, {"Taal"}},
         }),
         byStatus({
             {S::Open, {"openstaand", "onbetaald"}},
             {S::Paid, {"betaald", "voldaan"}},
             {S::PartlyPaid, {"gedeeltelijk betaald", "deels betaald", "deelbetaling"}},
             {S::Disputed, {"betwist", "geschil", "in geschil"}},
             {S::PaymentPlan, {"betalingsregeling", "afbetalingsregeling"}},
         }),
         {"Betwist", "Geschil"},
         {"ja"},
         {"nee"}},
    };
    return languages;
}

} // namespace

const std::vector<RegisterVocabulary>& registerVocabulary() { return table(); }

std::string registerLanguageList()
{
    const auto& languages = table();
    std::string text;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        if (i > 0)
            text += i + 1 == languages.size() ? " or " : ", ";
        text += languages[i].language;
    }
    return text;
}

} // namespace relance
