"""The menu's commands on registers they cannot use, headless and silent (a
person would read the same reason in a message box): a sheet with required
columns missing, a register with no invoice row, every due date typed as
text. Each is refused with a reason that names what is wrong, writes no file,
leaves the sheet as it was, and LibreOffice stays up."""

import os
import shutil
import tempfile
import unittest

import uno
from office_session import properties
from relance_office_test import OfficeTestCase

SETTINGS = {"Letterhead/Name": "Atelier Durand SARL", "Letterhead/City": "Lyon"}
ADDRESS = ("5 place Bellecour", "69002 Lyon")
HEADERS = ("N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Montant payé")


class CommandRefusals(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        provider = cls.office.service("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                      properties(nodepath="/org.relance.calc.Settings"))
        for path, value in SETTINGS.items():
            access.replaceByHierarchicalName(path, value)
        uno.invoke(access, "replaceByHierarchicalName", ("Letterhead/AddressLines", uno.Any("[]string", ADDRESS)))
        access.commitChanges()

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="relance-refusals-")
        self.addCleanup(shutil.rmtree, self.folder, True)

    def register(self, rows):
        document = self.office.new_spreadsheet()
        self.addCleanup(document.close, True)
        sheet = document.Sheets.getByIndex(0)
        sheet.getCellRangeByPosition(0, 0, len(rows[0]) - 1, len(rows) - 1).setDataArray(rows)
        return document

    def dispatch(self, document, command, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        return helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:" + command, "", 0,
                                      properties(Silent=True, **arguments))

    def assertRefused(self, document, command, reason, **arguments):
        before = document.Sheets.getByIndex(0).getCellRangeByName("A1:Z20").getDataArray()
        result = self.dispatch(document, command, **arguments)
        self.assertEqual(result.State, 0, "%s was not refused: %r" % (command, result.Result))  # FAILURE
        self.assertIn(reason, result.Result)
        self.assertEqual(document.Sheets.getByIndex(0).getCellRangeByName("A1:Z20").getDataArray(), before)
        self.assertEqual(os.listdir(self.folder), [])
        self.assertTrue(self.office.alive())

    def test_missing_columns(self):
        document = self.register([("Client", "Montant"), ("Garage Fontaine SAS", 120.0)])
        for command in ("WriteLetters", "AnalysisColumns", "PaymentPlan"):
            with self.subTest(command=command):
                self.assertRefused(document, command, "no invoice register found",
                                   Folder=uno.systemPathToFileUrl(self.folder))

    def test_no_invoice_row(self):
        document = self.register([HEADERS])
        self.assertRefused(document, "AnalysisColumns", "no invoice")
        # Letters: nothing to write is no error, and nothing is written.
        result = self.dispatch(document, "WriteLetters", Folder=uno.systemPathToFileUrl(self.folder))
        files = dict((value.Name, value.Value) for value in result.Result)["Files"]
        self.assertEqual(files, ())
        self.assertEqual(os.listdir(self.folder), [])

    def test_due_dates_typed_as_text(self):
        document = self.register([HEADERS,
                                  ("F-1", "Garage Fontaine SAS", "01/02/2024", "01/03/2024", 1200.0, 0.0),
                                  ("F-2", "Garage Fontaine SAS", "01/02/2024", "le 3 mars", 600.0, 0.0)])
        self.assertRefused(document, "AnalysisColumns", "is not a date")
        # Letters leave the rows they cannot read out and say which: here every row.
        result = self.dispatch(document, "WriteLetters", Folder=uno.systemPathToFileUrl(self.folder))
        values = dict((value.Name, value.Value) for value in result.Result)
        self.assertEqual(values["Files"], ())
        self.assertTrue(any("not read: row 2" in line for line in values["Summary"]), values["Summary"])
        self.assertTrue(any("not read: row 3" in line for line in values["Summary"]), values["Summary"])


if __name__ == "__main__":
    unittest.main()
