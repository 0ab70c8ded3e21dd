"""vnd.relance:Help (Relance ▸ Relance Help, the dialogs' Help buttons), run
silently so that it returns the manual page's URL instead of opening it: the
page is the installed extension's manual/<lang>.html in the UI language
(English for a language the manual is not written in), at the section Topic
names, else at the section of the Relance function the selected cell calls,
else at the top. The expected sections are read from the shipped page."""

import unittest
import urllib.parse

from office_session import OfficeSession, properties
from relance_office_test import OXT

DAYSLATE_CALL = "=ORG.RELANCE.RELANCEFUNCTIONS.GETDAYSLATE(DATE(2026;1;15);DATE(2026;2;20))"


class HelpCommand:
    ui_locale = None
    manual = None  # the page the UI language reads

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, ui_locale=cls.ui_locale)
        cls.office.start()
        cls.document = cls.office.new_spreadsheet()
        cls.sheet = cls.document.Sheets.getByIndex(0)

    @classmethod
    def tearDownClass(cls):
        try:
            cls.document.close(True)
        finally:
            cls.office.close()

    def help_url(self, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = helper.executeDispatch(self.document.CurrentController.Frame, "vnd.relance:Help", "", 0,
                                        properties(Silent=True, **arguments))
        self.assertEqual(result.State, 1, result.Result)  # SUCCESS
        return urllib.parse.urlparse(result.Result)

    def select(self, name, formula):
        cell = self.sheet.getCellRangeByName(name)
        cell.setFormula(formula)
        self.document.CurrentController.select(cell)

    def assertSection(self, url, section):
        self.assertEqual(url.scheme, "file")
        self.assertTrue(url.path.endswith("/manual/%s" % self.manual), url.path)
        self.assertEqual(url.fragment, section)
        with open(urllib.parse.unquote(url.path), encoding="utf-8") as page:
            text = page.read()
        if section:
            self.assertIn('id="%s"' % section, text)

    def test_topic_named(self):
        for topic in ("letters", "payment-plan", "settings", "template", "troubleshooting", "RECOVERYFEE"):
            with self.subTest(topic=topic):
                self.assertSection(self.help_url(Topic=topic), topic)

    def test_function_of_the_selected_cell(self):
        self.select("B2", DAYSLATE_CALL)
        self.assertSection(self.help_url(), "DAYSLATE")
        self.select("C3", "=IF(A1=\"\";0;ORG.RELANCE.RELANCEFUNCTIONS.GETRECOVERYFEE(1000;\"EU\"))")
        self.assertSection(self.help_url(), "RECOVERYFEE")

    def test_top_of_the_manual_elsewhere(self):
        self.select("D4", "=SUM(1;2)")
        self.assertSection(self.help_url(), "")
        self.select("E5", "plain text")
        self.assertSection(self.help_url(), "")


class HelpCommandEnglish(HelpCommand, unittest.TestCase):
    ui_locale = "en-US"
    manual = "en.html"


class HelpCommandFrench(HelpCommand, unittest.TestCase):
    ui_locale = "fr"
    manual = "fr.html"


class HelpCommandGerman(HelpCommand, unittest.TestCase):
    ui_locale = "de"
    manual = "de.html"


if __name__ == "__main__":
    unittest.main()
