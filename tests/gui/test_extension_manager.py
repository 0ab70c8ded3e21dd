"""Tools ▸ Extension Manager in a real window (Xvfb, en and fr): Relance's
entry shows its icon (the icon's orange found in the window's pixels), and the
extension manager gives the short name of the UI language and the publisher
(screenshots build/gui-shots/extension-manager-<lang>.png, looked at: the name
whole, the icon drawn). With a build whose update feed is a local
file offering a higher version, Check for Updates offers that version
(extension-update-<lang>.png)."""

import os
import shutil
import tempfile
import time
import unittest
import zipfile

import accessible_tree
import screen_capture
from gui_session import GuiSession
from office_session import file_url

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
FEED_EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../docs/relance.update.xml")
# The menu item Tools ▸ Extension Manager… (LibreOffice's menubar.xml names it so).
EXTENSION_MANAGER = "service:com.sun.star.deployment.ui.PackageManagerDialog"
SHIPPED_FEED = "https://relance.github.io/relance/update/relance.update.xml"
OFFERED_VERSION = "9.9.0"
ICON_ORANGE = (0xD9, 0x82, 0x2B)  # the clock of tools/icons/relance-icon.svg

WORDS = {
    "en-US": {"name": "Relance – late payments", "publisher": "Relance developers",
              "manager": "Extension Manager", "check": "Check for Updates", "close": "Close"},
    "fr": {"name": "Relance – impayés", "publisher": "Les développeurs de Relance",
           "manager": "Gestionnaire des extensions", "check": "Vérifier les mises à jour",
           "close": "Fermer"},
}


def oxt_with_local_feed(folder):
    """A copy of the packaged extension whose description.xml names a feed in
    `folder` offering OFFERED_VERSION (the shipped example, version changed)."""
    feed = os.path.join(folder, "relance.update.xml")
    with open(FEED_EXAMPLE, encoding="utf-8") as example:
        text = example.read()
    with open(feed, "w", encoding="utf-8") as target:
        target.write(text.replace('<version value="0.2.0"/>', '<version value="%s"/>' % OFFERED_VERSION))
    copy = os.path.join(folder, "relance.oxt")
    with zipfile.ZipFile(OXT) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "description.xml":
                data = data.replace(SHIPPED_FEED.encode(), file_url(feed).encode())
            target.writestr(item, data)
    return copy


class ExtensionManagerTest:
    ui_locale = None

    def setUp(self):
        self.words = WORDS[self.ui_locale]
        self.language = "en" if self.ui_locale == "en-US" else self.ui_locale
        self.folder = tempfile.mkdtemp(prefix="relance-extmgr-")
        self.addCleanup(shutil.rmtree, self.folder, True)

    def start(self, oxt):
        self.gui = GuiSession(oxt, ui_locale=self.ui_locale)
        self.addCleanup(self.gui.close)
        self.gui.start()
        self.gui.wait_for_document_window()

    def open_extension_manager(self):
        """The Extension Manager, once its list has drawn (the list's entries
        are painted, not in the accessibility tree: they are checked in the
        screenshot's pixels and through the deployment API)."""
        self.gui.dispatch_async(EXTENSION_MANAGER)
        manager = self.gui.wait_for_dialog(self.words["manager"])
        time.sleep(3)
        return manager

    def test_entry_shows_name_icon_and_publisher(self):
        self.start(OXT)
        manager = self.open_extension_manager()
        path = self.gui.screenshot("extension-manager-%s.png" % self.language, manager)
        image = screen_capture.crop(screen_capture.capture_root(self.gui.xvfb.display),
                                    *accessible_tree.screen_rectangle(manager.context))
        self.assertGreater(pixels_near(image, ICON_ORANGE), 60, "no icon drawn in %s" % path)
        package = self.installed_package()
        self.assertEqual(package.getDisplayName(), self.words["name"])
        self.assertEqual(package.getPublisherInfo().First, self.words["publisher"])
        self.gui.close_dialog(manager, button=self.words["close"])

    def installed_package(self):
        manager = self.gui.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        return next(package for package in manager.getDeployedExtensions("shared", None, None)
                    if package.getIdentifier().Value == "org.relance.calc")

    def test_check_for_updates_offers_the_feed_version(self):
        self.start(oxt_with_local_feed(self.folder))
        manager = self.open_extension_manager()
        self.gui.click(self.words["check"], manager)
        deadline = time.monotonic() + 60
        while True:
            updates = [dialog for dialog in self.gui.dialogs() if dialog.title != manager.title]
            shown = " ".join(" ".join(texts_of(dialog)) for dialog in updates)
            if OFFERED_VERSION in shown:
                break
            if time.monotonic() > deadline:
                if updates:
                    self.gui.screenshot("extension-update-%s.png" % self.language, updates[0])
                self.fail("no version %s offered: %r" % (OFFERED_VERSION, shown))
            time.sleep(0.5)
        self.assertIn(self.words["name"], shown)
        time.sleep(1)
        self.gui.screenshot("extension-update-%s.png" % self.language, updates[0])


def texts_of(window):
    """A window's texts; none while it changes under the walk."""
    try:
        return window.texts()
    except Exception:  # DisposedException: the list refilled as it was read
        return []


def pixels_near(image, colour, tolerance=24):
    """How many pixels of `image` (width, height, RGB rows) are within
    `tolerance` of `colour` in every channel."""
    _width, _height, rows = image
    count = 0
    for row in rows:
        for index in range(0, len(row), 3):
            if all(abs(row[index + channel] - colour[channel]) <= tolerance for channel in range(3)):
                count += 1
    return count


class ExtensionManagerEnglish(ExtensionManagerTest, unittest.TestCase):
    ui_locale = "en-US"


class ExtensionManagerFrench(ExtensionManagerTest, unittest.TestCase):
    ui_locale = "fr"


if __name__ == "__main__":
    unittest.main()
