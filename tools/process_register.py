"""The batch run behind `./run demo`: open an invoice register in a headless
LibreOffice with Relance installed, add the computed columns as live formulas
(due date from the terms, days late as of RELANCE_ASOF), recalculate, write
the reminder letters (Basic: Relance.Reminders.GenerateReminders: one PDF per
client and a combined Writer document, the journal sheet updated), and store
the register as a new .ods next to nothing it could overwrite.

    /usr/bin/python3 tools/process_register.py REGISTER.ods OUT_DIR [--as-of YYYY-MM-DD]
                     [--settings SETTINGS.json] [--no-letters]

SETTINGS.json maps Relance settings ("Letterhead/Name", "Reminders/Rule", ...)
to values; they are written into the throw-away profile before the run.
"""

import argparse
import datetime
import json
import os
import sys

import uno
from com.sun.star.sheet.FillDirection import TO_BOTTOM

from office_session import OfficeSession, properties, store_safely

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OXT = os.path.join(HERE, "..", "build", "relance.oxt")
BASIC = "vnd.sun.star.script:Relance.%s?language=Basic&location=application"
SETTINGS_ROOT = "/org.relance.calc.Settings"

# Header synonyms of the columns this run reads (the sample registers' headers).
COLUMNS = {
    "invoice_date": ("Date facture", "Invoice date", "Rechnungsdatum"),
    "terms": ("Délai (jours)", "Terms (days)", "Zahlungsziel (Tage)"),
    "due": ("Échéance", "Due date", "Fälligkeit"),
    "total": ("Montant TTC", "Amount incl. VAT", "Brutto"),
    "paid": ("Montant payé", "Paid amount", "Bezahlt"),
    "paid_date": ("Date paiement", "Paid date", "Zahlungsdatum"),
}
NEW_HEADERS = {
    "fr": ("Échéance calculée", "Jours de retard"),
    "en": ("Computed due date", "Days late"),
    "de": ("Berechnete Fälligkeit", "Verzugstage"),
}


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def find_columns(headers):
    """Maps each needed column to its index; says which header is missing."""
    found = {}
    for key, names in COLUMNS.items():
        for index, header in enumerate(headers):
            if header.strip() in names:
                found[key] = index
                break
        else:
            raise ValueError("no column headed %s in the register's first row" % " / ".join(names))
    language = next(lang for lang, names in (("fr", 0), ("en", 1), ("de", 2))
                    if headers[found["due"]].strip() == COLUMNS["due"][names])
    return found, language


def basic(office, macro, *args):
    """Calls a macro of the Basic library shipped in relance.oxt."""
    factory = office.service("com.sun.star.script.provider.MasterScriptProviderFactory")
    provider = factory.createScriptProvider("")
    return provider.getScript(BASIC % macro).invoke(args, (), ())[0]


def command(office, document, name, **arguments):
    """Runs a command of the Relance menu (vnd.relance:<name>) on the document, silently:
    no dialog, the reason for a refusal raised."""
    helper = office.service("com.sun.star.frame.DispatchHelper")
    result = helper.executeDispatch(document.CurrentController.Frame, "vnd.relance:" + name, "", 0,
                                    properties(Silent=True, **arguments))
    if result.State != 1:  # com.sun.star.frame.DispatchResultState.SUCCESS
        raise RuntimeError("vnd.relance:%s refused: %s" % (name, result.Result))
    return result.Result


def add_computed_columns(office, document, as_of=None):
    """Adds the two formula columns in one undo step; returns a summary."""
    sheet = document.Sheets.getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.RangeAddress.EndRow
    last_column = cursor.RangeAddress.EndColumn
    headers = sheet.getCellRangeByPosition(0, 0, last_column, 0).getDataArray()[0]
    headers = [h if isinstance(h, str) else "" for h in headers]
    columns, language = find_columns(headers)
    # rows that hold an invoice (a due date)
    rows = last_row
    while rows > 0 and sheet.getCellByPosition(columns["due"], rows).getType().value == "EMPTY":
        rows -= 1

    undo = document.UndoManager
    undo.enterUndoContext("Relance: computed columns")
    try:
        due_column = last_column + 1
        late_column = last_column + 2
        new_headers = NEW_HEADERS[language]
        # Headers first, so that the RELANCE_ASOF cell goes to their right.
        sheet.getCellByPosition(due_column, 0).setString(new_headers[0])
        sheet.getCellByPosition(late_column, 0).setString(new_headers[1])
        # RELANCE_ASOF through the menu's commands: created when missing, frozen at --as-of.
        if as_of is not None:
            serial = (as_of - datetime.date(1899, 12, 30)).days
            command(office, document, "FreezeAsOf", Date=float(serial))
        elif not document.NamedRanges.hasByName("RELANCE_ASOF"):
            command(office, document, "FollowToday")
        letter = {key: column_letter(index) for key, index in columns.items()}
        first = 2  # row 1 holds the headers
        due_formula = "=DUEDATE({invoice_date}{r};{terms}{r})".format(r=first, **letter)
        # A fully paid invoice is late by its payment date, an open one as of RELANCE_ASOF.
        late_formula = ("=IF(AND({paid}{r}>={total}{r};{paid_date}{r}<>\"\");"
                        "DAYSLATE({due}{r};{paid_date}{r});DAYSLATE({due}{r};RELANCE_ASOF))"
                        ).format(r=first, **letter)
        for column, formula in ((due_column, due_formula), (late_column, late_formula)):
            sheet.getCellByPosition(column, 1).setFormula(formula)
            if rows > 1:  # one formula filled down: fast, and one formula to read
                sheet.getCellRangeByPosition(column, 1, column, rows).fillAuto(TO_BOTTOM, 1)
        date_format = sheet.getCellByPosition(columns["due"], 1).NumberFormat
        sheet.getCellRangeByPosition(due_column, 1, due_column, rows).NumberFormat = date_format
        header_style = sheet.getCellByPosition(columns["due"], 0)
        for column in (due_column, late_column):
            sheet.getCellByPosition(column, 0).CharWeight = header_style.CharWeight
            sheet.Columns.getByIndex(column).OptimalWidth = True
    finally:
        undo.leaveUndoContext()
    document.calculateAll()

    due_values = sheet.getCellRangeByPosition(columns["due"], 1, columns["due"], rows).getDataArray()
    computed = sheet.getCellRangeByPosition(due_column, 1, late_column, rows).getDataArray()
    overdue = [row for row in computed if isinstance(row[1], float) and row[1] > 0]
    return {
        "language": language,
        "invoices": rows,
        "due_column": due_column,
        "late_column": late_column,
        "late_invoices": len(overdue),
        "longest_delay": max((row[1] for row in overdue), default=0),
        "due_mismatches": sum(1 for (given,), (mine, _) in zip(due_values, computed) if given != mine),
        "errors": sum(1 for row in computed for value in row if not isinstance(value, float)),
    }


def output_path(out_dir, register):
    """out/<register>-relance.ods, or -2, -3... : an existing file is never replaced."""
    stem = os.path.splitext(os.path.basename(register))[0] + "-relance"
    candidate = os.path.join(out_dir, stem + ".ods")
    number = 2
    while os.path.exists(candidate):
        candidate = os.path.join(out_dir, "%s-%d.ods" % (stem, number))
        number += 1
    return candidate


def write_settings(office, settings):
    """Relance's settings in the profile's configuration, committed."""
    from office_session import properties
    provider = office.service("com.sun.star.configuration.ConfigurationProvider")
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  properties(nodepath=SETTINGS_ROOT))
    for path, value in settings.items():
        if path.startswith("_"):
            continue
        if isinstance(value, list):  # a string list needs its UNO type spelt out
            uno.invoke(access, "replaceByHierarchicalName", (path, uno.Any("[]string", tuple(value))))
        else:
            access.replaceByHierarchicalName(path, value)
    access.commitChanges()


def letters_folder(out_dir, register):
    """out/<register>-letters: the run numbers files rather than replace them."""
    return os.path.join(out_dir, os.path.splitext(os.path.basename(register))[0] + "-letters")


def write_letters(office, document, folder):
    """The letters through the Basic library; returns (files, summary lines)."""
    os.makedirs(folder, exist_ok=True)
    files = basic(office, "Reminders.GenerateReminders", document, uno.systemPathToFileUrl(os.path.abspath(folder)))
    return [uno.fileUrlToSystemPath(url) for url in (files or ())], list(basic(office, "Reminders.LastSummary") or ())


def process(register, out_dir, oxt=DEFAULT_OXT, as_of=None, settings=None, letters=True):
    os.makedirs(out_dir, exist_ok=True)
    with OfficeSession(oxt=oxt) as office:
        if settings:
            write_settings(office, settings)
        document = office.open_document(register)
        if document is None:
            raise RuntimeError("LibreOffice could not open %s" % register)
        try:
            summary = add_computed_columns(office, document, as_of)
            summary["letters"], summary["letter_summary"] = (
                write_letters(office, document, letters_folder(out_dir, register)) if letters else ([], []))
            summary["output"] = output_path(out_dir, register)
            store_safely(document, summary["output"], "calc8")
        finally:
            document.close(True)
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("register")
    parser.add_argument("out_dir")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat,
                        help="freeze RELANCE_ASOF at this date (default: =TODAY())")
    parser.add_argument("--oxt", default=DEFAULT_OXT)
    parser.add_argument("--settings", help="a JSON file of Relance settings (letterhead, rule, language)")
    parser.add_argument("--no-letters", action="store_true", help="only the computed columns")
    options = parser.parse_args()
    settings = None
    if options.settings:
        with open(options.settings, encoding="utf-8") as source:
            settings = json.load(source)
    summary = process(options.register, options.out_dir, options.oxt, options.as_of, settings,
                      not options.no_letters)
    print("Relance: %(invoices)d invoices read (%(language)s register); %(late_invoices)d paid late "
          "or overdue, the longest by %(longest_delay).0f days; computed due dates differing from "
          "the register's: %(due_mismatches)d; error cells: %(errors)d" % summary)
    for line in summary["letter_summary"]:
        print("Relance: " + line)
    for path in summary["letters"]:
        print("Relance: wrote %s" % os.path.relpath(path))
    print("Relance: wrote %s" % summary["output"])
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
