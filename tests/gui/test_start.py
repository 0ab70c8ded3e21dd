"""LibreOffice starts with the packaged relance.oxt and shows no dialog or
message box, in an English and a French UI; opening each sample register
shows none either. (Before the empty dialog.xlb, every start showed "Error
loading BASIC of document …/Relance/dialog.xlb".)

The extension is installed as unopkg's shared scope (redirected into the
throw-away profile), and once more as a user's Extension Manager installs it,
in the user scope. unopkg refuses user-scope installs as root and CI runs as
root: as root, that test runs itself again as the unprivileged `nobody`."""

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from gui_session import SHOTS_DIR, GuiSession

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
REGISTERS = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "../fixtures/register-*.ods")))
# Start-up work that can end in a message box (extension registration, Basic
# libraries, first-start checks) runs after the first window is shown.
SETTLE_SECONDS = 8
OPEN_SETTLE_SECONDS = 3


class StartTestCase(unittest.TestCase):
    ui_locale = None
    language = None
    scope = "shared"

    def setUp(self):
        self.gui = GuiSession(OXT, ui_locale=self.ui_locale, scope=self.scope)
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


class EnglishUserScopeStartTest(StartTestCase):
    ui_locale, language, edit_menu, scope = "en-US", "en-user-scope", "Edit", "user"

    def setUp(self):
        if os.geteuid() == 0:
            self.skipTest("unopkg refuses user-scope installs as root: UserScopeAsUnprivilegedUser "
                          "runs this test as nobody")
        super().setUp()

    # Opening the registers does not depend on the scope: the shared-scope classes cover it.
    test_opening_each_register_shows_no_dialog = None


class UserScopeAsUnprivilegedUser(unittest.TestCase):
    """As root, runs EnglishUserScopeStartTest as `nobody` (setpriv) and keeps
    its screenshots."""
    TEST = "EnglishUserScopeStartTest.test_start_shows_no_dialog"

    def test_user_scope_as_nobody(self):
        if os.geteuid() != 0:
            self.skipTest("not root: EnglishUserScopeStartTest runs in this process")
        nobody = pwd.getpwnam("nobody")
        with tempfile.TemporaryDirectory(prefix="relance-nobody-") as home:
            os.chown(home, nobody.pw_uid, nobody.pw_gid)
            shots = os.path.join(home, "shots")
            python_path = os.pathsep.join(os.path.abspath(folder) for folder in sys.path[1:] if folder)
            environment = dict(os.environ, HOME=home, RELANCE_GUI_SHOTS=shots,
                               RELANCE_OXT=os.path.abspath(OXT), PYTHONPATH=python_path)
            run = subprocess.run(
                ["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid, "--clear-groups",
                 sys.executable, os.path.abspath(__file__), "-v", self.TEST],
                env=environment, cwd=home, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                timeout=400)
            os.makedirs(SHOTS_DIR, exist_ok=True)
            for shot in glob.glob(os.path.join(shots, "*.png")):
                shutil.copy(shot, SHOTS_DIR)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn("skipped", run.stderr, run.stderr)


del StartTestCase  # abstract: unittest must not run it

if __name__ == "__main__":
    unittest.main()
