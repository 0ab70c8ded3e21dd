"""AMOUNTINWORDS without a Language follows LibreOffice's UI language (README),
in a profile whose UI language is fr, de or en-US (OfficeSession.ui_locale,
as a user's desktop sets it). Expected words written by hand."""

import unittest

from relance_office_test import OfficeTestCase


class UiLanguageTestCase(OfficeTestCase):
    def words(self, formula):
        cell = self.cell_for(formula)
        self.assertEqual(cell.getError(), 0, formula)
        return cell.getString()


class FrenchUi(UiLanguageTestCase):
    ui_locale = "fr"

    def test_amount_in_words_defaults_to_french(self):
        self.assertEqual(self.words("=AMOUNTINWORDS(21)"), "vingt et un euros")
        self.assertEqual(self.words("=AMOUNTINWORDS(1280.5)"),
                         "mille deux cent quatre-vingts euros et cinquante centimes")
        # a Language given still wins
        self.assertEqual(self.words('=AMOUNTINWORDS(21;"en")'), "twenty-one euros")


class GermanUi(UiLanguageTestCase):
    ui_locale = "de"

    def test_amount_in_words_defaults_to_german(self):
        self.assertEqual(self.words("=AMOUNTINWORDS(21)"), "einundzwanzig Euro")


class EnglishUi(UiLanguageTestCase):
    ui_locale = "en-US"

    def test_amount_in_words_defaults_to_english(self):
        self.assertEqual(self.words("=AMOUNTINWORDS(21)"), "twenty-one euros")


if __name__ == "__main__":
    unittest.main()
