#include "core/register_synonyms.hpp"

#include "core/text_folding.hpp"

#include <array>
#include <map>
#include <string>

namespace relance {

namespace {

// One line per language: en, fr, de, es, it, nl. Generic words ("Date",
// "Montant", "Betrag", "Total") are listed only where a register uses them for
// that one column; words that could mean two columns ("Last reminder": its
// level or its date?) are left out rather than guessed.
const std::array<std::vector<std::string_view>, registerFieldCount>& synonymTable()
{
    static const std::array<std::vector<std::string_view>, registerFieldCount> table{{
        // InvoiceNumber
        {"Invoice", "Invoice No.", "Invoice number", "Invoice #", "Invoice nr", "Inv. no.", "Invoice ref",
         "Invoice reference",
         "Facture", "N° facture", "N° de facture", "Numéro facture", "Numéro de facture", "Num. facture",
         "Réf. facture", "Référence facture",
         "Rechnung", "Rechnungsnr.", "Rechnungsnummer", "Rechnung Nr.", "Re.-Nr.", "Belegnummer", "Beleg-Nr.",
         "Factura", "N° factura", "Número de factura", "Número factura", "Num. factura", "Nro. factura",
         "Fattura", "N. fattura", "N° fattura", "Nr. fattura", "Numero fattura", "Numero della fattura",
         "Num. fattura",
         "Factuur", "Factuurnummer", "Factuurnr.", "Factuur nr.", "Nr. factuur"},
        // Client
        {"Client", "Client name", "Customer", "Customer name", "Debtor", "Company",
         "Nom client", "Nom du client", "Raison sociale", "Débiteur",
         "Kunde", "Kundenname", "Debitor", "Firma", "Schuldner",
         "Cliente", "Nombre cliente", "Nombre del cliente", "Deudor", "Razón social",
         "Nome cliente", "Ragione sociale", "Debitore",
         "Klant", "Klantnaam", "Naam klant", "Debiteur", "Bedrijf"},
        // ClientId
        {"Client id", "Client no.", "Client number", "Customer id", "Customer no.", "Customer number",
         "Account no.", "Account number",
         "N° client", "Numéro client", "Numéro de client", "Code client", "Réf. client", "Identifiant client",
         "Kundennr.", "Kundennummer", "Debitorennr.", "Debitorennummer",
         "N° cliente", "Número de cliente", "Código cliente", "Código de cliente", "Id cliente",
         "Codice cliente", "N. cliente", "Numero cliente",
         "Klantnummer", "Klantnr.", "Debiteurnummer", "Debiteurnr."},
        // IssueDate
        {"Invoice date", "Issue date", "Date issued", "Date of issue", "Issued", "Issued on", "Billing date", "Date",
         "Date facture", "Date de facture", "Date de la facture", "Date d'émission", "Date émission", "Émise le",
         "Date de facturation",
         "Rechnungsdatum", "Datum", "Belegdatum", "Ausstellungsdatum", "Rechnung vom",
         "Fecha factura", "Fecha de factura", "Fecha de emisión", "Fecha emisión", "Fecha",
         "Data fattura", "Data della fattura", "Data di emissione", "Data emissione", "Data",
         "Factuurdatum", "Datum factuur", "Uitgiftedatum"},
        // PaymentTerms
        {"Terms", "Terms (days)", "Payment terms", "Payment terms (days)", "Credit days", "Days",
         "Délai", "Délai (jours)", "Délai de paiement", "Délai de paiement (jours)", "Conditions de paiement",
         "Jours",
         "Zahlungsziel", "Zahlungsziel (Tage)", "Zahlungsfrist", "Zahlungsfrist (Tage)", "Tage",
         "Plazo", "Plazo (días)", "Plazo de pago", "Plazo de pago (días)", "Condiciones de pago", "Días",
         "Termini di pagamento", "Termine di pagamento", "Termine (giorni)", "Giorni", "Dilazione",
         "Betalingstermijn", "Betalingstermijn (dagen)", "Betaaltermijn", "Termijn", "Dagen"},
        // DueDate
        {"Due date", "Due", "Due on", "Date due", "Payment due", "Maturity", "Maturity date",
         "Échéance", "Date d'échéance", "Date échéance", "Échéance le", "Date limite de paiement", "À payer le",
         "Fälligkeit", "Fälligkeitsdatum", "Fällig am", "Fällig", "Fälligkeitstermin", "Zahlbar bis",
         "Vencimiento", "Fecha de vencimiento", "Fecha vencimiento", "Vence",
         "Scadenza", "Data scadenza", "Data di scadenza", "Scade il",
         "Vervaldatum", "Vervaldag", "Uiterste betaaldatum", "Te betalen voor"},
        // AmountExclTax
        {"Amount excl. VAT", "Amount excl. tax", "Amount ex VAT", "Excl. VAT", "Net", "Net amount",
         "Amount (net)", "Subtotal",
         "Montant HT", "HT", "Total HT", "Montant hors taxes", "Hors taxes",
         "Netto", "Nettobetrag", "Betrag netto", "Summe netto",
         "Importe sin IVA", "Base imponible", "Neto", "Importe neto",
         "Imponibile", "Importo imponibile", "Importo netto", "Importo senza IVA",
         "Bedrag excl. btw", "Bedrag exclusief btw", "Excl. btw", "Nettobedrag"},
        // AmountInclTax
        {"Amount incl. VAT", "Amount incl. tax", "Incl. VAT", "Total incl. VAT", "Gross", "Gross amount",
         "Amount", "Total", "Invoice amount",
         "Montant TTC", "TTC", "Total TTC", "Montant", "Montant toutes taxes comprises", "Montant facture",
         "Brutto", "Bruttobetrag", "Betrag", "Betrag brutto", "Summe brutto", "Rechnungsbetrag", "Gesamtbetrag",
         "Importe", "Importe total", "Importe con IVA", "Total factura", "Importe factura",
         "Importo", "Totale", "Importo totale", "Totale fattura", "Importo fattura", "Importo IVA inclusa",
         "Lordo",
         "Bedrag", "Bedrag incl. btw", "Incl. btw", "Totaal", "Totaalbedrag", "Factuurbedrag", "Bruto",
         "Brutobedrag"},
        // PaidAmount
        {"Paid", "Paid amount", "Amount paid", "Payment", "Payments", "Received", "Amount received",
         "Payé", "Montant payé", "Réglé", "Montant réglé", "Paiement", "Encaissé", "Montant encaissé",
         "Bezahlt", "Gezahlt", "Bezahlter Betrag", "Gezahlter Betrag", "Zahlung", "Zahlungseingang",
         "Pagado", "Importe pagado", "Cobrado", "Importe cobrado", "Pago",
         "Pagato", "Importo pagato", "Incassato", "Importo incassato", "Pagamento",
         "Betaald", "Betaald bedrag", "Bedrag betaald", "Ontvangen", "Betaling"},
        // PaidDate
        {"Paid date", "Date paid", "Payment date", "Paid on", "Date of payment", "Received on",
         "Date paiement", "Date de paiement", "Date de règlement", "Payé le", "Réglé le", "Date d'encaissement",
         "Zahlungsdatum", "Bezahlt am", "Gezahlt am", "Zahlungseingang am", "Eingangsdatum",
         "Fecha de pago", "Fecha pago", "Pagado el", "Fecha de cobro", "Fecha cobro",
         "Data pagamento", "Data di pagamento", "Pagato il", "Data incasso",
         "Betaaldatum", "Datum betaling", "Datum betaald", "Betaald op", "Ontvangen op"},
        // Status
        {"Status", "State", "Dispute", "Disputed",
         "Statut", "État", "Litige", "Situation",
         "Zustand", "Strittig", "Bestritten", "Streitfall",
         "Estado", "Situación", "Litigio", "En litigio",
         "Stato", "Situazione", "Contestazione", "Contestata",
         "Toestand", "Betwist", "Geschil"},
        // Language
        {"Language", "Lang.", "Langue", "Sprache", "Idioma", "Lengua", "Lingua", "Taal"},
        // LastReminderLevel
        {"Last reminder level", "Last reminder (level)", "Reminder level", "Dunning level",
         "Dernière relance (niveau)", "Niveau de relance", "Niveau relance", "Relance (niveau)",
         "Letzte Mahnstufe", "Mahnstufe",
         "Nivel de recordatorio", "Nivel recordatorio", "Último recordatorio (nivel)", "Nivel de reclamación",
         "Livello sollecito", "Livello di sollecito", "Ultimo sollecito (livello)",
         "Aanmaningsniveau", "Herinneringsniveau", "Laatste herinnering (niveau)", "Niveau herinnering"},
        // LastReminderDate
        {"Last reminder date", "Last reminder (date)", "Last reminder on", "Date of last reminder", "Reminder date",
         "Reminded on",
         "Dernière relance (date)", "Date de relance", "Date relance", "Date dernière relance",
         "Date de la dernière relance", "Relancé le",
         "Letzte Mahnung am", "Letzte Mahnung (Datum)", "Datum letzte Mahnung", "Mahndatum", "Gemahnt am",
         "Fecha último recordatorio", "Fecha de recordatorio", "Fecha recordatorio", "Último recordatorio (fecha)",
         "Data ultimo sollecito", "Data sollecito", "Ultimo sollecito (data)", "Sollecitato il",
         "Datum laatste herinnering", "Herinneringsdatum", "Laatste herinnering (datum)", "Aangemaand op"},
        // Address
        {"Address", "Billing address", "Postal address",
         "Adresse", "Adresse de facturation", "Adresse postale",
         "Anschrift", "Rechnungsadresse",
         "Dirección", "Dirección de facturación",
         "Indirizzo", "Indirizzo di fatturazione",
         "Adres", "Factuuradres"},
        // Email
        {"E-mail", "E-mail address", "Mail",
         "Courriel", "Adresse e-mail", "Adresse électronique", "Mél",
         "E-Mail-Adresse",
         "Correo", "Correo electrónico",
         "Posta elettronica", "Indirizzo e-mail",
         "E-mailadres", "Mailadres"},
        // Country
        {"Country", "Country code", "Jurisdiction",
         "Pays", "Code pays", "Juridiction",
         "Land", "Ländercode", "Länderkennzeichen",
         "País", "Código de país", "Jurisdicción",
         "Paese", "Nazione", "Giurisdizione",
         "Landcode", "Jurisdictie"},
    }};
    return table;
}

/// Folded key → field, built once from the table.
const std::map<std::string, RegisterField>& synonymIndex()
{
    static const auto index = [] {
        std::map<std::string, RegisterField> byKey;
        for (const RegisterField field : allRegisterFields())
            for (const std::string_view synonym : synonymTable()[fieldIndex(field)])
                for (std::string& key : foldedKeys(synonym))
                    byKey.emplace(std::move(key), field);
        return byKey;
    }();
    return index;
}

} // namespace

const std::vector<std::string_view>& headerSynonyms(RegisterField field) { return synonymTable()[fieldIndex(field)]; }

std::optional<RegisterField> fieldOfHeader(std::string_view header)
{
    const auto& index = synonymIndex();
    for (const std::string& key : foldedKeys(header)) {
        const auto found = index.find(key);
        if (found != index.end())
            return found->second;
    }
    // A unit or currency in parentheses after a known header ("Montant TTC
    // (EUR)", "Amount (£)", "Betrag (€)"): the header without it. Tried
    // second, so that "Délai (jours)", itself a synonym, is matched whole.
    const std::string_view trimmed = trimmedText(header);
    if (!trimmed.empty() && trimmed.back() == ')') {
        const auto open = trimmed.rfind('(');
        if (open != std::string_view::npos && open > 0)
            return fieldOfHeader(trimmed.substr(0, open));
    }
    return std::nullopt;
}

} // namespace relance
