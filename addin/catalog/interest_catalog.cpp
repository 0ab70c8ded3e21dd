// The interest and fee functions of the table: LATEINTEREST and its detail,
// BALANCEINTEREST, LATERATE, REFERENCERATE, RECOVERYFEE.
#include "catalog/catalog_parts.hpp"

namespace relance::catalog {

namespace {

Parameter paidParameter()
{
    return {"Paid",
            {"Paid", "Date_paiement", "Zahlungsdatum"},
            {"The day the amount was paid (it counts as a day of delay); default: today. For an "
             "open invoice refer to the cell named RELANCE_ASOF.",
             "Le jour du paiement (jour de retard compris) ; par défaut aujourd'hui. Pour une "
             "facture impayée : la cellule RELANCE_ASOF.",
             "Der Tag der Zahlung (er zählt als Verzugstag); Standard: heute. Für eine offene "
             "Rechnung verweisen Sie auf die Zelle RELANCE_ASOF."}};
}

Parameter rateDateParameter()
{
    return {"Date",
            {"Date", "Date", "Datum"},
            {"The day of delay the rate is wanted for.", "Le jour de retard pour lequel le taux est "
             "demandé.", "Der Verzugstag, für den der Zinssatz gesucht ist."}};
}

} // namespace

void appendInterestFunctions(std::vector<Function>& table)
{
    table.push_back(
        {"getLateInterest",
         "Financial",
         {"LATEINTEREST", "INTERETS.RETARD", "VERZUGSZINSEN"},
         {"Statutory late-payment interest from the day after Due through Paid, at the rule's "
          "rate of each half-year, each rate period rounded to the cent. Given whole columns, a "
          "column of results.",
          "Intérêts légaux de retard du lendemain de l'échéance au jour du paiement, au taux de "
          "la règle de chaque semestre, chaque période arrondie au centime. Sur des colonnes : "
          "une colonne.",
          "Gesetzliche Verzugszinsen vom Tag nach der Fälligkeit bis zum Zahlungstag, zum Satz "
          "der Regel je Halbjahr, jeder Abschnitt auf den Cent gerundet. Mit ganzen Spalten: eine "
          "Spalte."},
         {invoiceAmountParameter(), dueParameter(), paidParameter(), ruleParameter(), basisParameter()}});

    table.push_back(
        {"getLateInterestDetail",
         "Financial",
         {"LATEINTERESTDETAIL", "INTERETS.RETARD.DETAIL", "VERZUGSZINSEN.DETAIL"},
         {"The interest statement, one row per rate period (array formula over 5 columns): from, "
          "to, days, annual rate, interest, adding up to LATEINTEREST. A 6th column notes a rate "
          "past its table.",
          "Le décompte des intérêts, une ligne par période (formule matricielle sur 5 colonnes) : "
          "du, au, jours, taux, intérêts, dont la somme est INTERETS.RETARD. Une 6e colonne "
          "signale un taux hors barème.",
          "Die Zinsaufstellung, eine Zeile je Zinsabschnitt (Matrixformel über 5 Spalten): von, "
          "bis, Tage, Jahreszins, Zinsen, in Summe VERZUGSZINSEN. Eine 6. Spalte zeigt Sätze nach "
          "Tabellenende."},
         {invoiceAmountParameter(), dueParameter(), paidParameter(), ruleParameter(), basisParameter()}});

    table.push_back(
        {"getBalanceInterest",
         "Financial",
         {"BALANCEINTEREST", "INTERETS.RETARD.SOLDE", "VERZUGSZINSEN.RESTSCHULD"},
         {"Late-payment interest on an invoice paid in several parts: interest runs on the unpaid "
          "balance, and each payment is credited in the order the rule's law sets (see the "
          "README).",
          "Intérêts de retard sur une facture payée en plusieurs fois : ils courent sur le solde "
          "dû, et chaque versement s'impute dans l'ordre que fixe la loi de la règle (voir le "
          "README).",
          "Verzugszinsen auf eine in Teilen bezahlte Rechnung: Sie laufen auf die Restschuld, und "
          "jede Zahlung wird in der Reihenfolge verrechnet, die das Recht der Regel vorgibt "
          "(siehe README)."},
         {invoiceAmountParameter(),
          dueParameter(),
          {"Payments",
           {"Payments", "Versements", "Zahlungen"},
           {"Two columns: the date and the amount of each part-payment, in any order; empty rows "
            "are skipped.",
            "Deux colonnes : la date et le montant de chaque versement partiel, dans n'importe quel "
            "ordre ; les lignes vides sont ignorées.",
            "Zwei Spalten: Datum und Betrag jeder Teilzahlung, in beliebiger Reihenfolge; leere "
            "Zeilen werden übersprungen."}},
          asOfParameter(),
          ruleParameter(),
          basisParameter()}});

    table.push_back(
        {"getLateRate",
         "Financial",
         {"LATERATE", "TAUX.RETARD", "VERZUGSZINSSATZ"},
         {"The annual late-payment rate a rule applies to a debt late on a date: the reference "
          "rate as fixed for that half-year plus the rule's margin (EU: ECB + 8 points).",
          "Le taux annuel de retard qu'applique une règle à une dette en retard à une date : le "
          "taux de référence fixé pour ce semestre plus la marge de la règle (FR : BCE + 10 "
          "points).",
          "Der jährliche Verzugszinssatz einer Regel für eine an einem Tag überfällige Forderung: "
          "der Referenzzins des Halbjahres plus Aufschlag (DE: Basiszinssatz + 9 Punkte)."},
         {{"Rule",
           {"Rule", "Règle", "Regel"},
           {"Statutory rule code: " + ruleCodes("", " or ") + ".",
            "Code de la règle légale : " + ruleCodes("", " ou ") + ".",
            "Kürzel der gesetzlichen Regel: " + ruleCodes("", " oder ") + "."}},
          rateDateParameter()}});

    table.push_back(
        {"getReferenceRate",
         "Financial",
         {"REFERENCERATE", "TAUX.REFERENCE", "REFERENZZINSSATZ"},
         {"The reference rate in force on a date, as published: ECB main refinancing rate, German "
          "Basiszinssatz, Bank of England Bank Rate, French taux légal, Dutch commercial rate.",
          "Le taux de référence en vigueur à une date, tel que publié : taux de refinancement de "
          "la BCE, Basiszinssatz, Bank Rate, taux de l'intérêt légal, taux commercial "
          "néerlandais.",
          "Der an einem Tag geltende Referenzzins, wie veröffentlicht: Hauptrefinanzierungssatz "
          "der EZB, Basiszinssatz, Bank Rate, französischer taux légal, niederländischer "
          "Handelszins."},
         {{"Source",
           {"Source", "Source", "Quelle"},
           {"ECB, DE-BASIS, BOE, FR-LEGAL-PRO, FR-LEGAL-PART or NL-HANDELSRENTE.",
            "ECB, DE-BASIS, BOE, FR-LEGAL-PRO, FR-LEGAL-PART ou NL-HANDELSRENTE.",
            "ECB, DE-BASIS, BOE, FR-LEGAL-PRO, FR-LEGAL-PART oder NL-HANDELSRENTE."}},
          {"Date",
           {"Date", "Date", "Datum"},
           {"The day the rate is wanted for.", "Le jour pour lequel le taux est demandé.",
            "Der Tag, für den der Zinssatz gesucht ist."}}}});

    table.push_back(
        {"getRecoveryFee",
         "Financial",
         {"RECOVERYFEE", "INDEMNITE.RECOUVREMENT", "VERZUGSPAUSCHALE"},
         {"The fixed compensation for recovery costs a rule grants once per late invoice: 40 EUR "
          "under the EU-based rules, 40, 70 or 100 GBP by size of debt under GB, nothing for "
          "consumers.",
          "L'indemnité forfaitaire de recouvrement d'une règle, une fois par facture en retard : "
          "40 EUR (règles issues de la directive), 40, 70 ou 100 GBP (GB), rien pour un "
          "consommateur.",
          "Die Pauschale für Beitreibungskosten einer Regel, einmal je verspäteter Rechnung: 40 "
          "EUR (Regeln der EU-Richtlinie), 40, 70 oder 100 GBP (GB), nichts bei Verbrauchern."},
         {{"Amount",
           {"Amount", "Montant", "Betrag"},
           {"The amount of the late invoice (under GB the fee depends on it).",
            "Le montant de la facture en retard (au Royaume-Uni, l'indemnité en dépend).",
            "Der Betrag der verspäteten Rechnung (in Großbritannien hängt die Pauschale davon ab)."}},
          ruleParameter()}});
}

} // namespace relance::catalog
