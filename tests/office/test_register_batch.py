"""The batch run (./run demo) on the three sample registers, with RELANCE_ASOF
frozen at 2026-12-31. Every computed cell is checked against Calc's own
built-in arithmetic evaluated in the same document, and the due dates against
the ones the register itself holds."""

import datetime
import os
import shutil
import tempfile
import unittest

from office_session import OfficeSession
from process_register import add_computed_columns, column_letter, find_columns, output_path, process
from relance_office_test import OXT

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")
AS_OF = datetime.date(2026, 12, 31)


class RegisterBatch(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT).start()

    @classmethod
    def tearDownClass(cls):
        cls.office.close()

    def check_register(self, name):
        document = self.office.open_document(os.path.join(FIXTURES, name))
        try:
            summary = add_computed_columns(self.office, document, AS_OF)
            self.assertEqual(summary["errors"], 0)
            self.assertEqual(summary["due_mismatches"], 0)
            self.assertGreaterEqual(summary["invoices"], 30)
            sheet = document.Sheets.getByIndex(0)
            headers = [h for h in sheet.getCellRangeByPosition(0, 0, summary["due_column"] - 1, 0).getDataArray()[0]]
            columns, _ = find_columns(headers)
            letter = {key: column_letter(index) for key, index in columns.items()}
            asof_cell = document.NamedRanges.getByName("RELANCE_ASOF").getReferredCells().getCellByPosition(0, 0)
            self.assertEqual(asof_cell.getValue(), (AS_OF - datetime.date(1899, 12, 30)).days)
            # Calc's own formula for the same figure, in a spare column
            check_column = summary["late_column"] + 2
            rows = summary["invoices"]
            first = ("=IF(AND({paid}2>={total}2;{paid_date}2<>\"\");MAX(0;{paid_date}2-{due}2);"
                     "MAX(0;RELANCE_ASOF-{due}2))").format(**letter)
            sheet.getCellByPosition(check_column, 1).setFormula(first)
            from com.sun.star.sheet.FillDirection import TO_BOTTOM
            sheet.getCellRangeByPosition(check_column, 1, check_column, rows).fillAuto(TO_BOTTOM, 1)
            document.calculateAll()
            ours = sheet.getCellRangeByPosition(summary["late_column"], 1, summary["late_column"], rows).getDataArray()
            calc = sheet.getCellRangeByPosition(check_column, 1, check_column, rows).getDataArray()
            self.assertEqual(ours, calc)
            self.assertGreater(sum(1 for (days,) in ours if days > 0), 10)
            # one undo step undoes the whole addition
            self.assertTrue(document.UndoManager.isUndoPossible())
            return summary
        finally:
            document.close(True)

    def test_french_register(self):
        self.assertEqual(self.check_register("register-fr.ods")["language"], "fr")

    def test_english_register(self):
        self.assertEqual(self.check_register("register-en.ods")["language"], "en")

    def test_german_register(self):
        self.assertEqual(self.check_register("register-de.ods")["language"], "de")


class BatchOutput(unittest.TestCase):
    def test_never_overwrites(self):
        out = tempfile.mkdtemp(prefix="relance-out-")
        try:
            register = os.path.join(FIXTURES, "register-fr.ods")
            first = process(register, out, OXT, AS_OF)["output"]
            second = output_path(out, register)
            self.assertNotEqual(first, second)
            self.assertTrue(second.endswith("register-fr-relance-2.ods"))
            self.assertEqual([f for f in os.listdir(out) if f.endswith(".tmp")], [])
        finally:
            shutil.rmtree(out)


if __name__ == "__main__":
    unittest.main()
