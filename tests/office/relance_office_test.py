"""Shared set-up for the office tests: one soffice per test class, with the
packaged relance.oxt (RELANCE_OXT, set by CTest) installed by unopkg."""

import os
import unittest

from office_session import OfficeSession

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
ERR_ILLEGAL_ARGUMENT = 502  # what Calc shows for IllegalArgumentException


class OfficeTestCase(unittest.TestCase):
    ui_locale = None
    environment = None

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, ui_locale=cls.ui_locale,
                                   environment=dict(cls.environment or {}, RELANCE_DEBUG="1"))
        cls.office.start()
        cls.document = cls.office.new_spreadsheet()
        cls.sheet = cls.document.Sheets.getByIndex(0)
        cls._next_row = 0

    @classmethod
    def tearDownClass(cls):
        try:
            cls.document.close(True)
        finally:
            cls.office.close()

    def cell_for(self, formula):
        """Writes `formula` in a fresh cell, recalculates, returns the cell."""
        cls = type(self)
        cell = self.sheet.getCellByPosition(0, cls._next_row)
        cls._next_row += 1
        cell.setFormula(formula)
        self.document.calculate()
        return cell

    def value_of(self, formula):
        cell = self.cell_for(formula)
        self.assertEqual(cell.getError(), 0, "%s gave Err:%d" % (formula, cell.getError()))
        return cell.getValue()

    def assertCalcError(self, formula, error=ERR_ILLEGAL_ARGUMENT):
        cell = self.cell_for(formula)
        self.assertEqual(cell.getError(), error, "%s should be Err:%d, gave %r" % (
            formula, error, cell.getString()))
