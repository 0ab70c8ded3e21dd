"""Relance in a real Calc window, English and French UI: its menu and toolbar,
its pages in Tools ▸ Options (typed values survive a restart and appear on the
next letters), the letters dialog from the menu command to the files on disk
and one undo step, the refusal to write letters without a letterhead, and the
as-of date commands. Screenshots of each window go to build/gui-shots/."""

import glob
import os
import time
import unittest

from office_session import properties
from relance_gui_test import RelanceGuiTestCase, creditor_settings, pdf_text

LAYOUT_TOOLBAR = "private:resource/toolbar/addon_org.relance.calc.toolbar"


class RelanceWindowTest(RelanceGuiTestCase):

    def test_menu_and_toolbar(self):
        self.assertIn(self.words["menu"], self.gui.menu_titles())
        self.assertEqual(self.gui.menu_items(self.words["menu"]), self.words["items"])
        toolbar = self.gui.frame.LayoutManager.getElement(LAYOUT_TOOLBAR)
        self.assertIsNotNone(toolbar, "the Relance toolbar is not in the Calc window")
        self.assertTrue(self.gui.frame.LayoutManager.isElementVisible(LAYOUT_TOOLBAR))
        self.shot("calc-with-relance-menu")

    def test_settings_typed_survive_a_restart_and_reach_the_letters(self):
        # The address box is a multi-line edit, which 7.4 does not expose to
        # accessibility: it is set as a user would have set it earlier.
        self.set_settings({"Letterhead/AddressLines": ["5 place Bellecour", "69002 Lyon"]})
        thread = self.gui.dispatch_async("vnd.relance:Settings")
        options = self.gui.wait_for_dialog(self.words["options"])
        time.sleep(1)
        self.shot("options-letterhead", options)
        self.gui.set_text(self.words["company"], "Atelier Durand SARL", options)
        self.gui.set_text(self.words["city"], "Villeurbanne", options)
        self.gui.set_text(self.words["iban"], "FR76 3000 4000 0500 0012 3456 789", options)
        self.gui.close_dialog(options, button="OK")
        self.gui.join_dispatch(thread)
        self.assertEqual(self.setting("Letterhead/Name"), "Atelier Durand SARL")
        self.assertEqual(self.setting("Letterhead/City"), "Villeurbanne")

        self.restart_office()
        self.assertEqual(self.setting("Letterhead/Name"), "Atelier Durand SARL")
        register = self.register_copy()
        self.gui.open_document(register)
        folder = os.path.join(self.work, "letters")
        result = self.gui.dispatch("vnd.relance:WriteLetters", Silent=True,
                                   Folder="file://" + folder).Result
        pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
        self.assertTrue(pdfs, "no letter written: %r" % (result,))
        first = pdf_text(pdfs[0])
        self.assertIn("Atelier Durand SARL", first)
        self.assertIn("5 place Bellecour", first)
        self.assertIn("Villeurbanne", first)
        self.assertIn("IBAN FR76 3000 4000", first)  # the line may break anywhere after (25.2 breaks after 0500)

    def test_extension_manager_offers_the_options(self):
        # The Extension Manager enables its Options button for an extension whose
        # pages in OptionsDialog.xcu carry the extension's identifier.
        provider = self.gui.service("com.sun.star.configuration.ConfigurationProvider")
        leaves = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess",
            properties(nodepath="/org.openoffice.Office.OptionsDialog/Nodes/org.relance.calc.options/Leaves"))
        self.assertEqual(sorted(leaves.getElementNames()),
                         ["org.relance.calc.options.letterhead", "org.relance.calc.options.reminders"])
        for name in leaves.getElementNames():
            self.assertEqual(leaves.getByName(name).Id, "org.relance.calc")

    def test_reminders_page(self):
        url = self.gui.dispatch("vnd.relance:Settings", Silent=True).Result
        thread = self.gui.dispatch_async(".uno:OptionsTreeDialog",
                                         OptionsPageURL=url.replace("OptionsLetterhead", "OptionsReminders"))
        options = self.gui.wait_for_dialog(self.words["options"])
        time.sleep(1)
        self.shot("options-reminders", options)
        self.gui.close_dialog(options)
        self.gui.join_dispatch(thread)

    def test_letters_from_the_dialog_in_one_undo_step(self):
        self.set_settings(creditor_settings("fr"))
        document = self.gui.open_document(self.register_copy())
        sheet = document.Sheets.getByIndex(0)
        before = sheet.getCellRangeByName("A1:Z60").getDataArray()
        sheets_before = document.Sheets.getElementNames()

        thread = self.gui.dispatch_async("vnd.relance:WriteLetters")
        dialog = self.gui.wait_for_dialog(self.words["letters_title"])
        time.sleep(1)
        self.shot("letters-dialog", dialog)
        folder = os.path.join(self.work, "letters from the dialog")
        self.gui.set_text(self.words["folder"], folder, dialog)
        self.gui.click(self.words["write"], dialog)
        done = self.gui.wait_for_dialog(self.words["done_title"], timeout=180)
        time.sleep(1)
        self.shot("letters-done", done)
        texts = self.settled_texts(done)
        self.assertTrue(any(folder in text for text in texts), texts)
        self.gui.close_dialog(done, button=self.words["close"])
        self.gui.join_dispatch(thread)

        controller = document.CurrentController
        controller.setActiveSheet(document.Sheets.getByName("Relance journal"))
        time.sleep(1)
        self.shot("journal-sheet")
        controller.setActiveSheet(sheet)
        pdfs = glob.glob(os.path.join(folder, "*.pdf"))
        self.assertGreaterEqual(len(pdfs), 5)
        self.assertEqual(len(glob.glob(os.path.join(folder, "*.odt"))), 1)
        undo = document.UndoManager
        self.assertTrue(undo.getCurrentUndoActionTitle().startswith(self.words["undo"]),
                        undo.getCurrentUndoActionTitle())
        self.assertNotEqual(sheet.getCellRangeByName("A1:Z60").getDataArray(), before)
        undo.undo()
        self.assertEqual(sheet.getCellRangeByName("A1:Z60").getDataArray(), before)
        # The journal keeps its header (a true record of letters that exist on disk is
        # the next run's business); the register's cells are back as they were.
        self.assertLessEqual(set(document.Sheets.getElementNames()) - set(sheets_before), {"Relance journal"})

    def test_no_letterhead_no_letters(self):
        register = self.register_copy()
        self.gui.open_document(register)
        thread = self.gui.dispatch_async("vnd.relance:WriteLetters")
        question = self.gui.wait_for_dialog()
        time.sleep(0.5)
        self.shot("letterhead-question", question)
        self.assertIn(self.words["open_settings"], question.texts())
        self.gui.close_dialog(question, button=self.words["cancel"])
        self.gui.join_dispatch(thread)
        self.assertFalse(os.path.exists(os.path.join(os.path.dirname(register), "Relance letters")))
        self.assertEqual(self.gui.dialogs(), [])

    def test_analysis_columns_from_the_menu_command(self):
        document = self.gui.open_document(self.register_copy())
        sheet = document.Sheets.getByIndex(0)
        before = sheet.getCellRangeByName("A1:AF40").getDataArray()
        self.gui.dispatch("vnd.relance:AnalysisColumns")
        self.assertEqual(self.gui.dialogs(), [])
        document.CurrentController.select(sheet.getCellRangeByName("Q1"))
        time.sleep(1)
        self.shot("analysis-columns")
        self.assertTrue(document.UndoManager.getCurrentUndoActionTitle().startswith("Relance"))
        self.assertNotEqual(sheet.getCellRangeByName("A1:AF40").getDataArray(), before)
        document.UndoManager.undo()
        self.assertEqual(sheet.getCellRangeByName("A1:AF40").getDataArray(), before)

    def test_freeze_and_follow_today(self):
        document = self.gui.open_document(self.register_copy())
        self.gui.dispatch("vnd.relance:FreezeAsOf", Silent=True, Date=46000.0)
        cell = document.NamedRanges.getByName("RELANCE_ASOF").getReferredCells().getCellByPosition(0, 0)
        self.assertEqual((cell.getFormula(), cell.getValue()), ("46000", 46000.0))
        self.gui.dispatch("vnd.relance:FollowToday")
        self.assertEqual(cell.getFormula(), "=TODAY()")
        self.assertEqual(document.UndoManager.getCurrentUndoActionTitle()[:7], "Relance")


class EnglishWindowTest(RelanceWindowTest):
    ui_locale = "en-US"


class FrenchWindowTest(RelanceWindowTest):
    ui_locale = "fr"


del RelanceWindowTest  # abstract: unittest must not run it

if __name__ == "__main__":
    unittest.main()
