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
             "Le jour du paiement (il compte comme un jour de retard) ; par défaut aujourd'hui. Pour "
             "une facture impayée, faites référence à la cellule nommée RELANCE_ASOF.",
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
         {"Statutory late-payment interest on an amount paid late, from the day after Due through "
          "Paid, at the rule's rate of each half-year; each rate period is rounded to the cent. "
          "Given whole columns as an array formula, it returns the column of results.",
          "Intérêts légaux de retard sur une somme payée en retard, du lendemain de l'échéance au "
          "jour du paiement inclus, au taux de la règle pour chaque semestre ; chaque période de "
          "taux est arrondie au centime. Avec des colonnes entières en formule matricielle, renvoie "
          "la colonne des résultats.",
          "Gesetzliche Verzugszinsen auf einen verspätet gezahlten Betrag, vom Tag nach der "
          "Fälligkeit bis einschließlich Zahlungstag, zum Satz der Regel im jeweiligen Halbjahr; "
          "jeder Zinsabschnitt wird auf den Cent gerundet. Mit ganzen Spalten als Matrixformel "
          "ergibt sie die Spalte der Ergebnisse."},
         {invoiceAmountParameter(), dueParameter(), paidParameter(), ruleParameter(), basisParameter()}});

    table.push_back(
        {"getLateInterestDetail",
         "Financial",
         {"LATEINTERESTDETAIL", "INTERETS.RETARD.DETAIL", "VERZUGSZINSEN.DETAIL"},
         {"The interest statement, one row per rate period (enter as an array formula over 5 "
          "columns): from, to, days, annual rate, interest. The interest column adds up to "
          "LATEINTEREST. A sixth column, if selected, notes a rate read past its table's "
          "valid-through date: the last known rate goes on applying.",
          "Le décompte des intérêts, une ligne par période de taux (à saisir comme formule "
          "matricielle sur 5 colonnes) : du, au, jours, taux annuel, intérêts. La colonne des "
          "intérêts totalise INTERETS.RETARD. Une sixième colonne, si elle est sélectionnée, "
          "signale un taux lu au-delà de la date de validité de son barème : le dernier taux connu "
          "continue de s'appliquer.",
          "Die Zinsaufstellung, eine Zeile je Zinsabschnitt (als Matrixformel über 5 Spalten "
          "eingeben): von, bis, Tage, Jahreszins, Zinsen. Die Zinsspalte ergibt VERZUGSZINSEN. Eine "
          "sechste Spalte, falls markiert, weist auf einen Satz hin, der nach dem Gültigkeitsdatum "
          "seiner Tabelle gelesen wurde: Der letzte bekannte Satz gilt weiter."},
         {invoiceAmountParameter(), dueParameter(), paidParameter(), ruleParameter(), basisParameter()}});

    table.push_back(
        {"getBalanceInterest",
         "Financial",
         {"BALANCEINTEREST", "INTERETS.RETARD.SOLDE", "VERZUGSZINSEN.RESTSCHULD"},
         {"Late-payment interest on an invoice paid in several parts: interest runs on the "
          "balance still unpaid, and each payment settles the fixed fee and the interest before "
          "the principal, in the order the rule's law sets (a contractual rate: the principal "
          "first).",
          "Intérêts de retard sur une facture payée en plusieurs fois : les intérêts courent sur le "
          "solde restant dû, et chaque versement s'impute sur l'indemnité et les intérêts avant le "
          "capital, dans l'ordre que fixe la loi de la règle (un taux contractuel : d'abord sur le "
          "capital).",
          "Verzugszinsen auf eine in Teilen bezahlte Rechnung: Die Zinsen laufen auf die noch "
          "offene Restschuld, und jede Zahlung tilgt Pauschale und Zinsen vor der Hauptforderung, "
          "in der Reihenfolge, die das Recht der Regel vorgibt (ein vertraglicher Zinssatz: zuerst "
          "die Hauptforderung)."},
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
          "Der jährliche Verzugszinssatz, den eine Regel auf eine an einem Tag überfällige "
          "Forderung anwendet: der für dieses Halbjahr festgestellte Referenzzins plus der "
          "Aufschlag der Regel (DE: Basiszinssatz + 9 Prozentpunkte)."},
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
         {"The reference rate in force on a date, as published: the ECB main refinancing rate, "
          "the German Basiszinssatz, the Bank of England Bank Rate, the French taux d'intérêt "
          "légal or the Dutch statutory commercial rate.",
          "Le taux de référence en vigueur à une date, tel que publié : taux des opérations "
          "principales de refinancement de la BCE, Basiszinssatz allemand, Bank Rate de la Banque "
          "d'Angleterre, taux de l'intérêt légal français ou taux légal commercial néerlandais.",
          "Der an einem Tag geltende Referenzzins, wie veröffentlicht: Hauptrefinanzierungssatz der "
          "EZB, Basiszinssatz, Bank Rate der Bank of England, französischer gesetzlicher Zinssatz "
          "(taux légal) oder niederländischer gesetzlicher Handelszins."},
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
          "L'indemnité forfaitaire pour frais de recouvrement qu'accorde une règle, une fois par "
          "facture en retard : 40 EUR selon les règles issues de la directive européenne, 40, 70 ou "
          "100 GBP selon le montant au Royaume-Uni, rien pour un consommateur.",
          "Die Pauschale für Beitreibungskosten, die eine Regel einmal je verspäteter Rechnung "
          "gewährt: 40 EUR nach den Regeln der EU-Richtlinie, 40, 70 oder 100 GBP je nach Höhe "
          "der Forderung in Großbritannien, nichts gegenüber Verbrauchern."},
         {{"Amount",
           {"Amount", "Montant", "Betrag"},
           {"The amount of the late invoice (under GB the fee depends on it).",
            "Le montant de la facture en retard (au Royaume-Uni, l'indemnité en dépend).",
            "Der Betrag der verspäteten Rechnung (in Großbritannien hängt die Pauschale davon ab)."}},
          ruleParameter()}});
}

} // namespace relance::catalog
