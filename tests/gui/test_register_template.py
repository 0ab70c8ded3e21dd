"""The register template shipped in relance.oxt, as a new user meets it
(Xvfb, en and fr): LibreOffice's template machinery lists it in the
"Relance" category (com.sun.star.frame.DocumentTemplates, what File ▸ New ▸
Templates shows), a document is created from it (its URL loaded with
AsTemplate=true: an untitled copy), its formats, drop-down list, highlighting
and RELANCE_ASOF are checked through the API, two rows are typed in, and
vnd.relance:WriteLetters writes the letters. Screenshots:
build/gui-shots/template-manager-<lang>.png, register-template-<lang>.png."""

import glob
import os
import time
import unittest

import uno
from com.sun.star.sheet.ValidationType import LIST
from com.sun.star.util.NumberFormat import CURRENCY, DATE

from office_session import properties
from relance_gui_test import RelanceGuiTestCase, creditor_settings, pdf_text

CATEGORY = "Relance"
# What each template must hold, written out from the register reader's
# vocabulary (addin/core/register_vocabulary.cpp) and the list.
EXPECTED = {
    "en": dict(file="relance-register-en.ots", title="Relance – invoice register",
               sheets=["Invoices", "Clients"], due="Due date", incl="Amount incl. VAT", status="Status",
               statuses=["open", "paid", "partly paid", "disputed", "payment plan"], currency="£",
               analysis=["Days late", "Total due"], templates_dialog="Templates",
               client="Example Client Ltd", client_columns=["Client", "Address", "Postcode", "City"]),
    "fr": dict(file="relance-register-fr.ots", title="Relance – registre des factures",
               sheets=["Factures", "Clients"], due="Échéance", incl="Montant TTC", status="Statut",
               statuses=["ouvert", "payé", "partiellement payé", "litige", "échéancier"], currency="€",
               analysis=["Jours de retard", "Total dû"], templates_dialog="Modèles",
               client="Client Exemple SARL", client_columns=["Client", "Adresse", "Code postal", "Ville"]),
}


def ucb_children(content, *names):
    """(each of `names`'s values..., content URL) of each child of a UCB
    content (the template hierarchy: categories, then templates). The
    children's URLs rather than queryContent(): that call did not return to a
    test over the bridge."""
    argument = uno.createUnoStruct("com.sun.star.ucb.OpenCommandArgument2")
    argument.Mode = uno.getConstantByName("com.sun.star.ucb.OpenMode.ALL")
    argument.Properties = tuple(uno.createUnoStruct("com.sun.star.beans.Property", name, -1,
                                                    uno.getTypeByName("string"), 0) for name in names)
    command = uno.createUnoStruct("com.sun.star.ucb.Command", "open", -1, argument)
    result_set = content.execute(command, 0, None).getStaticResultSet()
    children = []
    while result_set.next():
        children.append(tuple(result_set.getString(index + 1) for index in range(len(names)))
                        + (result_set.queryContentIdentifierString(),))
    return children


class RegisterTemplateEnglish(RelanceGuiTestCase):
    ui_locale = "en-US"

    def setUp(self):
        super().setUp()
        self.language = "en" if self.ui_locale == "en-US" else self.ui_locale
        self.expected = EXPECTED[self.language]

    def template_url(self):
        templates = self.gui.service("com.sun.star.frame.DocumentTemplates")
        templates.update()
        categories = dict(ucb_children(templates.getContent(), "Title"))
        self.assertIn(CATEGORY, categories, "no Relance category among %r" % sorted(categories))
        broker = self.gui.service("com.sun.star.ucb.UniversalContentBroker")
        category = broker.queryContent(broker.createContentIdentifier(categories[CATEGORY]))
        listed = {os.path.basename(url): (title, url)
                  for title, url, _content in ucb_children(category, "Title", "TargetURL")}
        self.assertEqual(sorted(listed), ["relance-register-de.ots", "relance-register-en.ots",
                                          "relance-register-fr.ots"])
        title, url = listed[self.expected["file"]]
        self.assertEqual(title, self.expected["title"])
        return url

    def shoot_template_manager(self):
        thread = self.gui.dispatch_async(".uno:NewDoc")
        try:
            manager = self.gui.wait_for_dialog(self.expected["templates_dialog"])
            time.sleep(2)
            self.shot("template-manager", manager)
            self.gui.close_dialog(manager)
        finally:
            self.gui.join_dispatch(thread)

    def headings(self, sheet):
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        return [sheet.getCellByPosition(column, 0).String for column in range(cursor.RangeAddress.EndColumn + 1)]

    def check_template_document(self, document):
        expected = self.expected
        self.assertFalse(document.hasLocation(), "a template opens as an untitled copy")
        sheets = document.Sheets
        self.assertEqual([sheets.getByIndex(index).Name for index in range(sheets.Count)], expected["sheets"])
        register, clients = sheets.getByIndex(0), sheets.getByIndex(1)
        headings = self.headings(register)
        for heading in (expected["due"], expected["incl"], expected["status"], *expected["analysis"]):
            self.assertIn(heading, headings)
        self.assertEqual(self.headings(clients)[:4], expected["client_columns"])
        kinds = document.NumberFormats
        row = 10  # an empty row the user will fill: formatted ahead
        due = register.getCellByPosition(headings.index(expected["due"]), row)
        self.assertTrue(kinds.getByKey(due.NumberFormat).Type & DATE)
        incl = register.getCellByPosition(headings.index(expected["incl"]), 1)
        self.assertTrue(kinds.getByKey(incl.NumberFormat).Type & CURRENCY)
        self.assertIn(expected["currency"], incl.String)
        validation = register.getCellByPosition(headings.index(expected["status"]), row).Validation
        self.assertEqual(validation.Type, LIST)
        self.assertEqual(validation.getFormula1(), ";".join('"%s"' % word for word in expected["statuses"]))
        highlighting = register.getCellByPosition(0, row).ConditionalFormat
        self.assertEqual(highlighting.Count, 2)
        self.assertIn("RELANCE_ASOF", highlighting.getByIndex(1).Formula1)
        self.assertIn("RELANCE_ASOF", document.NamedRanges.ElementNames)
        self.assertEqual(register.getCellByPosition(headings.index(expected["analysis"][0]), 1).getError(), 0)
        return register, headings

    def fill_rows(self, document, register, headings):
        """Two invoices of the example client typed below the examples, due
        long ago (30 days after 2025-01-10 and 2025-02-10), unpaid."""
        status = self.expected["statuses"][0]
        values = {}
        for offset, (number, issued) in enumerate((("NEW-1", "2025-01-10"), ("NEW-2", "2025-02-10"))):
            row = 4 + offset
            year, month, day = (int(part) for part in issued.split("-"))
            register.getCellByPosition(0, row).String = number
            register.getCellByPosition(1, row).String = self.expected["client"]
            for column, source_row in ((2, 1), (3, 1), (4, 1)):  # e-mail, language, country as row 2
                register.getCellByPosition(column, row).String = register.getCellByPosition(column, source_row).String
            register.getCellByPosition(5, row).Formula = "=DATE(%d;%d;%d)" % (year, month, day)
            register.getCellByPosition(6, row).Value = 30
            register.getCellByPosition(7, row).Formula = "=F%d+G%d" % (row + 1, row + 1)
            register.getCellByPosition(8, row).Value = 500
            register.getCellByPosition(9, row).Value = 600
            register.getCellByPosition(headings.index(self.expected["status"]), row).String = status
            values[number] = row
        document.calculateAll()
        return values

    def test_new_register_from_the_template_writes_letters(self):
        self.set_settings(creditor_settings(self.language))
        url = self.template_url()
        self.shoot_template_manager()
        document = self.gui.desktop.loadComponentFromURL(url, "_blank", 0, properties(AsTemplate=True))
        self.gui.frame = document.getCurrentController().getFrame()
        register, headings = self.check_template_document(document)
        self.fill_rows(document, register, headings)
        time.sleep(1)
        self.shot("register-template")
        folder = os.path.join(self.work, "letters")
        os.makedirs(folder)
        result = self.gui.dispatch("vnd.relance:WriteLetters", Silent=True, Folder=uno.systemPathToFileUrl(folder))
        pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
        self.assertTrue(pdfs, "no letter: %r" % (result.Result,))
        texts = "\n".join(pdf_text(pdf) for pdf in pdfs)
        for number in ("NEW-1", "NEW-2"):
            self.assertIn(number, texts)
        self.assertIn(self.expected["client"], texts)


class RegisterTemplateFrench(RegisterTemplateEnglish):
    ui_locale = "fr"


if __name__ == "__main__":
    unittest.main()
