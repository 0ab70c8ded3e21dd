"""Install, remove and re-install relance.oxt with unopkg, as a user or an
administrator would, with soffice started fresh each time (nothing restarted
by hand): the functions come, go (#NAME?) and come back."""

import unittest

from office_session import OfficeSession
from relance_office_test import OXT

ERR_NAME = 525  # #NAME?: unknown function


def days_late_cell(office):
    document = office.new_spreadsheet()
    cell = document.Sheets.getByIndex(0).getCellByPosition(0, 0)
    cell.setFormula("=DAYSLATE(DATE(2024;3;15);DATE(2024;3;20))")
    document.calculateAll()
    result = (cell.getError(), cell.getValue())
    document.close(True)
    return result


class ExtensionLifecycle(unittest.TestCase):
    def test_install_remove_reinstall(self):
        office = OfficeSession(oxt=OXT)
        try:
            office.install_extension()
            self.assertIn("org.relance.calc", office.list_extensions())
            office.start()
            self.assertEqual(days_late_cell(office), (0, 5))
            office.stop()

            office.remove_extension()
            self.assertNotIn("org.relance.calc", office.list_extensions())
            office.oxt = None  # start without installing again
            office.start()
            self.assertEqual(days_late_cell(office)[0], ERR_NAME)
            office.stop()

            office.oxt = OXT
            office.start()  # installs again, then starts
            self.assertEqual(days_late_cell(office), (0, 5))
        finally:
            office.close()


if __name__ == "__main__":
    unittest.main()
