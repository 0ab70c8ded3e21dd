"""LibreOffice starts with the packaged relance.oxt and shows no dialog or
message box, in an English and a French UI; opening each sample register
shows none either. (Before the empty dialog.xlb, every start showed "Error
loading BASIC of document …/Relance/dialog.xlb".)

The extension is installed in the shared scope, redirected into the throw-away
profile: unopkg refuses a user-scope install as root, and CI runs as root."""

import glob
import os
import time
import unittest

from gui_session import GuiSession

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
REGISTERS = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "../fixtures/register-*.ods")))
# Start-up work that can end in a message box (extension registration, Basic
# libraries, first-start checks) runs after the first window is shown.
SETTLE_SECONDS = 8
OPEN_SETTLE_SECONDS = 3


class StartTestCase(unittest.TestCase):
    ui_locale = None
    language = None

    def setUp(self):
        self.gui = GuiSession(OXT, ui_locale=self.ui_locale)
        self.addCleanup(self.gui.close)
        self.gui.start()

    def assertNoDialog(self, when, shot):
        dialogs = self.gui.dialogs()
        for index, dialog in enumerate(dialogs):
            self.gui.screenshot("%s-dialog-%d.png" % (shot[:-4], index + 1), dialog)
        self.assertEqual(dialogs, [], "%s (UI %s): a dialog is open; screenshot %s" % (
            when, self.ui_locale, shot))

    def test_start_shows_no_dialog(self):
        self.gui.wait_for_document_window()
        time.sleep(SETTLE_SECONDS)
        shot = "start-%s.png" % self.language
        self.gui.screenshot(shot)
        self.assertNoDialog("after start-up", shot)
        self.assertIn(self.edit_menu, self.gui.menu_titles(), "the UI language is not %s" % self.language)

    def test_opening_each_register_shows_no_dialog(self):
        self.gui.wait_for_document_window()
        self.assertEqual(len(REGISTERS), 3, REGISTERS)
        for register in REGISTERS:
            with self.subTest(register=os.path.basename(register)):
                self.gui.open_document(register)
                time.sleep(OPEN_SETTLE_SECONDS)
                shot = "open-%s-%s.png" % (self.language, os.path.basename(register)[:-4])
                self.gui.screenshot(shot)
                self.assertNoDialog("after opening " + os.path.basename(register), shot)


class EnglishStartTest(StartTestCase):
    ui_locale, language, edit_menu = "en-US", "en", "Edit"


class FrenchStartTest(StartTestCase):
    ui_locale, language, edit_menu = "fr", "fr", "Édition"


del StartTestCase  # abstract: unittest must not run it

if __name__ == "__main__":
    unittest.main()
