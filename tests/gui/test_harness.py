"""The GUI harness itself, on LibreOffice's own menus and dialogs (no
extension): the menu bar and a menu's items are read, a command that opens a
modal dialog is dispatched on a thread, a field is typed into, a button
pressed, Escape closes a dialog, and a dialog's screenshot is written."""

import os
import struct
import unittest

from gui_session import SHOTS_DIR, GuiSession

# Calc's menu bar in an English UI, as LibreOffice 7.4 and 25.2 show it.
CALC_MENUS = ["File", "Edit", "View", "Insert", "Format", "Styles", "Sheet", "Data", "Tools",
              "Window", "Help"]


class HarnessTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gui = GuiSession(ui_locale="en-US")
        cls.gui.start()
        cls.gui.wait_for_document_window()
        cls.document = cls.gui.document

    @classmethod
    def tearDownClass(cls):
        cls.gui.close()

    def number_format_of_a1(self):
        cell = self.document.Sheets.getByIndex(0).getCellByPosition(0, 0)
        return self.document.NumberFormats.getByKey(cell.NumberFormat).FormatString

    def test_menu_bar_and_menu_items(self):
        self.assertEqual(self.gui.menu_titles(), CALC_MENUS)
        items = self.gui.menu_items("Tools")
        self.assertIn("Customize...", items)  # 25.2 renamed Extension Manager... Extensions...
        self.assertEqual(items[-1], "Options...")
        self.assertEqual(self.gui.dialogs(), [])

    def test_dialog_typed_into_and_confirmed(self):
        dispatch = self.gui.dispatch_async(".uno:FormatCellDialog")
        dialog = self.gui.wait_for_dialog("Format Cells")
        self.gui.set_text("Format Code", "0.000")
        path = self.gui.screenshot("harness-format-cells.png", dialog)
        self.gui.close_dialog(dialog, button="OK")
        self.gui.join_dispatch(dispatch)
        self.assertEqual(self.number_format_of_a1(), "0.000")
        self.assertEqual(os.path.dirname(path), SHOTS_DIR)
        with open(path, "rb") as png:
            header = png.read(24)
        self.assertEqual(header[:8], b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", header[16:24])
        self.assertTrue(200 < width < 1600 and 200 < height < 1000, (width, height))

    def test_escape_cancels_a_dialog(self):
        before = self.number_format_of_a1()
        dispatch = self.gui.dispatch_async(".uno:FormatCellDialog")
        dialog = self.gui.wait_for_dialog("Format Cells")
        self.gui.set_text("Format Code", "0.0000000")
        self.gui.close_dialog(dialog)  # Escape
        self.gui.join_dispatch(dispatch)
        self.assertEqual(self.gui.dialogs(), [])
        self.assertEqual(self.number_format_of_a1(), before)


if __name__ == "__main__":
    unittest.main()
