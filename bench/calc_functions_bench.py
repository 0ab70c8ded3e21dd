"""Benchmark of Relance's Calc functions against Calc's own yardsticks, in one
headless soffice with the packaged relance.oxt installed (`./run bench`).

Every case is its own document with the same data in A:D (N rows from row 2)
and one formula written in E2 and filled down with fillAuto. A case is timed as
full recalculations (`document.calculateAll()`, time.perf_counter around the
UNO call), best of R repetitions after a warm-up, and reported per cell
(time / N) and as ratios against
  (a) LibreOffice's C++ date add-in, =DAYSINMONTH(A2), and
  (b) the built-in a user writes instead of DAYSLATE, =MAX(0;C2-B2),
both measured in the same run: absolute times drift from run to run, and the
ratios are what the issue's targets are about.

    /usr/bin/python3 bench/calc_functions_bench.py [--rows N] [--repetitions R] [--quick]
                     [--variants] [--perf-dir DIR]

Results: a table on stdout and out/bench-functions.json (written under a
temporary name, then renamed). With --variants it also times LibreOffice's own
add-ins with other argument types, and Relance calls that differ in one
argument, to show where a call's time goes; --perf-dir records a `perf`
profile of soffice.bin per case (see bench/perf_breakdown.py).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))

import uno  # noqa: E402,F401  (Debian's /usr/bin/python3 has it)
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402

from office_session import OfficeSession, properties  # noqa: E402

DEFAULT_OXT = os.path.join(ROOT, "build", "relance.oxt")
DEFAULT_JSON = os.path.join(ROOT, "out", "bench-functions.json")
TARGET_RATIO = 1.25  # the issue: one call per cell costs at most 1.25 x getDaysInMonth
# the plain one-call-per-cell cases held to TARGET_RATIO
PER_CELL_TARGET_CASES = ("c", "e", "f", "h", "i", "j", "k", "l", "m")

NULL_DATE = datetime.date(1899, 12, 30)
FIRST_INVOICE = (datetime.date(2022, 1, 1) - NULL_DATE).days
INVOICE_DAYS = 4 * 365 + 1  # invoice dates spread over four years: 1461 distinct days
RESULT_COLUMN = 4  # E


def today_serial():
    return (datetime.date.today() - NULL_DATE).days


def days_in_month(serial):
    day = NULL_DATE + datetime.timedelta(days=serial)
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return (following - datetime.timedelta(days=1)).day


def fixed_rate_interest(days):
    """1000 at 10 % a year on Basis 365, rounded to the cent half away from zero."""
    exact = Decimal(1000) * Decimal("0.1") * max(0, days) / 365
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def aging_bucket(days):
    """The default buckets 30;60;90, written out independently of the add-in."""
    if days <= 0:
        return "0"
    for low, high in ((1, 30), (31, 60), (61, 90)):
        if days <= high:
            return "%d-%d" % (low, high)
    return "91+"


class Case:
    """One document: `formula` in E2 filled down, or an empty document.
    `expected(invoice, due, paid, distinct_due)` gives every cell's value when
    it is easy to know; otherwise only error cells are counted."""

    def __init__(self, key, label, formula, expected=None, volatile_column=None, repetitions=None,
                 text=False, array_against=None):
        self.key = key
        # an array formula over the whole column ({last} is the last row),
        # held to being at least as fast as the built-in case `array_against`
        self.array_against = array_against
        self.text = text  # the function returns text (AGINGBUCKET)
        self.label = label
        self.formula = formula
        self.expected = expected
        self.volatile_column = volatile_column  # the due-date column of a volatile call
        self.repetitions = repetitions  # fewer than --repetitions for a slow variant


CASES = [
    Case("g", "empty document", None),
    Case("b", "built-in MAX(0;C-B)", "=MAX(0;C2-B2)", lambda a, b, c, d: max(0, c - b)),
    Case("a", "C++ add-in DAYSINMONTH", "=DAYSINMONTH(A2)", lambda a, b, c, d: days_in_month(a)),
    Case("c", "DAYSLATE(Due;AsOf)", "=DAYSLATE(B2;C2)", lambda a, b, c, d: max(0, c - b)),
    Case("e", "DUEDATE(Date;30)", "=DUEDATE(A2;30)", lambda a, b, c, d: a + 30),
    Case("f", "DUEDATE(Date;45;1;0;\"FR\")", "=DUEDATE(A2;45;1;0;\"FR\")"),
    Case("h", "REMINDERLEVEL(Due;AsOf)", "=REMINDERLEVEL(B2;C2)",
         lambda a, b, c, d: float(sum(1 for t in (1, 15, 30, 45) if c - b >= t))),
    Case("i", "AGINGBUCKET(Due;AsOf)", "=AGINGBUCKET(B2;C2)",
         lambda a, b, c, d: aging_bucket(c - b), text=True),
    Case("j", "LATEINTEREST(1000;Due;Paid;\"FR\")", "=LATEINTEREST(1000;B2;C2;\"FR\")"),
    Case("k", "LATEINTEREST(1000;Due;Paid;0.1)", "=LATEINTEREST(1000;B2;C2;0.1)",
         lambda a, b, c, d: fixed_rate_interest(c - b)),
    Case("l", "RECOVERYFEE(Amount;\"GB\")", "=RECOVERYFEE(A2;\"GB\")", lambda a, b, c, d: 100.0),
    Case("m", "LATERATE(\"FR\";Paid)", "=LATERATE(\"FR\";C2)"),
    # The built-in a user writes instead of LATEINTEREST with a fixed rate (the formula).
    Case("b2", "built-in 1000*0.1*MAX(0;C-B)/365", "=1000*0.1*MAX(0;C2-B2)/365",
         lambda a, b, c, d: 1000 * 0.1 * max(0, c - b) / 365),
    # Whole columns in one call, against the built-in over the same rows.
    Case("c[]", "DAYSLATE(column;column) as one array", "=DAYSLATE(B2:B{last};C2:C{last})",
         lambda a, b, c, d: max(0, c - b), array_against="b"),
    Case("k[]", "LATEINTEREST(1000;col;col;0.1) as one array", "=LATEINTEREST(1000;B2:B{last};C2:C{last};0.1)",
         lambda a, b, c, d: fixed_rate_interest(c - b), array_against="b2"),
    # Calc's own array formula over the column: what any array result costs in Calc itself.
    Case("b[]", "built-in MAX(0;C-B) as one array", "=IF(C2:C{last}>B2:B{last};C2:C{last}-B2:B{last};0)",
         lambda a, b, c, d: max(0, c - b), array_against="b"),
    Case("b3", "built-in A+30", "=A2+30", lambda a, b, c, d: a + 30),
    Case("e[]", "DUEDATE(column;30) as one array", "=DUEDATE(A2:A{last};30)", lambda a, b, c, d: a + 30,
         array_against="b3"),
    # Volatile last: their results keep listeners in Calc until the document closes.
    Case("d", "DAYSLATE(Due) volatile", "=DAYSLATE(B2)",
         lambda a, b, c, d: max(0, today_serial() - b), volatile_column=1),
]

# --variants: calls that differ from the cases above in one thing, to see what
# a call costs in Calc and UNO (LibreOffice's own add-ins with other argument
# types, trivial bodies) and what one Relance argument adds.
VARIANTS = [
    Case("q", "LO QUOTIENT(double;double)", "=QUOTIENT(C2;B2)",
         lambda a, b, c, d: float(int(c / b))),
    Case("x", "LO DELTA(opts;double;any)", "=DELTA(B2;C2)",
         lambda a, b, c, d: 1.0 if b == c else 0.0),
    Case("w", "LO WEEKS(opts;long;long;long)", "=WEEKS(A2;B2;0)",
         lambda a, b, c, d: float((b - a) // 7)),
    Case("y", "LO GCD(opts;seq<seq<double>>;seq<any>)",
         "=com.sun.star.sheet.addin.Analysis.getGcd(B2)", lambda a, b, c, d: b),
    Case("c1", "DAYSLATE(Due;AsOf;Grace 0)", "=DAYSLATE(B2;C2;0)", lambda a, b, c, d: max(0, c - b)),
    Case("c2", "DAYSLATE(Due;literal AsOf)", "=DAYSLATE(B2;45000)",
         lambda a, b, c, d: max(0, 45000 - b)),
    Case("f1", "DUEDATE(Date;45;1;0)", "=DUEDATE(A2;45;1;0)"),
    Case("d2", "DAYSLATE(Due) volatile, distinct", "=DAYSLATE(D2)",
         lambda a, b, c, d: max(0, today_serial() - d), volatile_column=3, repetitions=2),
]


def register_data(rows):
    """Invoice date, due date (30 days later), paid date (60 days early to 60
    days late): an invoice register's shape, with dates repeating as in life;
    and a due date that differs on every row (for the volatile variant)."""
    data = []
    for i in range(rows):
        invoice = FIRST_INVOICE + (i * 37) % INVOICE_DAYS
        due = invoice + 30
        paid = due + (i * 13) % 121 - 60
        data.append((float(invoice), float(due), float(paid), float(FIRST_INVOICE + i)))
    return tuple(data)


# -- soffice.bin from /proc ----------------------------------------------------

def soffice_bin_pid(launcher_pid):
    """soffice.bin under the launcher (the soffice script runs oosplash, which
    starts soffice.bin)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open("/proc/%s/comm" % entry) as comm:
                name = comm.read().strip()
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append((int(entry), name))
    pending = [launcher_pid]
    while pending:
        for child, name in children.get(pending.pop(), []):
            if name == "soffice.bin":
                return child
            pending.append(child)
    raise RuntimeError("no soffice.bin under process %d" % launcher_pid)


def vm_rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS for process %d" % pid)


def scheduler_times(pid):
    """{thread id: (CPU time, time spent waiting for a CPU)} of soffice.bin's
    threads, in nanoseconds, from /proc/PID/task/*/schedstat. The wait shows
    when other processes on the machine stretched a wall-clock time."""
    times = {}
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/schedstat" % (pid, task)) as stat:
                run, delay = stat.read().split()[:2]
        except (OSError, ValueError):
            continue  # a thread that just ended
        times[task] = (int(run), int(delay))
    return times


def scheduler_delta(before, after):
    """(CPU seconds, wait seconds) between two scheduler_times(); a thread that
    ended in between is left out, one that started counts from zero."""
    cpu = wait = 0
    for task, (run, delay) in after.items():
        run_before, delay_before = before.get(task, (0, 0))
        cpu += run - run_before
        wait += delay - delay_before
    return cpu / 1e9, wait / 1e9


# -- one case ------------------------------------------------------------------

def build_document(office, case, data):
    document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                   properties(Hidden=True))
    if case.formula is None:
        return document
    rows = len(data)
    sheet = document.Sheets.getByIndex(0)
    document.enableAutomaticCalculation(False)  # setting up; calculateAll is what is timed
    sheet.getCellRangeByName("A1:E1").setDataArray(
        (("Invoice", "Due", "Paid", "Due (distinct)", "Result"),))
    sheet.getCellRangeByPosition(0, 1, 3, rows).setDataArray(data)
    if case.array_against:
        sheet.getCellRangeByPosition(RESULT_COLUMN, 1, RESULT_COLUMN, rows).setArrayFormula(
            case.formula.format(last=rows + 1))
        document.enableAutomaticCalculation(True)
        return document
    sheet.getCellByPosition(RESULT_COLUMN, 1).setFormula(case.formula)
    if rows > 1:  # one formula filled down (DESIGN.md: setFormulaArray is far slower)
        sheet.getCellRangeByPosition(RESULT_COLUMN, 1, RESULT_COLUMN, rows).fillAuto(TO_BOTTOM, 1)
    document.enableAutomaticCalculation(True)
    return document


def check_results(document, case, data):
    """Counts error cells and cells that differ from the expected value: a
    benchmark of Err:502 cells would measure nothing."""
    if case.formula is None:
        return {"error_cells": 0, "wrong_cells": 0}
    sheet = document.Sheets.getByIndex(0)
    rows = len(data)
    last = sheet.getCellByPosition(RESULT_COLUMN, rows).getFormula()
    if not case.array_against and str(rows + 1) not in last:
        raise RuntimeError("fillAuto wrote %r in the last row" % last)
    values = sheet.getCellRangeByPosition(RESULT_COLUMN, 1, RESULT_COLUMN, rows).getDataArray()
    result_type = str if case.text else float
    errors = sum(1 for (value,) in values if not isinstance(value, result_type) or value == "")
    wrong = 0
    if case.expected is not None:
        wrong = sum(1 for (value,), row in zip(values, data)
                    if isinstance(value, result_type) and value != case.expected(*[int(x) for x in row]))
    return {"error_cells": errors, "wrong_cells": wrong}


class PerfRecorder:
    """`perf record` attached to soffice.bin while one case's repetitions run."""

    FREQUENCY = 2000  # samples per second of CPU time

    def __init__(self, pid, path, call_graph):
        self.command = ["perf", "record", "-q", "-F", str(self.FREQUENCY), "-p", str(pid),
                        "-o", path]
        if call_graph:
            self.command[2:2] = ["--call-graph", call_graph]
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # perf needs a moment to attach to every thread

    def stop(self):
        self.process.send_signal(2)  # SIGINT: perf writes its file and exits
        self.process.wait(timeout=300)


def time_recalculation(document, pid, repetitions, warmups, profiler=None):
    """calculateAll() `warmups` times, then `repetitions` timed ones, each with
    soffice.bin's CPU time and run-queue wait."""
    for _ in range(warmups):
        document.calculateAll()
    if profiler:
        profiler.start()
    runs = []
    try:
        for _ in range(repetitions):
            before = scheduler_times(pid)
            start = time.perf_counter()
            document.calculateAll()
            wall = time.perf_counter() - start
            cpu, wait = scheduler_delta(before, scheduler_times(pid))
            runs.append({"wall_s": wall, "cpu_s": cpu, "wait_s": wait})
    finally:
        if profiler:
            profiler.stop()
    return runs


def run_interleaved(office, pid, cases, data, options):
    """Every non-volatile case's document open at once, the repetitions taken
    in turns (a, b, c, ..., a, b, c, ...): on a shared machine whose speed
    drifts by 10-20 % within minutes, the yardsticks and the cases then see
    the same drift. Volatile cases run afterwards, one by one, as before."""
    plain = [c for c in cases if c.volatile_column is None and c.formula is not None]
    documents = {c.key: build_document(office, c, data) for c in plain}
    runs = {c.key: [] for c in plain}
    try:
        for document in documents.values():
            for _ in range(options.warmups):
                document.calculateAll()
        for repetition in range(options.repetitions):
            for case in plain:
                before = scheduler_times(pid)
                start = time.perf_counter()
                documents[case.key].calculateAll()
                wall = time.perf_counter() - start
                cpu, wait = scheduler_delta(before, scheduler_times(pid))
                runs[case.key].append({"wall_s": wall, "cpu_s": cpu, "wait_s": wait})
            print("bench: repetition %d of %d done" % (repetition + 1, options.repetitions), flush=True)
        results = []
        for case in plain:
            best = min(runs[case.key], key=lambda run: run["wall_s"])
            result = {"case": case.key, "label": case.label, "formula": case.formula, "rows": len(data),
                      "repetitions": options.repetitions, "runs": runs[case.key], "best_s": best["wall_s"],
                      "per_cell_us": best["wall_s"] / len(data) * 1e6,
                      "best_cpu_s": min(run["cpu_s"] for run in runs[case.key]),
                      "best_run_wait_s": best["wait_s"], "vm_rss_kib": {}}
            result.update(check_results(documents[case.key], case, data))
            results.append(result)
    finally:
        for document in documents.values():
            document.close(True)
    for case in [c for c in cases if c not in plain]:
        results.append(run_case(office, pid, case, data, options))
    return results


def run_case(office, pid, case, data, options):
    rss_before = vm_rss_kib(pid)
    document = build_document(office, case, data)
    try:
        rss_built = vm_rss_kib(pid)
        profiler = None
        repetitions = min(options.repetitions, case.repetitions or options.repetitions)
        if options.perf_dir and case.formula is not None and case.key in options.perf_cases:
            path = os.path.join(options.perf_dir, "perf-%s.data" % case.key)
            profiler = PerfRecorder(pid, path, options.perf_call_graph)
            with open(path + ".json", "w") as sidecar:  # for bench/perf_breakdown.py
                json.dump({"case": case.key, "formula": case.formula, "rows": len(data),
                           "repetitions": repetitions, "frequency": PerfRecorder.FREQUENCY},
                          sidecar)
        runs = time_recalculation(document, pid, repetitions, options.warmups, profiler)
        best = min(runs, key=lambda run: run["wall_s"])
        result = {
            "case": case.key,
            "label": case.label,
            "formula": case.formula,
            "rows": len(data),
            "repetitions": repetitions,
            "runs": runs,
            "best_s": best["wall_s"],
            "per_cell_us": best["wall_s"] / len(data) * 1e6,
            "best_cpu_s": min(run["cpu_s"] for run in runs),
            "best_run_wait_s": best["wait_s"],
        }
        result.update(check_results(document, case, data))
        if case.volatile_column is not None:
            result["distinct_volatile_results"] = len({row[case.volatile_column] for row in data})
        result["vm_rss_kib"] = {"before": rss_before, "built": rss_built,
                                "calculated": vm_rss_kib(pid)}
    finally:
        document.close(True)
    result["vm_rss_kib"]["after_close"] = vm_rss_kib(pid)
    return result


# -- memory of volatile results -------------------------------------------------

# One malloc arena: calls reach soffice on pooled threads, and with an arena
# per thread, VmRSS after the same work varied by +-10 MB from run to run.
MEMORY_PROBE_ENVIRONMENT = {"MALLOC_ARENA_MAX": "1"}


def memory_probe(oxt, data, with_distinct=False):
    """soffice.bin's VmRSS after building and recalculating =DAYSLATE(B2) (d)
    and =DAYSLATE(B2;45000) (c2: the same references, a fixed AsOf), each in a
    fresh soffice: the difference is what the volatile results cost. (In the
    main run, memory freed by earlier documents is reused and hides it; (c)
    is no reference either: its second cell reference alone costs ~90 bytes
    a cell in listeners.) With `with_distinct`, also (d2), a distinct due date
    on every row."""
    probe = {"environment": MEMORY_PROBE_ENVIRONMENT, "rows": len(data)}
    keys = ("c2", "d", "d2") if with_distinct else ("c2", "d")
    for case in [c for c in CASES + VARIANTS if c.key in keys]:
        with OfficeSession(oxt=oxt, environment=MEMORY_PROBE_ENVIRONMENT) as office:
            pid = soffice_bin_pid(office.process.pid)
            document = build_document(office, case, data)
            try:
                built = vm_rss_kib(pid)
                for _ in range(3):
                    document.calculateAll()
                calculated = vm_rss_kib(pid)
                errors = check_results(document, case, data)["error_cells"]
            finally:
                document.close(True)
            probe[case.key] = {"formula": case.formula, "built_kib": built,
                               "calculated_kib": calculated, "error_cells": errors}
    extra = probe["d"]["calculated_kib"] - probe["c2"]["calculated_kib"]
    probe["volatile_extra_kib"] = extra
    probe["volatile_extra_bytes_per_cell"] = extra * 1024 / len(data)
    probe["distinct_volatile_results"] = len({row[1] for row in data})
    if "d2" in probe:
        extra = probe["d2"]["calculated_kib"] - probe["c2"]["calculated_kib"]
        probe["distinct_volatile_extra_kib"] = extra
        probe["distinct_volatile_extra_bytes_per_cell"] = extra * 1024 / len(data)
    return probe


# -- report --------------------------------------------------------------------

def libreoffice_version(office):
    provider = office.service("com.sun.star.configuration.ConfigurationProvider")
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess",
        properties(nodepath="/org.openoffice.Setup/Product"))
    return "%s %s" % (access.getByName("ooName"), access.getByName("ooSetupVersionAboutBox"))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def add_ratios(results):
    by_key = {r["case"]: r for r in results}
    for result in results:
        if result["formula"] is None:
            continue
        for yardstick in ("a", "b"):
            base = by_key.get(yardstick)
            if base and base["best_s"] > 0:
                result["ratio_vs_" + yardstick] = result["best_s"] / base["best_s"]
                if base["best_cpu_s"] > 0:
                    result["cpu_ratio_vs_" + yardstick] = result["best_cpu_s"] / base["best_cpu_s"]
        # the target is for a plain call per cell; (d) returns a volatile result
        # and is expected to be slower: reported, not held to it
        if result["case"] in PER_CELL_TARGET_CASES and "ratio_vs_a" in result:
            result["meets_target"] = result["ratio_vs_a"] <= TARGET_RATIO
        against = next((c.array_against for c in CASES if c.key == result["case"]), None)
        if against and against in by_key and by_key[against]["best_s"] > 0:
            result["ratio_vs_builtin"] = result["best_s"] / by_key[against]["best_s"]
            result["builtin"] = against
            result["meets_array_target"] = result["ratio_vs_builtin"] <= 1.0


def print_table(report):
    print()
    print("Relance functions: %d rows, best of %d calculateAll() after %d warm-up(s); %s; "
          "%s x%d" % (report["rows"], report["repetitions"], report["warmups"],
                      report["libreoffice"], report["cpu"], report["cpus"]))
    header = "%-3s %-40s %-28s %9s %8s %7s %7s %9s %7s  %s" % (
        "", "case", "formula", "best ms", "µs/cell", "×(a)", "×(b)", "cpu ms", "wait", "check")
    print(header)
    print("-" * len(header))
    for r in report["results"]:
        def ratio(key):
            return ("%7.2f" % r[key]) if key in r else "%7s" % "—"
        check = "ok" if r["error_cells"] == 0 and r["wrong_cells"] == 0 else \
            "%d errors, %d wrong" % (r["error_cells"], r["wrong_cells"])
        if "meets_target" in r:
            check += "; ≤%.2f×(a) %s" % (TARGET_RATIO, "met" if r["meets_target"] else "MISSED")
        if "meets_array_target" in r:
            check += "; %.2f×(%s) %s" % (r["ratio_vs_builtin"], r["builtin"],
                                         "met" if r["meets_array_target"] else "MISSED")
        elif "distinct_volatile_results" in r:
            check += "; volatile result (expected slower)"
        print("%-3s %-40s %-28s %9.2f %8.3f %s %s %9.2f %7.2f  %s" % (
            r["case"], r["label"], r["formula"] or "", r["best_s"] * 1e3, r["per_cell_us"],
            ratio("ratio_vs_a"), ratio("ratio_vs_b"), r["best_cpu_s"] * 1e3,
            r["best_run_wait_s"] * 1e3, check))
    print("(µs/cell: best wall time / rows; cpu ms: soffice.bin's CPU time, least of the runs; "
          "wait: its threads' run-queue wait in the best run, from /proc schedstat)")
    for r in report["results"]:
        if "distinct_volatile_results" in r:
            rss = r["vm_rss_kib"]
            print("memory, %s %s: %d distinct volatile results; soffice.bin VmRSS %d KiB with the "
                  "sheet built, %d KiB after its recalculations, %d KiB after closing it" % (
                      r["case"], r["formula"], r["distinct_volatile_results"], rss["built"],
                      rss["calculated"], rss["after_close"]))
    probe = report.get("memory_probe")
    if probe and "volatile_extra_kib" in probe:
        print("memory, a fresh soffice per sheet (MALLOC_ARENA_MAX=1): VmRSS after recalculating "
              "%s %d KiB, %s %d KiB: %d volatile results (%d distinct) cost %d KiB, %.0f bytes a "
              "cell" % (probe["c2"]["formula"], probe["c2"]["calculated_kib"], probe["d"]["formula"],
                        probe["d"]["calculated_kib"], probe["rows"],
                        probe["distinct_volatile_results"], probe["volatile_extra_kib"],
                        probe["volatile_extra_bytes_per_cell"]))
        if "d2" in probe:
            print("        and %s %d KiB: %d distinct volatile results cost %d KiB, %.0f bytes a "
                  "cell" % (probe["d2"]["formula"], probe["d2"]["calculated_kib"], probe["rows"],
                            probe["distinct_volatile_extra_kib"],
                            probe["distinct_volatile_extra_bytes_per_cell"]))


def write_json(report, path):
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    temporary = os.path.join(directory, ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=2, ensure_ascii=False)
        out.write("\n")
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument("--quick", action="store_true",
                        help="CI smoke run: 10,000 rows, 1 repetition, no memory probe")
    parser.add_argument("--cases", help="keys of the cases to run, comma-separated "
                        "(default: every case, and the variants with --variants)")
    parser.add_argument("--variants", action="store_true",
                        help="also time the profiling variants (other argument types)")
    parser.add_argument("--sequential", dest="interleaved", action="store_false",
                        help="time each case's repetitions in a row (the old way) instead of round-robin")
    parser.add_argument("--no-memory-probe", action="store_true",
                        help="skip measuring (d) and (c2) again in fresh soffice processes")
    parser.add_argument("--oxt", default=DEFAULT_OXT)
    parser.add_argument("--json", default=DEFAULT_JSON)
    parser.add_argument("--perf-dir", help="record a `perf` profile of soffice.bin per case here")
    parser.add_argument("--perf-cases", default="a,c,d,e,f",
                        help="cases to profile with --perf-dir (comma-separated keys)")
    parser.add_argument("--perf-call-graph", default="dwarf,16384",
                        help="perf's --call-graph (empty for a flat profile)")
    options = parser.parse_args()
    if options.quick:
        options.rows, options.repetitions, options.no_memory_probe = 10_000, 1, True
    if not os.path.exists(options.oxt):
        parser.error("%s not found: build it first (./run build)" % options.oxt)
    options.perf_cases = options.perf_cases.split(",")
    if options.perf_dir:
        os.makedirs(options.perf_dir, exist_ok=True)

    known = CASES + VARIANTS
    if options.cases:
        wanted = options.cases.split(",")
        unknown = [key for key in wanted if key not in {c.key for c in known}]
        if unknown:
            parser.error("unknown case(s) %s" % ", ".join(unknown))
        cases = [c for c in known if c.key in wanted]
    else:
        cases = list(CASES) + (VARIANTS if options.variants else [])
    # volatile cases last: their listeners stay in Calc's global list while open
    cases.sort(key=lambda c: c.volatile_column is not None)
    data = register_data(options.rows)

    with OfficeSession(oxt=options.oxt) as office:
        pid = soffice_bin_pid(office.process.pid)
        report = {
            "benchmark": "Relance Calc functions (bench/calc_functions_bench.py)",
            "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "libreoffice": libreoffice_version(office),
            "cpu": cpu_model(),
            "cpus": os.cpu_count(),
            "load_average_at_start": os.getloadavg()[0],
            "rows": options.rows,
            "repetitions": options.repetitions,
            "warmups": options.warmups,
            "timing": "best wall time of the repetitions of document.calculateAll(), "
                      "time.perf_counter around the UNO call; one document per case",
            "target_ratio_vs_a": TARGET_RATIO,
            "results": [],
        }
        if options.interleaved:
            report["timing"] += ("; interleaved: every case's document built first, then the "
                                 "repetitions taken round-robin over the cases, so that a drift of the "
                                 "machine's speed during the run affects every ratio alike")
            report["results"] = run_interleaved(office, pid, cases, data, options)
        else:
            for case in cases:
                print("bench: %-3s %-44s" % (case.key, case.formula or "(empty document)"),
                      end="", flush=True)
                result = run_case(office, pid, case, data, options)
                print(" %9.2f ms" % (result["best_s"] * 1e3), flush=True)
                report["results"].append(result)
    if not options.no_memory_probe and any(c.key == "d" for c in cases):
        print("bench: memory of (d) and (c2) in fresh soffice processes", flush=True)
        report["memory_probe"] = memory_probe(options.oxt, data,
                                              with_distinct=any(c.key == "d2" for c in cases))
    add_ratios(report["results"])
    print_table(report)
    write_json(report, options.json)
    print("\nbench: wrote %s" % os.path.relpath(options.json))
    failed = [r["case"] for r in report["results"] if r["error_cells"] or r["wrong_cells"]]
    if failed:
        print("bench: error or wrong cells in case(s) %s" % ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
