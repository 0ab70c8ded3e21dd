"""vnd.relance:Overview and vnd.relance:RegisterMapping, headless and silent:
what the sidebar's Overview and Invoices panels show.

The figures of the three sample registers are recomputed here, independently
of the extension: in plain Python over the cells' values (Decimal cents,
serial dates), and the open and overdue totals a second time by Calc's own
SUMPRODUCT in the same document. The problem registers (missing columns,
merged cells, text in a date column, no row, 200,000 rows) each get a clear
message or figures, never a crash or a hang."""

import datetime
import os
import time
import unittest
from decimal import Decimal

from office_session import properties
from relance_office_test import OfficeTestCase

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")
NULL_DATE = datetime.date(1899, 12, 30)
AS_OF = datetime.date(2026, 12, 31)
AS_OF_SERIAL = (AS_OF - NULL_DATE).days
# The sample registers' columns (tests/fixtures/README.md): B client, F issue
# date, H due date, J amount incl. tax, K paid, M status.
CLIENT, ISSUED, DUE, INCL, PAID, STATUS = 1, 5, 7, 9, 10, 12
DISPUTED = {"Litige", "Disputed", "Bestritten"}
PLAN = {"Échéancier", "Payment plan", "Ratenzahlung"}
BUCKETS = [("0", 0, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("91+", 91, 10 ** 9)]
HEADERS = ("N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Montant payé")


def cents(value):
    return int(Decimal(repr(value)).scaleb(2).quantize(Decimal(1))) if value != "" else 0


def expected_overview(rows, as_of_serial):
    """The overview of the data rows, written out from the definitions in
    addin/core/register_overview.hpp, with nothing taken from the extension."""
    figures = {"open": [0, 0], "overdue": [0, 0], "disputed": [0, 0], "plan": [0, 0],
               "aging": {label: [0, 0] for label, _, _ in BUCKETS}, "invoiced": 0}
    clients = {}  # folded name -> [name, overdue cents, count, Σ cents × days, rows, first row]
    for index, row in enumerate(rows):
        sheet_row = index + 1
        owed = cents(row[INCL]) - cents(row[PAID])
        if row[ISSUED] != "" and as_of_serial - 89 <= row[ISSUED] <= as_of_serial:
            figures["invoiced"] += cents(row[INCL])
        if owed <= 0:
            continue
        figures["open"][0] += owed
        figures["open"][1] += 1
        status = row[STATUS].strip() if isinstance(row[STATUS], str) else ""
        if status in DISPUTED or status in PLAN:
            key = "disputed" if status in DISPUTED else "plan"
            figures[key][0] += owed
            figures[key][1] += 1
            continue
        late = max(0, int(as_of_serial - row[DUE]))
        label = next(label for label, low, high in BUCKETS if low <= late <= high)
        figures["aging"][label][0] += owed
        figures["aging"][label][1] += 1
        if late > 0:
            figures["overdue"][0] += owed
            figures["overdue"][1] += 1
            name = row[CLIENT].strip()
            entry = clients.setdefault(name.casefold(), [name, 0, 0, 0, [], sheet_row])
            entry[1] += owed
            entry[2] += 1
            entry[3] += owed * late
            entry[4].append(sheet_row)
    ordered = sorted(clients.values(), key=lambda entry: entry[5])  # sheet order first: ties keep it
    figures["by_overdue"] = [entry[0] for entry in sorted(ordered, key=lambda entry: -entry[1])]
    figures["by_days"] = [entry[0] for entry in sorted(ordered, key=lambda entry: -entry[3] / entry[1])]
    figures["clients"] = {entry[0]: entry for entry in ordered}
    figures["dso"] = (figures["open"][0] / figures["invoiced"] * 90) if figures["invoiced"] else None
    return figures


def values_of(result):
    return dict((value.Name, value.Value) for value in result.Result)


class RegisterOverview(OfficeTestCase):

    def dispatch(self, document, command, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:" + command, "", 0,
                                        properties(Silent=True, **arguments))
        self.assertEqual(result.State, 1, "%s failed: %r" % (command, result.Result))  # SUCCESS
        return values_of(result)

    def overview(self, document, as_of=AS_OF_SERIAL):
        return self.dispatch(document, "Overview", AsOf=float(as_of))

    def register(self, rows):
        document = self.office.new_spreadsheet()
        self.addCleanup(document.close, True)
        sheet = document.Sheets.getByIndex(0)
        sheet.getCellRangeByPosition(0, 0, len(rows[0]) - 1, len(rows) - 1).setDataArray(rows)
        return document

    def open_fixture(self, name):
        document = self.office.open_document(os.path.join(FIXTURES, name))
        self.addCleanup(document.close, True)
        return document

    # The sample registers

    def check_sample(self, name, sheet_name):
        document = self.open_fixture(name)
        sheet = document.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow
        rows = sheet.getCellRangeByPosition(0, 1, STATUS, last_row).getDataArray()
        expected = expected_overview(rows, AS_OF_SERIAL)

        got = self.overview(document)
        self.assertEqual(got["Problem"], "")
        self.assertEqual(got["Sheet"], sheet_name)
        self.assertEqual(got["AsOf"], "2026-12-31")
        self.assertAlmostEqual(got["OpenTotal"], expected["open"][0] / 100, places=2)
        self.assertEqual(got["OpenCount"], expected["open"][1])
        self.assertAlmostEqual(got["OverdueTotal"], expected["overdue"][0] / 100, places=2)
        self.assertEqual(got["OverdueCount"], expected["overdue"][1])
        self.assertAlmostEqual(got["DisputedTotal"], expected["disputed"][0] / 100, places=2)
        self.assertEqual(got["DisputedCount"], expected["disputed"][1])
        self.assertAlmostEqual(got["PlanTotal"], expected["plan"][0] / 100, places=2)
        self.assertEqual(got["PlanCount"], expected["plan"][1])
        self.assertEqual([(label, count) for label, _, count in got["Aging"]],
                         [(label, expected["aging"][label][1]) for label, _, _ in BUCKETS])
        for label, amount, _ in got["Aging"]:
            self.assertAlmostEqual(amount, expected["aging"][label][0] / 100, places=2, msg=label)
        self.assertAlmostEqual(got["DSO"], expected["dso"], places=6)
        self.assertEqual(list(got["ClientsByOverdue"]), expected["by_overdue"])
        self.assertEqual(list(got["ClientsByDaysLate"]), expected["by_days"])
        for client, amount, count, days, sheet_rows in got["ClientsByOverdueDetail"]:
            entry = expected["clients"][client]
            self.assertAlmostEqual(amount, entry[1] / 100, places=2, msg=client)
            self.assertEqual(count, entry[2], client)
            self.assertAlmostEqual(days, entry[3] / entry[1], places=9, msg=client)
            self.assertEqual(list(sheet_rows), entry[4], client)
        # The fixtures have overdue, disputed, plan-covered and not-yet-due invoices.
        self.assertGreater(got["OverdueCount"], 5)
        self.assertGreater(got["DisputedCount"], 0)
        self.assertGreater(got["PlanCount"], 0)
        self.assertGreater(got["Aging"][0][2], 0)

        # Calc's own arithmetic on the same cells: open = Σ(incl − paid > 0);
        # overdue = the same, due before the as-of date, with no status.
        check = document.Sheets
        check.insertNewByName("Check", check.getCount())
        cells = check.getByName("Check")
        span = "$'%s'.%%s2:%%s%d" % (sheet_name, last_row + 1)
        owed = "(%s-%s)" % (span % ("J", "J"), span % ("K", "K"))
        cells.getCellByPosition(0, 0).setFormula("=SUMPRODUCT((%s>0)*%s)" % (owed, owed))
        cells.getCellByPosition(0, 1).setFormula("=SUMPRODUCT((%s>0)*(%s<%d)*(%s=\"\")*%s)" % (
            owed, span % ("H", "H"), AS_OF_SERIAL, span % ("M", "M"), owed))
        document.calculateAll()
        self.assertAlmostEqual(cells.getCellByPosition(0, 0).getValue(), got["OpenTotal"], places=2)
        self.assertAlmostEqual(cells.getCellByPosition(0, 1).getValue(), got["OverdueTotal"], places=2)

    def test_french_register(self):
        self.check_sample("register-fr.ods", "Factures")

    def test_english_register(self):
        self.check_sample("register-en.ods", "Invoices")

    def test_german_register(self):
        self.check_sample("register-de.ods", "Rechnungen")

    def test_stale_rate_table(self):
        # No rule set: the directive's (EU), which reads the ECB table, valid
        # through 2026-11-03 in packaging/rates/ecb.csv.
        document = self.open_fixture("register-fr.ods")
        self.assertIn("ECB", self.overview(document)["RateWarning"])
        self.assertIn("2026", self.overview(document)["RateWarning"])
        self.assertEqual(self.overview(document, (datetime.date(2026, 10, 1) - NULL_DATE).days)["RateWarning"], "")

    # The problem registers

    def assertProblem(self, got, kind, *words):
        self.assertEqual(got["ProblemKind"], kind, got["Problem"])
        for word in words:
            self.assertIn(word, got["Problem"])
        self.assertNotIn("OpenTotal", got)
        self.assertTrue(self.office.alive())

    def test_missing_columns(self):
        document = self.register([("Client", "Montant"), ("Garage Fontaine SAS", 120.0)])
        self.assertProblem(self.overview(document), "MissingColumns", "Invoice no.", "Due date", "“Sheet1”")

    def test_merged_cells(self):
        document = self.register([HEADERS, ("F-1", "Garage Fontaine SAS", 46000.0, 46030.0, 1200.0, ""),
                                  ("F-2", "", 46000.0, 46030.0, 600.0, "")])
        document.Sheets.getByIndex(0).getCellRangeByName("B2:B3").merge(True)
        self.assertProblem(self.overview(document), "MergedCells", "B2:B3")

    def test_text_in_a_date_column(self):
        document = self.register([HEADERS, ("F-1", "Garage Fontaine SAS", 46000.0, 46030.0, 1200.0, ""),
                                  ("F-2", "Garage Fontaine SAS", 46000.0, "le 3 mars", 600.0, "")])
        self.assertProblem(self.overview(document), "UnreadableCells",
                           "row 3, column D (Due date): 'le 3 mars' is not a date")

    def test_a_bad_cell_in_a_column_the_figures_do_not_read(self):
        # A language the letters would refuse ("français" is no code) changes no figure.
        document = self.register([HEADERS + ("Langue",),
                                  ("F-1", "Garage Fontaine SAS", 46000.0, float(AS_OF_SERIAL - 5), 1200.0, "", "fr"),
                                  ("F-2", "Garage Fontaine SAS", 46000.0, float(AS_OF_SERIAL - 5), 600.0, "",
                                   "français")])
        got = self.overview(document)
        self.assertEqual(got["Problem"], "")
        self.assertAlmostEqual(got["OverdueTotal"], 1800.0)

    def test_stored_header_row_below_the_tenth(self):
        rows = [("",) * 4] * 14 + [("Ref", "Who", "When", "How much"),
                                   ("A-1", "Garage Fontaine SAS", float(AS_OF_SERIAL - 10), 250.0)]
        rows[0] = ("Relance", "", "", "")
        document = self.register(rows)
        self.dispatch(document, "RegisterMapping", Mapping="header=15;invoice=A;client=B;due=C;incl=D")
        got = self.overview(document)
        self.assertEqual(got["Problem"], "")
        self.assertAlmostEqual(got["OverdueTotal"], 250.0)

    def test_no_rows(self):
        document = self.register([HEADERS])
        self.assertProblem(self.overview(document), "NoDataRows", "no invoice")

    def test_no_register_at_all(self):
        document = self.office.new_spreadsheet()
        self.addCleanup(document.close, True)
        self.assertProblem(self.overview(document), "NoHeaderRow", "header row")

    def test_200000_rows(self):
        count = 200000
        rows = [HEADERS]
        for i in range(count):
            due = AS_OF_SERIAL - 120 + (i % 240)  # from 120 days late to 119 days ahead
            paid = 100.0 if i % 7 == 0 else ""
            rows.append(("F-%06d" % i, "Client %03d" % (i % 500), float(due - 30), float(due),
                         100.0 + (i % 1000) / 100, paid))
        document = self.register(rows)
        started = time.monotonic()
        got = self.overview(document)
        elapsed = time.monotonic() - started
        self.assertEqual(got["Problem"], "")
        # The same register in this test's own arithmetic (columns: C issue, D due, E incl, F paid).
        open_total = overdue_total = overdue_count = 0
        for row in rows[1:]:
            owed = cents(row[4]) - cents(row[5])
            if owed > 0:
                open_total += owed
                if AS_OF_SERIAL - row[3] > 0:
                    overdue_total += owed
                    overdue_count += 1
        self.assertAlmostEqual(got["OpenTotal"], open_total / 100, places=2)
        self.assertAlmostEqual(got["OverdueTotal"], overdue_total / 100, places=2)
        self.assertEqual(got["OverdueCount"], overdue_count)
        self.assertEqual(len(got["ClientsByOverdue"]), 500)
        self.assertLess(elapsed, 10.0, "200,000 rows took %.1f s" % elapsed)
        print("200,000 rows: %.2f s" % elapsed)

    # The Invoices panel's mapping

    def test_mapping_stored_used_and_cleared(self):
        # Headers Relance does not know: no mapping is detected.
        document = self.register([("Ref", "Who", "When", "How much"),
                                  ("A-1", "Garage Fontaine SAS", float(AS_OF_SERIAL - 10), 250.0)])
        view = self.dispatch(document, "RegisterMapping")
        self.assertEqual(view["ProblemKind"], "NoHeaderRow")
        self.assertEqual(view["Source"], "detected")
        self.assertProblem(self.overview(document), "NoHeaderRow")

        view = self.dispatch(document, "RegisterMapping", Mapping="header=1;invoice=A;client=B;due=C;incl=D")
        self.assertEqual(view["Problem"], "")
        self.assertEqual(view["Source"], "stored")
        self.assertEqual(view["HeaderRow"], 1)
        self.assertEqual([tuple(header) for header in view["Headers"]],
                         [("A", "Ref"), ("B", "Who"), ("C", "When"), ("D", "How much")])
        fields = dict((key, column) for key, _, column in view["Fields"])
        self.assertEqual((fields["invoice"], fields["client"], fields["due"], fields["incl"], fields["paid"]),
                         ("A", "B", "C", "D", ""))
        properties_ = document.DocumentProperties.UserDefinedProperties
        self.assertEqual(properties_.getPropertyValue("Relance register mapping"),
                         "header=1;invoice=A;client=B;due=C;incl=D")
        got = self.overview(document)
        self.assertEqual(got["Problem"], "")
        self.assertAlmostEqual(got["OverdueTotal"], 250.0)
        self.assertEqual(list(got["ClientsByOverdue"]), ["Garage Fontaine SAS"])

        view = self.dispatch(document, "RegisterMapping", Clear=True)
        self.assertEqual(view["StoredMapping"], "")
        self.assertEqual(view["ProblemKind"], "NoHeaderRow")
        self.assertFalse(properties_.getPropertySetInfo().hasPropertyByName("Relance register mapping"))

    def test_detected_mapping_is_described(self):
        document = self.open_fixture("register-en.ods")
        view = self.dispatch(document, "RegisterMapping")
        self.assertEqual(view["Problem"], "")
        self.assertEqual(view["Source"], "detected")
        self.assertEqual(view["Sheet"], "Invoices")
        fields = dict((key, (name, column)) for key, name, column in view["Fields"])
        self.assertEqual(fields["due"], ("Due date", "H"))
        self.assertEqual(fields["incl"], ("Amount incl. tax", "J"))
        self.assertIn(("H", "Due date"), [tuple(header) for header in view["Headers"]])

    def test_a_bad_mapping_is_refused(self):
        document = self.register([HEADERS, ("F-1", "Garage Fontaine SAS", 46000.0, 46030.0, 1200.0, "")])
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:RegisterMapping", "", 0,
                                        properties(Silent=True, Mapping="header=1;amount=A"))
        self.assertEqual(result.State, 0)  # FAILURE
        self.assertIn("unknown field 'amount'", result.Result)
        self.assertEqual(self.overview(document)["Problem"], "")


class RegisterOverviewInFrench(OfficeTestCase):
    """The problems in the UI language: LibreOffice in French says them in French."""
    ui_locale = "fr"

    def test_missing_columns_and_stale_rates(self):
        document = self.office.new_spreadsheet()
        self.addCleanup(document.close, True)
        document.Sheets.getByIndex(0).getCellRangeByName("A1:B2").setDataArray(
            (("Client", "Montant"), ("Garage Fontaine SAS", 120.0)))
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = values_of(helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:Overview", "", 0,
                                                  properties(Silent=True, AsOf=float(AS_OF_SERIAL))))
        self.assertEqual(result["ProblemKind"], "MissingColumns")
        self.assertIn("Il manque au registre de la feuille", result["Problem"])
        self.assertIn("N° de facture, Date d’échéance (ou date d’émission et délai de paiement)", result["Problem"])
        self.assertIn("Le barème de taux ECB s’arrête au 3 novembre 2026", result["RateWarning"])


if __name__ == "__main__":
    unittest.main()
