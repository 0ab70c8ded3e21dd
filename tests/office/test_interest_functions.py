"""LATEINTEREST, LATEINTERESTDETAIL, BALANCEINTEREST, LATERATE, REFERENCERATE,
RECOVERYFEE, HOLIDAYS and ISBUSINESSDAY in a real Calc with the packaged
extension, and the whole-column (array) forms.

Expected values come from outside the code: the oracle cases of
/work/shared/oracle/interest.csv (copied below, CI has no /work/shared), the
published reference rates (ECB, Bundesbank, Bank of England, Belgian and Dutch
publications, named at each case), hand computations written out with Python's
Decimal, and Calc's own EASTERSUNDAY, NETWORKDAYS and arithmetic."""

import time
import unittest
from decimal import Decimal, ROUND_HALF_UP

from relance_office_test import OfficeTestCase

ORACLE = """\
id,function,rule,amount,due,paid,expected_interest,expected_fee
fr-1,LATEINTEREST,FR,7500,2023-05-31,2023-08-15,209.38,40
de-1,LATEINTEREST,DE,20000,2024-06-10,2024-07-20,273.86,40
gb-1,LATEINTEREST,GB,15000,2025-05-31,2025-08-31,482.05,100
eu-1,LATEINTEREST,EU,3000,2024-12-15,2025-01-14,28.94,40
fixed-1,LATEINTEREST,0.10 basis 360,2000,2025-03-01,2025-03-31,16.67,
"""


def calc_date(iso):
    year, month, day = iso.split("-")
    return "DATE(%d;%d;%d)" % (int(year), int(month), int(day))


def cents(value):
    """A hand computation rounded as a statement is: half away from zero."""
    return float(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def period(amount, rate, days, basis=365):
    return cents(Decimal(amount) * Decimal(rate) * days / basis)


class Oracle(OfficeTestCase):
    def test_every_oracle_case(self):
        for line in ORACLE.splitlines()[1:]:
            case, _, rule, amount, due, paid, interest, fee = line.split(",")
            with self.subTest(case=case):
                if rule == "0.10 basis 360":
                    formula = "=LATEINTEREST(%s;%s;%s;0.1;360)" % (amount, calc_date(due), calc_date(paid))
                else:
                    formula = '=LATEINTEREST(%s;%s;%s;"%s")' % (amount, calc_date(due), calc_date(paid), rule)
                    self.assertEqual(self.value_of('=RECOVERYFEE(%s;"%s")' % (amount, rule)), float(fee))
                self.assertEqual(self.value_of(formula), float(interest))

    def test_detail_rows_add_up_and_cover_the_delay(self):
        for rule, amount, due, paid in [("FR", 7500, "2023-05-31", "2023-08-15"), ("DE", 20000, "2024-06-10", "2024-07-20"),
                                        ("EU", 125000.55, "2019-11-30", "2025-02-03"), ("NL", 10000, "2023-01-31", "2025-06-30"),
                                        ("GB", 15000, "2025-05-31", "2025-08-31")]:
            with self.subTest(rule=rule):
                arguments = '%s;%s;%s;"%s"' % (amount, calc_date(due), calc_date(paid), rule)
                block = self.sheet.getCellRangeByName("J1:O40")
                block.setArrayFormula("=LATEINTERESTDETAIL(%s)" % arguments)
                self.document.calculate()
                # an empty element (the blank row after a one-period statement) reads as 0
                rows = [row for row in block.getDataArray() if isinstance(row[0], float) and row[0]]
                total = self.value_of("=LATEINTEREST(%s)" % arguments)
                self.assertEqual(round(sum(row[4] for row in rows), 2), total)
                self.assertEqual(rows[0][0], self.value_of("=%s+1" % calc_date(due)))
                self.assertEqual(rows[-1][1], self.value_of("=%s" % calc_date(paid)))
                for first, second in zip(rows, rows[1:]):
                    self.assertEqual(second[0], first[1] + 1)  # contiguous
                for row in rows:
                    self.assertEqual(row[2], row[1] - row[0] + 1)  # days, both ends included
                    self.assertEqual(row[5], "")  # no rate read past a table's valid-through
                block.clearContents(0xFFFF)
                if rule == "GB":
                    # the rate is fixed for the whole debt: one row, not repeated down the selection
                    self.assertEqual(len(rows), 1)


class PastValidThrough(OfficeTestCase):
    def test_last_known_rate_goes_on_and_says_so(self):
        # packaging/rates/ecb.csv is valid through 2026-11-03 (2.65 % from 16 Sep 2026). A debt late
        # into 2027: its H1 2027 period reads the ECB rate of 1 January 2027, which nobody has
        # checked yet: the last known 2.65 % + 10 applies, and the sixth column says so.
        block = self.sheet.getCellRangeByName("J1:O4")
        block.setArrayFormula('=LATEINTERESTDETAIL(1000;DATE(2026;12;15);DATE(2027;2;1);"FR")')
        self.document.calculate()
        rows = block.getDataArray()
        self.assertEqual(rows[0][3], 0.124)  # H2 2026: ECB 2.40 % on 1 July 2026 + 10, in the table
        self.assertEqual(rows[0][5], "")
        self.assertEqual(rows[1][0], self.value_of("=DATE(2027;1;1)"))
        self.assertEqual(rows[1][3], 0.1265)
        self.assertIn("2027-01-01", rows[1][5])  # the note names the fixing date
        # 16 d x 12.40 % + 32 d x 12.65 % on 1,000
        self.assertEqual(rows[0][4] + rows[1][4], period(1000, "0.124", 16) + period(1000, "0.1265", 32))


class Rates(OfficeTestCase):
    def test_published_reference_rates(self):
        # ECB press release 14 Sep 2023: MRO 4.50 % from 20 Sep 2023
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2023;9;20))'), 0.045)
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2023;9;19))'), 0.0425)
        # Bundesbank: Basiszinssatz 3.62 % from 1 Jan 2024, -0.88 % in 2016-2022
        self.assertEqual(self.value_of('=REFERENCERATE("DE-BASIS";DATE(2024;1;1))'), 0.0362)
        self.assertEqual(self.value_of('=REFERENCERATE("de-basis";DATE(2020;6;30))'), -0.0088)
        # Bank of England: Bank Rate 4.75 % from 7 Nov 2024
        self.assertEqual(self.value_of('=REFERENCERATE("BOE";DATE(2024;12;31))'), 0.0475)

    def test_late_rates_of_each_rule(self):
        # FR: ECB on 1 Jul 2023 (4.00 %) + 10 points; DE: Basiszinssatz 1 Jul 2024 (3.37 %) + 9
        self.assertEqual(self.value_of('=LATERATE("FR";DATE(2023;7;15))'), 0.14)
        self.assertEqual(self.value_of('=LATERATE("DE";DATE(2024;7;20))'), 0.1237)
        self.assertEqual(self.value_of('=LATERATE("DE-B2C";DATE(2024;7;20))'), 0.0837)
        # GB: the Bank Rate of 31 Dec 2024 (4.75 %) + 8 for a debt late from 1 Jun 2025
        self.assertEqual(self.value_of('=LATERATE("GB";DATE(2025;6;1))'), 0.1275)
        # BE: ECB 1 Jul 2025 (2.15 %) + 8 = 10.15 %, rounded up to the half point: 10.5 %
        # (SPF Economie, taux d'intérêt de retard 2e semestre 2025: 10,50 %)
        self.assertEqual(self.value_of('=LATERATE("BE";DATE(2025;9;1))'), 0.105)
        # NL: wettelijke handelsrente 11,15 % per 1 januari 2025 (rijksoverheid)
        self.assertEqual(self.value_of('=LATERATE("NL";DATE(2025;3;1))'), 0.1115)
        # FR-MIN: 3 x taux légal professionnel 2026 S1 (2,62 %) = 7,86 %
        self.assertAlmostEqual(self.value_of('=LATERATE("FR-MIN";DATE(2026;2;1))'), 0.0786, places=12)

    def test_bad_input(self):
        self.assertCalcError('=LATERATE("XX";DATE(2024;1;1))')
        self.assertCalcError('=LATERATE(0.1;DATE(2024;1;1))')  # a number is no statutory rule
        self.assertCalcError('=REFERENCERATE("ECB";DATE(1990;1;1))')  # before the table's first row
        self.assertCalcError('=REFERENCERATE("LIBOR";DATE(2024;1;1))')
        self.assertCalcError('=REFERENCERATE("ECB";"2024-01-01")')


class Interest(OfficeTestCase):
    def test_fixed_rate_by_hand(self):
        # 2000 x 10 % x 30 / 365 = 16.4383... -> 16.44 (Basis 365, the default)
        self.assertEqual(self.value_of("=LATEINTEREST(2000;DATE(2025;3;1);DATE(2025;3;31);0.1)"),
                         period(2000, "0.1", 30))
        # not late: 0
        self.assertEqual(self.value_of('=LATEINTEREST(2000;DATE(2025;3;1);DATE(2025;3;1);"FR")'), 0)
        self.assertEqual(self.value_of('=LATEINTEREST(0;DATE(2025;3;1);DATE(2025;5;1);"FR")'), 0)

    def test_default_rule_is_eu_and_default_paid_is_today(self):
        self.assertEqual(self.value_of("=LATEINTEREST(3000;DATE(2024;12;15);DATE(2025;1;14))"), 28.94)
        self.assertEqual(self.value_of('=LATEINTEREST(3000;DATE(2024;12;15);;"EU")'),
                         self.value_of('=LATEINTEREST(3000;DATE(2024;12;15);TODAY();"EU")'))

    def test_balance_interest_by_hand(self):
        # 10,000 due 10 Jun 2024, 5,000 paid on 20 Jun, interest as of 20 Jul 2024.
        self.sheet.getCellRangeByName("H1").setFormula("=DATE(2024;6;20)")
        self.sheet.getCellRangeByName("I1").setValue(5000)
        # EU, costs, interest, then principal (PECL art. 7:109(4)): the 5,000 pays the 40 EUR fee,
        # then the 34.25 of interest, then 4,925.75 of principal; 12.5 % in H1 (ECB 4.50 + 8),
        # 12.25 % in H2 (ECB 4.25 + 8)
        first = period(10000, "0.125", 10)
        left = Decimal(10000) - (Decimal(5000) - 40 - Decimal(str(first)))
        eu = first + period(left, "0.125", 10) + period(left, "0.1225", 20)
        self.assertEqual(self.value_of('=BALANCEINTEREST(10000;DATE(2024;6;10);H1:I1;DATE(2024;7;20);"EU")'),
                         round(eu, 2))
        # DE, § 367 BGB: the 5,000 pays the 40 EUR Pauschale, then the 34.58 of interest,
        # then 4,925.42 of principal; 12.62 % in H1, 12.37 % in H2.
        first = period(10000, "0.1262", 10)
        balance = Decimal(10000) - (Decimal(5000) - 40 - Decimal(str(first)))
        de = first + period(balance, "0.1262", 10) + period(balance, "0.1237", 20)
        self.assertEqual(self.value_of('=BALANCEINTEREST(10000;DATE(2024;6;10);H1:I1;DATE(2024;7;20);"DE")'),
                         round(de, 2))
        # ES, art. 1173 Código civil: 20 paid on 20 Jun settles interest only; the 10,000
        # bears interest whole (credited to the principal first it would be 9,980). The
        # payment still ends a period: 10 d + 10 d at 12.5 %, then 20 d at 12.25 %.
        self.sheet.getCellRangeByName("H3").setFormula("=DATE(2024;6;20)")
        self.sheet.getCellRangeByName("I3").setValue(20)
        es = period(10000, "0.125", 10) + period(10000, "0.125", 10) + period(10000, "0.1225", 20)
        self.assertEqual(self.value_of('=BALANCEINTEREST(10000;DATE(2024;6;10);H3:I3;DATE(2024;7;20);"ES")'),
                         round(es, 2))
        # no payment at all (an empty range): the same as LATEINTEREST
        self.assertEqual(self.value_of('=BALANCEINTEREST(20000;DATE(2024;6;10);H5:I6;DATE(2024;7;20);"DE")'),
                         273.86)
        self.assertCalcError('=BALANCEINTEREST(10000;DATE(2024;6;10);H1:J1;DATE(2024;7;20);"DE")')

    def test_bad_input(self):
        self.assertCalcError('=LATEINTEREST(100;DATE(2024;1;1);DATE(2024;2;1);"XX")')
        self.assertCalcError('=LATEINTEREST(-100;DATE(2024;1;1);DATE(2024;2;1);"FR")')
        self.assertCalcError('=LATEINTEREST("100";DATE(2024;1;1);DATE(2024;2;1);"FR")')
        self.assertCalcError('=LATEINTEREST(100;DATE(2024;1;1);DATE(2024;2;1);"FR";180)')
        self.assertCalcError('=LATEINTEREST(100;DATE(2024;1;1);DATE(2024;2;1);1.5)')  # 150 %: a typo
        self.assertCalcError('=LATEINTEREST(100;DATE(1990;1;1);DATE(1990;2;1);"FR")')  # before the ECB table
        self.assertCalcError('=LATEINTEREST(100;H99;DATE(2024;2;1);"FR")')  # empty due date
        self.assertCalcError('=RECOVERYFEE(-1;"FR")')
        self.assertCalcError('=LATEINTERESTDETAIL(H1:H2;DATE(2024;1;1);DATE(2024;2;1);"FR")')


class Calendars(OfficeTestCase):
    def holidays(self, code, year, rows=20):
        block = self.sheet.getCellRangeByName("K1:K%d" % rows)
        block.setArrayFormula('=HOLIDAYS("%s";%d)' % (code, year))
        self.document.calculate()
        values = [row[0] for row in block.getDataArray() if isinstance(row[0], float)]
        block.clearContents(0xFFFF)
        return values

    def test_french_holidays_against_easter(self):
        easter = "EASTERSUNDAY(2025)"  # Calc's own
        expected = [self.value_of("=" + f) for f in [
            "DATE(2025;1;1)", easter + "+1", "DATE(2025;5;1)", "DATE(2025;5;8)", easter + "+39",
            easter + "+50", "DATE(2025;7;14)", "DATE(2025;8;15)", "DATE(2025;11;1)", "DATE(2025;11;11)",
            "DATE(2025;12;25)"]]
        self.assertEqual(self.holidays("FR", 2025), expected)

    def test_english_bank_holidays_2022(self):
        # gov.uk: 3 Jan (substitute for Sat 1 Jan), Good Friday, Easter Monday, 2 May, 2 and 3 Jun
        # (Platinum Jubilee), 29 Aug, 19 Sep (State Funeral), 26 Dec, 27 Dec (substitute for Sun 25 Dec);
        # the days themselves on a weekend (1 Jan, 25 Dec) are listed too.
        expected = [self.value_of("=" + f) for f in [
            "DATE(2022;1;1)", "DATE(2022;1;3)", "EASTERSUNDAY(2022)-2", "EASTERSUNDAY(2022)+1", "DATE(2022;5;2)",
            "DATE(2022;6;2)", "DATE(2022;6;3)", "DATE(2022;8;29)", "DATE(2022;9;19)", "DATE(2022;12;25)",
            "DATE(2022;12;26)", "DATE(2022;12;27)"]]
        self.assertEqual(self.holidays("GB-ENG", 2022), expected)

    def test_business_days_agree_with_networkdays(self):
        dates = self.sheet.getCellRangeByName("M1:M365")
        dates.setDataArray(tuple((float(self.value_of("=DATE(2025;1;1)")) + i,) for i in range(365)))
        flags = self.sheet.getCellRangeByName("N1:N365")
        flags.setArrayFormula('=ISBUSINESSDAY(M1:M365;"FR")')
        self.document.calculate()
        counted = sum(row[0] for row in flags.getDataArray())
        # 261 weekdays in 2025, 10 French holidays on a weekday (1 Nov is a Saturday)
        self.assertEqual(counted, 251)
        self.assertEqual(counted, self.value_of('=NETWORKDAYS(DATE(2025;1;1);DATE(2025;12;31);HOLIDAYS("FR";2025))'))
        self.assertEqual(self.value_of('=ISBUSINESSDAY(DATE(2025;5;1);"FR")'), 0)
        self.assertEqual(self.value_of('=ISBUSINESSDAY(DATE(2025;5;2);"FR")'), 1)
        # docs/calendars.md: DE-BY counts Assumption everywhere in Bavaria
        self.assertEqual(self.value_of('=ISBUSINESSDAY(DATE(2025;8;15);"DE-BY")'), 0)
        self.assertEqual(self.value_of('=ISBUSINESSDAY(DATE(2025;8;15);"DE-BE")'), 1)
        flags.clearContents(0xFFFF)

    def test_bad_input(self):
        self.assertCalcError('=HOLIDAYS("FR";1998)')
        self.assertCalcError('=HOLIDAYS("XX";2025)')
        self.assertCalcError('=HOLIDAYS("FR";2025.5)')
        self.assertCalcError('=ISBUSINESSDAY("2025-05-01";"FR")')
        self.assertCalcError('=ISBUSINESSDAY(DATE(2025;5;1);"")')


class WholeColumns(OfficeTestCase):
    """The array forms: one call for a column, each cell what the one-cell
    call gives; a bad cell is Err:502 on its own; blank rows stay empty."""

    def fill(self, top_left, rows):
        column, row = top_left[0], int(top_left[1:])
        end = "%s%d" % (chr(ord(column) + len(rows[0]) - 1), row + len(rows) - 1)
        block = self.sheet.getCellRangeByName("%s:%s" % (top_left, end))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = block.getCellByPosition(c, r)
                if isinstance(value, str) and value.startswith("="):
                    cell.setFormula(value)
                elif isinstance(value, str):
                    cell.setString(value)
                elif value is not None:
                    cell.setValue(value)
        return block

    def array(self, target, formula):
        block = self.sheet.getCellRangeByName(target)
        block.setArrayFormula(formula)
        self.document.calculate()
        return [block.getCellByPosition(0, r) for r in range(block.getRows().getCount())]

    def test_days_late_column(self):
        self.fill("B1", [["=DATE(2024;1;1)"], [None], ["soon"], ["=DATE(2024;2;29)"], ["=DATE(2024;3;31)"]])
        cells = self.array("D1:D5", "=DAYSLATE(B1:B5;DATE(2024;3;1))")
        self.assertEqual([c.getValue() for c in cells[0:1] + cells[3:]], [60, 1, 0])
        self.assertEqual(cells[1].getString(), "")  # a blank row stays blank
        self.assertEqual(cells[2].getError(), 502)  # text: refused on its own
        self.assertEqual(cells[0].getError(), 0)

    def test_due_dates_column(self):
        self.fill("F1", [["=DATE(2025;4;1)", 30], ["=DATE(2024;1;31)", 30], ["=DATE(2024;1;20)", 45]])
        cells = self.array("H1:H3", '=DUEDATE(F1:F3;G1:G3;0;0;"FR")')
        single = [self.value_of('=DUEDATE(%s;%d;0;0;"FR")' % (d, n))
                  for d, n in [("DATE(2025;4;1)", 30), ("DATE(2024;1;31)", 30), ("DATE(2024;1;20)", 45)]]
        self.assertEqual([c.getValue() for c in cells], single)
        self.assertEqual(cells[0].getValue(), self.value_of("=DATE(2025;5;2)"))  # 1 May is a holiday

    def test_interest_fee_and_rate_columns(self):
        rows = [[7500, "=DATE(2023;5;31)", "=DATE(2023;8;15)", "FR"],
                [20000, "=DATE(2024;6;10)", "=DATE(2024;7;20)", "DE"],
                [2000, "=DATE(2025;3;1)", "=DATE(2025;3;31)", 0.1],
                [None, None, None, None],
                [-5, "=DATE(2025;3;1)", "=DATE(2025;3;31)", "FR"]]
        self.fill("P1", rows)
        interest = self.array("T1:T5", "=LATEINTEREST(P1:P5;Q1:Q5;R1:R5;S1:S5)")
        self.assertEqual([c.getValue() for c in interest[:3]], [209.38, 273.86, period(2000, "0.1", 30)])
        self.assertEqual(interest[3].getString(), "")
        self.assertEqual(interest[4].getError(), 502)
        fees = self.array("U1:U3", "=RECOVERYFEE(P1:P3;S1:S3)")
        self.assertEqual([c.getValue() for c in fees], [40, 40, 0])
        rates = self.array("V1:V2", '=LATERATE("FR";Q1:Q2)')
        # ECB 2.50 % on 1 Jan 2023 (from 21 Dec 2022) + 10; ECB 4.50 % on 1 Jan 2024 + 10
        self.assertEqual([c.getValue() for c in rates], [0.125, 0.145])

    def test_british_fee_bands(self):
        self.fill("X1", [[999.99], [1000], [9999.99], [10000]])
        fees = self.array("Y1:Y4", '=RECOVERYFEE(X1:X4;"GB")')
        self.assertEqual([c.getValue() for c in fees], [40, 70, 70, 100])  # s. 5A(2) of the 1998 Act

    def test_ranges_of_different_shapes_are_refused(self):
        # empty ranges: a range holding an error cell would be refused by Calc itself (Err:504)
        self.assertCalcError("=DAYSLATE(AA1:AA4;AB1:AB3)")
        self.assertCalcError('=LATEINTEREST(AA1:AA3;AB1:AB2;AC1:AC3;"FR")')


class DocumentRates(OfficeTestCase):
    """RELANCE_RATES: the document's own rows merged into the shipped tables."""

    def define(self, content):
        names = self.document.NamedRanges
        if names.hasByName("RELANCE_RATES"):
            names.removeByName("RELANCE_RATES")
        if content:
            from com.sun.star.table import CellAddress
            names.addNewByName("RELANCE_RATES", content, CellAddress(0, 0, 0), 0)
        time.sleep(1.2)  # the add-in looks for a new or changed definition at most once a second

    def test_override_edit_and_removal(self):
        sheet = self.sheet
        sheet.getCellRangeByName("D1").setString("Source")
        sheet.getCellRangeByName("E1").setString("Effective date")
        sheet.getCellRangeByName("F1").setString("Rate")
        sheet.getCellRangeByName("D2").setString("ECB")
        sheet.getCellRangeByName("E2").setFormula("=DATE(2027;1;1)")
        sheet.getCellRangeByName("F2").setValue(0.03)
        self.define("$Sheet1.$D$1:$F$3")
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2027;2;1))'), 0.03)
        self.assertEqual(self.value_of('=LATERATE("EU";DATE(2027;2;1))'), 0.11)  # 3 % + 8
        # an edit of the range is seen by the next recalculation
        sheet.getCellRangeByName("F2").setValue(0.035)
        self.document.calculateAll()
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2027;2;1))'), 0.035)
        # a malformed row refuses, naming the row, rather than be skipped
        sheet.getCellRangeByName("D3").setString("ECB")
        sheet.getCellRangeByName("E3").setFormula("=DATE(2027;3;1)")
        sheet.getCellRangeByName("F3").setString("three")
        self.document.calculateAll()
        self.assertCalcError('=REFERENCERATE("ECB";DATE(2027;2;1))')
        self.assertIn("RELANCE_RATES row 3", self.office.log_text())
        sheet.getCellRangeByName("F3").setValue(0.04)
        self.document.calculateAll()
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2027;3;15))'), 0.04)
        # the shipped table again once the name is gone
        self.define(None)
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2027;2;1))'),
                         self.value_of('=REFERENCERATE("ECB";DATE(2026;11;1))'))

    def test_unknown_source_is_refused(self):
        self.sheet.getCellRangeByName("H1").setString("EONIA")
        self.sheet.getCellRangeByName("I1").setFormula("=DATE(2027;1;1)")
        self.sheet.getCellRangeByName("J1").setValue(0.03)
        self.define("$Sheet1.$H$1:$J$1")
        self.assertCalcError('=LATERATE("FR";DATE(2024;1;1))')
        # a contractual rate needs no table: unaffected
        self.assertEqual(self.value_of("=LATEINTEREST(2000;DATE(2025;3;1);DATE(2025;3;31);0.1;360)"), 16.67)
        self.define(None)

    def test_a_single_row_with_a_text_date_is_refused_not_taken_as_a_header(self):
        # the same row after a valid row is refused (test_override_edit_and_removal);
        # alone it must be refused too, not skipped as a header
        self.sheet.getCellRangeByName("L1").setString("ECB")
        self.sheet.getCellRangeByName("M1").setString("2027-01-01")
        self.sheet.getCellRangeByName("N1").setValue(0.03)
        self.define("$Sheet1.$L$1:$N$1")
        self.assertCalcError('=REFERENCERATE("ECB";DATE(2027;2;1))')
        self.define(None)

    def test_a_header_alone_is_an_empty_table(self):
        # a header row: its date and rate columns are headings, both text
        for cell, text in (("L5", "Source"), ("M5", "Effective date"), ("N5", "Rate")):
            self.sheet.getCellRangeByName(cell).setString(text)
        self.define("$Sheet1.$L$5:$N$5")
        self.assertEqual(self.value_of('=REFERENCERATE("ECB";DATE(2024;1;1))'), 0.045)  # ECB MRO 4.50 % (shipped)
        self.define(None)


if __name__ == "__main__":
    unittest.main()
