"""Tools ▸ Extension Manager in a real window (Xvfb, en and fr): Relance's
entry shows its short name in the UI language, its publisher and version, and
its icon (screenshots build/gui-shots/extension-manager-<lang>.png, checked by
eye: the name whole, the icon drawn). With a build whose update feed is a local
file offering a higher version, Check for Updates offers that version
(extension-update-<lang>.png)."""

import os
import shutil
import tempfile
import time
import unittest
import zipfile

from gui_session import GuiSession
from office_session import file_url

OXT = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
FEED_EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../docs/relance.update.xml")
# The menu item Tools ▸ Extension Manager… (LibreOffice's menubar.xml names it so).
EXTENSION_MANAGER = "service:com.sun.star.deployment.ui.PackageManagerDialog"
SHIPPED_FEED = "https://relance.github.io/relance/update/relance.update.xml"
OFFERED_VERSION = "9.9.0"

WORDS = {
    "en-US": {"name": "Relance – late payments", "publisher": "Relance developers",
              "manager": "Extension Manager", "check": "Check for Updates", "updates": "Extension Update"},
    "fr": {"name": "Relance – impayés", "publisher": "Les développeurs de Relance",
           "manager": "Gestionnaire des extensions", "check": "Rechercher les mises à jour",
           "updates": "Mise à jour des extensions"},
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
        self.gui.dispatch_async(EXTENSION_MANAGER)
        manager = self.gui.wait_for_dialog(self.words["manager"])
        deadline = time.monotonic() + 30
        while self.words["name"] not in " ".join(self.settled_texts(manager)):
            if time.monotonic() > deadline:
                self.fail("no %r in the Extension Manager: %r" % (self.words["name"], manager.texts()))
            time.sleep(0.5)
        time.sleep(1)  # the list draws its icons once filled
        return manager

    @staticmethod
    def settled_texts(window):
        for attempt in range(10):
            try:
                return window.texts()
            except Exception:  # DisposedException: the list changed as it was walked
                time.sleep(0.5)
        return window.texts()

    def test_entry_shows_short_name_and_publisher(self):
        self.start(OXT)
        manager = self.open_extension_manager()
        self.gui.screenshot("extension-manager-%s.png" % self.language, manager)
        shown = " ".join(self.settled_texts(manager))
        self.assertIn(self.words["publisher"], shown)
        self.gui.close_dialog(manager, button=None)

    def test_check_for_updates_offers_the_feed_version(self):
        self.start(oxt_with_local_feed(self.folder))
        manager = self.open_extension_manager()
        self.gui.click(self.words["check"], manager)
        updates = self.gui.wait_for_dialog(self.words["updates"], timeout=60)
        deadline = time.monotonic() + 60
        while OFFERED_VERSION not in " ".join(self.settled_texts(updates)):
            if time.monotonic() > deadline:
                self.gui.screenshot("extension-update-%s.png" % self.language, updates)
                self.fail("no version %s offered: %r" % (OFFERED_VERSION, updates.texts()))
            time.sleep(0.5)
        self.assertIn(self.words["name"], " ".join(self.settled_texts(updates)))
        self.gui.screenshot("extension-update-%s.png" % self.language, updates)


class ExtensionManagerEnglish(ExtensionManagerTest, unittest.TestCase):
    ui_locale = "en-US"


class ExtensionManagerFrench(ExtensionManagerTest, unittest.TestCase):
    ui_locale = "fr"


if __name__ == "__main__":
    unittest.main()
