#include "catalog/catalog_parts.hpp"

#include "core/late_payment_rule.hpp"

namespace relance::catalog {

Parameter asOfParameter()
{
    return {"AsOf",
            {"AsOf", "Date_arrêté", "Stichtag"},
            {"The date the delay is counted to; default: today. Use the cell RELANCE_ASOF to compute "
             "the sheet as of one date.",
             "La date où le retard est arrêté ; par défaut aujourd'hui. La cellule RELANCE_ASOF fixe "
             "cette date pour la feuille.",
             "Der Tag, bis zu dem der Verzug zählt; Standard: heute. Die Zelle RELANCE_ASOF legt ihn "
             "für das ganze Blatt fest."}};
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
             "Code du calendrier (FR, DE, DE-BY, GB-ENG, TARGET...) : une date un week-end ou un "
             "jour férié passe au jour ouvré suivant.",
             "Kalenderkürzel (FR, DE, DE-BY, GB-ENG, TARGET...): Ein Datum am Wochenende oder "
             "Feiertag rückt auf den nächsten Arbeitstag."}};
}

std::string ruleCodes(const char* defaultMark, const char* lastSeparator)
{
    // The codes come from the table of jurisdictions: a new rule appears in
    // the Function Wizard without a word changed here.
    const std::vector<LatePaymentRule>& rules = latePaymentRules();
    std::string list;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (i > 0)
            list += (i + 1 == rules.size() && *lastSeparator) ? lastSeparator : ", ";
        list += rules[i].code;
        if (*defaultMark && rules[i].code == defaultRuleCode)
            list += defaultMark;
    }
    return list;
}

Parameter ruleParameter()
{
    return {"Rule",
            {"Rule", "Règle", "Regel"},
            {"Rule code: " + ruleCodes(" (default)", "") + "; or a contractual rate (0.1).",
             "Règle : " + ruleCodes(" (défaut)", "") + " ; ou un taux contractuel (0,1).",
             "Regel: " + ruleCodes(" (Standard)", "") + "; oder ein Vertragszins (0,1)."}};
}

Parameter basisParameter()
{
    return {"Basis",
            {"Basis", "Base", "Basis"},
            {"Days in a year of interest: 365, 360, or 0 for actual/actual. Default: the rule's "
             "own (365 for every statutory rule).",
             "Jours d'une année d'intérêts : 365, 360, ou 0 pour exact/exact. Par défaut celui de la "
             "règle (365 pour les règles légales).",
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
