"""Relance ▸ Payment Plan in a real window (Xvfb, en and fr): a row of a
client with overdue invoices selected, the command dispatched by its URL, the
dialog shown in the UI's language with the client preselected and the
client's debt as the amount, Create makes the plan sheet; Edit ▸ Undo (the
window's own .uno:Undo) removes it whole. Screenshots:
build/gui-shots/payment-plan-dialog-<lang>.png, payment-plan-sheet-<lang>.png,
payment-plan-agreement-<lang>.png."""

import os
import shutil
import sys
import tempfile
import time
import unittest

import uno  # noqa: F401 (makes com.sun.star importable)
from com.sun.star.accessibility.AccessibleRole import CHECK_BOX

import accessible_tree
from gui_session import GuiSession

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "office"))
from process_register import write_settings  # noqa: E402
from test_reminder_letters import settings_of  # noqa: E402

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
CLIENT = "L'Atelier & Fils SARL"
AS_OF = 46387.0  # 2026-12-31: the fixture's situations hold as of that date


class PaymentPlanGuiTest(unittest.TestCase):
    ui_locale = language = title = create = sheet = agreement_label = formula = None

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="relance-plan-gui-")
        self.addCleanup(shutil.rmtree, self.folder, True)
        self.gui = GuiSession(OXT, ui_locale=self.ui_locale)
        self.addCleanup(self.gui.close)
        self.gui.start()
        write_settings(self.gui, settings_of("fr"))  # a letterhead: the agreement needs one
        self.gui.wait_for_document_window()
        path = os.path.join(self.folder, "register-fr.ods")
        shutil.copy(os.path.join(FIXTURES, "register-fr.ods"), path)
        self.document = self.gui.open_document(path)
        # the fixture's dates hold as of 2026-12-31: freeze the as-of date there
        self.gui.dispatch("vnd.relance:FreezeAsOf", Silent=True, Date=AS_OF)
        self.register = self.document.Sheets.getByIndex(0)

    def select_row_of(self, client):
        for row in range(1, 100):
            if self.register.getCellByPosition(1, row).getString() == client:
                self.document.getCurrentController().setActiveSheet(self.register)
                self.document.getCurrentController().select(self.register.getCellByPosition(1, row))
                return
        self.fail("no row of %s" % client)

    def sheet_names(self):
        return [self.document.Sheets.getByIndex(index).Name for index in range(self.document.Sheets.getCount())]

    def open_dialog(self):
        self.select_row_of(CLIENT)
        thread = self.gui.dispatch_async("vnd.relance:PaymentPlan")
        dialog = self.gui.wait_for_dialog(self.title)
        time.sleep(1)  # painted
        return thread, dialog

    def test_plan_sheet_from_the_dialog_and_one_undo(self):
        before = self.sheet_names()
        thread, dialog = self.open_dialog()
        texts = dialog.texts()
        self.assertIn(CLIENT, texts)  # the selected row's client, preselected
        self.assertIn(self.create, texts)
        self.gui.screenshot("payment-plan-dialog-%s.png" % self.language, dialog)
        self.gui.click(self.create, dialog)
        self.gui.join_dispatch(thread)
        self.gui.wait_until_no_dialog()
        self.assertEqual(self.sheet_names(), before + [self.sheet])
        plan = self.document.Sheets.getByName(self.sheet)
        self.assertEqual(self.document.getCurrentController().getActiveSheet().Name, self.sheet)
        # one array formula over the six payments, as the UI shows it (its language's function name)
        self.assertEqual(plan.getCellRangeByName("A4:F9").getArrayFormula(), self.formula)
        self.assertEqual(plan.getCellByPosition(0, 8).getValue(), 6)  # six payments by default
        time.sleep(1)
        self.gui.screenshot("payment-plan-sheet-%s.png" % self.language)
        # Edit ▸ Undo in the window takes the whole plan back, the sheet included
        self.gui.dispatch(".uno:Undo")
        self.assertEqual(self.sheet_names(), before)

    def test_agreement_letter_too(self):
        thread, dialog = self.open_dialog()
        box = accessible_tree.find(dialog.window, name=self.agreement_label, role=CHECK_BOX)
        self.assertIsNotNone(box, dialog.texts())
        box.doAccessibleAction(0)
        self.gui.click(self.create, dialog)
        message = self.gui.wait_for_dialog("Relance")
        time.sleep(1)
        self.gui.screenshot("payment-plan-agreement-%s.png" % self.language, message)
        written = [text for text in message.texts() if ".pdf" in text]
        self.assertTrue(written, message.texts())
        self.gui.close_dialog(message, button="OK")
        self.gui.join_dispatch(thread)
        letters = os.path.join(self.folder, "Relance letters")
        self.assertEqual(len([name for name in os.listdir(letters) if name.endswith(".pdf")]), 1)
        self.assertIn(self.sheet, self.sheet_names())


class EnglishPaymentPlan(PaymentPlanGuiTest):
    ui_locale, language, title, create = "en-US", "en", "Payment Plan", "Create"
    sheet, agreement_label = "Plan L'Atelier & Fils SARL", "Also write the agreement letter to sign"
    formula = "{=PAYMENTPLAN($I$3,$I$4,$I$5,$I$6,$I$7)}"


class FrenchPaymentPlan(PaymentPlanGuiTest):
    ui_locale, language, title, create = "fr", "fr", "Échéancier de paiement", "Créer"
    sheet, agreement_label = "Échéancier L'Atelier & Fils", "Écrire aussi la lettre d’accord à signer"
    formula = "{=ECHEANCIER($I$3;$I$4;$I$5;$I$6;$I$7)}"


del PaymentPlanGuiTest  # abstract: unittest must not run it

if __name__ == "__main__":
    unittest.main()
