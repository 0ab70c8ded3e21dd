"""DAYSLATE without AsOf must be right the next day (spec §1, "Today must not
go stale"). soffice runs under libfaketime, so "the next day" is real for
LibreOffice; the expected values are counted on the calendar:
DATE(2026;1;1) is 9 days before 2026-01-10 and 10 days before 2026-01-11."""

import os
import tempfile
import time
import unittest

from office_session import OfficeSession, store_safely
from relance_office_test import OXT

LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"


class TodayDefault(unittest.TestCase):
    def setUp(self):
        if not os.path.exists(LIBFAKETIME):
            self.fail("libfaketime is missing: ./run installs the faketime package")
        self.work = tempfile.mkdtemp(prefix="relance-today-")
        self.clock_file = os.path.join(self.work, "clock")

    def set_clock(self, moment):
        with open(self.clock_file, "w") as clock:
            clock.write("@" + moment)

    def office(self):
        # The clock file is read on every call, so the test can move time;
        # the monotonic clock stays real so that timed waits still work.
        return OfficeSession(oxt=OXT, environment={
            "LD_PRELOAD": LIBFAKETIME, "FAKETIME_TIMESTAMP_FILE": self.clock_file,
            "FAKETIME_NO_CACHE": "1", "FAKETIME_DONT_FAKE_MONOTONIC": "1", "RELANCE_DEBUG": "1"})

    @staticmethod
    def fill(sheet):
        sheet.getCellRangeByName("A1").setFormula("=DATE(2026;1;1)")
        sheet.getCellRangeByName("B1").setFormula("=DAYSLATE(A1)")
        sheet.getCellRangeByName("C1").setFormula("=TODAY()")
        sheet.getCellRangeByName("D1").setFormula("=DAYSLATE(A1;C1)")

    @staticmethod
    def values(sheet):
        return [sheet.getCellRangeByName(name).getValue() for name in ("B1", "D1")]

    def test_reopened_the_next_day(self):
        path = os.path.join(self.work, "register.ods")
        self.set_clock("2026-01-10 10:00:00")
        with self.office() as office:
            document = office.new_spreadsheet()
            sheet = document.Sheets.getByIndex(0)
            self.fill(sheet)
            self.assertEqual(self.values(sheet), [9, 9])
            store_safely(document, path, "calc8")
            document.close(True)
        self.set_clock("2026-01-11 10:00:00")
        with self.office() as office:
            document = office.open_document(path)
            self.assertIsNotNone(document, "the saved register did not open")
            self.assertEqual(self.values(document.Sheets.getByIndex(0)), [10, 10])
            document.close(True)

    def test_left_open_across_midnight(self):
        self.set_clock("2026-01-10 23:59:00")
        with self.office() as office:
            document = office.new_spreadsheet()
            sheet = document.Sheets.getByIndex(0)
            self.fill(sheet)
            self.assertEqual(self.values(sheet), [9, 9])
            self.set_clock("2026-01-11 00:01:00")
            # The add-in's clock looks every 10 s; TODAY() follows on the next edit.
            deadline = time.time() + 40
            while time.time() < deadline and self.values(sheet)[0] != 10:
                time.sleep(1)
            sheet.getCellRangeByName("E1").setValue(1)  # an edit, for TODAY()
            self.assertEqual(self.values(sheet), [10, 10])
            self.assertIn("day changed to 2026-01-11", office.log_text())
            document.close(True)


if __name__ == "__main__":
    unittest.main()
