#include "catalog/function_catalog.hpp"

#include "catalog/catalog_parts.hpp"

#include <algorithm>

namespace relance::catalog {

Language languageFromLocale(std::string_view language)
{
    const auto startsWith = [language](std::string_view prefix) {
        return language.size() >= prefix.size() && language.substr(0, prefix.size()) == prefix &&
               (language.size() == prefix.size() || language[prefix.size()] == '-' ||
                language[prefix.size()] == '_');
    };
    if (startsWith("fr"))
        return Language::French;
    if (startsWith("de"))
        return Language::German;
    return Language::English;
}

const std::string& Localized::in(Language language) const
{
    switch (language) {
    case Language::French: return french;
    case Language::German: return german;
    case Language::English: break;
    }
    return english;
}

namespace {

std::vector<Function> buildTable()
{
    std::vector<Function> table;

    table.push_back(
        {"getDaysLate",
         "Date&Time",
         {"DAYSLATE", "JOURS.RETARD", "VERZUGSTAGE"},
         {"Whole days a payment is past its due date: 0 if it is not late, or late by no more than "
          "the grace days. Error if Due is empty, text or not a date.",
          "Nombre de jours de retard d'un paiement après son échéance : 0 s'il n'est pas en retard ou "
          "si le retard ne dépasse pas le délai de grâce. Erreur si l'échéance est vide, du texte ou "
          "n'est pas une date.",
          "Tage, die eine Zahlung überfällig ist: 0, wenn nicht überfällig oder um höchstens die "
          "Karenztage. Fehler, wenn die Fälligkeit leer, Text oder kein Datum ist."},
         {dueParameter(),
          asOfParameter(),
          {"Grace",
           {"Grace", "Délai_grâce", "Karenztage"},
           {"Days of tolerance, 0 to 3660 (default 0): a delay of no more than this counts as 0; "
            "beyond it the full delay is returned.",
            "Jours de tolérance, de 0 à 3660 (0 par défaut) : un retard qui ne les dépasse pas "
            "compte pour 0 ; au-delà, le retard entier est renvoyé.",
            "Toleranztage, 0 bis 3660 (Standard 0): Ein Verzug, der sie nicht übersteigt, zählt als "
            "0; darüber wird der volle Verzug zurückgegeben."}}}});

    table.push_back(
        {"getDueDate",
         "Date&Time",
         {"DUEDATE", "DATE.ECHEANCE", "FÄLLIGKEITSDATUM"},
         {"The due date that payment terms give: invoice date plus days, optionally to the end of "
          "the month, optionally to a fixed day of the month, optionally moved to the next business "
          "day.",
          "La date d'échéance selon les conditions de paiement : date de facture plus jours, puis "
          "au choix fin de mois, jour fixe du mois, report au jour ouvré suivant.",
          "Das Fälligkeitsdatum nach den Zahlungsbedingungen: Rechnungsdatum plus Tage, wahlweise "
          "zum Monatsende, wahlweise zu einem festen Monatstag, wahlweise auf den nächsten "
          "Arbeitstag verschoben."},
         {{"InvoiceDate",
           {"InvoiceDate", "Date_facture", "Rechnungsdatum"},
           {"The invoice's issue date.", "La date d'émission de la facture.",
            "Das Ausstellungsdatum der Rechnung."}},
          {"Days",
           {"Days", "Jours", "Tage"},
           {"Payment term in days, 0 to 3660 (for example 30, 45 or 60).",
            "Délai de paiement en jours, de 0 à 3660 (par exemple 30, 45 ou 60).",
            "Zahlungsziel in Tagen, 0 bis 3660 (zum Beispiel 30, 45 oder 60)."}},
          {"EndOfMonth",
           {"EndOfMonth", "Fin_de_mois", "Monatsende"},
           {"0 = net days (default); 1 = add the days, then go to month end (\"45 days end of "
            "month\"); 2 = month end first, then the days.",
            "0 = jours nets (défaut) ; 1 = jours puis fin de mois (« 45 jours fin de mois ») ; 2 = "
            "fin de mois puis jours.",
            "0 = Tage netto (Standard); 1 = Tage addieren, dann zum Ende dieses Monats; 2 = zum Ende "
            "des Rechnungsmonats, dann die Tage addieren."}},
          {"DayOfMonth",
           {"DayOfMonth", "Jour_du_mois", "Tag_im_Monat"},
           {"1 to 31: the next such day of a month on or after the date (\"paid on the 20th\"); in "
            "shorter months the last day.",
            "1 à 31 : le prochain jour de ce quantième à partir de la date (« payable le 20 ») ; le "
            "dernier des mois plus courts.",
            "1 bis 31: der nächste solche Monatstag ab dem Datum (\"zahlbar am 20.\"); in kürzeren "
            "Monaten der letzte Tag."}},
          calendarParameter()}});

    table.push_back(
        {"getPaymentPlan",
         "Financial",
         {"PAYMENTPLAN", "ECHEANCIER", "RATENPLAN"},
         {"Instalment schedule (array formula over 6 columns, Count rows): number, date, payment, "
          "interest, principal, balance. The principal adds up to the amount; the last balance is "
          "0.",
          "Échéancier (formule matricielle sur 6 colonnes, Nombre lignes) : numéro, date, "
          "versement, intérêts, capital, restant dû. Le capital totalise le montant ; le dernier "
          "solde est nul.",
          "Ratenplan (als Matrixformel über 6 Spalten und Anzahl Zeilen eingeben): Nummer, Datum, "
          "Rate, Zinsen, Tilgung, Restschuld. Die Tilgungen ergeben genau den Betrag, die letzte "
          "Restschuld ist 0."},
         {{"Amount",
           {"Amount", "Montant", "Betrag"},
           {"The sum to be repaid (positive, in a currency with cents).",
            "La somme à rembourser (positive, dans une monnaie à centimes).",
            "Der zurückzuzahlende Betrag (positiv, in einer Währung mit Cent)."}},
          {"Count",
           {"Count", "Nombre", "Anzahl"},
           {"Number of instalments, 1 to 600.", "Nombre d'échéances, de 1 à 600.",
            "Anzahl der Raten, 1 bis 600."}},
          {"FirstDate",
           {"FirstDate", "Première_échéance", "Erste_Rate"},
           {"Date of the first instalment; the next ones fall on the same day of the month (a month "
            "end stays a month end).",
            "Date de la première échéance ; les suivantes tombent le même jour du mois (une fin de "
            "mois reste une fin de mois).",
            "Datum der ersten Rate; die folgenden fallen auf denselben Monatstag (ein Monatsende "
            "bleibt Monatsende)."}},
          {"PeriodMonths",
           {"PeriodMonths", "Périodicité_mois", "Monatsabstand"},
           {"Months between instalments, 1 to 12 (default 1: monthly; 3: quarterly).",
            "Nombre de mois entre deux échéances, de 1 à 12 (1 par défaut : mensuel ; 3 : "
            "trimestriel).",
            "Monate zwischen zwei Raten, 1 bis 12 (Standard 1: monatlich; 3: vierteljährlich)."}},
          {"AnnualRate",
           {"AnnualRate", "Taux_annuel", "Jahreszins"},
           {"Annual interest rate as a fraction (0.05 or 5 %), default 0. Interest per period = "
            "balance × rate × months / 12.",
            "Taux d'intérêt annuel (0,05 ou 5 %), 0 par défaut. Intérêts d'une période = capital "
            "restant dû × taux × mois / 12.",
            "Jahreszinssatz (0,05 oder 5 %), Standard 0. Zinsen einer Periode = Restschuld × "
            "Zinssatz × Monate / 12."}},
          {"Method",
           {"Method", "Méthode", "Methode"},
           {"0 = equal payments (annuity; the last one absorbs the rounding), 1 = equal principal.",
            "0 = versements constants (annuités ; le dernier absorbe les arrondis), 1 = "
            "amortissement constant du capital.",
            "0 = gleiche Raten (Annuität; die letzte gleicht die Rundung aus), 1 = gleiche "
            "Tilgung."}},
          calendarParameter()}});

    table.push_back(
        {"getAgingBucket",
         "Financial",
         {"AGINGBUCKET", "TRANCHE.ANCIENNETE", "VERZUGSKLASSE"},
         {"The aging bucket of an invoice as text: 0 (not overdue), 1-30, 31-60, 61-90, 91+ for "
          "the default bounds 30;60;90.",
          "La tranche de la balance âgée d'une facture, en texte : 0 (non échue), 1-30, 31-60, "
          "61-90, 91+ avec les bornes par défaut 30;60;90.",
          "Die Altersklasse einer offenen Rechnung als Text: 0 (nicht überfällig), 1-30, 31-60, "
          "61-90, 91+ bei den Standardgrenzen 30;60;90."},
         {dueParameter(),
          asOfParameter(),
          {"Bounds",
           {"Bounds", "Bornes", "Grenzen"},
           {"Upper bounds of the buckets in days, increasing: text such as \"30;60;90\" or a range "
            "of numbers (up to 10).",
            "Bornes supérieures des tranches en jours, croissantes : un texte comme \"30;60;90\" ou "
            "une plage de nombres (10 au plus).",
            "Obergrenzen der Klassen in Tagen, aufsteigend: Text wie \"30;60;90\" oder ein Bereich "
            "mit Zahlen (höchstens 10)."}}}});

    table.push_back(
        {"getReminderLevel",
         "Financial",
         {"REMINDERLEVEL", "NIVEAU.RELANCE", "MAHNSTUFE"},
         {"The reminder level an invoice has reached: 0 none, 1 first reminder, 2 second reminder, "
          "3 formal notice, 4 final notice before legal action.",
          "Le niveau de relance atteint par une facture : 0 aucune, 1 première relance, 2 deuxième "
          "relance, 3 mise en demeure, 4 dernier avis avant poursuites.",
          "Die erreichte Mahnstufe einer Rechnung: 0 keine, 1 Zahlungserinnerung, 2 zweite Mahnung, "
          "3 Mahnung mit Fristsetzung, 4 letzte Mahnung vor gerichtlichen Schritten."},
         {dueParameter(),
          asOfParameter(),
          {"Thresholds",
           {"Thresholds", "Seuils", "Schwellen"},
           {"Days late at which levels 1 to 4 start: four increasing numbers, as text \"1;15;30;45\" "
            "(the default) or a range.",
            "Jours de retard où commencent les niveaux 1 à 4 : quatre nombres croissants, en texte "
            "\"1;15;30;45\" (défaut) ou une plage.",
            "Verzugstage, ab denen die Stufen 1 bis 4 beginnen: vier aufsteigende Zahlen, als Text "
            "\"1;15;30;45\" (Standard) oder ein Bereich."}}}});

    table.push_back(
        {"getAmountInWords",
         "Text",
         {"AMOUNTINWORDS", "MONTANT.EN.LETTRES", "BETRAGINWORTEN"},
         {"The amount spelled out with the currency and its sub-unit, as on a cheque or a formal "
          "notice: 1280.5 in French gives \"mille deux cent quatre-vingts euros et cinquante "
          "centimes\".",
          "Le montant en toutes lettres avec la monnaie et ses centimes, comme sur un chèque ou une "
          "mise en demeure : 1280,5 en français donne « mille deux cent quatre-vingts euros et "
          "cinquante centimes ».",
          "Der Betrag in Worten mit Währung und Untereinheit, wie auf einem Scheck oder einer "
          "Mahnung: 1280,5 auf Deutsch ergibt \"eintausendzweihundertachtzig Euro und fünfzig "
          "Cent\"."},
         {{"Amount",
           {"Amount", "Montant", "Betrag"},
           {"The amount, 0 or more, rounded to the cent.",
            "Le montant, positif ou nul, arrondi au centime.",
            "Der Betrag, 0 oder mehr, auf den Cent gerundet."}},
          {"Language",
           {"Language", "Langue", "Sprache"},
           {"Language code: en, fr, de, es, it or nl (default: the language of LibreOffice's user "
            "interface if it is one of these, otherwise en).",
            "Code de langue : en, fr, de, es, it ou nl (par défaut : la langue de l'interface de "
            "LibreOffice si elle en fait partie, sinon en).",
            "Sprachcode: en, fr, de, es, it oder nl (Standard: die Sprache der Benutzeroberfläche "
            "von LibreOffice, falls eine davon, sonst en)."}},
          {"Currency",
           {"Currency", "Monnaie", "Währung"},
           {"ISO currency code: EUR (default), GBP, USD or CHF.",
            "Code ISO de la monnaie : EUR (par défaut), GBP, USD ou CHF.",
            "ISO-Währungscode: EUR (Standard), GBP, USD oder CHF."}}}});

    appendInterestFunctions(table);
    appendCalendarFunctions(table);
    return table;
}

} // namespace

const std::vector<Function>& functions()
{
    static const std::vector<Function> table = buildTable();
    return table;
}

const Function* findFunction(std::string_view programmaticName)
{
    const auto& table = functions();
    const auto found = std::find_if(table.begin(), table.end(), [&](const Function& function) {
        return function.programmaticName == programmaticName;
    });
    return found == table.end() ? nullptr : &*found;
}

} // namespace relance::catalog
