"""The e-mail drafts written beside the letters' PDFs, read back with Python's
own `email` package (an RFC 5322 / MIME parser that shares nothing with the
extension): addresses, subject, the body's language, the attachment's bytes
against the PDF on disk. Expected values are the register's and the settings'
as written here, and the catalogs' sentences."""

import email
import email.policy
import email.utils
import os
import re
import stat
import time
import unittest
import urllib.parse

import test_reminder_letters as letters  # noqa: E402  (first: it teaches pyuno the extension's types)
from process_register import write_settings  # noqa: E402
from office_session import properties  # noqa: E402
import uno  # noqa: E402

HEADERS = ("N° facture", "Client", "E-mail", "Langue", "Échéance", "Montant TTC")
DUE = letters.AS_OF.replace(day=20)  # 11 days late on the run's date: first reminders

CLIENTS = {
    # client: (e-mail, language, invoices, subject, salutation, body sentence)
    "Boulangerie Rivière": ("compta@boulangerie-riviere.fr", "fr", [("F-FR-1", 1280.5)],
                            "Relance\u00a0: facture F-FR-1", "Madame, Monsieur,",
                            "Veuillez trouver ci-joint notre courrier concernant la facture F-FR-1."),
    "Müller & Söhne GmbH": ("buchhaltung@mueller-soehne.de", "de", [("F-DE-1", 999.99), ("F-DE-2", 10.01)],
                            "Zahlungserinnerung: Rechnungen F-DE-1 und F-DE-2", "Sehr geehrte Damen und Herren,",
                            "anbei erhalten Sie unser Schreiben zu den Rechnungen F-DE-1 und F-DE-2."),
    "Ottica Galilei S.r.l": ("", "it", [("F-IT-1", 300.0)], None, None, None),
}


def register(office):
    document = office.new_spreadsheet()
    sheet = document.Sheets.getByIndex(0)
    table = [HEADERS]
    for client, (address, language, invoices, *_) in CLIENTS.items():
        for number, amount in invoices:
            table.append((number, client, address, language, letters.serial(DUE), amount))
    sheet.getCellRangeByPosition(0, 0, len(HEADERS) - 1, len(table) - 1).setDataArray(tuple(table))
    return document


def parsed(path):
    with open(path, "rb") as source:
        return email.message_from_binary_file(source, policy=email.policy.default)


class EmailDrafts(letters.LetterRun):
    language = "fr"

    def test_one_draft_beside_each_pdf(self):
        settings = letters.settings_of("fr")
        settings.update({"Reminders/PaymentCode": True, "Reminders/ReferenceAsRemittance": True,
                         "Output/EmailDrafts": True})
        write_settings(self.office, settings)
        out = os.path.join(self.folder, "drafts")
        document = register(self.office)
        try:
            files = self.generate(document, out)
            summary = self.summary()
        finally:
            letters.close(document)
        drafts = [f for f in files if f.endswith(".eml")]
        self.assertEqual(len(drafts), 2, files)
        self.assertIn("Ottica Galilei S.r.l: no e-mail draft (the register gives no e-mail address)", summary)
        self.assertTrue(any(os.path.basename(f).startswith("Ottica") and f.endswith(".pdf") for f in files))
        for draft in drafts:
            pdf = draft[:-len(".eml")] + ".pdf"
            self.assertTrue(os.path.exists(pdf))
            client = os.path.basename(draft).split(" - ")[0]
            address, language, invoices, subject, salutation, sentence = CLIENTS[client]
            message = parsed(draft)
            with open(draft, "rb") as raw:
                raw_bytes = raw.read()
            self.assertTrue(raw_bytes.isascii(), "an .eml is 7-bit: headers encoded, parts QP or base64")
            self.assertEqual(message.get_content_type(), "multipart/mixed")
            self.assertEqual(message["MIME-Version"], "1.0")
            (sender,) = message["From"].addresses
            self.assertEqual((sender.display_name, sender.addr_spec),
                             (settings["Letterhead/Name"], "comptabilite@atelier-durand.fr"))
            (recipient,) = message["To"].addresses
            self.assertEqual((recipient.display_name, recipient.addr_spec), (client, address))
            self.assertEqual(message["Subject"], subject)
            if not subject.isascii():
                self.assertIn(b"Subject: =?UTF-8?B?", raw_bytes)  # RFC 2047
            self.assertIsNotNone(email.utils.parsedate_to_datetime(message["Date"]))
            self.assertRegex(message["Message-ID"], r"^<[^<>@\s]+@atelier-durand\.fr>$")
            body = message.get_body(("plain",)).get_content()
            self.assertTrue(body.startswith(salutation + "\n\n"), body)
            self.assertIn(sentence, body)
            # the reference the letter quotes
            text = " ".join(letters.pdf_text(pdf).split())
            grouped = re.search(r"RF[0-9]{2}(?: [0-9A-Z]{1,4})+", body).group(0)
            self.assertIn(grouped, text)
            attachments = list(message.iter_attachments())
            self.assertEqual(len(attachments), 1)
            self.assertEqual(attachments[0].get_content_type(), "application/pdf")
            self.assertEqual(attachments[0].get_filename(), os.path.basename(pdf))
            with open(pdf, "rb") as source:
                self.assertEqual(attachments[0].get_content(), source.read())
        # a second run into the same folder replaces nothing: its drafts take the next free names
        before = {path: open(path, "rb").read() for path in drafts}
        document = register(self.office)
        try:
            again = self.generate(document, out)
        finally:
            letters.close(document)
        self.assertEqual(len([f for f in again if f.endswith(".eml")]), 2)
        self.assertTrue(all(f.endswith("-2.eml") for f in again if f.endswith(".eml")), again)
        for path, content in before.items():
            with open(path, "rb") as source:
                self.assertEqual(source.read(), content)

    def test_drafts_switched_off(self):
        settings = letters.settings_of("fr")
        settings["Output/EmailDrafts"] = False
        write_settings(self.office, settings)
        document = register(self.office)
        try:
            files = self.generate(document, os.path.join(self.folder, "no-drafts"))
        finally:
            letters.close(document)
        self.assertEqual([f for f in files if f.endswith(".eml")], [])
        self.assertEqual(len([f for f in files if f.endswith(".pdf")]), 3)

    def test_send_by_email_opens_the_mail_client(self):
        """vnd.relance:WriteLetters with SendByEmail: no drafts; LibreOffice's
        SimpleCommandMail runs the mail program of ExternalMailer/Program, here a
        recording script named like Thunderbird (senddoc then passes Thunderbird's
        -compose "to='…',subject='…',body='…',attachment='…'")."""
        settings = letters.settings_of("fr")
        settings["Output/EmailDrafts"] = True
        write_settings(self.office, settings)
        bin_folder = os.path.join(self.folder, "mailer")
        os.makedirs(bin_folder, exist_ok=True)
        record = os.path.join(self.folder, "mail-record.txt")
        mailer = os.path.join(bin_folder, "thunderbird")
        with open(mailer, "w") as script:
            script.write("#!/bin/sh\n{ echo '--- call'; for a in \"$@\"; do printf '%%s\\n' \"$a\"; done; } >> '%s'\n"
                         % record)
        os.chmod(mailer, os.stat(mailer).st_mode | stat.S_IXUSR)
        provider = self.office.service("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            properties(nodepath="/org.openoffice.Office.Common/ExternalMailer"))
        access.replaceByName("Program", mailer)
        access.commitChanges()

        out = os.path.join(self.folder, "sent")
        document = register(self.office)
        try:
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            result = helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:WriteLetters", "",
                                            0, properties(Silent=True, Folder=uno.systemPathToFileUrl(out),
                                                          AsOf=letters.serial(letters.AS_OF), SendByEmail=True))
        finally:
            letters.close(document)
        values = {value.Name: value.Value for value in result.Result}
        files = [uno.fileUrlToSystemPath(url) for url in values["Files"]]
        summary = list(values["Summary"])
        self.assertEqual([f for f in files if f.endswith(".eml")], [])
        self.assertIn("Ottica Galilei S.r.l: not sent by e-mail (the register gives no e-mail address)", summary)
        deadline = time.time() + 20  # senddoc starts the mail program in the background
        calls = []
        while time.time() < deadline:
            if os.path.exists(record):
                calls = open(record, encoding="utf-8").read().split("--- call\n")[1:]
                if len(calls) == 2:
                    break
            time.sleep(0.2)
        self.assertEqual(len(calls), 2, summary)
        for client in ("Boulangerie Rivière", "Müller & Söhne GmbH"):
            address, language, invoices, subject, salutation, sentence = CLIENTS[client]
            pdf = next(f for f in files if os.path.basename(f).startswith(client) and f.endswith(".pdf"))
            call = next(c for c in calls if "to='%s'" % address in c)
            self.assertTrue(call.startswith("-compose\n"), call)
            self.assertIn("subject='%s'" % subject, call)
            self.assertIn("body='%s" % salutation, call)
            self.assertIn(sentence, call)
            attachment = re.search(r"attachment='file://([^']*)'", call).group(1)
            self.assertEqual(urllib.parse.unquote(attachment), pdf)  # senddoc percent-encodes the path
            self.assertIn("%s: e-mail to %s opened in the mail client" % (client, address), summary)


if __name__ == "__main__":
    unittest.main()
