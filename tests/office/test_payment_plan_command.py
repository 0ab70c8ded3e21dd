"""Relance ▸ Payment Plan (vnd.relance:PaymentPlan) on a copy of
tests/fixtures/register-fr.ods, silent (Silent=true), in a real headless
LibreOffice with the packaged relance.oxt.

Expected values come from outside Relance: the schedule is compared with what
Calc's own PMT, IPMT and PPMT give for the same terms (in a document of their
own), the debt with the hand computation of test_reminder_letters.py, the
formats with the register's own cells."""

import datetime
import os
import shutil
import tempfile
import unittest
from decimal import Decimal

import uno
from com.sun.star.frame.DispatchResultState import SUCCESS
from com.sun.star.util.NumberFormat import CURRENCY, DATE, PERCENT

from office_session import OfficeSession, properties
from process_register import write_settings
from relance_office_test import OXT
from test_reminder_letters import atelier_total, close, pdf_text, settings_of

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")
AS_OF = datetime.date(2026, 12, 31)
CLIENT = "L'Atelier & Fils SARL"
SHEET = "Plan L'Atelier & Fils SARL"


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def day_of(value):
    return datetime.date(1899, 12, 30) + datetime.timedelta(days=int(value))


def cells_of(document):
    """Every sheet's name and used cells (formulas as typed, values as shown)."""
    result = []
    for index in range(document.Sheets.getCount()):
        sheet = document.Sheets.getByIndex(index)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        used = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        result.append((sheet.Name, used.getFormulaArray(), used.getDataArray()))
    return result


class PaymentPlanCommand(unittest.TestCase):
    """One soffice; each test copies the register into a temporary folder."""

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, environment={"RELANCE_DEBUG": "1"})
        cls.office.start()
        write_settings(cls.office, settings_of("fr"))  # a letterhead, for the agreement
        cls.folder = tempfile.mkdtemp(prefix="relance-plan-")
        cls.calc = cls.office.new_spreadsheet()  # Calc's own PMT, IPMT, PPMT

    @classmethod
    def tearDownClass(cls):
        close(cls.calc)
        cls.office.close()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def setUp(self):
        path = os.path.join(self.folder, "register-%s.ods" % self.id().split(".")[-1])
        shutil.copy(os.path.join(FIXTURES, "register-fr.ods"), path)
        self.document = self.office.open_document(path)
        self.addCleanup(close, self.document)
        self.register = self.document.Sheets.getByIndex(0)

    # -- helpers -------------------------------------------------------------
    def select_row_of(self, client):
        for row in range(1, 100):
            if self.register.getCellByPosition(1, row).getString() == client:
                self.document.getCurrentController().select(self.register.getCellByPosition(4, row))
                return row
        self.fail("no row of %s" % client)

    def dispatch(self, **arguments):
        """Runs the command silently; (state, result)."""
        frame = self.document.getCurrentController().getFrame()
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        event = helper.executeDispatch(frame, "vnd.relance:PaymentPlan", "", 0,
                                       properties(Silent=True, AsOf=serial(AS_OF), **arguments))
        return event.State, event.Result

    def plan(self, **arguments):
        state, result = self.dispatch(**arguments)
        self.assertEqual(state, SUCCESS, "refused: %r" % (result,))
        return result

    def calc_value(self, formula):
        cell = self.calc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        cell.setFormula(formula)
        self.calc.calculate()
        self.assertEqual(cell.getError(), 0, formula)
        return cell.getValue()

    def schedule(self, sheet, count):
        rows = sheet.getCellRangeByPosition(0, 3, 5, 3 + count - 1).getDataArray()
        return [[Decimal(repr(value)).quantize(Decimal("0.01")) if index >= 2 else value
                 for index, value in enumerate(row)] for row in rows]

    # -- tests ---------------------------------------------------------------
    def test_schedule_is_calcs_annuity(self):
        self.select_row_of(CLIENT)
        count, rate, amount = 12, 0.06, 5000
        result = self.plan(Amount=amount, Count=count, AnnualRate=rate, FirstDate=serial(datetime.date(2027, 1, 31)))
        self.assertEqual(tuple(result), (SHEET,))
        sheet = self.document.Sheets.getByName(SHEET)
        self.assertEqual(self.document.getCurrentController().getActiveSheet().Name, SHEET)
        # the terms the formula refers to, and the one array formula over 12 x 6
        self.assertEqual([sheet.getCellRangeByName(name).getValue() for name in ("I3", "I4", "I6", "I7")],
                         [amount, count, 1, rate])
        self.assertEqual(day_of(sheet.getCellRangeByName("I5").getValue()), datetime.date(2027, 1, 31))
        array = sheet.getCellRangeByPosition(0, 3, 5, 3 + count - 1)
        formula = "{=PAYMENTPLAN($I$3,$I$4,$I$5,$I$6,$I$7)}"  # as Calc's API shows an array formula
        self.assertEqual(array.getArrayFormula(), formula)
        for corner in ("A4", "F15"):  # one array over A4:F15, each cell part of it
            self.assertEqual(sheet.getCellRangeByName(corner).getArrayFormula(), formula)
        self.assertEqual(sheet.getCellRangeByName("A3").getString(), "No.")  # the UI's language: English
        rows = self.schedule(sheet, count)
        payment = Decimal(repr(-self.calc_value("=ROUND(PMT(%r/12;%d;%d);2)" % (rate, count, amount))))
        for number, row in enumerate(rows, start=1):
            self.assertEqual(row[0], number)
            ipmt = Decimal(repr(-self.calc_value("=IPMT(%r/12;%d;%d;%d)" % (rate, number, count, amount))))
            ppmt = Decimal(repr(-self.calc_value("=PPMT(%r/12;%d;%d;%d)" % (rate, number, count, amount))))
            if number < count:  # the last payment absorbs the rounding
                self.assertEqual(row[2], payment, "payment %d" % number)
            # PAYMENTPLAN rounds each payment and each interest to the cent: within
            # a cent or two of Calc's unrounded IPMT and PPMT
            self.assertAlmostEqual(float(row[3]), float(ipmt), delta=0.02, msg="interest %d" % number)
            self.assertAlmostEqual(float(row[4]), float(ppmt), delta=0.02, msg="principal %d" % number)
            self.assertEqual(row[2], row[3] + row[4])
        self.assertEqual(sum(row[4] for row in rows), Decimal(amount))
        self.assertEqual(rows[-1][5], 0)
        # the month ends of 2027: a first date at a month end stays at month ends
        self.assertEqual([day_of(row[1]) for row in rows[:3]],
                         [datetime.date(2027, 1, 31), datetime.date(2027, 2, 28), datetime.date(2027, 3, 31)])
        # the totals row: the principal adds up to the amount
        self.assertEqual(sheet.getCellByPosition(4, 3 + count).getValue(), amount)

    def test_formats_follow_the_register(self):
        self.select_row_of(CLIENT)
        self.plan(Count=3)
        sheet = self.document.Sheets.getByName(SHEET)
        formats = self.document.getNumberFormats()

        def type_of(cell):
            return formats.getByKey(cell.NumberFormat).Type

        # money in the register's own amount format (J2), dates as dates, the rate as a percentage
        amount_format = self.register.getCellRangeByName("J2").NumberFormat
        for name in ("C4", "D4", "E4", "F4", "C7", "I3"):
            self.assertEqual(sheet.getCellRangeByName(name).NumberFormat, amount_format, name)
        self.assertTrue(type_of(sheet.getCellRangeByName("C4")) & CURRENCY)
        for name in ("B4", "B6", "I5"):
            self.assertTrue(type_of(sheet.getCellRangeByName(name)) & DATE, name)
        self.assertTrue(type_of(sheet.getCellRangeByName("I7")) & PERCENT)
        self.assertIn("€", sheet.getCellRangeByName("C4").getString())

    def test_default_amount_is_the_debt_the_agreement_states(self):
        self.select_row_of(CLIENT)
        self.plan(Count=6)
        sheet = self.document.Sheets.getByName(SHEET)
        self.assertEqual(Decimal(repr(sheet.getCellRangeByName("I3").getValue())).quantize(Decimal("0.01")),
                         atelier_total())
        self.assertEqual(day_of(sheet.getCellRangeByName("I5").getValue()), datetime.date(2027, 1, 31))

    def show_in_a_window(self):
        """The register in a window of its own, active, as a person has it
        (headless: an invisible window, but a real active view)."""
        frame = self.document.getCurrentController().getFrame()
        frame.getContainerWindow().setVisible(True)
        frame.activate()
        frame.getContainerWindow().setFocus()

    def test_one_undo_removes_everything(self):
        self.show_in_a_window()
        before = cells_of(self.document)
        self.select_row_of(CLIENT)
        self.plan(Count=4, AnnualRate=0.05, DayOfMonth=5)
        self.assertEqual(len(cells_of(self.document)), len(before) + 1)
        undo = self.document.getUndoManager()
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Relance: payment plan for " + CLIENT)
        undo.undo()
        self.assertEqual(cells_of(self.document), before)
        self.assertFalse(undo.isUndoPossible())

    def test_undo_in_a_hidden_document_keeps_the_empty_sheet(self):
        # Calc undoes an inserted sheet through the active view, and a hidden
        # document has none: LibreOffice would crash, so the sheet stays
        before = cells_of(self.document)
        self.select_row_of(CLIENT)
        self.plan(Count=4)
        self.document.getUndoManager().undo()
        after = cells_of(self.document)
        self.assertEqual(after[:-1], before)
        self.assertEqual(after[-1][0], SHEET)
        self.assertEqual(after[-1][2], (("",),))  # empty

    def test_day_of_month_and_unique_names(self):
        self.select_row_of(CLIENT)
        self.plan(Count=2, DayOfMonth=5, FirstDate=serial(datetime.date(2027, 2, 20)))
        self.document.getCurrentController().setActiveSheet(self.register)  # the plan's sheet is shown
        self.select_row_of(CLIENT)
        result = self.plan(Count=2)
        self.assertEqual(tuple(result), (SHEET + " (2)",))
        first = self.document.Sheets.getByName(SHEET)
        self.assertEqual(day_of(first.getCellRangeByName("B4").getValue()), datetime.date(2027, 2, 5))
        self.assertEqual(day_of(first.getCellRangeByName("B5").getValue()), datetime.date(2027, 3, 5))

    def test_client_argument_and_agreement(self):
        # no row selected: the Client argument names the client
        self.document.getCurrentController().select(self.register.getCellRangeByName("A1"))
        out = os.path.join(self.folder, "Relance letters")
        result = self.plan(Client=CLIENT, Count=6, FirstDate=serial(datetime.date(2027, 1, 31)), Agreement=True)
        self.assertEqual(result[0], SHEET)
        path = uno.fileUrlToSystemPath(result[1])
        self.assertTrue(os.path.isfile(path), path)
        self.assertEqual(os.path.dirname(path), out)  # the default folder, beside the register
        text = " ".join(pdf_text(path).split())
        self.assertIn(CLIENT, text)
        for date in ("31/01/2027", "28/02/2027", "30/06/2027"):
            self.assertIn(date, text)
        # the letter's payments are the sheet's
        sheet = self.document.Sheets.getByName(SHEET)
        payment = sheet.getCellRangeByName("C4").getString().replace("\u202f", " ").replace("\u00a0", " ")
        self.assertIn(payment.replace(" €", ""), text.replace("\u202f", " "))

    def test_refusals_change_nothing(self):
        before = cells_of(self.document)
        self.document.getCurrentController().select(self.register.getCellRangeByName("B1"))  # the header
        state, reason = self.dispatch(Count=6)
        self.assertNotEqual(state, SUCCESS)
        self.assertIn("Select a row of the client", reason)
        self.select_row_of(CLIENT)
        state, reason = self.dispatch(Count=6, Amount=100, Agreement=True)  # the letter states the whole debt
        self.assertNotEqual(state, SUCCESS)
        self.assertIn("whole debt", reason)
        state, reason = self.dispatch(Count=0)
        self.assertNotEqual(state, SUCCESS)
        self.assertIn("Count", reason)
        state, reason = self.dispatch(Client="Nobody SA")
        self.assertNotEqual(state, SUCCESS)
        self.assertIn("Nobody SA", reason)
        self.assertEqual(cells_of(self.document), before)


if __name__ == "__main__":
    unittest.main()
