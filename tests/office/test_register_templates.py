"""The register templates shipped in relance.oxt (en, fr, de), each opened as
a new document (AsTemplate=true) in a UI of its language: Relance's commands
work on it at once (Add Analysis Columns rewrites its own columns in place,
Write Letters writes the letter of the one client with an unpaid invoice past
due and none for the disputed one), and its formats, drop-down list and
highlighting are those the issue asks for. Expected words are written out
here from the register reader's vocabulary (addin/core/register_vocabulary.cpp)."""

import glob
import json
import os
import shutil
import tempfile
import unittest

import uno
from com.sun.star.sheet.ValidationType import LIST
from com.sun.star.util.NumberFormat import CURRENCY, DATE

from office_session import OfficeSession, file_url, properties
from process_register import write_settings
from relance_office_test import OXT

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "../../packaging/templates/Relance")
FIXTURES = os.path.join(HERE, "../fixtures")
TEMPLATE = {
    "en": dict(ui="en-US", statuses="open;paid;partly paid;disputed;payment plan", currency="£",
               due="Due date", status="Status", overdue_client="Example Client Ltd",
               disputed_client="Example Trading Ltd", analysis="Days late"),
    "fr": dict(ui="fr", statuses="ouvert;payé;partiellement payé;litige;échéancier", currency="€",
               due="Échéance", status="Statut", overdue_client="Client Exemple SARL",
               disputed_client="Exemple Négoce SAS", analysis="Jours de retard"),
    "de": dict(ui="de", statuses="offen;bezahlt;teilweise bezahlt;strittig;Ratenzahlung", currency="€",
               due="Fälligkeit", status="Status", overdue_client="Beispielkunde GmbH",
               disputed_client="Beispiel Handel AG", analysis="Verzugstage"),
}


def headings(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return [sheet.getCellByPosition(column, 0).String for column in range(cursor.RangeAddress.EndColumn + 1)]


class RegisterTemplates(unittest.TestCase):
    def run_template(self, language):
        expected = TEMPLATE[language]
        folder = tempfile.mkdtemp(prefix="relance-template-")
        self.addCleanup(shutil.rmtree, folder, True)
        with OfficeSession(oxt=OXT, ui_locale=expected["ui"]) as office:
            settings = os.path.join(FIXTURES, "settings-%s.json" % language)
            with open(settings, encoding="utf-8") as source:
                write_settings(office, json.load(source))
            path = os.path.join(TEMPLATES, "relance-register-%s.ots" % language)
            document = office.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                           properties(AsTemplate=True, Hidden=True))
            try:
                self.assertFalse(document.hasLocation())
                register = document.Sheets.getByIndex(0)
                names = headings(register)
                due = register.getCellByPosition(names.index(expected["due"]), 20)
                self.assertTrue(document.NumberFormats.getByKey(due.NumberFormat).Type & DATE)
                amount = register.getCellByPosition(9, 1)
                self.assertTrue(document.NumberFormats.getByKey(amount.NumberFormat).Type & CURRENCY)
                self.assertIn(expected["currency"], amount.String)
                validation = register.getCellByPosition(names.index(expected["status"]), 20).Validation
                self.assertEqual(validation.Type, LIST)
                self.assertEqual(validation.getFormula1().replace('"', ""), expected["statuses"])
                self.assertEqual(register.getCellByPosition(0, 20).ConditionalFormat.Count, 2)
                self.assertEqual(names.count(expected["analysis"]), 1)

                helper = office.service("com.sun.star.frame.DispatchHelper")
                frame = document.CurrentController.Frame
                analysis = helper.executeDispatch(frame, "vnd.relance:AnalysisColumns", "", 0,
                                                  properties(Silent=True))
                self.assertEqual(analysis.State, 1, analysis.Result)
                self.assertEqual(headings(register), names, "the analysis columns rewritten in place")
                letters = helper.executeDispatch(frame, "vnd.relance:WriteLetters", "", 0,
                                                 properties(Silent=True, Folder=uno.systemPathToFileUrl(folder)))
                self.assertEqual(letters.State, 1, letters.Result)
            finally:
                document.close(True)
        pdfs = [os.path.basename(pdf) for pdf in glob.glob(os.path.join(folder, "*.pdf"))]
        self.assertEqual(len(pdfs), 1, pdfs)
        self.assertIn(expected["overdue_client"], pdfs[0])

    def test_english(self):
        self.run_template("en")

    def test_french(self):
        self.run_template("fr")

    def test_german(self):
        self.run_template("de")


if __name__ == "__main__":
    unittest.main()
