#!/usr/bin/python3
"""Builds the register templates shipped in relance.oxt
(packaging/templates/Relance/relance-register-<lang>.ots, en, fr, de): the
register's columns with headings in the template's language (the sample
registers' headings, tests/fixtures/make_registers.py, which the register
reader knows), date and currency formats of the language's locale, a status
column with a drop-down list of the words the reader knows, conditional
formatting marking disputed and overdue rows, a Clients sheet, three example
rows, and the analysis columns with RELANCE_ASOF as Relance's own command
writes them (vnd.relance:AnalysisColumns, run here in a headless LibreOffice
with build/relance.oxt installed, in the template's UI language).

The .ots files are committed, not built with the extension: building them
needs a running LibreOffice with the extension installed, and the extension
would then contain files made by itself. Run by hand after a change to the
register's columns, the analysis columns or this script:

    /usr/bin/python3 tools/make_register_templates.py [--oxt build/relance.oxt]
"""

import argparse
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "fixtures"))

import uno  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from make_registers import COLUMN_FORMATS, REGISTERS, formats, serial, write_table  # noqa: E402
from office_session import OfficeSession, properties, store_safely  # noqa: E402

TEMPLATES = os.path.join(HERE, "..", "packaging", "templates", "Relance")

# Per template language: the UI language the analysis columns' headings take,
# the title the template manager shows, the status words of the drop-down list
# (words invoiceStatusFromText knows, addin/core/register_vocabulary.cpp), the
# names of the two highlight styles, and the example rows (client, e-mail,
# address, postcode, city, country, language, invoice no., issued, terms,
# amount excl. tax, VAT rate, paid, paid date, status key).
TEMPLATE = {
    "en": dict(
        ui_locale="en-US", title="Relance – invoice register",
        statuses=["open", "paid", "partly paid", "disputed", "payment plan"],
        styles={"overdue": "Relance overdue", "disputed": "Relance disputed"},
        examples=[
            ("Example Client Ltd", "accounts@example.co.uk", "1 High Street", "AB1 2CD", "London", "GB", "en",
             "INV-0001", "2026-01-15", 30, "1000.00", "0.20", None, None, "open"),
            ("Example Trading Ltd", "finance@example.org.uk", "2 Market Square", "EF3 4GH", "Leeds", "GB", "en",
             "INV-0002", "2026-02-16", 30, "450.00", "0.20", None, None, "disputed"),
            ("Example Client Ltd", "accounts@example.co.uk", "1 High Street", "AB1 2CD", "London", "GB", "en",
             "INV-0003", "2026-03-02", 30, "250.00", "0.20", "300.00", "2026-03-30", "paid"),
        ]),
    "fr": dict(
        ui_locale="fr", title="Relance – registre des factures",
        statuses=["ouvert", "payé", "partiellement payé", "litige", "échéancier"],
        styles={"overdue": "Relance en retard", "disputed": "Relance en litige"},
        examples=[
            ("Client Exemple SARL", "compta@exemple.fr", "1 rue de la Paix", "75002", "Paris", "FR", "fr",
             "F-0001", "2026-01-15", 30, "1000.00", "0.20", None, None, "open"),
            ("Exemple Négoce SAS", "factures@exemple.fr", "2 place Bellecour", "69002", "Lyon", "FR", "fr",
             "F-0002", "2026-02-16", 30, "450.00", "0.20", None, None, "disputed"),
            ("Client Exemple SARL", "compta@exemple.fr", "1 rue de la Paix", "75002", "Paris", "FR", "fr",
             "F-0003", "2026-03-02", 30, "250.00", "0.20", "300.00", "2026-03-30", "paid"),
        ]),
    "de": dict(
        ui_locale="de", title="Relance – Rechnungsausgangsbuch",
        statuses=["offen", "bezahlt", "teilweise bezahlt", "strittig", "Ratenzahlung"],
        styles={"overdue": "Relance überfällig", "disputed": "Relance strittig"},
        examples=[
            ("Beispielkunde GmbH", "buchhaltung@beispiel.de", "Hauptstraße 1", "10115", "Berlin", "DE", "de",
             "RE-0001", "2026-01-15", 30, "1000.00", "0.19", None, None, "open"),
            ("Beispiel Handel AG", "rechnungen@beispiel.de", "Marktplatz 2", "80331", "München", "DE", "de",
             "RE-0002", "2026-02-16", 30, "450.00", "0.19", None, None, "disputed"),
            ("Beispielkunde GmbH", "buchhaltung@beispiel.de", "Hauptstraße 1", "10115", "Berlin", "DE", "de",
             "RE-0003", "2026-03-02", 30, "250.00", "0.19", "297.50", "2026-03-30", "paid"),
        ]),
}
STATUS_INDEX = {"open": 0, "paid": 1, "partly paid": 2, "disputed": 3, "payment plan": 4}
# Register columns (the sample registers' order): where the rules look.
DUE, INCL, PAID, STATUS = 7, 9, 10, 12
# Rows that get the drop-down list, the formats and the highlighting.
PREPARED_ROWS = 1000
HIGHLIGHT = {"overdue": 0xFFD7D7, "disputed": 0xFFE8B0}


def template_path(lang):
    return os.path.join(TEMPLATES, "relance-register-%s.ots" % lang)


def iso(text):
    return dt.date.fromisoformat(text) if text else None


def register_rows(document, lang):
    rows = []
    for (client, email, _street, _postcode, _city, country, language, number, issued, terms, excl, vat,
         paid, paid_on, status) in TEMPLATE[lang]["examples"]:
        amount_excl = float(excl)
        incl = round(amount_excl * (1 + float(vat)), 2)
        due = iso(issued) + dt.timedelta(days=terms)
        rows.append((number, client, email, language, country, serial(document, iso(issued)), float(terms),
                     serial(document, due), amount_excl, incl, float(paid) if paid else "",
                     serial(document, iso(paid_on)) if paid_on else "",
                     TEMPLATE[lang]["statuses"][STATUS_INDEX[status]], "", ""))
    return rows


def client_rows(lang):
    seen, rows = set(), []
    for (client, email, street, postcode, city, country, language, *_rest) in TEMPLATE[lang]["examples"]:
        if client not in seen:
            seen.add(client)
            rows.append((client, street, postcode, city, country, email, language))
    return rows


def prepare_formats(sheet, fmt):
    """Date, currency and integer formats on the prepared rows below the examples too."""
    for column, role in enumerate(COLUMN_FORMATS):
        if role:
            sheet.getCellRangeByPosition(column, 1, column, PREPARED_ROWS).NumberFormat = fmt[role]


def add_status_list(sheet, lang):
    from com.sun.star.sheet.TableValidationVisibility import UNSORTED
    from com.sun.star.sheet.ValidationAlertStyle import WARNING
    from com.sun.star.sheet.ValidationType import LIST
    cells = sheet.getCellRangeByPosition(STATUS, 1, STATUS, PREPARED_ROWS)
    validation = cells.Validation
    validation.Type = LIST
    validation.ShowList = UNSORTED
    validation.IgnoreBlankCells = True
    # A warning, not a refusal: the reader knows more words than the list shows.
    validation.ShowErrorMessage = True
    validation.ErrorAlertStyle = WARNING
    validation.setFormula1(";".join('"%s"' % word for word in TEMPLATE[lang]["statuses"]))
    cells.Validation = validation


def add_highlight_styles(document, lang):
    styles = document.StyleFamilies.getByName("CellStyles")
    for key, name in TEMPLATE[lang]["styles"].items():
        if not styles.hasByName(name):
            style = document.createInstance("com.sun.star.style.CellStyle")
            styles.insertByName(name, style)
            style.ParentStyle = "Default"
        styles.getByName(name).CellBackColor = HIGHLIGHT[key]


def column(index):
    return chr(ord("A") + index)


def add_highlighting(sheet, lang):
    """Disputed rows first (the first true condition wins), then unpaid rows
    due before RELANCE_ASOF."""
    from com.sun.star.sheet.ConditionOperator import FORMULA
    words = TEMPLATE[lang]
    disputed = '$%s2="%s"' % (column(STATUS), words["statuses"][STATUS_INDEX["disputed"]])
    overdue = 'AND(ISNUMBER($%s2);$%s2<RELANCE_ASOF;N($%s2)<N($%s2);$%s2<>"%s")' % (
        column(DUE), column(DUE), column(PAID), column(INCL), column(STATUS), words["statuses"][STATUS_INDEX["paid"]])
    cells = sheet.getCellRangeByPosition(0, 1, STATUS + 2, PREPARED_ROWS)
    conditions = cells.ConditionalFormat
    for formula, style in ((disputed, words["styles"]["disputed"]), (overdue, words["styles"]["overdue"])):
        conditions.addNew(properties(Operator=FORMULA, Formula1=formula, StyleName=style,
                                     SourcePosition=uno.createUnoStruct("com.sun.star.table.CellAddress",
                                                                        sheet.RangeAddress.Sheet, 0, 1)))
    cells.ConditionalFormat = conditions


def command(office, document, name, **arguments):
    helper = office.service("com.sun.star.frame.DispatchHelper")
    result = helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:" + name, "", 0,
                                    properties(Silent=True, **arguments))
    if result.State != 1:  # DispatchResultState.SUCCESS
        raise RuntimeError("vnd.relance:%s refused: %s" % (name, result.Result))


def build_template(office, lang):
    config = REGISTERS[lang]
    # Not hidden: the commands need the document's frame and view (headless shows nothing).
    document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, properties())
    language, country = config["locale"]
    document.CharLocale = Locale(language, country, "")
    fmt = formats(document, lang)
    sheets = document.Sheets
    sheets.getByIndex(0).Name = config["sheet"]
    sheets.insertNewByName(config["client_sheet"], 1)
    register, clients = sheets.getByIndex(0), sheets.getByIndex(1)
    write_table(register, config["headers"], register_rows(document, lang), COLUMN_FORMATS, fmt)
    write_table(clients, config["client_headers"], client_rows(lang), [""] * 7, fmt)
    prepare_formats(register, fmt)
    add_status_list(register, lang)
    document.CurrentController.setActiveSheet(register)
    command(office, document, "AnalysisColumns")  # RELANCE_ASOF with them
    # The as-of date with a four-digit year, as the register's dates (the
    # command takes the first due date's format, which a new document has not
    # stored yet).
    document.NamedRanges.getByName("RELANCE_ASOF").getReferredCells().NumberFormat = fmt["date"]
    add_highlight_styles(document, lang)
    add_highlighting(register, lang)
    for sheet in (clients, register):  # register last: the sheet a new document shows
        document.CurrentController.setActiveSheet(sheet)
        document.CurrentController.freezeAtPosition(0, 1)
    document.DocumentProperties.Title = TEMPLATE[lang]["title"]
    document.DocumentProperties.Language = Locale(language, country, "")
    return document


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", default=os.path.join(HERE, "..", "build", "relance.oxt"))
    parser.add_argument("--languages", default=",".join(TEMPLATE))
    arguments = parser.parse_args()
    os.makedirs(TEMPLATES, exist_ok=True)
    for lang in arguments.languages.split(","):
        with OfficeSession(oxt=arguments.oxt, ui_locale=TEMPLATE[lang]["ui_locale"]) as office:
            document = build_template(office, lang)
            try:
                path = template_path(lang)
                if os.path.exists(path):
                    os.remove(path)
                store_safely(document, path, "calc8_template")
            finally:
                document.close(True)
        print("wrote", os.path.relpath(template_path(lang)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
