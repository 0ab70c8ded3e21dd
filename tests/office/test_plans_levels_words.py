"""PAYMENTPLAN, AGINGBUCKET, REMINDERLEVEL and AMOUNTINWORDS in a real Calc.
PAYMENTPLAN is checked against Calc's own PMT, IPMT, PPMT and ROUND evaluated in the
same sheet; buckets and levels at every bound (days counted on the calendar);
amounts in words against strings written by hand."""

import unittest

from relance_office_test import OfficeTestCase

COLUMNS = 6  # number, date, payment, interest, principal, balance


class PaymentPlan(OfficeTestCase):
    def plan(self, arguments, count):
        cls = type(self)
        top = cls._next_row
        cls._next_row += count + 1
        block = self.sheet.getCellRangeByPosition(0, top, COLUMNS - 1, top + count - 1)
        block.setArrayFormula("=PAYMENTPLAN(%s)" % arguments)
        self.document.calculate()
        rows = block.getDataArray()
        self.assertTrue(all(isinstance(value, float) for row in rows for value in row),
                        "PAYMENTPLAN(%s) gave %r" % (arguments, rows[0]))
        return top, rows

    def calc(self, formula):
        return self.value_of(formula)

    def check_against_calc(self, amount, count, annual_rate, months=1, method=0):
        top, rows = self.plan("%s;%d;DATE(2025;1;31);%d;%s;%d" % (amount, count, months, annual_rate, method),
                              count)
        rate = "%s*%d/12" % (annual_rate, months)
        self.assertEqual(round(sum(row[4] for row in rows), 2), amount)  # principal = amount
        self.assertEqual(rows[-1][5], 0)
        for index, row in enumerate(rows):
            number, _, payment, interest, principal, balance = row
            self.assertEqual(number, index + 1)
            self.assertAlmostEqual(payment, interest + principal, places=9)
            # interest = previous balance x periodic rate, rounded by Calc's ROUND
            previous = amount if index == 0 else rows[index - 1][5]
            self.assertEqual(interest, self.calc("=ROUND(%r*%s;2)" % (previous, rate)))
            if method == 0 and index < count - 1:
                # equal payments: Calc's PMT rounded to the cent
                self.assertEqual(payment, self.calc("=ROUND(-PMT(%s;%d;%r);2)" % (rate, count, amount)))
            if method == 0 and count <= 24:
                # IPMT follows the unrounded balance: within a cent on short plans
                self.assertLessEqual(abs(interest - self.calc("=-IPMT(%s;%d;%d;%r)" % (rate, index + 1, count, amount))),
                                     0.0100001)
                if index < count - 1:
                    # PPMT = PMT - IPMT unrounded: the payment's half cent plus the interest's cent
                    self.assertLessEqual(
                        abs(principal - self.calc("=-PPMT(%s;%d;%d;%r)" % (rate, index + 1, count, amount))),
                        0.0150001)
            if method == 1 and index < count - 1:
                self.assertEqual(principal, self.calc("=ROUND(%r/%d;2)" % (amount, count)))

    def test_annuities_agree_with_pmt_and_ipmt(self):
        for amount, count, rate, months in [(1000, 3, 0.12, 1), (15000, 7, 0.05, 12), (2500.5, 12, 0.08, 1),
                                            (123456.78, 24, 0.0399, 3), (50000, 360, 0.036, 1), (999.99, 10, 0, 1)]:
            with self.subTest(amount=amount, count=count, rate=rate):
                self.check_against_calc(amount, count, rate, months)

    def test_equal_principal(self):
        self.check_against_calc(1000, 3, 0.12, 1, method=1)
        self.check_against_calc(10000, 7, 0.06, 2, method=1)

    def test_hand_computed_example(self):
        # 1000 over 3 months at 12 %: r = 1 %, PMT = 340.02 (340.0221...);
        # 10.00 + 330.02 -> 669.98; 6.70 + 333.32 -> 336.66; last 3.37 + 336.66 = 340.03
        _, rows = self.plan("1000;3;DATE(2025;1;31);1;0.12;0", 3)
        self.assertEqual([row[2:] for row in rows],
                         [(340.02, 10.0, 330.02, 669.98), (340.02, 6.7, 333.32, 336.66),
                          (340.03, 3.37, 336.66, 0.0)])

    def test_dates_keep_the_day_and_month_end(self):
        top, rows = self.plan("1200;4;DATE(2024;1;31)", 4)
        expected = ["2024;1;31", "2024;2;29", "2024;3;31", "2024;4;30"]
        self.assertEqual([row[1] for row in rows], [self.calc("=DATE(%s)" % d) for d in expected])

    def test_dates_roll_to_business_days(self):
        # 2025-05-01 is a French holiday (Thursday) -> 2 May; 2025-06-01 is a Sunday -> 2 June
        top, rows = self.plan('300;3;DATE(2025;4;1);1;0;0;"FR"', 3)
        expected = ["2025;4;1", "2025;5;2", "2025;6;2"]
        self.assertEqual([row[1] for row in rows], [self.calc("=DATE(%s)" % d) for d in expected])

    def test_one_instalment_in_a_taller_selection_is_shown_once(self):
        # Calc repeats a one-row result down the whole selection: a plan of one
        # instalment must not look like three. As LATEINTERESTDETAIL: one row,
        # then an empty row, then what Calc shows past a result (#N/A).
        cls = type(self)
        top = cls._next_row
        cls._next_row += 4
        block = self.sheet.getCellRangeByPosition(0, top, COLUMNS - 1, top + 2)
        block.setArrayFormula("=PAYMENTPLAN(1000;1;DATE(2025;1;31))")
        self.document.calculate()
        first = [block.getCellByPosition(c, 0) for c in range(COLUMNS)]
        self.assertEqual([cell.getValue() for cell in first],
                         [1, self.calc("=DATE(2025;1;31)"), 1000, 0, 1000, 0])  # all due at once, no interest
        second = [block.getCellByPosition(c, 1) for c in range(COLUMNS)]
        self.assertEqual([(cell.getError(), cell.getString()) for cell in second], [(0, "")] * COLUMNS)
        third = [block.getCellByPosition(c, 2) for c in range(COLUMNS)]
        self.assertNotIn(1000.0, [cell.getValue() for cell in third if cell.getError() == 0])

    def test_bad_input_is_an_error(self):
        self.assertCalcError("=PAYMENTPLAN(1000;0;DATE(2025;1;1))")
        self.assertCalcError("=PAYMENTPLAN(1000;601;DATE(2025;1;1))")
        self.assertCalcError("=PAYMENTPLAN(-5;3;DATE(2025;1;1))")
        self.assertCalcError("=PAYMENTPLAN(1000;3;DATE(2025;1;1);1;-1.5)")
        self.assertCalcError("=PAYMENTPLAN(1000;3;DATE(2025;1;1);13)")
        self.assertCalcError("=PAYMENTPLAN(1000;3;DATE(2025;1;1);1;0;2)")
        self.assertCalcError('=PAYMENTPLAN("mille";3;DATE(2025;1;1))')
        self.assertCalcError('=PAYMENTPLAN(1000;3;DATE(2025;1;1);1;0;0;"MARS")')


class BucketsAndLevels(OfficeTestCase):
    def test_aging_bucket_at_every_bound(self):
        # due 2025-01-31; 30 days later is 2025-03-02 (28 days of February + 2)
        due = "DATE(2025;1;31)"
        for as_of, bucket in [("DATE(2025;1;31)", "0"), ("DATE(2025;2;1)", "1-30"), ("DATE(2025;3;2)", "1-30"),
                              ("DATE(2025;3;3)", "31-60"), ("DATE(2025;4;1)", "31-60"), ("DATE(2025;4;2)", "61-90"),
                              ("DATE(2025;5;1)", "61-90"), ("DATE(2025;5;2)", "91+")]:
            cell = self.cell_for("=AGINGBUCKET(%s;%s)" % (due, as_of))
            self.assertEqual(cell.getString(), bucket, as_of)

    def test_custom_bounds_as_text_and_range(self):
        self.sheet.getCellRangeByName("J1").setValue(15)
        self.sheet.getCellRangeByName("J2").setValue(45)
        self.assertEqual(self.cell_for('=AGINGBUCKET(DATE(2025;1;1);DATE(2025;1;31);"15;45")').getString(), "16-45")
        self.assertEqual(self.cell_for("=AGINGBUCKET(DATE(2025;1;1);DATE(2025;3;1);J1:J2)").getString(), "46+")

    def test_reminder_level_at_every_threshold(self):
        due = "DATE(2025;6;30)"
        for days, level in [(0, 0), (1, 1), (14, 1), (15, 2), (29, 2), (30, 3), (44, 3), (45, 4), (400, 4)]:
            self.assertEqual(self.value_of("=REMINDERLEVEL(%s;%s+%d)" % (due, due, days)), level, days)
        self.assertEqual(self.value_of('=REMINDERLEVEL(%s;%s+10;"5;10;20;40")' % (due, due)), 2)

    def test_default_as_of_is_today(self):
        self.assertEqual(self.cell_for("=AGINGBUCKET(TODAY()-45)").getString(), "31-60")
        self.assertEqual(self.value_of("=REMINDERLEVEL(TODAY()-20)"), 2)

    def test_bad_input_is_an_error(self):
        self.assertCalcError('=AGINGBUCKET(DATE(2025;1;1);DATE(2025;2;1);"60;30")')
        self.assertCalcError('=AGINGBUCKET(DATE(2025;1;1);DATE(2025;2;1);"abc")')
        self.assertCalcError('=REMINDERLEVEL(DATE(2025;1;1);DATE(2025;2;1);"1;15;30")')
        self.assertCalcError('=REMINDERLEVEL("x")')


class AmountInWords(OfficeTestCase):
    def words(self, arguments):
        cell = self.cell_for("=AMOUNTINWORDS(%s)" % arguments)
        self.assertEqual(cell.getError(), 0, arguments)
        return cell.getString()

    def test_spec_example_and_languages(self):
        self.assertEqual(self.words('1280.5;"fr";"EUR"'),
                         "mille deux cent quatre-vingts euros et cinquante centimes")
        self.assertEqual(self.words('80;"fr"'), "quatre-vingts euros")
        self.assertEqual(self.words('1000000;"fr"'), "un million d'euros")
        self.assertEqual(self.words('21;"de"'), "einundzwanzig Euro")
        self.assertEqual(self.words('1.01;"en";"GBP"'), "one pound and one penny")
        self.assertEqual(self.words('21;"es"'), "veintiún euros")
        self.assertEqual(self.words('1;"it"'), "un euro")
        self.assertEqual(self.words('21;"nl"'), "eenentwintig euro")
        self.assertEqual(self.words('0.5;"fr"'), "cinquante centimes")
        self.assertEqual(self.words('0;"en"'), "zero euros")
        self.assertEqual(self.words('71;"fr";"CHF"'), "soixante et onze francs suisses")

    def test_amount_limit_is_ten_to_the_thirteenth(self):
        # README: amounts from 10^13 on are refused by every function; below, cents are exact
        self.assertEqual(self.words('9999999999999.99;"en";"EUR"'),
                         "nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million "
                         "nine hundred ninety-nine thousand nine hundred ninety-nine euros "
                         "and ninety-nine cents")
        self.assertCalcError('=AMOUNTINWORDS(1E+13;"fr")')
        self.assertCalcError('=AMOUNTINWORDS(1E+14;"fr")')
        self.assertCalcError('=LATEINTEREST(1E+13;DATE(2024;1;1);DATE(2024;2;1);0.1)')
        self.assertCalcError('=PAYMENTPLAN(1E+13;2;DATE(2024;1;1))')
        self.assertEqual(self.value_of('=RECOVERYFEE(9999999999999.99;"GB")'), 100)
        self.assertCalcError('=RECOVERYFEE(1E+13;"GB")')

    def test_bad_input_is_an_error(self):
        self.assertCalcError('=AMOUNTINWORDS(-1;"fr")')
        self.assertCalcError('=AMOUNTINWORDS(12;"xx")')
        self.assertCalcError('=AMOUNTINWORDS(12;"fr";"JPY")')
        self.assertCalcError('=AMOUNTINWORDS(1E+16;"fr")')
        self.assertCalcError('=AMOUNTINWORDS("douze";"fr")')


if __name__ == "__main__":
    unittest.main()
