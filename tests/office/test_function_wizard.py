"""The Function Wizard's names and descriptions, as LibreOffice itself lists
them (the FunctionDescriptions service) in a profile whose UI language is
en-US, fr or de. Expected strings are written here, independent of the
catalog the add-in is generated from."""

import unittest

from relance_office_test import OfficeTestCase

DATETIME, FINANCIAL, TEXT = 2, 3, 10  # com.sun.star.sheet.FunctionCategory

# English name: (category, number of required leading arguments)
SHAPE = {"DAYSLATE": (DATETIME, 1), "DUEDATE": (DATETIME, 2), "PAYMENTPLAN": (FINANCIAL, 3),
         "AGINGBUCKET": (FINANCIAL, 1), "REMINDERLEVEL": (FINANCIAL, 1), "AMOUNTINWORDS": (TEXT, 1),
         "LATEINTEREST": (FINANCIAL, 2), "LATEINTERESTDETAIL": (FINANCIAL, 2), "BALANCEINTEREST": (FINANCIAL, 3),
         "LATERATE": (FINANCIAL, 2), "REFERENCERATE": (FINANCIAL, 2), "RECOVERYFEE": (FINANCIAL, 1),
         "HOLIDAYS": (DATETIME, 2), "ISBUSINESSDAY": (DATETIME, 2)}

EXPECTED = {
    "en-US": {"DAYSLATE": ["Due", "AsOf", "Grace"],
              "DUEDATE": ["InvoiceDate", "Days", "EndOfMonth", "DayOfMonth", "Calendar"],
              "PAYMENTPLAN": ["Amount", "Count", "FirstDate", "PeriodMonths", "AnnualRate", "Method", "Calendar"],
              "AGINGBUCKET": ["Due", "AsOf", "Bounds"],
              "REMINDERLEVEL": ["Due", "AsOf", "Thresholds"],
              "AMOUNTINWORDS": ["Amount", "Language", "Currency"],
              "LATEINTEREST": ["Amount", "Due", "Paid", "Rule", "Basis"],
              "LATEINTERESTDETAIL": ["Amount", "Due", "Paid", "Rule", "Basis"],
              "BALANCEINTEREST": ["Amount", "Due", "Payments", "AsOf", "Rule", "Basis"],
              "LATERATE": ["Rule", "Date"],
              "REFERENCERATE": ["Source", "Date"],
              "RECOVERYFEE": ["Amount", "Rule"],
              "HOLIDAYS": ["Calendar", "Year"],
              "ISBUSINESSDAY": ["Date", "Calendar"]},
    "fr": {"JOURS.RETARD": ["Échéance", "Date_arrêté", "Délai_grâce"],
           "DATE.ECHEANCE": ["Date_facture", "Jours", "Fin_de_mois", "Jour_du_mois", "Calendrier"],
           "ECHEANCIER": ["Montant", "Nombre", "Première_échéance", "Périodicité_mois", "Taux_annuel",
                          "Méthode", "Calendrier"],
           "TRANCHE.ANCIENNETE": ["Échéance", "Date_arrêté", "Bornes"],
           "NIVEAU.RELANCE": ["Échéance", "Date_arrêté", "Seuils"],
           "MONTANT.EN.LETTRES": ["Montant", "Langue", "Monnaie"],
           "INTERETS.RETARD": ["Montant", "Échéance", "Date_paiement", "Règle", "Base"],
           "INTERETS.RETARD.DETAIL": ["Montant", "Échéance", "Date_paiement", "Règle", "Base"],
           "INTERETS.RETARD.SOLDE": ["Montant", "Échéance", "Versements", "Date_arrêté", "Règle", "Base"],
           "TAUX.RETARD": ["Règle", "Date"],
           "TAUX.REFERENCE": ["Source", "Date"],
           "INDEMNITE.RECOUVREMENT": ["Montant", "Règle"],
           "JOURS.FERIES": ["Calendrier", "Année"],
           "EST.JOUR.OUVRE": ["Date", "Calendrier"]},
    "de": {"VERZUGSTAGE": ["Fälligkeit", "Stichtag", "Karenztage"],
           "FÄLLIGKEITSDATUM": ["Rechnungsdatum", "Tage", "Monatsende", "Tag_im_Monat", "Kalender"],
           "RATENPLAN": ["Betrag", "Anzahl", "Erste_Rate", "Monatsabstand", "Jahreszins", "Methode", "Kalender"],
           "VERZUGSKLASSE": ["Fälligkeit", "Stichtag", "Grenzen"],
           "MAHNSTUFE": ["Fälligkeit", "Stichtag", "Schwellen"],
           "BETRAGINWORTEN": ["Betrag", "Sprache", "Währung"],
           "VERZUGSZINSEN": ["Betrag", "Fälligkeit", "Zahlungsdatum", "Regel", "Basis"],
           "VERZUGSZINSEN.DETAIL": ["Betrag", "Fälligkeit", "Zahlungsdatum", "Regel", "Basis"],
           "VERZUGSZINSEN.RESTSCHULD": ["Betrag", "Fälligkeit", "Zahlungen", "Stichtag", "Regel", "Basis"],
           "VERZUGSZINSSATZ": ["Regel", "Datum"],
           "REFERENZZINSSATZ": ["Quelle", "Datum"],
           "VERZUGSPAUSCHALE": ["Betrag", "Regel"],
           "FEIERTAGE": ["Kalender", "Jahr"],
           "IST.ARBEITSTAG": ["Datum", "Kalender"]},
}
# A word each language's DAYSLATE description must use.
DESCRIPTION_WORDS = {"en-US": "due date", "fr": "échéance", "de": "Fälligkeit"}


def wizard_entries(office):
    descriptions = office.service("com.sun.star.sheet.FunctionDescriptions")
    entries = {}
    for index in range(descriptions.getCount()):
        entry = {p.Name: p.Value for p in descriptions.getByIndex(index)}
        entries[entry["Name"]] = entry
    return entries


class WizardTestBase(OfficeTestCase):
    def check_language(self, language):
        entries = wizard_entries(self.office)
        english_names = list(EXPECTED["en-US"])
        for position, (name, arguments) in enumerate(EXPECTED[language].items()):
            self.assertTrue(name in entries, "%s missing from the Function Wizard in %s" % (name, language))
            entry = entries[name]
            category, required = SHAPE[english_names[position]]
            self.assertEqual(entry["Category"], category, name)
            self.assertEqual([argument.Name for argument in entry["Arguments"]], arguments)
            self.assertTrue(entry["Description"], name)
            if position == 0:
                self.assertIn(DESCRIPTION_WORDS[language].lower(), entry["Description"].lower())
            self.assertEqual([argument.IsOptional for argument in entry["Arguments"]],
                             [False] * required + [True] * (len(arguments) - required))
            for argument in entry["Arguments"]:
                self.assertTrue(argument.Description, "%s.%s has no description" % (name, argument.Name))

    def check_localized_formula(self, local_formula, expected):
        """A formula typed with the localized name (as a user would in the
        cell, through the local formula grammar) computes the same value."""
        cell = self.sheet.getCellByPosition(5, 0)
        cell.setPropertyValue("FormulaLocal", local_formula)
        self.document.calculate()
        self.assertEqual(cell.getError(), 0, cell.getPropertyValue("FormulaLocal"))
        self.assertEqual(cell.getValue(), expected)


class EnglishWizard(WizardTestBase):
    ui_locale = "en-US"

    def test_names_and_arguments(self):
        self.check_language("en-US")


class FrenchWizard(WizardTestBase):
    ui_locale = "fr"

    def test_names_and_arguments(self):
        self.check_language("fr")

    def test_typed_with_french_names(self):
        self.check_localized_formula("=JOURS.RETARD(DATE(2024;3;15);DATE(2024;3;16))", 1)
        self.check_localized_formula('=INTERETS.RETARD(7500;DATE(2023;5;31);DATE(2023;8;15);"FR")', 209.38)


class GermanWizard(WizardTestBase):
    ui_locale = "de"

    def test_names_and_arguments(self):
        self.check_language("de")

    def test_typed_with_german_names(self):
        self.check_localized_formula("=FÄLLIGKEITSDATUM(DATUM(2024;1;31);30)-DATUM(2024;3;1)", 0)
        self.check_localized_formula('=VERZUGSZINSEN(20000;DATUM(2024;6;10);DATUM(2024;7;20);"DE")', 273.86)


if __name__ == "__main__":
    unittest.main()
