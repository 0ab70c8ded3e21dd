"""Help from where a user asks for it (Xvfb, en and fr). LibreOffice cannot
show an extension's help pages on Debian and gives an extension's functions no
help id (docs/help-findings.md), so Relance's help is its manual, shipped in
the .oxt as HTML and opened in the browser: the Help button of the letters
dialog opens its Letters section, and Relance ▸ Relance Help on a cell that
calls a Relance function opens that function's section. A fake browser
(DESKTOP_LAUNCH, which LibreOffice's SystemShellExecute prefers to xdg-open)
records the URL; the page is then shown in LibreOffice itself for the
screenshots build/gui-shots/letters-dialog-help-<lang>.png, manual-letters-<lang>.png,
manual-function-<lang>.png."""

import os
import time
import unittest
import urllib.parse


from gui_session import GuiSession
from office_session import properties
from relance_gui_test import OXT, RelanceGuiTestCase, creditor_settings

FAKE_BROWSER = """#!/bin/sh
# Records the URL LibreOffice asks the desktop to open.
printf '%s\\n' "$1" >> "{record}"
"""
HELP_WORDS = {"en-US": {"help": "Help", "menu_help": "Relance Help"},
              "fr": {"help": "Aide", "menu_help": "Aide de Relance"}}
DAYSLATE_CALL = "=ORG.RELANCE.RELANCEFUNCTIONS.GETDAYSLATE(DATE(2026;1;15);DATE(2026;2;20))"


class HelpEnglish(RelanceGuiTestCase):
    ui_locale = "en-US"

    def start_office(self, install=False):
        self.record = os.path.join(self.work, "opened-urls.txt")
        browser = os.path.join(self.work, "fake-browser")
        with open(browser, "w", encoding="utf-8") as script:
            script.write(FAKE_BROWSER.format(record=self.record))
        os.chmod(browser, 0o755)
        gui = GuiSession(OXT if install else None, ui_locale=self.ui_locale, profile_dir=self.profile,
                         environment={"DESKTOP_LAUNCH": browser})
        self.addCleanup(gui.close)
        gui.start()
        gui.wait_for_document_window()
        return gui

    @property
    def language(self):
        return "en" if self.ui_locale == "en-US" else self.ui_locale

    def opened_url(self, timeout=30):
        deadline = time.monotonic() + timeout
        while not (os.path.exists(self.record) and open(self.record, encoding="utf-8").read().strip()):
            if time.monotonic() > deadline:
                self.fail("no URL was opened in the browser")
            time.sleep(0.2)
        with open(self.record, encoding="utf-8") as record:
            return record.read().split()[-1]

    def assertManualSection(self, url, section):
        parsed = urllib.parse.urlparse(url)
        self.assertEqual(parsed.scheme, "file")
        self.assertTrue(parsed.path.endswith("/relance.oxt/manual/%s.html" % self.language), url)
        self.assertEqual(parsed.fragment, section)
        with open(urllib.parse.unquote(parsed.path), encoding="utf-8") as page:
            self.assertIn('id="%s"' % section, page.read())

    def show_page(self, url, shot):
        """The page as a browser would show it, in LibreOffice's Writer/Web,
        scrolled to the section."""
        page, _, section = url.partition("#")
        document = self.gui.desktop.loadComponentFromURL(page, "_blank", 0, properties())
        self.gui.frame = document.getCurrentController().getFrame()
        # A heading's id comes in as a bookmark, a <div>'s as a text section.
        for places in (document.getBookmarks(), document.getTextSections()):
            if places.hasByName(section):
                document.getCurrentController().getViewCursor().gotoRange(
                    places.getByName(section).getAnchor().getStart(), False)
                break
        time.sleep(2)
        self.shot(shot)
        return document

    def test_help_button_of_the_letters_dialog(self):
        self.set_settings(creditor_settings("fr"))
        self.gui.open_document(self.register_copy())
        thread = self.gui.dispatch_async("vnd.relance:WriteLetters")
        dialog = self.gui.wait_for_dialog(self.words["letters_title"])
        time.sleep(1)
        self.shot("letters-dialog-help", dialog)
        self.gui.click(HELP_WORDS[self.ui_locale]["help"], dialog)
        url = self.opened_url()
        self.assertEqual(len(self.gui.dialogs()), 1, "the letters dialog stays open, alone")
        self.gui.close_dialog(dialog, button=self.words["cancel"])
        self.gui.join_dispatch(thread)
        self.assertManualSection(url, "letters")
        self.show_page(url, "manual-letters")

    def test_relance_help_on_a_function_cell(self):
        self.assertIn(HELP_WORDS[self.ui_locale]["menu_help"], self.gui.menu_items(self.words["menu"]))
        document = self.gui.document
        cell = document.Sheets.getByIndex(0).getCellRangeByName("B2")
        cell.setFormula(DAYSLATE_CALL)
        document.getCurrentController().select(cell)
        self.assertEqual(cell.getValue(), 36)  # 15 January to 20 February 2026
        silent = self.gui.dispatch("vnd.relance:Help", Silent=True).Result
        self.assertManualSection(silent, "DAYSLATE")
        self.gui.dispatch("vnd.relance:Help")  # what the menu item runs
        url = self.opened_url()
        self.assertEqual(url, silent)
        self.assertEqual(self.gui.dialogs(), [], "no help-not-installed box")
        self.show_page(url, "manual-function")


class HelpFrench(HelpEnglish):
    ui_locale = "fr"


if __name__ == "__main__":
    unittest.main()
