#include "core/register_synonyms.hpp"

#include "core/text_folding.hpp"

#include <array>
#include <map>
#include <string>

namespace relance {

namespace {

/// A field's headers in one language.
struct LanguageSynonyms {
    std::string_view language;
    std::vector<std::string_view> headers;
};

// One entry per language: en, fr, de, es, it, nl. Generic words ("Date",
// "Montant", "Betrag", "Total") are listed only where a register uses them for
// that one column; words that could mean two columns ("Last reminder": its
// level or its date?) are left out rather than guessed.
const std::array<std::vector<LanguageSynonyms>, registerFieldCount>& synonymTable()
{
    static const std::array<std::vector<LanguageSynonyms>, registerFieldCount> table{{
        // InvoiceNumber
        {{
            {"en", {"Invoice", "Invoice No.", "Invoice number", "Invoice #", "Invoice nr", "Inv. no.", "Invoice ref", "Invoice reference"}},
            {"fr", {"Facture", "N° facture", "N° de facture", "Numéro facture", "Numéro de facture", "Num. facture", "Réf. facture", "Référence facture"}},
            {"de", {"Rechnung", "Rechnungsnr.", "Rechnungsnummer", "Rechnung Nr.", "Re.-Nr.", "Belegnummer", "Beleg-Nr."}},
            {"es", {"Factura", "N° factura", "Número de factura", "Número factura", "Num. factura", "Nro. factura"}},
            {"it", {"Fattura", "N. fattura", "N° fattura", "Nr. fattura", "Numero fattura", "Numero della fattura", "Num. fattura"}},
            {"nl", {"Factuur", "Factuurnummer", "Factuurnr.", "Factuur nr.", "Nr. factuur"}},
        }},
        // Client
        {{
            {"en", {"Client", "Client name", "Customer", "Customer name", "Debtor", "Company"}},
            {"fr", {"Nom client", "Nom du client", "Raison sociale", "Débiteur"}},
            {"de", {"Kunde", "Kundenname", "Debitor", "Firma", "Schuldner"}},
            {"es", {"Cliente", "Nombre cliente", "Nombre del cliente", "Deudor", "Razón social"}},
            {"it", {"Nome cliente", "Ragione sociale", "Debitore"}},
            {"nl", {"Klant", "Klantnaam", "Naam klant", "Debiteur", "Bedrijf"}},
        }},
        // ClientId
        {{
            {"en", {"Client id", "Client no.", "Client number", "Customer id", "Customer no.", "Customer number", "Account no.", "Account number"}},
            {"fr", {"N° client", "Numéro client", "Numéro de client", "Code client", "Réf. client", "Identifiant client"}},
            {"de", {"Kundennr.", "Kundennummer", "Debitorennr.", "Debitorennummer"}},
            {"es", {"N° cliente", "Número de cliente", "Código cliente", "Código de cliente", "Id cliente"}},
            {"it", {"Codice cliente", "N. cliente", "Numero cliente"}},
            {"nl", {"Klantnummer", "Klantnr.", "Debiteurnummer", "Debiteurnr."}},
        }},
        // IssueDate
        {{
            {"en", {"Invoice date", "Issue date", "Date issued", "Date of issue", "Issued", "Issued on", "Billing date", "Date"}},
            {"fr", {"Date facture", "Date de facture", "Date de la facture", "Date d'émission", "Date émission", "Émise le", "Date de facturation"}},
            {"de", {"Rechnungsdatum", "Datum", "Belegdatum", "Ausstellungsdatum", "Rechnung vom"}},
            {"es", {"Fecha factura", "Fecha de factura", "Fecha de emisión", "Fecha emisión", "Fecha"}},
            {"it", {"Data fattura", "Data della fattura", "Data di emissione", "Data emissione", "Data"}},
            {"nl", {"Factuurdatum", "Datum factuur", "Uitgiftedatum"}},
        }},
        // PaymentTerms
        {{
            {"en", {"Terms", "Terms (days)", "Payment terms", "Payment terms (days)", "Credit days", "Days"}},
            {"fr", {"Délai", "Délai (jours)", "Délai de paiement", "Délai de paiement (jours)", "Conditions de paiement", "Jours"}},
            {"de", {"Zahlungsziel", "Zahlungsziel (Tage)", "Zahlungsfrist", "Zahlungsfrist (Tage)", "Tage"}},
            {"es", {"Plazo", "Plazo (días)", "Plazo de pago", "Plazo de pago (días)", "Condiciones de pago", "Días"}},
            {"it", {"Termini di pagamento", "Termine di pagamento", "Termine (giorni)", "Giorni", "Dilazione"}},
            {"nl", {"Betalingstermijn", "Betalingstermijn (dagen)", "Betaaltermijn", "Termijn", "Dagen"}},
        }},
        // DueDate
        {{
            {"en", {"Due date", "Due", "Due on", "Date due", "Payment due", "Maturity", "Maturity date"}},
            {"fr", {"Échéance", "Date d'échéance", "Date échéance", "Échéance le", "Date limite de paiement", "À payer le"}},
            {"de", {"Fälligkeit", "Fälligkeitsdatum", "Fällig am", "Fällig", "Fälligkeitstermin", "Zahlbar bis"}},
            {"es", {"Vencimiento", "Fecha de vencimiento", "Fecha vencimiento", "Vence"}},
            {"it", {"Scadenza", "Data scadenza", "Data di scadenza", "Scade il"}},
            {"nl", {"Vervaldatum", "Vervaldag", "Uiterste betaaldatum", "Te betalen voor"}},
        }},
        // AmountExclTax
        {{
            {"en", {"Amount excl. VAT", "Amount excl. tax", "Amount ex VAT", "Excl. VAT", "Net", "Net amount", "Amount (net)", "Subtotal"}},
            {"fr", {"Montant HT", "HT", "Total HT", "Montant hors taxes", "Hors taxes"}},
            {"de", {"Netto", "Nettobetrag", "Betrag netto", "Summe netto"}},
            {"es", {"Importe sin IVA", "Base imponible", "Neto", "Importe neto"}},
            {"it", {"Imponibile", "Importo imponibile", "Importo netto", "Importo senza IVA"}},
            {"nl", {"Bedrag excl. btw", "Bedrag exclusief btw", "Excl. btw", "Nettobedrag"}},
        }},
        // AmountInclTax
        {{
            {"en", {"Amount incl. VAT", "Amount incl. tax", "Incl. VAT", "Total incl. VAT", "Gross", "Gross amount", "Amount", "Total", "Invoice amount"}},
            {"fr", {"Montant TTC", "TTC", "Total TTC", "Montant", "Montant toutes taxes comprises", "Montant facture"}},
            {"de", {"Brutto", "Bruttobetrag", "Betrag", "Betrag brutto", "Summe brutto", "Rechnungsbetrag", "Gesamtbetrag"}},
            {"es", {"Importe", "Importe total", "Importe con IVA", "Total factura", "Importe factura"}},
            {"it", {"Importo", "Totale", "Importo totale", "Totale fattura", "Importo fattura", "Importo IVA inclusa", "Lordo"}},
            {"nl", {"Bedrag", "Bedrag incl. btw", "Incl. btw", "Totaal", "Totaalbedrag", "Factuurbedrag", "Bruto", "Brutobedrag"}},
        }},
        // PaidAmount
        {{
            {"en", {"Paid", "Paid amount", "Amount paid", "Payment", "Payments", "Received", "Amount received"}},
            {"fr", {"Payé", "Montant payé", "Réglé", "Montant réglé", "Paiement", "Encaissé", "Montant encaissé"}},
            {"de", {"Bezahlt", "Gezahlt", "Bezahlter Betrag", "Gezahlter Betrag", "Zahlung", "Zahlungseingang"}},
            {"es", {"Pagado", "Importe pagado", "Cobrado", "Importe cobrado", "Pago"}},
            {"it", {"Pagato", "Importo pagato", "Incassato", "Importo incassato", "Pagamento"}},
            {"nl", {"Betaald", "Betaald bedrag", "Bedrag betaald", "Ontvangen", "Betaling"}},
        }},
        // PaidDate
        {{
            {"en", {"Paid date", "Date paid", "Payment date", "Paid on", "Date of payment", "Received on"}},
            {"fr", {"Date paiement", "Date de paiement", "Date de règlement", "Payé le", "Réglé le", "Date d'encaissement"}},
            {"de", {"Zahlungsdatum", "Bezahlt am", "Gezahlt am", "Zahlungseingang am", "Eingangsdatum"}},
            {"es", {"Fecha de pago", "Fecha pago", "Pagado el", "Fecha de cobro", "Fecha cobro"}},
            {"it", {"Data pagamento", "Data di pagamento", "Pagato il", "Data incasso"}},
            {"nl", {"Betaaldatum", "Datum betaling", "Datum betaald", "Betaald op", "Ontvangen op"}},
        }},
        // Status
        {{
            {"en", {"Status", "State", "Dispute", "Disputed"}},
            {"fr", {"Statut", "État", "Litige", "Situation"}},
            {"de", {"Zustand", "Strittig", "Bestritten", "Streitfall"}},
            {"es", {"Estado", "Situación", "Litigio", "En litigio"}},
            {"it", {"Stato", "Situazione", "Contestazione", "Contestata"}},
            {"nl", {"Toestand", "Betwist", "Geschil"}},
        }},
        // Language
        {{
            {"en", {"Language", "Lang."}},
            {"fr", {"Langue"}},
            {"de", {"Sprache"}},
            {"es", {"Idioma", "Lengua"}},
            {"it", {"Lingua"}},
            {"nl", {"Taal"}},
        }},
        // LastReminderLevel
        {{
            {"en", {"Last reminder level", "Last reminder (level)", "Reminder level", "Dunning level"}},
            {"fr", {"Dernière relance (niveau)", "Niveau de relance", "Niveau relance", "Relance (niveau)"}},
            {"de", {"Letzte Mahnstufe", "Mahnstufe"}},
            {"es", {"Nivel de recordatorio", "Nivel recordatorio", "Último recordatorio (nivel)", "Nivel de reclamación"}},
            {"it", {"Livello sollecito", "Livello di sollecito", "Ultimo sollecito (livello)"}},
            {"nl", {"Aanmaningsniveau", "Herinneringsniveau", "Laatste herinnering (niveau)", "Niveau herinnering"}},
        }},
        // LastReminderDate
        {{
            {"en", {"Last reminder date", "Last reminder (date)", "Last reminder on", "Date of last reminder", "Reminder date", "Reminded on"}},
            {"fr", {"Dernière relance (date)", "Date de relance", "Date relance", "Date dernière relance", "Date de la dernière relance", "Relancé le"}},
            {"de", {"Letzte Mahnung am", "Letzte Mahnung (Datum)", "Datum letzte Mahnung", "Mahndatum", "Gemahnt am"}},
            {"es", {"Fecha último recordatorio", "Fecha de recordatorio", "Fecha recordatorio", "Último recordatorio (fecha)"}},
            {"it", {"Data ultimo sollecito", "Data sollecito", "Ultimo sollecito (data)", "Sollecitato il"}},
            {"nl", {"Datum laatste herinnering", "Herinneringsdatum", "Laatste herinnering (datum)", "Aangemaand op"}},
        }},
        // Address
        {{
            {"en", {"Address", "Billing address", "Postal address"}},
            {"fr", {"Adresse", "Adresse de facturation", "Adresse postale"}},
            {"de", {"Anschrift", "Rechnungsadresse"}},
            {"es", {"Dirección", "Dirección de facturación"}},
            {"it", {"Indirizzo", "Indirizzo di fatturazione"}},
            {"nl", {"Adres", "Factuuradres"}},
        }},
        // Email
        {{
            {"en", {"E-mail", "E-mail address", "Mail"}},
            {"fr", {"Courriel", "Adresse e-mail", "Adresse électronique", "Mél"}},
            {"de", {"E-Mail-Adresse"}},
            {"es", {"Correo", "Correo electrónico"}},
            {"it", {"Posta elettronica", "Indirizzo e-mail"}},
            {"nl", {"E-mailadres", "Mailadres"}},
        }},
        // Country
        {{
            {"en", {"Country", "Country code", "Jurisdiction"}},
            {"fr", {"Pays", "Code pays", "Juridiction"}},
            {"de", {"Land", "Ländercode", "Länderkennzeichen"}},
            {"es", {"País", "Código de país", "Jurisdicción"}},
            {"it", {"Paese", "Nazione", "Giurisdizione"}},
            {"nl", {"Landcode", "Jurisdictie"}},
        }},
    }};
    return table;
}

/// What a folded header key names: its field, and the languages that write it so.
struct HeaderKey {
    RegisterField field;
    std::vector<std::string_view> languages;
};

/// Folded key → field and languages, built once from the table.
const std::map<std::string, HeaderKey>& synonymIndex()
{
    static const auto index = [] {
        std::map<std::string, HeaderKey> byKey;
        for (const RegisterField field : allRegisterFields())
            for (const LanguageSynonyms& language : synonymTable()[fieldIndex(field)])
                for (const std::string_view synonym : language.headers)
                    for (std::string& key : foldedKeys(synonym)) {
                        HeaderKey& entry = byKey.emplace(std::move(key), HeaderKey{field, {}}).first->second;
                        if (entry.field == field && (entry.languages.empty() || entry.languages.back() != language.language))
                            entry.languages.push_back(language.language);
                    }
        return byKey;
    }();
    return index;
}

const HeaderKey* keyOfHeader(std::string_view header)
{
    const auto& index = synonymIndex();
    for (const std::string& key : foldedKeys(header)) {
        const auto found = index.find(key);
        if (found != index.end())
            return &found->second;
    }
    // A unit or currency in parentheses after a known header ("Montant TTC
    // (EUR)", "Amount (£)", "Betrag (€)"): the header without it. Tried
    // second, so that "Délai (jours)", itself a synonym, is matched whole.
    const std::string_view trimmed = trimmedText(header);
    if (!trimmed.empty() && trimmed.back() == ')') {
        const auto open = trimmed.rfind('(');
        if (open != std::string_view::npos && open > 0)
            return keyOfHeader(trimmed.substr(0, open));
    }
    return nullptr;
}

} // namespace

const std::vector<std::string_view>& headerSynonyms(RegisterField field)
{
    static const auto flat = [] {
        std::array<std::vector<std::string_view>, registerFieldCount> all;
        for (const RegisterField each : allRegisterFields())
            for (const LanguageSynonyms& language : synonymTable()[fieldIndex(each)])
                all[fieldIndex(each)].insert(all[fieldIndex(each)].end(), language.headers.begin(),
                                             language.headers.end());
        return all;
    }();
    return flat[fieldIndex(field)];
}

std::optional<RegisterField> fieldOfHeader(std::string_view header)
{
    const HeaderKey* key = keyOfHeader(header);
    return key ? std::optional<RegisterField>(key->field) : std::nullopt;
}

std::vector<std::string_view> languagesOfHeader(std::string_view header)
{
    const HeaderKey* key = keyOfHeader(header);
    return key ? key->languages : std::vector<std::string_view>{};
}

} // namespace relance
