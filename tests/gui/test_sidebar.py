"""The Relance deck in Calc's sidebar, in a real window: opened through
.uno:SidebarDeck.RelanceDeck on the sample registers, every panel looked at
(screenshots at the default width and at the narrowest), the Overview's
figures checked against the register recomputed here from its cells, and
each panel's action run from its button."""

import datetime
import glob
import os
import re
import shutil
import time
import unittest

import accessible_tree
import screen_capture
from com.sun.star.accessibility.AccessibleRole import CHECK_BOX, LIST, PUSH_BUTTON
from com.sun.star.accessibility.AccessibleStateType import CHECKED
from gui_session import SHOTS_DIR
from office_session import properties
from com.sun.star.awt import Rectangle, WindowDescriptor
from com.sun.star.awt.PosSize import SIZE
from com.sun.star.awt.WindowAttribute import BORDER, SHOW
from com.sun.star.awt.WindowClass import TOP
from relance_gui_test import FIXTURES, RelanceGuiTestCase, creditor_settings

DECK = "RelanceDeck"
PANELS = ["Overview", "Invoices", "Compute", "Reminders", "PaymentPlan", "Settings"]
AS_OF = datetime.date(2026, 12, 31)  # the fixtures' situations hold as of this date (tests/fixtures/README.md)
NULL_DATE = datetime.date(1899, 12, 30)
NARROWEST = 160  # pixels: the deck's minimal width (addin/ui/sidebar/sidebar_panel.cpp)

# What the panels say, per UI language (packaging/ui/*.txt must say the same).
PANEL_WORDS = {
    "en-US": {"open": "Open:", "overdue": "Overdue:", "disputed": "Disputed:", "plan": "Under a plan:",
              "as_of": "As of", "by_overdue": "Largest overdue amounts",
              "add_columns": "Add or Refresh Columns", "write": "Write Letters", "create_plan": "Create Plan",
              "freeze": "Freeze Date", "follow": "Follow Today", "save_mapping": "Save Mapping",
              "days_late_heading": "Days late", "no_register": "has no header row that Relance recognises",
              "close": "Close", "total_interest": "total interest",
              "titles": ["Overview", "Invoices", "Compute", "Reminders", "Payment Plan", "Settings"]},
    "fr": {"open": "En cours :", "overdue": "Échu :", "disputed": "Contesté :", "plan": "Sous échéancier :",
           "as_of": "Au ", "by_overdue": "Plus gros montants échus",
           "add_columns": "Ajouter ou mettre à jour", "write": "Rédiger les lettres",
           "create_plan": "Créer l’échéancier", "freeze": "Figer la date", "follow": "Suivre aujourd’hui",
           "save_mapping": "Enregistrer les colonnes", "days_late_heading": "Jours de retard",
           "no_register": "ne trouve pas de ligne d’en-tête",
           "close": "Fermer", "total_interest": "intérêts totaux",
           "titles": ["Vue d’ensemble", "Factures", "Calculs", "Relances", "Échéancier", "Paramètres"]},
}


def cents(text):
    """The amount at the start of `text` ("€1,234.50 (3 invoices)", "1 234,50 € (3 factures)") in cents."""
    return int(re.sub(r"\D", "", text.split("(")[0]))


def count_in(text):
    return int(re.search(r"\((\d+)", text).group(1))


def expected_overview(rows, as_of):
    """The overview recomputed from the register's cells (columns as in
    tests/fixtures/README.md), by the rules the README states: outstanding =
    incl. tax - paid; disputed and plan-covered invoices apart; overdue =
    the others, at least one day past due; clients ranked by overdue amount."""
    serial = (as_of - NULL_DATE).days
    total = {"open": [0, 0], "overdue": [0, 0], "disputed": [0, 0], "plan": [0, 0]}
    by_client = {}
    for row in rows:
        if not row[0]:
            continue
        incl = round(row[9] * 100)
        paid = round(row[10] * 100) if row[10] != "" else 0
        outstanding = max(0, incl - paid)
        if outstanding == 0:
            continue
        status = row[12].strip().lower()
        kind = {"litige": "disputed", "disputed": "disputed", "bestritten": "disputed",
                "échéancier": "plan", "payment plan": "plan", "ratenzahlung": "plan"}.get(status)
        total["open"][0] += outstanding
        total["open"][1] += 1
        if kind:
            total[kind][0] += outstanding
            total[kind][1] += 1
        elif serial - row[7] >= 1:
            total["overdue"][0] += outstanding
            total["overdue"][1] += 1
            by_client[row[1].strip()] = by_client.get(row[1].strip(), 0) + outstanding
    ranking = sorted(by_client, key=lambda client: -by_client[client])
    return total, ranking


class SidebarTest(RelanceGuiTestCase):
    ui_locale = "en-US"

    def setUp(self):
        super().setUp()
        self.panel_words = PANEL_WORDS[self.ui_locale]
        self.set_settings(creditor_settings("fr"))

    # -- the deck ------------------------------------------------------------
    def open_register(self, name="register-fr.ods", folder="registers"):
        path = os.path.join(self.work, folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copy(os.path.join(FIXTURES, name), path)
        self.document = self.gui.open_document(path)
        serial = (AS_OF - NULL_DATE).days
        self.gui.dispatch("vnd.relance:FreezeAsOf", Date=float(serial))
        return path

    def open_deck(self):
        self.gui.dispatch(".uno:SidebarDeck." + DECK)
        self.wait_for_text(self.panel_words["open"])

    def panel_toggles(self):
        """The panels' title bars (check boxes that expand and collapse them), by panel."""
        toggles = {}
        titles = dict(zip(self.panel_words["titles"], PANELS))
        for _, context in accessible_tree.descendants(self.frame_window().window, 16):
            if context.getAccessibleRole() == CHECK_BOX and accessible_tree.text_of(context) in titles:
                toggles[titles[accessible_tree.text_of(context)]] = context
        return toggles

    def show_panel(self, name):
        """Expands panel `name` and collapses the others, as a person clicking
        their title bars would, so that it shows whole."""
        deadline = time.monotonic() + 30
        while len(toggles := self.panel_toggles()) < len(PANELS):
            self.assertLess(time.monotonic(), deadline, "panels shown: %r" % sorted(toggles))
            time.sleep(0.3)
        for panel, toggle in toggles.items():
            expanded = toggle.getAccessibleStateSet().contains(CHECKED)
            if expanded != (panel == name):
                toggle.doAccessibleAction(0)
                self.gui._pressed.append(toggle)
        time.sleep(1)

    def frame_window(self):
        return [window for window in self.gui.top_windows() if self.document.Title in window.title][0]

    def texts(self):
        return accessible_tree.texts_in(self.frame_window().window, max_depth=20)

    def wait_for_text(self, fragment, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            texts = self.texts()
            if any(fragment in text for text in texts):
                return texts
            if time.monotonic() > deadline:
                raise TimeoutError("no %r in the window; it shows %r" % (fragment, texts))
            time.sleep(0.3)

    def value_after(self, label):
        texts = self.texts()
        return texts[texts.index(label) + 1]

    def press(self, label):
        button = accessible_tree.find(self.frame_window().window, name=label, role=PUSH_BUTTON, max_depth=20)
        self.assertIsNotNone(button, "no button %r" % label)
        button.doAccessibleAction(0)
        self.gui._pressed.append(button)

    def sidebar_rectangle(self):
        """The sidebar's area on screen: from the left edge of the panels to the screen's right."""
        title_bar = self.panel_toggles()["Overview"]
        x, y, width, height = accessible_tree.screen_rectangle(title_bar)
        return x - 20, 0, 1600 - (x - 20), 1000

    def shot_sidebar(self, stem):
        """Saves the sidebar's part of the screen as <stem>-<language>.png."""
        language = "en" if self.ui_locale == "en-US" else self.ui_locale
        image = screen_capture.capture_root(self.gui.xvfb.display)
        x = self.sidebar_rectangle()[0]
        path = os.path.join(SHOTS_DIR, "%s-%s.png" % (stem, language))
        screen_capture.write_png(screen_capture.crop(image, x, 80, image[0] - x, image[1] - 110), path)
        return path

    def shot_panel_at_narrowest(self, name):
        """Panel `name` made by Relance's panel factory, as the sidebar makes
        it, in a window of the deck's minimal width, and its screenshot: the
        sidebar itself cannot be made narrower from a test (LibreOffice keeps
        the width a person drags it to, and no API sets it)."""
        toolkit = self.gui.toolkit
        descriptor = WindowDescriptor()
        descriptor.Type = TOP
        descriptor.WindowServiceName = "workwindow"
        descriptor.ParentIndex = -1
        descriptor.Bounds = Rectangle(200, 60, NARROWEST, 900)
        descriptor.WindowAttributes = SHOW | BORDER
        window = toolkit.createWindow(descriptor)
        factory = self.gui.service("org.relance.SidebarPanelFactory")
        element = factory.createUIElement("private:resource/toolpanel/RelancePanelFactory/" + name,
                                          properties(Frame=self.document.CurrentController.Frame, ParentWindow=window))
        panel = element.getRealInterface()
        height = panel.getHeightForWidth(NARROWEST).Preferred
        window.setPosSize(200, 60, NARROWEST, height, SIZE)
        time.sleep(1)
        image = screen_capture.capture_root(self.gui.xvfb.display)
        language = "en" if self.ui_locale == "en-US" else self.ui_locale
        path = os.path.join(SHOTS_DIR, "sidebar-narrow-%s-%s.png" % (name.lower(), language))
        screen_capture.write_png(screen_capture.crop(image, 200, 60, NARROWEST, height), path)
        element.dispose()
        window.dispose()
        return height

    # -- tests -----------------------------------------------------------------
    def test_every_panel_at_default_and_narrowest_width(self):
        self.open_register()
        self.open_deck()
        self.assertEqual(self.gui.dialogs(), [])
        for name in PANELS:
            self.show_panel(name)
            self.shot_sidebar("sidebar-%s" % name.lower())
        for name in PANELS:
            self.assertGreater(self.shot_panel_at_narrowest(name), 50)
        self.assertEqual(self.gui.dialogs(), [])

    def test_overview_figures_match_the_register(self):
        self.open_register()
        self.open_deck()
        self.show_panel("Overview")
        rows = self.document.Sheets.getByIndex(0).getCellRangeByName("A2:O34").getDataArray()
        total, ranking = expected_overview(rows, AS_OF)
        texts = self.wait_for_text(self.panel_words["as_of"])
        for key in ("open", "overdue", "disputed", "plan"):
            shown = self.value_after(self.panel_words[key])
            self.assertEqual((cents(shown), count_in(shown)), tuple(total[key]), (key, shown))
        lists = accessible_tree.find_all(self.frame_window().window, LIST, max_depth=20)
        by_overdue = [accessible_tree.text_of(lists[0].getAccessibleChild(i).getAccessibleContext())
                      for i in range(lists[0].getAccessibleChildCount())]
        self.assertEqual([line.split(":")[0].strip() for line in by_overdue], ranking[:10], texts)

    def test_overview_of_each_sample_register(self):
        for name, last_row in (("register-en.ods", 33), ("register-de.ods", 33), ("register-fr.ods", 34)):
            with self.subTest(register=name):
                self.open_register(name, folder="each-" + name)
                self.open_deck()
                self.show_panel("Overview")
                rows = self.document.Sheets.getByIndex(0).getCellRangeByName("A2:O%d" % last_row).getDataArray()
                total, ranking = expected_overview(rows, AS_OF)
                for key in ("open", "overdue"):
                    shown = self.value_after(self.panel_words[key])
                    self.assertEqual((cents(shown), count_in(shown)), tuple(total[key]), (name, key, shown))
                self.shot_sidebar("sidebar-overview-" + name.split(".")[0])

    def test_overview_selects_a_clients_rows(self):
        self.open_register()
        self.open_deck()
        self.show_panel("Overview")
        lists = accessible_tree.find_all(self.frame_window().window, LIST, max_depth=20)
        first = lists[0].getAccessibleChild(0).getAccessibleContext()
        client = accessible_tree.text_of(first).split(":")[0].strip()
        lists[0].selectAccessibleChild(0)
        time.sleep(1)
        selection = self.document.CurrentController.getSelection()
        addresses = (selection.getRangeAddresses() if hasattr(selection, "getRangeAddresses")
                     else [selection.getRangeAddress()])
        rows = set()
        for address in addresses:
            rows.update(range(address.StartRow, address.EndRow + 1))
        sheet = self.document.Sheets.getByIndex(0)
        clients = {sheet.getCellByPosition(1, row).getString().strip() for row in rows}
        self.assertEqual(clients, {client})

    def test_compute_panel_adds_the_analysis_columns(self):
        self.open_register()
        self.open_deck()
        self.show_panel("Compute")
        self.press(self.panel_words["add_columns"])
        sheet = self.document.Sheets.getByIndex(0)
        deadline = time.monotonic() + 30
        while self.panel_words["days_late_heading"] not in [cell for cell in sheet.getCellRangeByName("P1:Z1").getDataArray()[0]]:
            self.assertLess(time.monotonic(), deadline, "no analysis columns")
            time.sleep(0.5)
        self.assertEqual(self.gui.dialogs(), [])

    def test_reminders_panel_writes_the_letters(self):
        path = self.open_register()
        self.open_deck()
        self.show_panel("Reminders")
        self.shot_sidebar("sidebar-reminders-before")
        self.press(self.panel_words["write"])
        done = self.gui.wait_for_dialog(timeout=180)
        time.sleep(1)
        self.gui.close_dialog(done, button=self.panel_words["close"])
        letters = glob.glob(os.path.join(os.path.dirname(path), "*", "*.pdf"))
        self.assertGreaterEqual(len(letters), 5)
        self.wait_for_text(".pdf")
        self.shot_sidebar("sidebar-reminders-after")

    def test_payment_plan_panel_shows_interest_and_creates_the_plan(self):
        self.open_register()
        self.open_deck()
        self.show_panel("PaymentPlan")
        self.wait_for_text(self.panel_words["total_interest"])
        sheets_before = set(self.document.Sheets.getElementNames())
        self.press(self.panel_words["create_plan"])
        deadline = time.monotonic() + 60
        while set(self.document.Sheets.getElementNames()) == sheets_before:
            self.assertLess(time.monotonic(), deadline, "no plan sheet")
            time.sleep(0.5)
        time.sleep(2)
        for dialog in self.gui.dialogs():  # the agreement letter's message
            self.gui.close_dialog(dialog)

    def test_settings_panel_freezes_and_follows_today(self):
        self.open_register()
        self.open_deck()
        self.show_panel("Settings")
        names = self.document.NamedRanges
        cell = names.getByName("RELANCE_ASOF").getReferredCells().getCellByPosition(0, 0)
        self.press(self.panel_words["follow"])
        time.sleep(1.5)
        self.assertEqual(cell.getFormula().upper(), "=TODAY()")
        self.press(self.panel_words["freeze"])
        time.sleep(1.5)
        self.assertEqual(cell.getFormula(), str(datetime.date.today().toordinal() - NULL_DATE.toordinal()))

    def test_invoices_panel_stores_the_mapping(self):
        self.open_register()
        self.open_deck()
        self.show_panel("Invoices")
        self.press(self.panel_words["save_mapping"])
        time.sleep(1.5)
        properties = self.document.DocumentProperties.UserDefinedProperties
        mapping = properties.getPropertyValue("Relance register mapping")
        self.assertIn("invoice=A", mapping)
        self.assertIn("due=H", mapping)

    def test_a_sheet_without_register_is_explained(self):
        self.document = self.gui.open_document(self.register_copy())
        sheet = self.document.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:O40").clearContents(1023)
        self.gui.dispatch(".uno:SidebarDeck." + DECK)
        self.show_panel("Overview")
        # The panels read the document again when the person comes back to the sheet.
        controller = self.document.CurrentController
        controller.setActiveSheet(self.document.Sheets.getByIndex(1))
        controller.setActiveSheet(sheet)
        self.wait_for_text(self.panel_words["no_register"][:30])
        self.shot_sidebar("sidebar-no-register")
        self.assertEqual(self.gui.dialogs(), [])


if __name__ == "__main__":
    import faulthandler
    import sys
    faulthandler.dump_traceback_later(float(os.environ.get("RELANCE_TEST_DUMP_AFTER", "1200")), exit=False, file=sys.stderr)
    unittest.main(verbosity=2)
