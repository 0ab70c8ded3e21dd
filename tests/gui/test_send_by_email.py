"""Send by e-mail from the letters dialog: the box ticked, the letters are
written and the person's mail client is opened once per letter with its PDF
attached, through LibreOffice's system mail service. The mail program
(org.openoffice.Office.Common/ExternalMailer/Program) is a recording script
named like Thunderbird: LibreOffice's senddoc then passes it Thunderbird's
-compose "to='…',subject='…',body='…',attachment='…'". Recipients are checked
against the register's own E-mail column."""

import glob
import os
import re
import stat
import time
import unittest
import urllib.parse

import accessible_tree
from com.sun.star.accessibility.AccessibleRole import CHECK_BOX
from office_session import properties
from relance_gui_test import RelanceGuiTestCase, creditor_settings


def decoded(arguments):
    """The mail program's arguments as text: LibreOffice's cmdmail encodes them
    (and the attachment's path) in the office's locale encoding: UTF-8 on a
    desktop, ISO 8859-1 where the locale the session asks for (en_US.UTF-8)
    is not installed and the C locale stands in, as on the CI machines."""
    try:
        return arguments.decode("utf-8")
    except UnicodeDecodeError:
        return arguments.decode("iso-8859-1")


def unquoted(path):
    try:
        return urllib.parse.unquote(path, errors="strict")
    except UnicodeDecodeError:
        return urllib.parse.unquote(path, encoding="iso-8859-1")


class SendByEmailTest(RelanceGuiTestCase):
    ui_locale = "en-US"

    def recording_mailer(self):
        folder = os.path.join(self.work, "mailer")
        os.makedirs(folder)
        record = os.path.join(self.work, "mail-record.txt")
        mailer = os.path.join(folder, "thunderbird")
        with open(mailer, "w") as script:
            script.write("#!/bin/sh\n{ echo '--- call'; for a in \"$@\"; do printf '%%s\\n' \"$a\"; done; } >> '%s'\n"
                         % record)
        os.chmod(mailer, os.stat(mailer).st_mode | stat.S_IXUSR)
        provider = self.gui.service("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            properties(nodepath="/org.openoffice.Office.Common/ExternalMailer"))
        access.replaceByName("Program", mailer)
        access.commitChanges()
        return record

    def test_send_by_email_from_the_dialog(self):
        self.set_settings(creditor_settings("fr"))
        record = self.recording_mailer()
        document = self.gui.open_document(self.register_copy())
        # the register's own e-mail column: client (B) -> e-mail (C)
        rows = document.Sheets.getByIndex(0).getCellRangeByName("A2:C60").getDataArray()
        addresses = {row[1]: row[2] for row in rows if row[1] and row[2]}

        thread = self.gui.dispatch_async("vnd.relance:WriteLetters")
        dialog = self.gui.wait_for_dialog(self.words["letters_title"])
        time.sleep(1)
        folder = os.path.join(self.work, "sent letters")
        self.gui.set_text(self.words["folder"], folder, dialog)
        box = accessible_tree.find(dialog.window, name="Send by e-mail", role=CHECK_BOX)
        self.assertIsNotNone(box, dialog.texts())
        box.doAccessibleAction(0)
        time.sleep(0.5)
        self.shot("letters-dialog-send-by-email", dialog)
        self.gui.click(self.words["write"], dialog)
        done = self.gui.wait_for_dialog(self.words["done_title"], timeout=180)
        self.gui.close_dialog(done, button=self.words["close"])
        self.gui.join_dispatch(thread)

        pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
        self.assertGreaterEqual(len(pdfs), 5)
        self.assertEqual(glob.glob(os.path.join(folder, "*.eml")), [])  # sent, not drafted
        calls = []
        deadline = time.time() + 30  # senddoc starts the mail program in the background
        while time.time() < deadline:
            if os.path.exists(record):
                with open(record, "rb") as source:
                    calls = [decoded(call) for call in source.read().split(b"--- call\n")[1:]]
                if len(calls) == len(pdfs):
                    break
            time.sleep(0.3)
        self.assertEqual(len(calls), len(pdfs), calls)
        attached = set()
        for call in calls:
            self.assertTrue(call.startswith("-compose\n"), call)
            to = re.search(r"to='([^']*)'", call).group(1)
            # the last field, up to the end: senddoc leaves an apostrophe in the path as it is
            path = unquoted(re.search(r"attachment='file://(.*)'\s*$", call, re.S).group(1))
            self.assertIn(path, pdfs)
            client = os.path.basename(path).split(" - ")[0]
            expected = next(address for name, address in addresses.items() if name.startswith(client.rstrip(". ")))
            self.assertEqual(to, expected, client)
            self.assertIn("subject='", call)
            self.assertIn("body='", call)
            attached.add(path)
        self.assertEqual(attached, set(pdfs))


if __name__ == "__main__":
    unittest.main()
