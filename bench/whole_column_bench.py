"""Whole-column references: a formula over all 1,048,576 rows of a column of
which only the first 1,000 are filled, as a user types =SUM(RECOVERYFEE(B:B;"GB")).
Calc hands the add-in every row and stores every row of its result; on
LibreOffice 7.4 a result ending in a million empty cells took about a minute
(bench/README.md, "Whole columns"). The issue's target: under 1 s each.

Each case is its own document (A1:A1000 due dates, B1:B1000 amounts, one
formula in D1), timed as full recalculations (`calculateAll`, best of R after
a warm-up) and compared with Calc's own built-in over the same column in the
same run, because absolute times drift.

    /usr/bin/python3 bench/whole_column_bench.py [--repetitions R] [--quick]

Results: a table on stdout and out/bench-whole-column.json (written under a
temporary name, then renamed). Exits with 1 if a case is wrong or takes 1 s or more
(2 s for the case over two whole columns).
"""

import argparse
import datetime
import json
import os
import platform
import sys
import time
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))

import uno  # noqa: E402,F401  (Debian's /usr/bin/python3 has it)

from office_session import OfficeSession, properties  # noqa: E402

DEFAULT_OXT = os.path.join(ROOT, "build", "relance.oxt")
DEFAULT_JSON = os.path.join(ROOT, "out", "bench-whole-column.json")
ROWS = 1_048_576  # a whole column in Calc
FILLED = 1_000
TARGET_SECONDS = 1.0
NULL_DATE = datetime.date(1899, 12, 30)
FIRST_DUE = (datetime.date(2023, 1, 2) - NULL_DATE).days  # a Monday
AS_OF = "DATE(2024;3;16)"


def due(row):
    return FIRST_DUE + row * 7 // 5  # about one due date a business day


def amount(row):
    return [500.0, 5000.0, 50000.0][row % 3]


def expected_days_late():
    as_of = (datetime.date(2024, 3, 16) - NULL_DATE).days
    return float(sum(max(0, as_of - due(row)) for row in range(FILLED)))


def expected_fees():
    # Late Payment of Commercial Debts (Interest) Act 1998, s. 5A(2): 40 / 70 / 100 GBP
    return float(sum(40 if amount(row) < 1000 else 70 if amount(row) < 10000 else 100 for row in range(FILLED)))


def expected_interest():
    """Each row: amount x 10 % x days / 365, rounded to the cent half away from zero."""
    as_of = (datetime.date(2024, 3, 16) - NULL_DATE).days
    total = sum((Decimal(amount(row)) * Decimal("0.1") * max(0, as_of - due(row)) / 365).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP) for row in range(FILLED))
    return float(total)


class Case:
    def __init__(self, key, label, formula, expected=None, array=False, against=None, target=TARGET_SECONDS):
        self.key, self.label, self.formula = key, label, formula
        self.expected, self.array, self.against = expected, array, against
        self.target = target  # None: reported, not held to a time


COLUMN_A = "A1:A%d" % ROWS
COLUMN_B = "B1:B%d" % ROWS
CASES = [
    # Calc's own built-ins over the same whole column: the yardsticks
    Case("b1", "built-in SUMPRODUCT days late over A:A",
         "=SUMPRODUCT((%s<>\"\")*(%s-%s>0)*(%s-%s))" % (COLUMN_A, AS_OF, COLUMN_A, AS_OF, COLUMN_A),
         expected_days_late),
    Case("b2", "built-in SUMPRODUCT fee bands over B:B",
         "=SUMPRODUCT((%s<>\"\")*(40+30*(%s>=1000)+30*(%s>=10000)))" % (COLUMN_B, COLUMN_B, COLUMN_B),
         expected_fees),
    Case("b3", "built-in SUMPRODUCT weekdays over A:A",
         "=SUMPRODUCT((%s<>\"\")*(WEEKDAY(%s;2)<6))" % (COLUMN_A, COLUMN_A)),
    # the formulas
    Case("d1", "DAYSLATE(A:A;date), one cell", "=DAYSLATE(A:A;%s)" % AS_OF,
         lambda: float(max(0, (datetime.date(2024, 3, 16) - NULL_DATE).days - due(0))), against="b1"),
    Case("d2", "SUM(DAYSLATE(A:A;date))", "=SUM(DAYSLATE(A:A;%s))" % AS_OF, expected_days_late, against="b1"),
    Case("r1", "SUM(RECOVERYFEE(B:B;\"GB\"))", "=SUM(RECOVERYFEE(B:B;\"GB\"))", expected_fees, against="b2"),
    # the first due date, Monday 2 January 2023, is a business day in France
    Case("i1", "{ISBUSINESSDAY(A:A;\"FR\")}, one cell", "{=ISBUSINESSDAY(A:A;\"FR\")}", lambda: 1.0, array=True,
         against="b3"),
    Case("i2", "SUM(ISBUSINESSDAY(A:A;\"FR\"))", "=SUM(ISBUSINESSDAY(A:A;\"FR\"))", against="b3"),
    # two whole columns: Calc builds a million-row argument for each (about 0.3 s apiece)
    Case("l1", "SUM(LATEINTEREST(B:B;A:A;date;0.1))", "=SUM(LATEINTEREST(B:B;A:A;%s;0.1))" % AS_OF, expected_interest, against="b1",
         target=2 * TARGET_SECONDS),
]


def build_document(office, case):
    document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, properties(Hidden=True))
    document.enableAutomaticCalculation(False)
    sheet = document.Sheets.getByIndex(0)
    sheet.getCellRangeByPosition(0, 0, 1, FILLED - 1).setDataArray(
        tuple((float(due(row)), amount(row)) for row in range(FILLED)))
    cell = sheet.getCellRangeByName("D1")
    if case.array:
        cell.setArrayFormula(case.formula[1:-1])  # {=...} as a user enters it
    else:
        cell.setFormula(case.formula)
    return document, sheet.getCellRangeByName("D1")


def time_case(office, case, repetitions):
    document, cell = build_document(office, case)
    try:
        started = time.perf_counter()
        document.calculateAll()  # warm-up, also timed: the first call is what a user waits for
        first = time.perf_counter() - started
        runs = []
        for _ in range(repetitions):
            started = time.perf_counter()
            document.calculateAll()
            runs.append(time.perf_counter() - started)
        error = cell.getError()
        value = cell.getValue()
        wrong = error != 0 or (case.expected is not None and value != case.expected())
        return {"key": case.key, "label": case.label, "formula": case.formula, "first_s": first,
                "best_s": min(runs), "runs_s": runs, "error": error, "value": value, "wrong": wrong}
    finally:
        document.close(True)


def write_json(path, payload):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(payload, out, indent=2)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one repetition")
    parser.add_argument("--oxt", default=DEFAULT_OXT)
    parser.add_argument("--json", default=DEFAULT_JSON)
    options, _ = parser.parse_known_args()  # ./run bench passes the other benchmark's options too
    repetitions = 1 if options.quick else options.repetitions

    results = {}
    with OfficeSession(oxt=options.oxt) as office:
        for case in CASES:
            results[case.key] = time_case(office, case, repetitions)

    failed = False
    print("%d rows, %d filled; best of %d recalculations (first one in brackets)" % (ROWS, FILLED, repetitions))
    print("%-4s %-42s %9s %9s %8s  %s" % ("case", "formula", "best s", "first s", "× built-in", "check"))
    for case in CASES:
        result = results[case.key]
        ratio = result["best_s"] / results[case.against]["best_s"] if case.against else None
        result["ratio_to_builtin"] = ratio
        slow = case.against is not None and max(result["best_s"], result["first_s"]) >= case.target
        failed = failed or slow or result["wrong"]
        check = ("WRONG (Err:%d, %r)" % (result["error"], result["value"]) if result["wrong"]
                 else "TOO SLOW" if slow else "ok")
        print("%-4s %-42s %9.3f %9.3f %8s  %s" % (case.key, case.label[:42], result["best_s"], result["first_s"],
                                                   "%.2f" % ratio if ratio else "—", check))
    write_json(options.json, {"rows": ROWS, "filled": FILLED, "repetitions": repetitions,
                              "target_seconds": TARGET_SECONDS, "machine": platform.platform(),
                              "date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                              "cases": list(results.values())})
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
