"""The reminder letters of the sample registers, written by the packaged
extension in a real LibreOffice (Basic: Relance.Reminders.GenerateReminders),
read back from the PDFs with pdftotext.

Expected figures are computed here by hand (Decimal, each rate period rounded
half away from zero) from the published rates: ECB main refinancing rate 3.15 %
on 1 January 2025, 2.15 % on 1 July 2025 and 1 January 2026, 2.40 % on 1 July
2026 (FR: + 10 points); invoices, dates and statuses are those listed in
tests/fixtures/README.md."""

import datetime
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
import zipfile
from decimal import Decimal, ROUND_HALF_UP


def know_the_extension_types():
    """The Python end of the bridge must know the extension's own types
    (org.relance.ReminderRunResult ...), or the bridge breaks when soffice sends
    one: the .oxt's relance.rdb added to what pyuno bootstraps with, before the
    first `import uno`."""
    oxt = os.environ.get("RELANCE_OXT", os.path.join(os.path.dirname(__file__), "../../build/relance.oxt"))
    folder = tempfile.mkdtemp(prefix="relance-types-")
    zipfile.ZipFile(oxt).extract("relance.rdb", folder)
    # The office's own types folder: 25.2's (RELANCE_OFFICE_PROGRAM, as in
    # office_session) knows interfaces 7.4's does not (XTopWindow3 ...).
    program = os.environ.get("RELANCE_OFFICE_PROGRAM", "/usr/lib/libreoffice/program")
    os.environ["URE_MORE_TYPES"] = "<file://%s/types>* file://%s" % (
        os.path.abspath(program), os.path.join(folder, "relance.rdb"))


know_the_extension_types()

import uno  # noqa: E402  (after the types above)
import unohelper  # noqa: E402
from com.sun.star.task import XStatusIndicator  # noqa: E402

from office_session import OfficeSession, file_url  # noqa: E402
from process_register import basic, write_settings  # noqa: E402
from relance_office_test import OXT  # noqa: E402

import json  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")
AS_OF = datetime.date(2026, 12, 31)


def close(document):
    try:
        document.close(True)
    except Exception as error:  # keep the test's own failure visible
        print("closing the register failed: %s" % getattr(error, "Message", error))


def settings_of(language):
    with open(os.path.join(FIXTURES, "settings-%s.json" % language), encoding="utf-8") as source:
        return json.load(source)


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def pdf_text(path):
    text = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout
    # ICU groups French thousands with a narrow no-break space and puts a
    # no-break space before the euro sign: compare with plain spaces.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def cents(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def interest(amount, periods):
    """Sum of rounded periods: (days, annual rate) each, Basis 365."""
    return sum(cents(Decimal(amount) * Decimal(rate) * days / 365) for days, rate in periods)


def atelier_total():
    """What the final notice to L'Atelier claims as of 2026-12-31: four invoices, their
    interest period by period (ECB + 10 points), 40 EUR per invoice."""
    f2025_001 = interest(1848, [(120, "0.1315"), (365, "0.1215"), (184, "0.124")])
    f2025_004 = interest("870.30", [(16, "0.1315"), (365, "0.1215"), (184, "0.124")])
    f2025_010 = interest(2772, [(184, "0.1215"), (184, "0.124")])
    f2026_001 = interest(498, [(121, "0.1215"), (184, "0.124")])
    return Decimal("1848") + Decimal("870.30") + 2772 + 498 + f2025_001 + f2025_004 + f2025_010 + \
        f2026_001 + 4 * 40


FRENCH_CLIENTS_DUE = sorted([
    "Construcciones García Hermanos S.L", "Garage Fontaine SAS", "Imprimerie Garnier & Cie",
    "L'Atelier & Fils SARL", "Transports Lefèvre SAS", "Van Damme Bouw BV", "Éditions Bérénice SA"])

FRENCH_HEADERS = ("N° facture", "Client", "Langue", "Échéance", "Montant TTC", "Dernière relance (niveau)",
                  "Dernière relance (date)")


def small_register(office, rows):
    """A new spreadsheet headed as a French register: rows of (number, client, language, due
    date, amount[, last reminder level, last reminder date])."""
    document = office.new_spreadsheet()
    sheet = document.Sheets.getByIndex(0)
    table = [FRENCH_HEADERS]
    for row in rows:
        number, client, language, due, amount = row[:5]
        level, on = (row[5], serial(row[6])) if len(row) > 5 else ("", "")
        table.append((number, client, language, serial(due), amount, level, on))
    sheet.getCellRangeByPosition(0, 0, len(FRENCH_HEADERS) - 1, len(table) - 1).setDataArray(tuple(table))
    for index, row in enumerate(rows):
        if len(row) <= 5:  # no letter yet: blank cells, not empty texts
            sheet.getCellRangeByPosition(5, index + 1, 6, index + 1).clearContents(7)
    return document


def visible_files(folder):
    return sorted(name for name in os.listdir(folder) if not name.startswith("."))


class ProgressRecorder(unohelper.Base, XStatusIndicator):
    """An XStatusIndicator that keeps what it was told."""

    def __init__(self):
        self.calls = []

    def start(self, text, count):
        self.calls.append(("start", count))

    def end(self):
        self.calls.append(("end",))

    def setText(self, text):
        pass

    def setValue(self, value):
        self.calls.append(("value", value))

    def reset(self):
        pass


def reachable_by_script_url(office, name):
    """Whether LibreOffice lets a script URL name the Basic method `name` of the Relance
    library. Its Basic provider (scripting/source/basprov) lists a module's methods for the
    Macro Selector and resolves script URLs with the same filter (a method not "hidden";
    `Private` does not hide, only a `Declare` does), so this is what the Macro Selector
    lists. (Its browse nodes cannot be walked from Python: the method nodes fail the
    bridge's XInvocation2 query.)"""
    factory = office.service("com.sun.star.script.provider.MasterScriptProviderFactory")
    try:
        factory.createScriptProvider("").getScript(BASIC_URL % name)
        return True
    except Exception:  # ScriptFrameworkErrorException: no such script
        return False


BASIC_URL = "vnd.sun.star.script:Relance.%s?language=Basic&location=application"


def french(amount):
    """1848.5 -> '1 848,50 €' as the French letters write it."""
    whole, fraction = ("%.2f" % amount).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "%s,%s €" % (" ".join(groups), fraction)


class LetterRun(unittest.TestCase):
    """One soffice; each test copies a register into a temporary folder."""
    language = None

    @classmethod
    def setUpClass(cls):
        cls.office = OfficeSession(oxt=OXT, environment={"RELANCE_DEBUG": "1"})
        cls.office.start()
        write_settings(cls.office, settings_of(cls.language))
        cls.folder = tempfile.mkdtemp(prefix="relance-letters-")

    @classmethod
    def tearDownClass(cls):
        cls.office.close()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def open_register(self, name):
        path = os.path.join(self.folder, name)
        shutil.copy(os.path.join(FIXTURES, "register-%s.ods" % self.language), path)
        return self.office.open_document(path)

    def generate(self, document, folder, as_of=AS_OF):
        files = basic(self.office, "Reminders.GenerateReminders", document, file_url(folder), serial(as_of))
        return [uno.fileUrlToSystemPath(url) for url in (files or ())]

    def summary(self):
        return list(basic(self.office, "Reminders.LastSummary") or ())

    def letter_of(self, files, client):
        found = [f for f in files if os.path.basename(f).startswith(client) and f.endswith(".pdf")]
        self.assertEqual(len(found), 1, "one PDF for %s in %s" % (client, files))
        return pdf_text(found[0])


class FrenchRegister(LetterRun):
    language = "fr"

    def test_letters_journal_and_undo(self):
        document = self.open_register("register-fr.ods")
        out = os.path.join(self.folder, "letters-fr")
        try:
            files = self.generate(document, out)
            names = [os.path.basename(f) for f in files]
            self.assertTrue(names[0].startswith("Relance letters 2026-12-31") and names[0].endswith(".odt"), names)
            # the kind of letter in the creditor's language (the settings' default language, fr)
            self.assertIn("L'Atelier & Fils SARL - 2026-12-31 - dernier avis avant poursuites.pdf", names)
            self.assertIn("Van Damme Bouw BV - 2026-12-31 - deuxième relance.pdf", names)
            # the clients due a letter, and no others (README: paid, not yet due, plan, disputed)
            clients = sorted(n.split(" - ")[0] for n in names[1:] if n.endswith(".pdf"))
            # (a file name never ends a part with a dot: "S.L." is written "S.L")
            self.assertEqual(clients, FRENCH_CLIENTS_DUE)

            atelier = self.letter_of(files, "L'Atelier & Fils SARL")
            # its fourth letter: the register says a formal notice (level 3) was sent
            self.assertIn("Dernier avis avant action en justice", atelier)
            for number in ("F2025-001", "F2025-004", "F2025-010", "F2026-001"):
                self.assertIn(number, atelier)
            self.assertNotIn("F2025-011", atelier)  # disputed
            self.assertNotIn("F2026-010", atelier)  # not yet due
            self.assertNotIn("F2024-002", atelier)  # paid on time
            for mention in ("L441-10", "D441-5", "40 euros", "injonction de payer",
                            "Lettre recommandée avec accusé de réception", "8 quai de la Fosse", "44000 Nantes",
                            "RCS Lyon 812 345 678", "Lyon, le 31 décembre 2026"):
                self.assertIn(mention, " ".join(atelier.split()))
            # the interest of F2025-001 (1,848.00 due 2 March 2025), period by period
            f2025_001 = interest(1848, [(120, "0.1315"), (365, "0.1215"), (184, "0.124")])
            self.assertIn(french(f2025_001), atelier)
            self.assertIn(french(atelier_total()), atelier)
            # the Dutch and Spanish clients get their own language
            self.assertIn("Geachte", self.letter_of(files, "Van Damme Bouw BV"))
            garcia = self.letter_of(files, "Construcciones García Hermanos S.L ")
            self.assertIn("Estimados", garcia)
            self.assertNotIn("F2026-003", garcia)  # disputed
            # 7,250.00 due 29 April 2025, 3,000.00 paid on 10 June 2025, credited to interest first
            # (art. 1343-1 Code civil), then the 40 fee, then the principal:
            first = cents(Decimal(7250) * Decimal("0.1315") * 42 / 365)          # 109.70
            principal = Decimal(7250) - (Decimal(3000) - first - 40)              # 4,399.70
            accrued = first + interest(principal, [(20, "0.1315"), (365, "0.1215"), (184, "0.124")])
            # Spanish groups thousands only from five digits (CLDR): 7250,00 €
            self.assertIn(("%.2f €" % accrued).replace(".", ","), garcia)
            self.assertIn(("%.2f €" % (Decimal(7250) - 3000 + accrued + 40)).replace(".", ","), garcia)

            # the journal: one row per invoice claimed, and the register's last-reminder columns
            journal = document.Sheets.getByName("Relance journal")
            rows = journal.getCellRangeByName("A1:I40").getDataArray()
            # its headers in the creditor's language, from the shipped catalog's journal table
            self.assertEqual(rows[0], ("Date", "Client", "Niveau", "Facture", "Montant", "Intérêts", "Indemnité",
                                       "Date limite", "Fichier"))
            claimed = [row for row in rows[1:] if row[1]]
            self.assertEqual(len(claimed), 11)
            self.assertEqual(sum(1 for row in claimed if row[1] == "L'Atelier & Fils SARL"), 4)
            invoices = document.Sheets.getByName("Factures")
            self.assertEqual(invoices.getCellRangeByName("N12").getValue(), 4)  # F2025-001: level 4 now
            self.assertEqual(invoices.getCellRangeByName("O12").getValue(), serial(AS_OF))

            # all of it is one undo step
            undo = document.UndoManager
            self.assertEqual(undo.getCurrentUndoActionTitle(), "Relance: reminder letters to 7 clients")
            undo.undo()
            # the journal's rows go; the sheet and its header stay (README, "Journal and undo")
            self.assertEqual(journal.getCellRangeByName("B2").getString(), "")
            self.assertEqual(journal.getCellRangeByName("C1").getString(), "Niveau")
            self.assertEqual(invoices.getCellRangeByName("N12").getValue(), 3)
            undo.redo()
            self.assertEqual(journal.getCellRangeByName("B2").getString(), claimed[0][1])

            # the next run, the same day, writes nothing: within the interval
            again = self.generate(document, out)
            self.assertEqual(again, [])
            self.assertTrue(any("no letter" in line for line in self.summary()))
        finally:
            close(document)

    def test_letters_are_tagged_with_their_language(self):
        """Each letter's text in Writer says its own language (spelling, hyphenation, quotes),
        not the template's English (UK): the combined document holds fr, nl and es letters."""
        document = self.open_register("register-fr-language.ods")
        out = os.path.join(self.folder, "letters-language")
        try:
            files = self.generate(document, out)
        finally:
            close(document)
        combined = self.office.open_document(files[0])
        try:
            tags = {}
            for paragraph in combined.Text.createEnumeration():
                if paragraph.supportsService("com.sun.star.text.Paragraph"):
                    for opening in ("Geachte", "Estimados", "Madame, Monsieur"):
                        if paragraph.getString().startswith(opening):
                            tags.setdefault(opening, set()).add(paragraph.CharLocale.Language)
            self.assertEqual(tags, {"Geachte": {"nl"}, "Estimados": {"es"}, "Madame, Monsieur": {"fr"}})
            # the invoice tables too: the first letter is L'Atelier's, in French
            heading = combined.TextTables.getByIndex(0).getCellByName("A1").Text.createEnumeration().nextElement()
            self.assertEqual(heading.CharLocale.Language, "fr")
        finally:
            close(combined)

    def test_journal_formatted_as_an_accountant_would(self):
        # not hidden: a hidden document has no real view, and panes freeze in a view
        path = os.path.join(self.folder, "register-fr-journal.ods")
        shutil.copy(os.path.join(FIXTURES, "register-fr.ods"), path)
        document = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0, ())
        try:
            self.generate(document, os.path.join(self.folder, "letters-journal"))
            journal = document.Sheets.getByName("Relance journal")
            invoices = document.Sheets.getByName("Factures")
            formats = document.NumberFormats
            # dates and amounts in the register's own formats (JJ/MM/AAAA, 1 250,00 €)
            for journal_cell, register_cell in (("A2", "H2"), ("H2", "H2"), ("E2", "J2"), ("F2", "J2"), ("G2", "J2")):
                self.assertEqual(formats.getByKey(journal.getCellRangeByName(journal_cell).NumberFormat).FormatString,
                                 formats.getByKey(invoices.getCellRangeByName(register_cell).NumberFormat).FormatString,
                                 journal_cell)
            self.assertTrue(formats.getByKey(journal.getCellRangeByName("A2").NumberFormat).Type & 2)  # DATE
            # headings bold, in the register's language
            self.assertEqual([journal.getCellByPosition(c, 0).getString() for c in range(9)],
                             ["Date", "Client", "Niveau", "Facture", "Montant", "Intérêts", "Indemnité",
                              "Date limite", "Fichier"])
            self.assertEqual(journal.getCellRangeByName("A1").CharWeight, 150.0)
            # every column at least as wide as what it holds (Calc's optimal width)
            for column in range(9):
                entry = journal.Columns.getByIndex(column)
                width = entry.Width
                entry.OptimalWidth = True
                self.assertGreaterEqual(width, entry.Width, "column %d" % column)
            # an autofilter over the journal, and its header row frozen
            index = journal.RangeAddress.Sheet
            unnamed = document.getPropertyValue("UnnamedDatabaseRanges")  # not in the property set info
            self.assertTrue(unnamed.hasByTable(index))
            self.assertTrue(unnamed.getByTable(index).AutoFilter)
            controller = document.CurrentController
            controller.setActiveSheet(journal)
            self.assertTrue(controller.hasFrozenPanes())
            self.assertEqual(controller.SplitRow, 1)
        finally:
            close(document)

    def test_a_run_undone_can_be_run_again(self):
        """Undo withdraws the run's record (journal rows, last-reminder cells): the next run
        reads the journal with its header alone and writes the letters again."""
        document = self.open_register("register-fr-undo.ods")
        try:
            invoices = document.Sheets.getByName("Factures").getCellRangeByName("A1:O40")
            before = (invoices.getDataArray(), invoices.getFormulaArray())
            first = self.generate(document, os.path.join(self.folder, "undo-1"))
            journal = document.Sheets.getByName("Relance journal")
            rows = [row for row in journal.getCellRangeByName("A1:I40").getDataArray() if row[1]]
            document.UndoManager.undo()
            # the register cell for cell as it was; the journal its header alone
            self.assertEqual((invoices.getDataArray(), invoices.getFormulaArray()), before)
            self.assertEqual([row for row in journal.getCellRangeByName("A1:I40").getDataArray() if any(row)],
                             [rows[0]])
            second = self.generate(document, os.path.join(self.folder, "undo-2"))
            self.assertEqual(len(second), len(first), self.summary())
            again = [row for row in journal.getCellRangeByName("A1:I40").getDataArray() if row[1]]
            self.assertEqual(len(again), len(rows))  # one header row, the same letters once
            self.assertEqual([row[0] for row in again].count("Date"), 1)
        finally:
            close(document)

    def test_preview_then_write_leaving_a_client_out(self):
        document = self.open_register("register-fr-api.ods")
        out = os.path.join(self.folder, "letters-api")
        run = self.office.service("org.relance.ReminderRun")
        try:
            rows = run.previewReminders(document, serial(AS_OF))
            due = [row for row in rows if not row.Reason]
            self.assertEqual(list(rows[:len(due)]), due)  # the letters first, then the others
            self.assertEqual(sorted(row.Client.rstrip(".") for row in due), FRENCH_CLIENTS_DUE)
            atelier = next(row for row in due if row.Client == "L'Atelier & Fils SARL")
            self.assertEqual((atelier.Level, atelier.InvoiceCount, atelier.Language),
                             (4, 4, "fr"))
            self.assertEqual(atelier.Invoices, "F2025-001, F2025-004, F2025-010, F2026-001")
            self.assertEqual(Decimal(str(atelier.TotalDue)), atelier_total())
            self.assertEqual(atelier.TotalDueText.replace("\u202f", " ").replace("\u00a0", " "),
                             french(atelier_total()))
            self.assertIn("@", atelier.Email)
            dupont = next(row for row in rows if row.Client == "Cabinet Dupont-Moreau")
            self.assertEqual(dupont.Level, 0)
            self.assertIn("payment plan", dupont.Reason)

            progress = ProgressRecorder()
            result = run.writeReminders(document, file_url(out), serial(AS_OF), ("Van Damme Bouw BV",), progress)
            self.assertEqual(result.Folder, out)
            self.assertEqual(sorted(os.path.basename(uno.fileUrlToSystemPath(url)) for url in result.Files),
                             visible_files(out))
            # the combined document, six clients' PDFs and their e-mail drafts (all have an address)
            self.assertEqual(len(result.Files), 1 + 6 + 6)
            self.assertFalse(any("Van Damme" in url for url in result.Files))
            self.assertIn("Van Damme Bouw BV: no letter (left out of this run)", result.Summary)
            self.assertEqual(list(run.getLastSummary()), list(result.Summary))
            self.assertEqual(progress.calls[0], ("start", 6))
            self.assertEqual(progress.calls[-2:], [("value", 6), ("end",)])
            # the default folder: beside the saved register; none for a document never saved
            self.assertEqual(run.defaultOutputFolder(document),
                             uno.systemPathToFileUrl(os.path.join(self.folder, "Relance letters")))
            unsaved = self.office.new_spreadsheet()
            try:
                self.assertEqual(run.defaultOutputFolder(unsaved), "")
            finally:
                close(unsaved)
        finally:
            close(document)

    def test_macro_selector_lists_no_private_helper(self):
        """LibreOffice's Macro Selector lists Private functions too: the Reminders module
        has none, so every name it lists there is an entry point."""
        self.assertTrue(reachable_by_script_url(self.office, "Reminders.GenerateReminders"))
        with open(os.path.join(os.path.dirname(__file__), "../../macros/Relance/Reminders.xba"),
                  encoding="utf-8") as module:
            private = set(re.findall(r"^Private (?:Function|Sub) (\w+)", module.read(), re.MULTILINE))
        for helper in private | {"SerialOf"}:
            self.assertFalse(reachable_by_script_url(self.office, "Reminders." + helper), helper)


class AllOrNothing(LetterRun):
    """A refused run leaves nothing behind: no letter, no folder it made."""
    language = "fr"

    def alpha_beta(self, *more):
        return small_register(self.office, [
            ("F-1", "Alpha SARL", "fr", datetime.date(2026, 11, 2), 1200.0),
            ("F-2", "Beta SARL", "fr", datetime.date(2026, 11, 2), 800.0)] + list(more))

    def refused(self, document, out):
        try:
            self.assertEqual(self.generate(document, out), [])
        finally:
            close(document)
        return self.summary()[-1]

    def test_row_due_in_1583(self):
        out = os.path.join(self.folder, "1583", "letters")  # neither folder exists
        reason = self.refused(self.alpha_beta(("F-3", "Gamma SARL", "fr", datetime.date(1583, 6, 1), 100.0)), out)
        self.assertTrue(reason.startswith("refused: "), reason)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "1583")))

    def test_refusal_in_an_existing_folder_leaves_it_as_it_was(self):
        out = os.path.join(self.folder, "existing")
        os.makedirs(out)
        with open(os.path.join(out, "keep.txt"), "w") as kept:
            kept.write("mine")
        self.refused(self.alpha_beta(("F-3", "Gamma SARL", "fr", datetime.date(1583, 6, 1), 100.0)), out)
        self.assertEqual(os.listdir(out), ["keep.txt"])  # no letter, no hidden folder

    def test_negative_deadline_setting(self):
        # Beta had a second reminder: its letter is a formal notice, whose deadline is refused
        document = small_register(self.office, [
            ("F-1", "Alpha SARL", "fr", datetime.date(2026, 11, 2), 1200.0),
            ("F-2", "Beta SARL", "fr", datetime.date(2026, 9, 1), 800.0, 2, datetime.date(2026, 11, 1))])
        out = os.path.join(self.folder, "deadline")
        write_settings(self.office, {"Reminders/FormalNoticeDeadlineDays": -5})
        try:
            reason = self.refused(document, out)
        finally:
            write_settings(self.office, {"Reminders/FormalNoticeDeadlineDays": 8})
        self.assertIn("deadline", reason.lower())
        self.assertFalse(os.path.exists(out))

    def test_name_taken_by_a_dangling_link(self):
        out = os.path.join(self.folder, "dangling")
        os.makedirs(out)
        link = os.path.join(out, "Alpha SARL - 2026-12-31 - relance.pdf")
        os.symlink(os.path.join(self.folder, "nowhere.pdf"), link)
        document = self.alpha_beta()
        try:
            files = self.generate(document, out)
        finally:
            close(document)
        self.assertIn("Alpha SARL - 2026-12-31 - relance-2.pdf", [os.path.basename(f) for f in files],
                      self.summary())
        self.assertTrue(os.path.islink(link))  # left as it was, leading nowhere
        self.assertFalse(os.path.exists(os.path.join(self.folder, "nowhere.pdf")))

    def test_planted_writing_folder_link_is_never_followed(self):
        """A link named as the old fixed writing folder: nothing is written through it, and
        it stays; the run's own private folder is gone after the run."""
        out = os.path.join(self.folder, "planted")
        elsewhere = os.path.join(self.folder, "elsewhere")
        os.makedirs(out)
        os.makedirs(elsewhere)
        os.symlink(elsewhere, os.path.join(out, ".relance-writing"))
        document = self.alpha_beta()
        try:
            files = self.generate(document, out)
        finally:
            close(document)
        self.assertEqual(len([f for f in files if f.endswith(".pdf")]), 2, self.summary())
        self.assertEqual(os.listdir(elsewhere), [])
        self.assertEqual(os.readlink(os.path.join(out, ".relance-writing")), elsewhere)
        self.assertEqual([n for n in os.listdir(out) if n.startswith(".")], [".relance-writing"])


class PaymentPlanAgreement(LetterRun):
    language = "fr"

    def test_agreement_for_one_client(self):
        document = self.open_register("register-fr-plan.ods")
        out = os.path.join(self.folder, "agreement")
        try:
            url = basic(self.office, "Reminders.WritePaymentPlanAgreement", document, "L'Atelier & Fils SARL", 6,
                        serial(datetime.date(2027, 1, 31)), 1, 0.0, file_url(out), serial(AS_OF))
        finally:
            close(document)
        text = " ".join(pdf_text(uno.fileUrlToSystemPath(url)).split())
        # the debt: the four invoices of the final notice with their interest and fees (hand-computed above)
        debt = Decimal("1848") + Decimal("870.30") + 2772 + 498 + 4 * 40 + \
            interest(1848, [(120, "0.1315"), (365, "0.1215"), (184, "0.124")]) + \
            interest("870.30", [(16, "0.1315"), (365, "0.1215"), (184, "0.124")]) + \
            interest(2772, [(184, "0.1215"), (184, "0.124")]) + interest(498, [(121, "0.1215"), (184, "0.124")])
        self.assertIn(french(debt), text)
        # six instalments at 0 %: five of the debt / 6 rounded to the cent, the last absorbs the rest
        instalment = cents(debt / 6)
        self.assertGreaterEqual(text.count(french(instalment)), 5)
        self.assertIn(french(debt - 5 * instalment), text)
        for date in ("31/01/2027", "28/02/2027", "31/03/2027", "30/04/2027", "31/05/2027", "30/06/2027"):
            self.assertIn(date, text)  # a month-end first date stays at month ends
        self.assertIn("L'Atelier & Fils SARL", text)
        self.assertIn("Claire Durand", text)

    def test_unknown_client_is_refused(self):
        document = self.open_register("register-fr-plan2.ods")
        try:
            # Basic returns no URL, and the last summary says why
            self.assertFalse(basic(self.office, "Reminders.WritePaymentPlanAgreement", document, "Nobody SA", 6))
            self.assertIn('Client "Nobody SA" has no overdue, undisputed invoice', " ".join(self.summary()))
        finally:
            close(document)


class EnglishRegister(LetterRun):
    language = "en"

    def test_letter_before_action(self):
        document = self.open_register("register-en.ods")
        try:
            files = self.generate(document, os.path.join(self.folder, "letters-en"))
            whitmore = " ".join(self.letter_of(files, "Whitmore Joinery Ltd").split())
            self.assertIn("Late Payment of Commercial Debts (Interest) Act 1998", whitmore)
            self.assertIn("31 December 2026", whitmore)
            self.assertNotIn("INV-2026-001", whitmore)  # disputed
            self.assertRegex(whitmore, r"£\d{1,3}(,\d{3})*\.\d\d")
            self.assertIn("Penrose & Hale Ltd", whitmore)
            journal = document.Sheets.getByName("Relance journal")
            self.assertEqual(journal.getCellRangeByName("C1").getString(), "Level")
        finally:
            document.close(True)

    def test_journal_headings_follow_the_register_not_the_letters(self):
        """A French-headed register, English settings: the journal speaks French."""
        document = small_register(self.office, [("F-1", "Alpha SARL", "fr", datetime.date(2026, 11, 2), 1200.0)])
        try:
            self.generate(document, os.path.join(self.folder, "letters-en-fr"))
            journal = document.Sheets.getByName("Relance journal")
            self.assertEqual(journal.getCellRangeByName("C1").getString(), "Niveau")
            self.assertEqual(journal.getCellRangeByName("I1").getString(), "Fichier")
        finally:
            document.close(True)


class GermanRegister(LetterRun):
    language = "de"

    def test_mahnung(self):
        document = self.open_register("register-de.ods")
        try:
            files = self.generate(document, os.path.join(self.folder, "letters-de"))
            schneider = " ".join(self.letter_of(files, "Schneider & Söhne KG").split())
            self.assertIn("§ 288", schneider)
            self.assertIn("Sehr geehrte Damen und Herren", schneider)
            self.assertIn("31. Dezember 2026", schneider)
            self.assertNotIn("RE-2025-011", schneider)  # bestritten
            self.assertRegex(schneider, r"\d{1,3}(\.\d{3})*,\d\d €")
        finally:
            document.close(True)


class HostileNames(LetterRun):
    """Client names that would make paths, device names or markup; an existing
    file that must survive; a killed soffice that must leave no partial file."""
    language = "fr"
    NAMES = ["../../etc/passwd", "CON", "Société " + "très " * 60 + "longue SARL",
             'Dupont "<b>Gras</b>" & \'Cie\'', "Pasticceria Rossi S.r.l."]

    def register(self, names, invoices_each=1):
        document = self.office.new_spreadsheet()
        sheet = document.Sheets.getByIndex(0)
        rows = [("N° facture", "Client", "Langue", "Échéance", "Montant TTC")]
        number = 1
        for name in names:
            for _ in range(invoices_each):
                rows.append(("F-%03d" % number, name, "it" if "Rossi" in name else "fr",
                             serial(datetime.date(2026, 11, 2)), 1200.0 + number))
                number += 1
        sheet.getCellRangeByPosition(0, 0, 4, len(rows) - 1).setDataArray(tuple(rows))
        return document

    def test_safe_names_and_no_overwrite(self):
        out = os.path.join(self.folder, "hostile")
        os.makedirs(out)
        kept = os.path.join(out, "CON_ - 2026-12-31 - relance.pdf")
        with open(kept, "w") as existing:
            existing.write("an earlier letter")
        document = self.register(self.NAMES)
        try:
            files = self.generate(document, out)
        finally:
            document.close(True)
        pdfs = [f for f in files if f.endswith(".pdf")]
        self.assertEqual(len(pdfs), len(self.NAMES))
        for path in files:
            self.assertEqual(os.path.dirname(os.path.abspath(path)), os.path.abspath(out))  # nothing escapes
            self.assertLessEqual(len(os.path.basename(path).encode()), 255)
        with open(kept) as existing:
            self.assertEqual(existing.read(), "an earlier letter")
        self.assertTrue(os.path.exists(os.path.join(out, "CON_ - 2026-12-31 - relance-2.pdf")))
        self.assertTrue(os.path.exists(os.path.join(out, "etc_passwd - 2026-12-31 - relance.pdf")))
        # a long name is cut, and the date and level are kept
        self.assertTrue(any(n.startswith("Société très très") and n.endswith(" - 2026-12-31 - relance.pdf")
                            for n in os.listdir(out)))
        dupont = " ".join(self.letter_of(files, "Dupont b_Gras_b_& 'Cie'").split())
        self.assertIn('Dupont "<b>Gras</b>" & \'Cie\'', dupont)  # the name itself, as text
        rossi = self.letter_of(files, "Pasticceria Rossi S.r.l ")
        self.assertIn("Spett.le", rossi)

    def test_killed_soffice_leaves_no_partial_letter(self):
        out = os.path.join(self.folder, "killed")
        os.makedirs(out)
        with OfficeSession(oxt=OXT) as office:
            write_settings(office, settings_of("fr"))
            self.office, saved = office, self.office
            try:
                document = self.register(["Client %03d SARL" % i for i in range(300)])
            finally:
                self.office = saved
            pid = office.process.pid
            worker = threading.Thread(target=lambda: self._ignore(lambda: basic(
                office, "Reminders.GenerateReminders", document, file_url(out), serial(AS_OF))))
            worker.start()
            deadline = time.time() + 120
            while time.time() < deadline and len([n for n in os.listdir(out) if n.endswith(".pdf")]) < 3:
                time.sleep(0.05)
            subprocess.run(["pkill", "-9", "-P", str(pid)])  # soffice.bin, under the launcher
            os.kill(pid, signal.SIGKILL)
            worker.join(60)
        # hidden names are the run's temporary files and LibreOffice's lock files, never a letter
        finals = [n for n in os.listdir(out) if not n.startswith(".")]
        self.assertGreaterEqual(len(finals), 3)
        self.assertLess(len(finals), 300)  # it was killed mid-run
        for name in finals:
            with open(os.path.join(out, name), "rb") as letter:
                content = letter.read()
            self.assertTrue(content.startswith(b"%PDF"), name)
            self.assertIn(b"%%EOF", content[-1024:], name)  # complete, not cut

    @staticmethod
    def _ignore(call):
        try:
            call()
        except Exception:  # the bridge dies with soffice
            pass


if __name__ == "__main__":
    unittest.main()
