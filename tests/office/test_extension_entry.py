"""The Extension Manager's entry of Relance: the packaged description.xml and
the example update feed (docs/relance.update.xml) parse and agree, and
LibreOffice itself reads from the installed extension the short name of the UI
language, both icons, the publisher with its link and the update feed's URL.

Expected values are written out here (what the list should show per language),
not read back from description.xml."""

import os
import unittest
import xml.etree.ElementTree as ElementTree
import zipfile

from office_session import OfficeSession
from relance_office_test import OXT

HERE = os.path.dirname(os.path.abspath(__file__))
FEED_EXAMPLE = os.path.join(HERE, "../../docs/relance.update.xml")
DESCRIPTION = "{http://openoffice.org/extensions/description/2006}"
UPDATE = "{http://openoffice.org/extensions/update/2006}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
LIBREOFFICE_MINIMAL = "{http://libreoffice.org/extensions/description/2011}LibreOffice-minimal-version"

# What the Extension Manager's list shows, per UI language: short enough not to
# be cut (the list cut the old 36-character name at 33 characters).
DISPLAY_NAMES = {
    "en": "Relance – late payments", "fr": "Relance – impayés", "de": "Relance – Mahnwesen",
    "es": "Relance – impagos", "it": "Relance – solleciti", "nl": "Relance – aanmaningen",
}
LONGEST_NAME_SHOWN_WHOLE = 30
PUBLISHER_URL = "https://github.com/relance"
FEED_URL = "https://relance.github.io/relance/update/relance.update.xml"


def version_numbers(text):
    return tuple(int(part) for part in text.split("."))


class PackagedDescription(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with zipfile.ZipFile(OXT) as oxt:
            cls.files = set(oxt.namelist())
            cls.description = ElementTree.fromstring(oxt.read("description.xml"))
        cls.feed = ElementTree.parse(FEED_EXAMPLE).getroot()

    def test_display_names_are_short(self):
        names = {name.get("lang"): name.text
                 for name in self.description.find(DESCRIPTION + "display-name").findall(DESCRIPTION + "name")}
        self.assertEqual(names, DISPLAY_NAMES)
        for name in names.values():
            self.assertLessEqual(len(name), LONGEST_NAME_SHOWN_WHOLE, name)

    def test_icons_are_packaged_pngs(self):
        icon = self.description.find(DESCRIPTION + "icon")
        for kind in ("default", "high-contrast"):
            path = icon.find(DESCRIPTION + kind).get(XLINK_HREF)
            self.assertIn(path, self.files)
            with zipfile.ZipFile(OXT) as oxt:
                png = oxt.read(path)
            self.assertEqual(png[:8], b"\x89PNG\r\n\x1a\n")
            width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
            self.assertEqual((width, height), (42, 42), path)

    def test_publisher_release_notes_and_feed(self):
        publisher = self.description.find(DESCRIPTION + "publisher").findall(DESCRIPTION + "name")
        self.assertEqual({name.get("lang") for name in publisher}, {"en", "fr", "de"})
        self.assertEqual({name.get(XLINK_HREF) for name in publisher}, {PUBLISHER_URL})
        version = self.description.find(DESCRIPTION + "version").get("value")
        notes = self.description.find(DESCRIPTION + "release-notes").find(DESCRIPTION + "src")
        self.assertTrue(notes.get(XLINK_HREF).endswith("/v" + version), notes.get(XLINK_HREF))
        feed = self.description.find(DESCRIPTION + "update-information").find(DESCRIPTION + "src")
        self.assertEqual(feed.get(XLINK_HREF), FEED_URL)

    def test_templates_and_manual_are_packaged(self):
        for path in ("templates/Relance/relance-register-en.ots", "templates/Relance/relance-register-fr.ots",
                     "templates/Relance/relance-register-de.ots", "manual/en.html", "manual/fr.html",
                     "manual/de.html", "Paths.xcu"):
            self.assertIn(path, self.files)
        with zipfile.ZipFile(OXT) as oxt:
            manifest = oxt.read("META-INF/manifest.xml").decode("utf-8")
            paths = ElementTree.fromstring(oxt.read("Paths.xcu"))
        self.assertIn('manifest:full-path="Paths.xcu"', manifest)
        fused = [node.get("{http://openoffice.org/2001/registry}name") for node in paths.iter()
                 if node.get("{http://openoffice.org/2001/registry}op") == "fuse"]
        self.assertEqual(fused, ["Template", "%origin%/templates"])

    def test_feed_example_offers_a_newer_version_of_the_same_extension(self):
        self.assertEqual(self.feed.tag, UPDATE + "description")
        self.assertEqual(self.feed.find(UPDATE + "identifier").get("value"),
                         self.description.find(DESCRIPTION + "identifier").get("value"))
        offered = self.feed.find(UPDATE + "version").get("value")
        installed = self.description.find(DESCRIPTION + "version").get("value")
        self.assertGreater(version_numbers(offered), version_numbers(installed))
        download = self.feed.find(UPDATE + "update-download").find(UPDATE + "src").get(XLINK_HREF)
        self.assertTrue(download.startswith("https://") and download.endswith(".oxt"), download)
        minimal = self.feed.find(UPDATE + "dependencies").find(LIBREOFFICE_MINIMAL).get("value")
        self.assertEqual(minimal, "7.4")


class InstalledEntry:
    """What LibreOffice reads from the installed description (XPackage)."""
    ui_locale = None
    language = None

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, ui_locale=cls.ui_locale)
        cls.office.start()
        manager = cls.office.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        packages = manager.getDeployedExtensions("shared", None, None)
        cls.package = next(package for package in packages
                           if package.getIdentifier().Value == "org.relance.calc")

    @classmethod
    def tearDownClass(cls):
        cls.office.close()

    def test_name_in_the_ui_language(self):
        self.assertEqual(self.package.getDisplayName(), DISPLAY_NAMES[self.language])

    def test_both_icons(self):
        for high_contrast in (False, True):
            graphic = self.package.getIcon(high_contrast)
            self.assertIsNotNone(graphic, "high contrast" if high_contrast else "default")
            size = graphic.SizePixel
            self.assertEqual((size.Width, size.Height), (42, 42))

    def test_publisher_and_feed(self):
        publisher = self.package.getPublisherInfo()
        name, url = publisher.First, publisher.Second
        self.assertTrue(name.strip(), name)
        self.assertEqual(url, PUBLISHER_URL)
        self.assertEqual(self.package.getUpdateInformationURLs(), (FEED_URL,))


class InstalledEntryEnglish(InstalledEntry, unittest.TestCase):
    ui_locale = "en-US"
    language = "en"


class InstalledEntryFrench(InstalledEntry, unittest.TestCase):
    ui_locale = "fr"
    language = "fr"


if __name__ == "__main__":
    unittest.main()
