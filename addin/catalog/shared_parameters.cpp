#include "catalog/catalog_parts.hpp"

#include "core/late_payment_rule.hpp"

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
            {"Statutory rule code: " + ruleCodes(" (default)", "") +
                 "; or a contractual annual rate as a number (0.10 for 10 %).",
             "Code de la règle légale : " + ruleCodes(" (par défaut)", "") +
                 " ; ou un taux annuel contractuel en nombre (0,10 pour 10 %).",
             "Kürzel der gesetzlichen Regel: " + ruleCodes(" (Standard)", "") +
                 "; oder ein vertraglicher Jahreszins als Zahl (0,10 für 10 %)."}};
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
