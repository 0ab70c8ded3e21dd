#include "catalog/function_catalog.hpp"

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

// Shared argument texts: the same argument means the same thing in every function.
Parameter asOfParameter()
{
    return {"AsOf",
            {"AsOf", "Date_arrêté", "Stichtag"},
            {"The date the delay is counted to; default: today. Refer to the cell named RELANCE_ASOF "
             "to compute the whole sheet as of one date that you can freeze.",
             "La date à laquelle le retard est arrêté ; par défaut aujourd'hui. Faites référence à la "
             "cellule nommée RELANCE_ASOF pour calculer toute la feuille à une même date, que vous "
             "pouvez figer.",
             "Der Tag, bis zu dem der Verzug gezählt wird; Standard: heute. Verweisen Sie auf die Zelle "
             "RELANCE_ASOF, damit das ganze Blatt zu einem Stichtag rechnet, den Sie festhalten können."}};
}

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
          "Anzahl der Tage, die eine Zahlung überfällig ist: 0, wenn sie nicht überfällig ist oder "
          "die Überfälligkeit die Karenztage nicht übersteigt. Fehler, wenn die Fälligkeit leer, "
          "Text oder kein Datum ist."},
         {{"Due",
           {"Due", "Échéance", "Fälligkeit"},
           {"The invoice's due date.", "La date d'échéance de la facture.",
            "Das Fälligkeitsdatum der Rechnung."}},
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
          "La date d'échéance que donnent les conditions de paiement : date de facture plus un "
          "nombre de jours, éventuellement fin de mois, éventuellement à un jour fixe du mois, "
          "éventuellement reportée au jour ouvré suivant.",
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
           {"0 = net days (default); 1 = add the days, then go to the end of that month (\"45 days "
            "end of month\"); 2 = go to the end of the invoice month, then add the days.",
            "0 = jours nets (par défaut) ; 1 = ajouter les jours puis aller à la fin du mois (« 45 "
            "jours fin de mois ») ; 2 = aller à la fin du mois de la facture puis ajouter les jours "
            "(« fin de mois 45 jours »).",
            "0 = Tage netto (Standard); 1 = Tage addieren, dann zum Ende dieses Monats; 2 = zum Ende "
            "des Rechnungsmonats, dann die Tage addieren."}},
          {"DayOfMonth",
           {"DayOfMonth", "Jour_du_mois", "Tag_im_Monat"},
           {"1 to 31: the first such day of a month on or after the date so far (\"paid on the "
            "20th\"), the last day in shorter months. Leave out for none.",
            "1 à 31 : le premier jour de ce quantième à partir de la date obtenue (« payable le 20 "
            "»), le dernier jour dans les mois plus courts. À omettre sinon.",
            "1 bis 31: der erste solche Monatstag am oder nach dem bisherigen Datum (\"zahlbar am "
            "20.\"), in kürzeren Monaten der letzte Tag. Sonst weglassen."}},
          {"Calendar",
           {"Calendar", "Calendrier", "Kalender"},
           {"Business-day calendar code (FR, DE, DE-BY, GB-ENG, TARGET...): a due date on a weekend "
            "or public holiday moves to the next business day.",
            "Code du calendrier des jours ouvrés (FR, DE, DE-BY, GB-ENG, TARGET...) : une échéance "
            "qui tombe un week-end ou un jour férié est reportée au jour ouvré suivant.",
            "Kürzel des Arbeitstagekalenders (FR, DE, DE-BY, GB-ENG, TARGET...): Eine Fälligkeit "
            "am Wochenende oder an einem Feiertag verschiebt sich auf den nächsten Arbeitstag."}}}});

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
