"""Shared set-up of the GUI tests of Relance's own windows: a GuiSession on a
throw-away profile the test owns (so that a test can restart LibreOffice on
it), a copy of a sample register (fixtures are never opened in place), the
settings a user would type, and the words of the UI language."""

import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

import uno
from gui_session import GuiSession
from office_session import properties

HERE = os.path.dirname(os.path.abspath(__file__))
OXT = os.environ.get("RELANCE_OXT", os.path.join(HERE, "../../build/relance.oxt"))
FIXTURES = os.path.join(HERE, "../fixtures")

# What a person sees, per UI language: the catalogs' texts, written out here
# as the expected values (packaging/ui/*.txt must say the same).
WORDS = {
    "en-US": {
        "menu": "Relance",
        "items": ["Write Reminder Letters…", "Payment Plan…", "Add Analysis Columns",
                  "Freeze the As-of Date", "Follow Today’s Date", "Settings…",
                  "Relance Help"],
        "company": "Company name:", "address": "Address:", "city": "Place (for the date line):", "iban": "IBAN:",
        "letters_title": "Write Reminder Letters", "folder": "Save the letters in:",
        "write": "Write Letters", "done_title": "Letters Written", "close": "Close",
        "open_settings": "Open Settings", "cancel": "Cancel",
        "options": "Options", "undo": "Relance: reminder letters to",
    },
    "fr": {
        "menu": "Relance",
        "items": ["Écrire les lettres de relance…", "Échéancier de paiement…",
                  "Ajouter les colonnes d’analyse", "Figer la date d’arrêté",
                  "Suivre la date du jour", "Paramètres…", "Aide de Relance"],
        "company": "Raison sociale :", "address": "Adresse :", "city": "Lieu (ligne de date) :", "iban": "IBAN :",
        "letters_title": "Écrire les lettres de relance", "folder": "Enregistrer les lettres dans :",
        "write": "Écrire les lettres", "done_title": "Lettres écrites", "close": "Fermer",
        "open_settings": "Ouvrir les paramètres", "cancel": "Annuler",
        "options": "Options", "undo": "Relance : lettres de relance à",
    },
}


def creditor_settings(language="fr"):
    """The sample creditor (tests/fixtures/settings-<language>.json)."""
    with open(os.path.join(FIXTURES, "settings-%s.json" % language), encoding="utf-8") as source:
        settings = json.load(source)
    settings.pop("_comment", None)
    return settings


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout


class RelanceGuiTestCase(unittest.TestCase):
    ui_locale = "en-US"

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="relance-gui-")
        self.addCleanup(shutil.rmtree, self.work, True)
        self.profile = os.path.join(self.work, "profile")
        os.makedirs(self.profile)
        self.words = WORDS[self.ui_locale]
        self.gui = self.start_office(install=True)

    def start_office(self, install=False):
        gui = GuiSession(OXT if install else None, ui_locale=self.ui_locale, profile_dir=self.profile)
        self.addCleanup(gui.close)
        gui.start()
        gui.wait_for_document_window()
        return gui

    def restart_office(self):
        self.gui.close()
        self.gui = self.start_office()

    def register_copy(self, name="register-fr.ods"):
        folder = os.path.join(self.work, "registers")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name)
        shutil.copy(os.path.join(FIXTURES, name), path)
        return path

    def settings_access(self, update=False):
        provider = self.gui.service("com.sun.star.configuration.ConfigurationProvider")
        service = "com.sun.star.configuration.Configuration%sAccess" % ("Update" if update else "")
        return provider.createInstanceWithArguments(service, properties(nodepath="/org.relance.calc.Settings"))

    def set_settings(self, settings):
        access = self.settings_access(update=True)
        for path, value in settings.items():
            if isinstance(value, list):
                uno.invoke(access, "replaceByHierarchicalName", (path, uno.Any("[]string", tuple(value))))
            else:
                access.replaceByHierarchicalName(path, value)
        access.commitChanges()

    def setting(self, path):
        return self.settings_access().getByHierarchicalName(path)

    @staticmethod
    def settled_texts(window, attempts=10):
        """The texts a window shows, once its accessible tree stops changing
        (a list fills its rows after the window is shown, disposing what the
        walk just read)."""
        for attempt in range(attempts):
            try:
                return window.texts()
            except Exception:  # DisposedException: walked while it changed
                if attempt == attempts - 1:
                    raise
                time.sleep(0.5)
        return []

    def shot(self, stem, window=None):
        language = "en" if self.ui_locale == "en-US" else self.ui_locale
        return self.gui.screenshot("%s-%s.png" % (stem, language), window)
