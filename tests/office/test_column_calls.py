"""Calls that mix single values and ranges, in every function that takes
columns: the result has the shape of the range, whichever argument it is; a
row is blank only when every range is blank there; a bad single value in such
a call is an error in every cell, never a blank. Expected values come from
Calc's own built-ins in the same sheet (MAX, DATE, WORKDAY, ROUND) or from
the one-cell call, which the other office tests check against the statutes.

Inline arrays are written in the API grammar: {1|2|3} is a column."""

import time
import unittest

from relance_office_test import OfficeTestCase, ERR_ILLEGAL_ARGUMENT


class ColumnCallTestCase(OfficeTestCase):
    _next_column = 0

    def array(self, rows, formula, columns=1):
        """Enters `formula` as an array over `rows` x `columns` fresh cells
        (in columns H onwards), recalculates, returns the cells row by row."""
        cls = type(self)
        left = 7 + cls._next_column
        cls._next_column += columns
        block = self.sheet.getCellRangeByPosition(left, 0, left + columns - 1, rows - 1)
        block.setArrayFormula(formula)
        self.document.calculate()
        return [[block.getCellByPosition(c, r) for c in range(columns)] for r in range(rows)]

    def column(self, rows, formula):
        return [row[0] for row in self.array(rows, formula)]

    def values(self, cells, formula):
        for cell in cells:
            self.assertEqual(cell.getError(), 0, "%s gave Err:%d" % (formula, cell.getError()))
        return [cell.getValue() for cell in cells]

    def assertColumn(self, formula, expected):
        """`formula` over len(expected) rows gives `expected`: numbers, or
        None for an empty cell, or an int > 500 for that Calc error."""
        cells = self.column(len(expected), formula)
        for row, (cell, wanted) in enumerate(zip(cells, expected)):
            if wanted is None:
                self.assertEqual((cell.getError(), cell.getString()), (0, ""),
                                 "%s row %d should be empty" % (formula, row + 1))
            elif isinstance(wanted, int) and wanted > 500:
                self.assertEqual(cell.getError(), wanted, "%s row %d: %r" % (formula, row + 1, cell.getString()))
            else:
                self.assertEqual(cell.getError(), 0, "%s row %d gave Err:%d" % (formula, row + 1, cell.getError()))
                self.assertEqual(cell.getValue(), wanted, "%s row %d" % (formula, row + 1))

    def put(self, cell_name, value):
        cell = self.sheet.getCellRangeByName(cell_name)
        if isinstance(value, str) and value.startswith("="):
            cell.setFormula(value)
        elif isinstance(value, str):
            cell.setString(value)
        elif value is not None:
            cell.setValue(value)


class RangeInAnotherArgument(ColumnCallTestCase):
    def test_days_late_with_a_column_of_as_of_dates(self):
        # the issue's {=DAYSLATE(DATE(2023;1;1);A1:A3)} (here in C); Calc's MAX(0;C-DATE) as the yardstick
        for row, as_of in enumerate(["=DATE(2023;1;31)", "=DATE(2022;12;1)", "=DATE(2024;1;1)"], start=1):
            self.put("C%d" % row, as_of)
        expected = [self.value_of("=MAX(0;C%d-DATE(2023;1;1))" % row) for row in (1, 2, 3)]
        self.assertEqual(expected, [30, 0, 365])  # counted on the calendar
        self.assertColumn("=DAYSLATE(DATE(2023;1;1);C1:C3)", expected)

    def test_days_late_with_a_column_of_grace_days(self):
        # 1 day late: grace 0 -> 1, grace 5 -> 0, grace 10 -> 0
        self.assertColumn("=DAYSLATE(DATE(2024;3;15);DATE(2024;3;16);{0|5|10})", [1, 0, 0])
        # a row of grace days gives a row: 11 days late, more than 0 or 5 days' grace, not more than 11
        cells = self.array(1, "=DAYSLATE(DATE(2024;3;15);DATE(2024;3;26);{0;5;11})", columns=3)[0]
        self.assertEqual(self.values(cells, "row of grace days"), [11, 11, 0])

    def test_late_interest_with_a_column_of_payment_dates(self):
        # the issue's {=LATEINTEREST(7500;DATE(2023;5;31);{45153;45153};"FR")}: 45153 is 2023-08-15
        self.assertEqual(self.value_of("=DATE(2023;8;15)"), 45153)
        single = self.value_of('=LATEINTEREST(7500;DATE(2023;5;31);DATE(2023;8;15);"FR")')
        self.assertEqual(single, 209.38)  # checked against the statute in test_interest_functions
        self.assertColumn('=LATEINTEREST(7500;DATE(2023;5;31);{45153|45153};"FR")', [single, single])

    def test_late_interest_with_a_column_of_rules_or_bases(self):
        arguments = '7500;DATE(2023;5;31);DATE(2023;8;15)'
        rules = ["FR", "DE", "EU"]
        expected = [self.value_of('=LATEINTEREST(%s;"%s")' % (arguments, rule)) for rule in rules]
        self.assertColumn('=LATEINTEREST(%s;{"FR"|"DE"|"EU"})' % arguments, expected)
        # a contractual 10 %: 76 days on 365 and on 360, rounded by Calc's ROUND
        self.assertColumn("=LATEINTEREST(%s;0.1;{365|360})" % arguments,
                          [self.value_of("=ROUND(7500*0.1*76/365;2)"), self.value_of("=ROUND(7500*0.1*76/360;2)")])

    def test_due_dates_with_a_column_of_terms_or_calendars(self):
        # Calc's own DATE arithmetic and WORKDAY as yardsticks
        self.assertColumn("=DUEDATE(DATE(2024;1;31);{30|45|60})",
                          [self.value_of("=DATE(2024;1;31)+%d" % days) for days in (30, 45, 60)])
        # 2025-04-01 + 30 = Thursday 1 May: a holiday in FR, a business day in GB-ENG
        self.assertColumn('=DUEDATE(DATE(2025;4;1);30;0;0;{"FR"|"GB-ENG"})',
                          [self.value_of("=WORKDAY(DATE(2025;5;1)-1;1;DATE(2025;5;1))"),
                           self.value_of("=DATE(2025;5;1)")])

    def test_fee_rate_and_business_day_with_a_column_of_codes(self):
        self.assertColumn('=RECOVERYFEE(5000;{"GB"|"FR"|"DE-B2C"})', [70, 40, 0])  # bands of s. 5A; no B2C fee
        day = "DATE(2024;1;15)"
        self.assertColumn('=LATERATE({"FR"|"DE"};%s)' % day,
                          [self.value_of('=LATERATE("%s";%s)' % (rule, day)) for rule in ("FR", "DE")])
        self.assertColumn('=REFERENCERATE({"ECB"|"BOE"};%s)' % day,
                          [self.value_of('=REFERENCERATE("%s";%s)' % (source, day)) for source in ("ECB", "BOE")])
        # 1 May 2025: Fête du travail in France; not a bank holiday in England (5 May is)
        self.assertColumn('=ISBUSINESSDAY(DATE(2025;5;1);{"FR"|"GB-ENG"})', [0, 1])

    def test_a_bad_single_value_is_an_error_in_every_row(self):
        bad = ERR_ILLEGAL_ARGUMENT
        self.assertColumn('=DAYSLATE("soon";DATE(2024;3;16);{0|5|10})', [bad, bad, bad])
        self.assertColumn("=DAYSLATE(0;{45000|45001})", [bad, bad])
        self.assertColumn('=LATEINTEREST(-5;DATE(2023;5;31);{45153|45153};"FR")', [bad, bad])
        self.assertColumn('=LATEINTEREST(7500;"May";{45153|45153};"FR")', [bad, bad])
        self.assertColumn('=DUEDATE("2024-01-31";{30|45})', [bad, bad])
        self.assertColumn('=RECOVERYFEE("much";{"GB"|"FR"})', [bad, bad])
        self.assertColumn('=ISBUSINESSDAY("May Day";{"FR"|"GB-ENG"})', [bad, bad])


class BlankRows(ColumnCallTestCase):
    def test_blank_only_where_every_range_is_blank(self):
        # B: due dates, C: as-of dates. Row 2: due blank, as-of given -> refused
        # (Due is required); row 3: both blank -> an empty cell; row 4: as-of
        # blank -> counts to today, as a one-cell call does.
        self.put("B1", "=DATE(2024;1;1)")
        self.put("C1", "=DATE(2024;1;31)")
        self.put("C2", "=DATE(2024;1;31)")
        self.put("B4", "=DATE(2024;1;1)")
        today = self.value_of("=TODAY()-DATE(2024;1;1)")
        self.assertColumn("=DAYSLATE(B1:B4;C1:C4)", [30, ERR_ILLEGAL_ARGUMENT, None, today])

    def test_interest_row_with_only_a_payment_date_is_refused(self):
        self.put("D1", 1000)
        self.put("E1", "=DATE(2025;3;1)")
        self.put("F1", "=DATE(2025;3;31)")
        self.put("F2", "=DATE(2025;3;31)")
        self.assertColumn("=LATEINTEREST(D1:D3;E1:E3;F1:F3;0.1)",
                          [self.value_of("=ROUND(1000*0.1*30/365;2)"), ERR_ILLEGAL_ARGUMENT, None])


class WholeColumn(ColumnCallTestCase):
    """A:A over a few filled rows: what a user types. Calc passes all
    1,048,576 rows; the result must come back in seconds, not minutes, and
    read the same through SUM or in a one-cell formula."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.data = cls.document.Sheets.getByIndex(0)
        # column X: due dates, Y: amounts, rows 1-3
        for row, (due, amount) in enumerate([("=DATE(2024;1;1)", 999.99), ("=DATE(2024;2;29)", 5000),
                                            ("=DATE(2024;3;10)", 20000)], start=1):
            cls.data.getCellRangeByName("X%d" % row).setFormula(due)
            cls.data.getCellRangeByName("Y%d" % row).setValue(amount)

    def timed_value(self, formula, limit_seconds=20):
        started = time.perf_counter()
        value = self.value_of(formula)
        self.assertLess(time.perf_counter() - started, limit_seconds, formula)
        return value

    def test_sum_of_fees_over_a_whole_column(self):
        # bands of s. 5A(2): 40 + 70 + 100, as Calc's SUM of IFs says
        self.assertEqual(self.timed_value('=SUM(RECOVERYFEE(Y:Y;"GB"))'),
                         self.value_of("=SUMPRODUCT((Y1:Y3<1000)*40+(Y1:Y3>=1000)*(Y1:Y3<10000)*70+(Y1:Y3>=10000)*100)"))

    def test_one_cell_over_a_whole_column_shows_the_first_row(self):
        self.assertEqual(self.timed_value("=DAYSLATE($X:$X;DATE(2024;3;16))"),
                         self.value_of("=MAX(0;DATE(2024;3;16)-X1)"))
        # Monday 2024-01-01 is Jour de l'an, Thursday 2024-02-29 a business day, 2024-03-10 a Sunday
        self.assertEqual(self.sheet.getCellRangeByName("X3").getValue(), self.value_of("=DATE(2024;3;10)"))
        self.assertEqual(self.value_of("=WEEKDAY(X3;2)"), 7)
        self.assertEqual(self.timed_value('=SUM(ISBUSINESSDAY(X:X;"FR"))'), 1)

    def test_array_over_a_short_range_keeps_its_blank_rows(self):
        self.assertColumn("=DAYSLATE(X1:X6;DATE(2024;3;16))",
                          [self.value_of("=MAX(0;DATE(2024;3;16)-X%d)" % r) for r in (1, 2, 3)] + [None] * 3)


if __name__ == "__main__":
    unittest.main()
