"""The EPC payment code on the letters: written by the packaged extension in a
real LibreOffice, rendered to PDF, rasterised at 150 dpi (pdftoppm) and decoded
with zbarimg (Debian's zbar-tools), an encoder and a decoder that share no code.

Every field of the code is checked against the settings and the letter: the
amount against the totals computed by hand (test_reminder_letters.atelier_total)
or the register's amounts, the RF reference's check digits by ISO 7064 MOD
97-10 written out here, its printed form in the letter's text and the journal.
The code's size is measured in the raster: module by module."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest
from decimal import Decimal

import test_reminder_letters as letters  # noqa: E402  (first: it teaches pyuno the extension's types)
from process_register import basic, write_settings  # noqa: E402
from office_session import file_url  # noqa: E402

import uno  # noqa: E402

DPI = 150
CAPTIONS = {  # the caption's first words in each letter language (packaging/letters/*.txt)
    "en": "Scan with your banking app to pay",
    "fr": "Scannez ce code avec l’application de votre banque",
    "de": "Scannen Sie den Code mit Ihrer Banking-App",
    "es": "Escanee el código con la aplicación de su banco",
    "it": "Inquadrate il codice con l’app della vostra banca",
    "nl": "Scan de code met uw bankapp",
}


def rf_check_digits_verify(reference):
    """ISO 7064 MOD 97-10 as ISO 11649 applies it, written out independently of
    the extension: move "RF" and the two check digits to the end, replace each
    letter by two digits (A=10 ... Z=35), read the whole as one integer: it
    leaves 1 when divided by 97."""
    compact = reference.replace(" ", "")
    if not re.fullmatch(r"RF[0-9]{2}[0-9A-Z]{1,21}", compact):
        return False
    moved = compact[4:] + compact[:4]
    digits = "".join(str(ord(c) - ord("A") + 10) if c.isalpha() else c for c in moved)
    return int(digits) % 97 == 1


def pages_of(pdf, folder):
    """The PDF's pages as 150 dpi greyscale PGM files."""
    stem = os.path.join(folder, "page")
    for old in os.listdir(folder):
        os.remove(os.path.join(folder, old))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf, stem], check=True)
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".pgm"))


def decoded(page):
    """What zbarimg reads on a page: the payloads of its QR codes."""
    run = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", page],
                         capture_output=True)
    if run.returncode == 4:  # no symbol found
        return []
    run.check_returncode()
    text = run.stdout.decode("utf-8")
    return [text[:-1] if text.endswith("\n") else text]


def read_pgm(path):
    with open(path, "rb") as source:
        data = source.read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    return width, height, data[header.end():]


def measure_code(path):
    """The code's geometry in the raster: its three finder patterns (7 x 7
    module squares, a solid dark outline) located by their outlines, the
    module size as a finder's width / 7, the code's side in modules, and
    whether the 4 modules around it are light (the quiet zone). Returns
    (module_px, modules, quiet_zone_light)."""
    width, height, pixels = read_pgm(path)

    def dark(x, y):
        return pixels[y * width + x] < 128

    squares = []
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        x = 0
        while x < width:
            if row[x] >= 128:
                x += 1
                continue
            start = x
            while x < width and row[x] < 128:
                x += 1
            length = x - start
            if not 14 <= length <= 80:
                continue
            # the top edge of a finder: the left and right edges and the bottom edge as long
            if any(s for s in squares if abs(s[0] - start) <= 2 and 0 <= y - s[1] <= s[2]):
                continue
            bottom = y + length - 2  # anti-aliasing: a square one pixel lower than wide
            if bottom >= height:
                continue
            if all(dark(start, yy) and dark(x - 1, yy) for yy in range(y, bottom + 1, 2)) and \
                    all(dark(xx, bottom) for xx in range(start, x, 2)) and \
                    not dark(start + length // 7 + 1, y + length // 7 + 1):  # light ring inside
                squares.append((start, y, length))
    if len(squares) < 3:
        return None
    squares.sort(key=lambda s: (s[1], s[0]))
    left = min(s[0] for s in squares)
    top = min(s[1] for s in squares)
    right = max(s[0] + s[2] for s in squares)
    module = sum(s[2] for s in squares) / len(squares) / 7
    estimate = (right - left) / module
    modules = 17 + 4 * round((estimate - 17) / 4)  # the nearest QR size: 21 + 4 x (version - 1)
    if abs(estimate - modules) > 1.5:
        return None
    quiet = int(4 * module)
    light = all(not dark(xx, yy)
                for yy in range(max(0, top - quiet), top - 1)
                for xx in range(max(0, left - quiet), min(width, right + quiet)))
    light = light and all(not dark(xx, yy)
                          for yy in range(top, top + right - left)
                          for xx in range(max(0, left - quiet), left - 1))
    return module, modules, light


def amounts_in(text):
    """Every amount a letter writes, as its digits alone ("€ 6.443,03",
    "6 443,03 €", "£123,456.78" -> "644303", "12345678"): whatever the
    language's separators, the cents are the last two digits."""
    return {re.sub(r"[^0-9]", "", found)
            for found in re.findall(r"[0-9][0-9.,\s\u202f\u00a0']*[.,][0-9]{2}(?![0-9])", text)}


def fields_of(payload):
    lines = payload.split("\n")
    names = ["service", "version", "charset", "identification", "bic", "name", "iban", "amount", "purpose",
             "reference", "text"]
    return dict(zip(names, lines + [""] * (len(names) - len(lines))))


class PaymentCodes(letters.LetterRun):
    language = "fr"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pages = tempfile.mkdtemp(prefix="relance-pages-")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.pages, ignore_errors=True)

    def settings(self, **changes):
        settings = letters.settings_of("fr")
        # what earlier tests of the session changed goes back to the defaults
        settings.update({"Reminders/PaymentCode": True, "Reminders/ReferenceAsRemittance": True,
                         "Letterhead/BankDetails": ""})
        settings.update(changes)
        write_settings(self.office, settings)
        return settings

    def codes_in(self, pdf):
        found = []
        for page in pages_of(pdf, self.pages):
            for payload in decoded(page):
                found.append((payload, page))
        return found

    def check_code(self, payload, settings):
        fields = fields_of(payload)
        self.assertEqual(payload.split("\n")[:4], ["BCD", "002", "1", "SCT"])
        self.assertEqual(fields["bic"], settings["Letterhead/Bic"])
        self.assertEqual(fields["name"], settings["Letterhead/Name"])
        self.assertEqual(fields["iban"], settings["Letterhead/Iban"].replace(" ", ""))
        self.assertEqual(fields["purpose"], "")
        self.assertRegex(fields["amount"], r"^EUR[0-9]+\.[0-9]{2}$")
        self.assertLessEqual(len(payload.encode("utf-8")), 331)
        return fields

    def check_size(self, page):
        module, modules, quiet_light = measure_code(page)
        self.assertTrue(6 <= (modules - 17) // 4 <= 13, "an EPC payload takes version 6 to 13: %s" % modules)
        self.assertTrue(quiet_light, "4 light modules around the code")
        width_cm = (modules + 8) * module / DPI * 2.54
        self.assertGreaterEqual(width_cm, 2.0)
        return width_cm

    def test_french_register(self):
        """The sample register's seven letters: one code each, decoded; the
        final notice to L'Atelier asks, to the cent, the total computed by hand."""
        settings = self.settings(**{"Letterhead/Name": "Atelier Durand & Fils – Lyon"})
        document = self.open_register("register-fr-codes.ods")
        try:
            files = self.generate(document, os.path.join(self.folder, "codes-fr"))
            journal = document.Sheets.getByName("Relance journal")
            rows = [row for row in journal.getCellRangeByName("A1:J40").getDataArray() if row[1]]
        finally:
            letters.close(document)
        self.assertEqual(rows[0][9], "Référence de paiement")
        pdfs = [f for f in files if f.endswith(".pdf")]
        self.assertEqual(len(pdfs), 7)
        for pdf in pdfs:
            client = os.path.basename(pdf).split(" - ")[0]
            codes = self.codes_in(pdf)
            self.assertEqual(len(codes), 1, pdf)
            payload, page = codes[0]
            fields = self.check_code(payload, settings)
            reference = fields["reference"]
            self.assertTrue(rf_check_digits_verify(reference), reference)
            self.assertEqual(fields["text"], "")
            text = " ".join(letters.pdf_text(pdf).split())
            # the letter quotes the same reference, in groups of four
            grouped = " ".join(reference[i:i + 4] for i in range(0, len(reference), 4))
            self.assertIn(grouped, text)
            # the amount the letter asks, as the letter writes it
            amount = Decimal(fields["amount"][3:])
            self.assertIn(fields["amount"][3:].replace(".", ""), amounts_in(text), client)
            # the journal's rows of this client carry the reference
            journal_refs = {row[9] for row in rows[1:] if row[1].rstrip(".").startswith(client.rstrip(". "))}
            self.assertEqual(journal_refs, {reference}, client)
            if client == "L'Atelier & Fils SARL":
                self.assertEqual(amount, letters.atelier_total())
                self.assertIn(CAPTIONS["fr"], text)
            self.check_size(page)

    def test_six_languages_and_a_large_amount(self):
        """One first reminder in each letter language (the amount asked is the
        invoice's amount, from the register), one of them above 100,000.00."""
        settings = self.settings()
        clients = [("F-EN-1", "Penrose Hale Ltd", "en", Decimal("123456.78")),
                   ("F-FR-1", "Boulangerie Rivière", "fr", Decimal("1280.50")),
                   ("F-DE-1", "Müller & Söhne GmbH", "de", Decimal("999.99")),
                   ("F-ES-1", "Ferretería Núñez S.L", "es", Decimal("15.00")),
                   ("F-IT-1", "Ottica Galilei S.r.l", "it", Decimal("4321.09")),
                   ("F-NL-1", "Bakkerij De Vries BV", "nl", Decimal("250000.00"))]
        due = letters.AS_OF.replace(day=20)  # 11 days late: a first reminder
        document = letters.small_register(self.office, [(number, client, language, due, float(amount))
                                                        for number, client, language, amount in clients])
        try:
            files = self.generate(document, os.path.join(self.folder, "codes-six"))
        finally:
            letters.close(document)
        widths = []
        for number, client, language, amount in clients:
            pdf = next(f for f in files if os.path.basename(f).startswith(client) and f.endswith(".pdf"))
            codes = self.codes_in(pdf)
            self.assertEqual(len(codes), 1, pdf)
            payload, page = codes[0]
            fields = self.check_code(payload, settings)
            self.assertIn(fields["amount"][3:].replace(".", ""), amounts_in(" ".join(letters.pdf_text(pdf).split())))
            self.assertEqual(Decimal(fields["amount"][3:]), amount, client)
            self.assertTrue(rf_check_digits_verify(fields["reference"]))
            text = " ".join(letters.pdf_text(pdf).split())
            self.assertIn(CAPTIONS[language], text, client)
            widths.append(self.check_size(page))
        print("payment code width with its quiet zone: %.2f to %.2f cm" % (min(widths), max(widths)))

    def test_invoice_numbers_instead_of_a_reference(self):
        settings = self.settings(**{"Reminders/ReferenceAsRemittance": False})
        document = letters.small_register(self.office, [
            ("F-1", "Client Un", "fr", letters.AS_OF.replace(day=20), 100.0),
            ("F-2", "Client Un", "fr", letters.AS_OF.replace(day=21), 250.25)])
        try:
            files = self.generate(document, os.path.join(self.folder, "codes-numbers"))
        finally:
            letters.close(document)
        pdf = next(f for f in files if f.endswith(".pdf"))
        (payload, page), = self.codes_in(pdf)
        fields = self.check_code(payload, settings)
        self.assertEqual((fields["reference"], fields["text"]), ("", "F-1, F-2"))
        self.assertEqual(fields["amount"], "EUR350.25")
        self.assertNotIn("RF", letters.pdf_text(pdf))
        self.assertIn("numéros des factures", " ".join(letters.pdf_text(pdf).split()))

    def test_a_journal_older_than_the_reference_column(self):
        """A journal of nine columns, as the first versions wrote it, still reads; the
        run adds the reference heading over the column its rows fill."""
        self.settings()
        document = letters.small_register(self.office, [
            ("F-1", "Client Trois", "fr", letters.AS_OF.replace(month=10, day=1), 100.0),
            ("F-2", "Client Quatre", "fr", letters.AS_OF.replace(day=20), 200.0)])
        try:
            document.Sheets.insertNewByName("Relance journal", 1)
            journal = document.Sheets.getByName("Relance journal")
            old = ("Date", "Client", "Niveau", "Facture", "Montant", "Intérêts", "Indemnité", "Date limite",
                   "Fichier")
            letter = (letters.serial(letters.AS_OF.replace(month=11, day=2)), "Client Trois", 1, "F-1", 100.0, 0.0,
                      0.0, letters.serial(letters.AS_OF.replace(month=11, day=17)), "ancienne relance.pdf")
            journal.getCellRangeByName("A1:I2").setDataArray((old, letter))
            self.generate(document, os.path.join(self.folder, "codes-old-journal"))
            rows = journal.getCellRangeByName("A1:J10").getDataArray()
        finally:
            letters.close(document)
        self.assertEqual(rows[0][9], "Référence de paiement")
        self.assertEqual(rows[1][9], "")  # the old letter: none
        written = [row for row in rows[2:] if row[1]]
        self.assertEqual(sorted(row[1] for row in written), ["Client Quatre", "Client Trois"])
        for row in written:
            self.assertTrue(rf_check_digits_verify(row[9]), row)
        # Client Trois escalates from the old row: the journal was read (second reminder: level 2)
        self.assertEqual(next(row[2] for row in written if row[1] == "Client Trois"), 2)

    def test_no_code_when_switched_off_in_pounds_or_without_iban(self):
        for changes in ({"Reminders/PaymentCode": False}, {"Reminders/Currency": "GBP"},
                        {"Letterhead/Iban": "", "Letterhead/BankDetails": "Barclays, sort code 20-00-00"}):
            self.settings(**changes)
            document = letters.small_register(self.office, [
                ("F-1", "Client Deux", "fr", letters.AS_OF.replace(day=20), 100.0)])
            try:
                files = self.generate(document, os.path.join(self.folder, "codes-none-%d" % len(os.listdir(
                    self.folder))))
            finally:
                letters.close(document)
            pdf = next(f for f in files if f.endswith(".pdf"))
            self.assertEqual(self.codes_in(pdf), [], changes)
            text = letters.pdf_text(pdf)
            self.assertNotIn(CAPTIONS["fr"], text)
            if "Reminders/PaymentCode" not in changes:
                self.assertNotIn("RF", text)  # a reference is a SEPA convention: EUR and an IBAN


if __name__ == "__main__":
    unittest.main()
