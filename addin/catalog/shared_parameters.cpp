#include "catalog/catalog_parts.hpp"

namespace relance::catalog {

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

Parameter dueParameter()
{
    return {"Due",
            {"Due", "Échéance", "Fälligkeit"},
            {"The invoice's due date.", "La date d'échéance de la facture.",
             "Das Fälligkeitsdatum der Rechnung."}};
}

Parameter calendarParameter()
{
    return {"Calendar",
            {"Calendar", "Calendrier", "Kalender"},
            {"Business-day calendar code (FR, DE, DE-BY, GB-ENG, TARGET...): a date on a weekend "
             "or public holiday moves to the next business day.",
             "Code du calendrier des jours ouvrés (FR, DE, DE-BY, GB-ENG, TARGET...) : une date "
             "qui tombe un week-end ou un jour férié est reportée au jour ouvré suivant.",
             "Kürzel des Arbeitstagekalenders (FR, DE, DE-BY, GB-ENG, TARGET...): Ein Datum am "
             "Wochenende oder an einem Feiertag verschiebt sich auf den nächsten Arbeitstag."}};
}

Parameter ruleParameter()
{
    return {"Rule",
            {"Rule", "Règle", "Regel"},
            {"Statutory rule code: EU (default), FR, FR-MIN, DE, DE-B2C, GB, BE, NL, ES, IT, LU, "
             "FR-LEGAL-PRO, FR-LEGAL-PART; or a contractual annual rate as a number (0.10 for 10 %).",
             "Code de la règle légale : EU (par défaut), FR, FR-MIN, DE, DE-B2C, GB, BE, NL, ES, IT, "
             "LU, FR-LEGAL-PRO, FR-LEGAL-PART ; ou un taux annuel contractuel en nombre (0,10 pour "
             "10 %).",
             "Kürzel der gesetzlichen Regel: EU (Standard), FR, FR-MIN, DE, DE-B2C, GB, BE, NL, ES, "
             "IT, LU, FR-LEGAL-PRO, FR-LEGAL-PART; oder ein vertraglicher Jahreszins als Zahl (0,10 "
             "für 10 %)."}};
}

Parameter basisParameter()
{
    return {"Basis",
            {"Basis", "Base", "Basis"},
            {"Days in a year of interest: 365, 360, or 0 for actual/actual. Default: the rule's "
             "own (365 for every statutory rule).",
             "Nombre de jours de l'année d'intérêts : 365, 360, ou 0 pour exact/exact. Par défaut "
             "celui de la règle (365 pour toutes les règles légales).",
             "Tage eines Zinsjahres: 365, 360 oder 0 für taggenau/taggenau. Standard: der Wert der "
             "Regel (365 bei allen gesetzlichen Regeln)."}};
}

Parameter invoiceAmountParameter()
{
    return {"Amount",
            {"Amount", "Montant", "Betrag"},
            {"The sum paid late (0 or more, rounded to the cent), usually the invoice amount "
             "including tax.",
             "La somme payée en retard (positive ou nulle, arrondie au centime), en général le "
             "montant TTC de la facture.",
             "Der verspätet gezahlte Betrag (0 oder mehr, auf den Cent gerundet), meist der "
             "Bruttobetrag der Rechnung."}};
}

} // namespace relance::catalog
