"""DAYSLATE and DUEDATE in a real Calc with the packaged extension.
Expected dates are written with Calc's own DATE(), so the serial numbers come
from Calc, and the days were counted on the calendar (comments)."""

import unittest

import uno

from relance_office_test import OfficeTestCase


class DaysLate(OfficeTestCase):
    def test_day_after_due_is_day_one(self):
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;3;15);DATE(2024;3;16))"), 1)
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;3;15);DATE(2024;3;15))"), 0)
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;3;15);DATE(2024;1;1))"), 0)

    def test_leap_february(self):
        # 2024-02-28 -> 2024-03-01 crosses Feb 29: 2 days; in 2023: 1 day
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;2;28);DATE(2024;3;1))"), 2)
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2023;2;28);DATE(2023;3;1))"), 1)
        # a whole leap year
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;1;1);DATE(2025;1;1))"), 366)

    def test_grace(self):
        # 10 days late with 10 days' grace -> 0; 11 days late -> 11 (not 1)
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;5;31);DATE(2024;6;10);10)"), 0)
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;5;31);DATE(2024;6;11);10)"), 11)

    def test_agrees_with_calc_subtraction(self):
        # Calc's own arithmetic as the yardstick, for dates around month ends
        for due, as_of in [("2023;12;31", "2024;3;1"), ("2024;1;31", "2024;2;29"), ("2020;2;29", "2021;3;1")]:
            ours = self.value_of("=DAYSLATE(DATE(%s);DATE(%s))" % (due, as_of))
            calc = self.value_of("=MAX(0;DATE(%s)-DATE(%s))" % (as_of, due))
            self.assertEqual(ours, calc)

    def test_default_as_of_is_today(self):
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;1;1))"),
                         self.value_of("=TODAY()-DATE(2024;1;1)"))

    def test_cell_references_and_time_of_day(self):
        self.sheet.getCellRangeByName("H1").setFormula("=DATE(2024;6;30)")
        self.sheet.getCellRangeByName("H2").setFormula("=DATE(2024;7;10)+0.75")  # 18:00
        self.assertEqual(self.value_of("=DAYSLATE(H1;H2)"), 10)

    def test_bad_input_is_an_error(self):
        self.sheet.getCellRangeByName("H5").setString("2024-01-01")  # a date typed as text
        self.assertCalcError("=DAYSLATE(H5)")
        self.assertCalcError('=DAYSLATE("soon")')
        self.assertCalcError("=DAYSLATE(H99)")  # empty cell
        self.assertCalcError("=DAYSLATE(0)")
        self.assertCalcError("=DAYSLATE(DATE(2024;1;1);DATE(2024;2;1);-1)")
        self.assertCalcError("=DAYSLATE(DATE(2024;1;1);DATE(2024;2;1);2.5)")
        self.assertCalcError('=DAYSLATE(DATE(2024;1;1);"today")')
        self.assertCalcError("=DAYSLATE(1E+300)")
        self.assertCalcError("=DAYSLATE(DATE(2024;1;1);DATE(2024;2;1);1/0)", 532)  # Calc's #DIV/0! passes through


class DueDate(OfficeTestCase):
    def assertDue(self, formula, expected_date_args):
        self.assertEqual(self.value_of(formula), self.value_of("=DATE(%s)" % expected_date_args), formula)

    def test_net_days_across_february(self):
        # Jan 31 + 29 = Feb 29 (2024 is leap), + 30 = Mar 1; in 2023: Mar 2
        self.assertDue("=DUEDATE(DATE(2024;1;31);30)", "2024;3;1")
        self.assertDue("=DUEDATE(DATE(2023;1;31);30)", "2023;3;2")
        self.assertDue("=DUEDATE(DATE(2024;12;15);30)", "2025;1;14")

    def test_end_of_month_variants(self):
        # 45 days end of month: 2024-01-20 + 45 = 2024-03-05 -> 2024-03-31
        self.assertDue("=DUEDATE(DATE(2024;1;20);45;1)", "2024;3;31")
        # end of month first: 2024-01-31 + 45 = 2024-03-16
        self.assertDue("=DUEDATE(DATE(2024;1;20);45;2)", "2024;3;16")
        # Calc's EOMONTH as the yardstick for variant 1
        self.assertEqual(self.value_of("=DUEDATE(DATE(2023;11;17);60;1)"),
                         self.value_of("=EOMONTH(DATE(2023;11;17)+60;0)"))

    def test_paid_on_the_twentieth(self):
        # 2024-03-10 + 30 = 2024-04-09 -> the 20th of April
        self.assertDue("=DUEDATE(DATE(2024;3;10);30;0;20)", "2024;4;20")
        # 2024-03-25 + 30 = 2024-04-24 -> past the 20th -> May 20
        self.assertDue("=DUEDATE(DATE(2024;3;25);30;0;20)", "2024;5;20")
        # "the 31st" in April is April 30; in a leap February the 29th
        self.assertDue("=DUEDATE(DATE(2024;4;1);0;0;31)", "2024;4;30")
        self.assertDue("=DUEDATE(DATE(2024;2;10);0;0;30)", "2024;2;29")

    def test_calendar_rolls_to_next_business_day(self):
        # 2025-05-01 (Thursday) is Fête du Travail in France -> Friday 2 May
        self.assertDue('=DUEDATE(DATE(2025;4;1);30;0;0;"FR")', "2025;5;2")
        # 2025-12-26 is a holiday in Alsace-Moselle only: Friday -> Monday 29 Dec
        self.assertDue('=DUEDATE(DATE(2025;11;26);30;0;0;"FR-57")', "2025;12;29")
        self.assertDue('=DUEDATE(DATE(2025;11;26);30;0;0;"FR")', "2025;12;26")
        # Easter Monday 2025-04-21 in England: Saturday 19 -> Tuesday 22
        self.assertDue('=DUEDATE(DATE(2025;3;20);30;0;0;"GB-ENG")', "2025;4;22")

    def test_bad_input_is_an_error(self):
        self.assertCalcError("=DUEDATE(DATE(2024;1;1);-5)")
        self.assertCalcError("=DUEDATE(DATE(2024;1;1);2.5)")
        self.assertCalcError('=DUEDATE(DATE(2024;1;1);"thirty")')
        self.assertCalcError("=DUEDATE(DATE(2024;1;1);30;3)")
        self.assertCalcError("=DUEDATE(DATE(2024;1;1);30;0;32)")
        self.assertCalcError('=DUEDATE(DATE(2024;1;1);30;0;0;"XX")')
        self.assertCalcError("=DUEDATE(H99;30)")
        self.assertCalcError("=DUEDATE(DATE(9999;12;1);60)")


class NullDate1904(OfficeTestCase):
    """A document whose day zero is 1904-01-01 (Tools > Options > Calc > Calculate)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.document.NullDate = uno.createUnoStruct("com.sun.star.util.Date", 1, 1, 1904)

    def test_serials_follow_the_document(self):
        self.assertEqual(self.value_of("=DATE(2024;1;1)"), 43830)  # 1904 system
        self.assertEqual(self.value_of("=DUEDATE(DATE(2024;1;31);30)"), 43830 + 31 + 29)  # 2024-03-01
        self.assertEqual(self.value_of("=DAYSLATE(DATE(2024;2;28);DATE(2024;3;1))"), 2)
        self.assertEqual(self.value_of("=DAYSLATE(43830;43830+10)"), 10)


if __name__ == "__main__":
    unittest.main()
