"""The sidebar's Overview on a 100,000-row register: vnd.relance:Overview
(Silent=True) against Calc recomputing the same figures with its own
SUMIFS / COUNTIFS / SUMPRODUCT in the same soffice. The issue's bound: under
0.5 s.

The register is tests/fixtures/register-fr.ods with its 33 invoices repeated
to ROWS rows (each with an invoice number of its own), as in
analysis_columns_bench.py: the sample's mix of paid, overdue, disputed,
plan-covered and not-yet-due invoices. The as-of date is 2026-12-31.

    /usr/bin/python3 bench/overview_bench.py [--rows 100000] [--repetitions 5]

Times (time.perf_counter around the UNO calls, with soffice.bin's CPU time
and its threads' wait for a CPU; best of the repetitions):
  * command: the dispatch of vnd.relance:Overview, which reads the sheet
    (one getDataArray), finds the header, checks every row and computes the
    figures: what the panel waits for on a refresh;
  * yardstick: calculateAll() of a sheet of 17 formulas giving the same
    figures (open, overdue, the five aging buckets' amounts and counts,
    disputed and plan-covered) from the register's columns, written once
    beforehand. Calc's own figures are compared with the command's: the run
    fails when they differ.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)

from analysis_columns_bench import AS_OF, Register, best, register_rows, timed  # noqa: E402
from calc_functions_bench import soffice_bin_pid  # noqa: E402
from office_session import OfficeSession  # noqa: E402

BOUND_S = 0.5
BUCKETS = (("0", None, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("91+", 91, None))


def calc_formulas(sheet_name, last):
    """Calc's formulas for the overview's figures over rows 2..last: owed is
    J − K (incl. − paid), open when owed > 0, status in column M ("Litige"
    disputed, "Échéancier" under a plan, empty otherwise), due date in H."""
    def column(letter):
        return "$'%s'.$%s$2:$%s$%d" % (sheet_name, letter, letter, last)

    owed = "(%s-%s)" % (column("J"), column("K"))
    open_ = "(%s>0)" % owed
    claimable = "%s*(%s=\"\")" % (open_, column("M"))
    days = "(%d-%s)" % (AS_OF, column("H"))
    formulas = {
        "open": "=SUMPRODUCT(%s*%s)" % (open_, owed),
        "open_count": "=SUMPRODUCT(%s*1)" % open_,
        "overdue": "=SUMPRODUCT(%s*(%s>0)*%s)" % (claimable, days, owed),
        "overdue_count": "=SUMPRODUCT(%s*(%s>0))" % (claimable, days),
        "disputed": "=SUMIFS(%s;%s;\"Litige\")-SUMIFS(%s;%s;\"Litige\")" % (
            column("J"), column("M"), column("K"), column("M")),
        "disputed_count": "=COUNTIFS(%s;\"Litige\")" % column("M"),
        "plan": "=SUMIFS(%s;%s;\"Échéancier\")-SUMIFS(%s;%s;\"Échéancier\")" % (
            column("J"), column("M"), column("K"), column("M")),
    }
    for label, low, high in BUCKETS:
        condition = claimable
        if low is None:
            condition += "*(%s<=0)" % days
        else:
            condition += "*(%s>=%d)" % (days, low)
        if high is not None and low is not None:
            condition += "*(%s<=%d)" % (days, high)
        formulas["aging " + label] = "=SUMPRODUCT(%s*%s)" % (condition, owed)
        formulas["aging count " + label] = "=SUMPRODUCT(%s)" % condition
    return formulas


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--oxt", default=os.path.join(HERE, "..", "build", "relance.oxt"))
    parser.add_argument("--json", default=os.path.join(HERE, "..", "out", "bench-overview.json"))
    options = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="relance-overview-bench-")
    try:
        with OfficeSession(oxt=options.oxt) as office:
            pid = soffice_bin_pid(office.process.pid)
            with Register(office, folder, ()) as sample:
                data = register_rows(sample.sheet.getCellRangeByName("A2:O34").getDataArray(), options.rows)
            last = options.rows + 1
            with Register(office, folder, data) as register:
                command = [timed(pid, lambda: register.dispatch("Overview", AsOf=float(AS_OF)))
                           for _ in range(options.repetitions)]
                figures = dict((value.Name, value.Value) for value in command[-1][3])
                sheets = register.document.Sheets
                sheets.insertNewByName("Check", sheets.getCount())
                check = sheets.getByName("Check")
                formulas = calc_formulas(register.sheet.getName(), last)
                for row, formula in enumerate(formulas.values()):
                    check.getCellByPosition(0, row).setFormula(formula)
                yardstick = [timed(pid, register.document.calculateAll) for _ in range(options.repetitions)]
                calc = dict((name, check.getCellByPosition(0, row).getValue())
                            for row, name in enumerate(formulas))
                checked = compare(figures, calc)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    command_s, command_cpu, command_wait, _ = best(command)
    yard_s, yard_cpu, yard_wait, _ = best(yardstick)
    report = {"rows": options.rows, "repetitions": options.repetitions,
              "command_s": command_s, "command_cpu_s": command_cpu, "command_wait_s": command_wait,
              "calc_formulas_s": yard_s, "calc_formulas_cpu_s": yard_cpu, "calc_formulas_wait_s": yard_wait,
              "ratio_to_calc": command_s / yard_s, "bound_s": BOUND_S, "within_bound": command_s < BOUND_S,
              "checked": checked}
    print("bench: overview of %d rows: command %.3f s (cpu %.3f s, wait %.3f s); Calc's %d formulas "
          "(SUMIFS, COUNTIFS, SUMPRODUCT) recalculated %.3f s (cpu %.3f s, wait %.3f s): ratio %.2f; "
          "bound %.1f s: %s; figures equal to Calc's: %s"
          % (options.rows, command_s, command_cpu, command_wait, len(calc_formulas("x", 2)), yard_s, yard_cpu,
             yard_wait, report["ratio_to_calc"], BOUND_S, "met" if report["within_bound"] else "MISSED", checked))
    os.makedirs(os.path.dirname(options.json), exist_ok=True)
    temporary = options.json + ".tmp"
    with open(temporary, "w") as out:
        json.dump(report, out, indent=2)
    os.replace(temporary, options.json)
    return 0 if checked == "yes" else 1


def compare(figures, calc):
    if figures.get("Problem"):
        return "no: " + figures["Problem"]
    pairs = [("OpenTotal", "open"), ("OpenCount", "open_count"), ("OverdueTotal", "overdue"),
             ("OverdueCount", "overdue_count"), ("DisputedTotal", "disputed"), ("DisputedCount", "disputed_count"),
             ("PlanTotal", "plan")]
    for label, amount, count in figures["Aging"]:
        pairs.append((("Aging", label, amount), "aging " + label))
        pairs.append((("Aging", label, count), "aging count " + label))
    for ours, theirs in pairs:
        value = ours[2] if isinstance(ours, tuple) else figures[ours]
        if abs(value - calc[theirs]) > 0.005:
            return "no: %s %r, Calc %r" % (ours if isinstance(ours, str) else " ".join(ours[:2]), value, calc[theirs])
    return "yes"


if __name__ == "__main__":
    sys.exit(main())
