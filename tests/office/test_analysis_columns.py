"""Relance ▸ Add Analysis Columns (vnd.relance:AnalysisColumns) on the sample
registers, in a real LibreOffice with the packaged extension: the values
against Calc's own built-ins and hand computations, one undo step that
restores every cell, a refresh that rewrites rather than duplicates, and the
refusals.

Interest is computed here by hand (Decimal, each rate period rounded half
away from zero) from the published rates, as in test_reminder_letters.py:
ECB main refinancing rate 3.15 % on 1 January 2025, 2.15 % on 1 July 2025
and 1 January 2026, 2.40 % on 1 July 2026 (FR: + 10 points); invoices and
dates are those of tests/fixtures/README.md."""

import datetime
import os
import shutil
import tempfile
import unittest
from decimal import Decimal

import uno
from com.sun.star.frame.DispatchResultState import SUCCESS, FAILURE
from com.sun.star.sheet.FillDirection import TO_BOTTOM

from office_session import OfficeSession, properties
from process_register import write_settings
from relance_office_test import OXT
from test_reminder_letters import cents, close, interest, serial

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")
AS_OF = datetime.date(2026, 12, 31)
HEADINGS = ["Days late", "Level reached", "Late interest", "Recovery fee", "Total due"]
THRESHOLDS = (1, 15, 30, 45)  # the settings' default


def used_end(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow


def document_state(document, columns=40, extra_rows=5):
    """Every sheet's formulas, values and number formats over a generous
    rectangle, and the named ranges: what an undo must give back."""
    state = {"names": sorted((name, document.NamedRanges.getByName(name).Content)
                             for name in document.NamedRanges.ElementNames)}
    for sheet in document.Sheets:
        _, end_row = used_end(sheet)
        cells = sheet.getCellRangeByPosition(0, 0, columns, end_row + extra_rows)
        formats = tuple(tuple(cells.getCellByPosition(c, r).NumberFormat for c in range(columns + 1))
                        for r in range(end_row + extra_rows + 1))
        state[sheet.Name] = (cells.getFormulaArray(), cells.getDataArray(), formats)
    return state


class AnalysisColumnsTest(unittest.TestCase):
    """One soffice (English UI) with the FR rule in its settings; each test
    copies a sample register into a temporary folder."""
    ui_locale = "en-US"
    settings = {"Reminders/Rule": "FR"}

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, ui_locale=cls.ui_locale, environment={"RELANCE_DEBUG": "1"})
        cls.office.start()
        write_settings(cls.office, cls.settings)
        cls.folder = tempfile.mkdtemp(prefix="relance-columns-")
        cls.helper = cls.office.service("com.sun.star.frame.DispatchHelper")

    @classmethod
    def tearDownClass(cls):
        cls.office.close()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def open_register(self, language):
        path = os.path.join(self.folder, "%s-%s.ods" % (self.id().split(".")[-1], language))
        shutil.copy(os.path.join(FIXTURES, "register-%s.ods" % language), path)
        document = self.office.open_document(path)
        self.addCleanup(close, document)
        return document

    def dispatch(self, document, command, **arguments):
        return self.helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:" + command, "", 0,
                                           properties(Silent=True, **arguments))

    def add_columns(self, document):
        result = self.dispatch(document, "AnalysisColumns")
        self.assertEqual(result.State, SUCCESS, result.Result)
        return result.Result

    def freeze(self, document, day=AS_OF):
        self.assertEqual(self.dispatch(document, "FreezeAsOf", Date=serial(day)).State, SUCCESS)

    def refused(self, document):
        """Dispatches the command, expecting a refusal; returns its reason."""
        undo_before = document.UndoManager.getAllUndoActionTitles()
        result = self.dispatch(document, "AnalysisColumns")
        self.assertEqual(result.State, FAILURE, result.Result)
        self.assertEqual(document.UndoManager.getAllUndoActionTitles(), undo_before, "a refusal changes nothing")
        self.assertNotIn("RELANCE_ASOF", document.NamedRanges.ElementNames)
        return result.Result


class FrenchRegister(AnalysisColumnsTest):

    def test_values_against_built_ins_and_hand_computation(self):
        document = self.open_register("fr")
        sheet = document.Sheets.getByIndex(0)
        self.freeze(document)
        ranges = self.add_columns(document)
        # right of the register (A..O), the as-of cell (Q1:R1, made by FreezeAsOf) left alone
        self.assertEqual(list(ranges), ["$Factures.$%s$1:$%s$34" % (c, c) for c in "STUVW"])
        self.assertEqual(sheet.getCellRangeByName("Q1").getString(), "As of")
        self.assertEqual(sheet.getCellRangeByName("R1").getValue(), serial(AS_OF))
        self.assertEqual(list(sheet.getCellRangeByName("S1:W1").getDataArray()[0]), HEADINGS)
        self.assertIn("RELANCE_ASOF", sheet.getCellRangeByName("S2").getFormula())

        # Calc's own days late beside ours: MAX(0; as-of - due) while unpaid,
        # MAX(0; paid - due) once paid in full, nothing when the date is unknown.
        helper = sheet.getCellRangeByName("Z2")
        helper.setFormula('=IF(J2-K2>0;MAX(0;RELANCE_ASOF-H2);IF(L2="";"";MAX(0;L2-H2)))')
        sheet.getCellRangeByName("Z2:Z34").fillAuto(TO_BOTTOM, 1)
        document.calculateAll()
        rows = sheet.getCellRangeByName("A2:Z34").getDataArray()
        late_rows = 0
        for row in rows:
            number, amount, paid, days = row[0], row[9], row[10] or 0, row[18]
            self.assertEqual(days, row[25], number)
            outstanding = max(Decimal(0), Decimal(str(amount)) - Decimal(str(paid)))
            late = outstanding > 0 and days > 0
            late_rows += late
            level = sum(1 for threshold in THRESHOLDS if late and days >= threshold)
            self.assertEqual(row[19], level, number)
            self.assertEqual(row[21], 40 if late else 0, number)  # FR: 40 EUR once per late invoice
            if not late:
                self.assertEqual(row[20], 0, number)
            self.assertAlmostEqual(row[22], float(outstanding + Decimal(str(row[20])) + Decimal(str(row[21]))), places=9,
                                   msg=number)
        # long overdue, overdue, partly paid and disputed ones (tests/fixtures/README.md)
        self.assertEqual(late_rows, 6 + 2 + 3 + 3 + 1)

        by_number = {row[0]: row for row in rows}
        hand = {
            # 1,848.00 due 2 March 2025, unpaid
            "F2025-001": interest(1848, [(120, "0.1315"), (365, "0.1215"), (184, "0.124")]),
            "F2025-004": interest("870.30", [(16, "0.1315"), (365, "0.1215"), (184, "0.124")]),
            "F2026-006": interest(3540, [(92, "0.124")]),
        }
        # 7,250.00 due 29 April 2025, 3,000.00 paid on 10 June 2025, credited to
        # interest first (art. 1343-1 Code civil), then the 40 fee, then the principal
        first = cents(Decimal(7250) * Decimal("0.1315") * 42 / 365)
        principal = Decimal(7250) - (Decimal(3000) - first - 40)
        hand["F2025-002"] = first + interest(principal, [(20, "0.1315"), (365, "0.1215"), (184, "0.124")])
        for number, expected in hand.items():
            self.assertEqual(cents(by_number[number][20]), expected, number)
        self.assertEqual(by_number["F2025-001"][18], 669)
        self.assertEqual(cents(by_number["F2025-002"][22]), Decimal(7250) - 3000 + hand["F2025-002"] + 40)
        # paid late: how late, and nothing owed
        self.assertEqual(by_number["F2024-003"][18:23], (17.0, 0.0, 0.0, 0.0, 0.0))
        # not yet due: the amount, nothing more
        self.assertEqual(by_number["F2026-008"][18:23], (0.0, 0.0, 0.0, 0.0, 3750.0))

        # formats: whole numbers, the amount column's money format, the header's look
        amount_format = sheet.getCellRangeByName("J2").NumberFormat
        formats = document.NumberFormats
        for name in ("S2", "T34"):
            self.assertEqual(formats.getByKey(sheet.getCellRangeByName(name).NumberFormat).FormatString, "0")
        for name in ("U2", "V20", "W34"):
            self.assertEqual(sheet.getCellRangeByName(name).NumberFormat, amount_format, name)
        self.assertEqual(sheet.getCellRangeByName("S1").CharWeight, sheet.getCellRangeByName("J1").CharWeight)

    def test_undo_restores_every_cell_and_the_as_of_name(self):
        document = self.open_register("fr")
        before = document_state(document)
        self.add_columns(document)  # RELANCE_ASOF made by the command itself
        self.assertIn("RELANCE_ASOF", document.NamedRanges.ElementNames)
        self.assertNotEqual(document_state(document), before)
        undo = document.UndoManager
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Relance: analysis columns")
        undo.undo()
        self.assertEqual(document_state(document), before)

    def test_refresh_rewrites_in_any_language_and_follows_the_rows(self):
        document = self.open_register("fr")
        sheet = document.Sheets.getByIndex(0)
        self.freeze(document)
        self.add_columns(document)
        # as if written by a French LibreOffice, then the last invoice deleted
        french = ["Jours de retard", "Niveau atteint", "Pénalités de retard", "Indemnité forfaitaire", "Total dû"]
        for column, heading in zip("STUVW", french):
            sheet.getCellRangeByName(column + "1").setString(heading)
        sheet.getCellRangeByName("A34:O34").clearContents(1 | 2 | 4 | 16)  # values, dates, texts, formulas
        sheet.getCellRangeByName("W36").setFormula("=SUM(W2:W34)")  # the user's own total
        ranges = self.add_columns(document)
        self.assertEqual(list(ranges), ["$Factures.$%s$1:$%s$33" % (c, c) for c in "STUVW"])
        self.assertEqual(list(sheet.getCellRangeByName("S1:W1").getDataArray()[0]), HEADINGS)
        # the emptied row shows nothing, the total stays, nothing is added right of W
        self.assertEqual(sheet.getCellRangeByName("S34:W34").getDataArray(), (("",) * 5,))
        self.assertEqual(sheet.getCellRangeByName("W36").getFormula(), "=SUM(W2:W34)")
        self.assertEqual(sheet.getCellRangeByName("X1:AB1").getDataArray(), (("",) * 5,))
        # and the register is still the reminder run's: no heading names one of its columns
        self.add_columns(document)


class EnglishAndGermanRegisters(AnalysisColumnsTest):

    def check_undo(self, language, sheet_name):
        document = self.open_register(language)
        self.freeze(document)
        before = document_state(document)
        ranges = self.add_columns(document)
        self.assertEqual(list(ranges), ["$%s.$%s$1:$%s$33" % (sheet_name, c, c) for c in "STUVW"])
        document.calculateAll()
        values = document.Sheets.getByIndex(0).getCellRangeByName("S2:W33").getDataArray()
        self.assertTrue(all(isinstance(value, float) for row in values for value in row), values)
        document.UndoManager.undo()
        self.assertEqual(document_state(document), before)

    def test_english(self):
        self.check_undo("en", "Invoices")

    def test_german(self):
        self.check_undo("de", "Rechnungen")


class Refusals(AnalysisColumnsTest):

    def new_register(self, rows):
        document = self.office.new_spreadsheet()
        self.addCleanup(close, document)
        sheet = document.Sheets.getByIndex(0)
        width = max(len(row) for row in rows)
        sheet.getCellRangeByPosition(0, 0, width - 1, len(rows) - 1).setDataArray(
            [tuple(row) + ("",) * (width - len(row)) for row in rows])
        return document

    def test_missing_columns(self):
        document = self.new_register([("Invoice", "Client", "Amount"), ("F1", "Martin", 100.0)])
        reason = self.refused(document)
        self.assertIn("not an invoice register", reason)
        self.assertIn("Due date", reason)

    def test_no_invoice_below_the_headers(self):
        document = self.new_register([("Invoice", "Client", "Due date", "Amount")])
        self.assertIn("has no invoice below its headers", self.refused(document))

    def test_text_in_a_date_column(self):
        document = self.open_register("fr")
        sheet = document.Sheets.getByIndex(0)
        sheet.getCellRangeByName("H5").setString("14/04/2024")
        sheet.getCellRangeByName("L7").setString("hier")
        reason = self.refused(document)
        self.assertIn("2 cells of the register on sheet “Factures” cannot be read", reason)
        self.assertIn("row 5, column H (Due date): '14/04/2024' is not a date", reason)
        self.assertIn("row 7, column L (Paid date): 'hier' is not a date", reason)
        self.assertEqual(sheet.getCellRangeByName("S1").getString(), "")

    def test_a_cell_the_formulas_do_not_read_does_not_block(self):
        # an unknown status word and an empty client: the letters' business (they list the
        # rows they cannot read), not the columns'
        document = self.open_register("fr")
        sheet = document.Sheets.getByIndex(0)
        sheet.getCellRangeByName("M34").setString("Relancée deux fois")
        sheet.getCellRangeByName("B33").setString("")
        self.assertEqual(list(self.add_columns(document))[0], "$Factures.$P$1:$P$34")


class SettingsInTheFormulas(AnalysisColumnsTest):
    """Grace days and thresholds come from the settings."""
    settings = {"Reminders/Rule": "DE", "Reminders/Thresholds": "10;20;40;60"}

    def test_grace_and_thresholds(self):
        provider = self.office.service("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                      properties(nodepath="/org.relance.calc.Settings"))
        uno.invoke(access, "replaceByHierarchicalName", ("Reminders/GraceDays", uno.Any("long", 30)))
        access.commitChanges()
        document = self.open_register("de")
        sheet = document.Sheets.getByIndex(0)
        self.freeze(document, datetime.date(2026, 10, 20))
        self.add_columns(document)
        document.calculateAll()
        # An unpaid invoice due 2026-09-30 is 20 days late on 20 October: within
        # the 30 days' grace, so not late at all; one due in 2025 is late in full.
        rows = sheet.getCellRangeByName("A2:W33").getDataArray()
        for row in rows:
            due, amount, paid, days = row[7], row[9], row[10] or 0, row[18]
            if amount - paid > 0 and due < serial(datetime.date(2026, 10, 20)):
                delay = serial(datetime.date(2026, 10, 20)) - due
                self.assertEqual(days, 0 if delay <= 30 else delay, row[0])
                expected = sum(1 for threshold in (10, 20, 40, 60) if days > 0 and delay >= threshold)
                self.assertEqual(row[19], expected, row[0])
                self.assertEqual(row[21], 40 if days > 0 else 0, row[0])  # DE: 40 EUR (BGB § 288 (5))
        self.assertIn('"10;20;40;60"', sheet.getCellRangeByName("T2").getFormula())
        self.assertIn('"DE"', sheet.getCellRangeByName("V2").getFormula())


class FrenchInterface(AnalysisColumnsTest):
    """Headings in the UI language; a run in another language is found again."""
    ui_locale = "fr"

    def test_french_headings_replace_english_ones(self):
        document = self.open_register("de")
        sheet = document.Sheets.getByIndex(0)
        self.freeze(document)
        for column, heading in zip("STUVW", HEADINGS):  # an earlier run in English
            sheet.getCellRangeByName(column + "1").setString(heading)
        self.add_columns(document)
        self.assertEqual(list(sheet.getCellRangeByName("S1:X1").getDataArray()[0]),
                         ["Jours de retard", "Niveau atteint", "Pénalités de retard", "Indemnité forfaitaire",
                          "Total dû", ""])
        self.assertEqual(document.UndoManager.getCurrentUndoActionTitle(), "Relance : colonnes d’analyse")


if __name__ == "__main__":
    unittest.main()
