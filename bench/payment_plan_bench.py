"""PAYMENTPLAN's cost: PLANS array formulas of 360 rows x 6 columns in one
document, a full recalculation timed (best of REPETITIONS), divided by PLANS.
The issue's bound: a 360-row plan recalculates in under 1 ms of add-in time.
The same document with Calc's own PMT in one cell per plan is the yardstick
for what a plan costs Calc outside the add-in.

    /usr/bin/python3 bench/payment_plan_bench.py [--plans 50] [--repetitions 5]
"""

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))

from office_session import OfficeSession  # noqa: E402

ROWS = 360


def build(office, plans, formula_for):
    document = office.new_spreadsheet()
    sheet = document.Sheets.getByIndex(0)
    for plan in range(plans):
        top = plan * (ROWS + 1)
        formula = formula_for(plan)
        if formula.startswith("=PAYMENTPLAN") or formula.startswith("=ROW("):
            sheet.getCellRangeByPosition(0, top, 5, top + ROWS - 1).setArrayFormula(formula)
        else:
            sheet.getCellByPosition(0, top).setFormula(formula)
    return document, sheet


def best_recalculation(document, repetitions):
    document.calculateAll()  # warm-up
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        document.calculateAll()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=50)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--oxt", default=os.path.join(HERE, "..", "build", "relance.oxt"))
    parser.add_argument("--json", default=os.path.join(HERE, "..", "out", "bench-payment-plan.json"))
    options = parser.parse_args()

    with OfficeSession(oxt=options.oxt) as office:
        plan_formula = lambda plan: "=PAYMENTPLAN(%d;360;DATE(2026;1;31);1;0.05;%d)" % (100000 + plan, plan % 2)
        document, sheet = build(office, options.plans, plan_formula)
        plans_s = best_recalculation(document, options.repetitions)
        last = sheet.getCellByPosition(5, ROWS - 1).getValue()
        errors = sum(1 for plan in range(options.plans)
                     if sheet.getCellByPosition(0, plan * (ROWS + 1)).getError() != 0)
        document.close(True)
        pmt_formula = lambda plan: "=PMT(0.05/12;360;%d)" % (100000 + plan)
        document, _ = build(office, options.plans, pmt_formula)
        pmt_s = best_recalculation(document, options.repetitions)
        document.close(True)
        # What Calc itself spends on an array result of the same shape (360 x 6), with a
        # built-in formula: the part of a plan's recalculation that is not the add-in's.
        array_formula = lambda plan: "=ROW($A$1:$A$360)*{1;2;3;4;5;%d}" % (6 + plan)
        document, sheet = build(office, options.plans, array_formula)
        array_s = best_recalculation(document, options.repetitions)
        array_ok = sheet.getCellByPosition(5, ROWS - 1).getValue() == 360 * 6
        document.close(True)

    per_plan_ms = plans_s / options.plans * 1e3
    array_ms = array_s / options.plans * 1e3
    addin_ms = per_plan_ms - array_ms
    report = {"plans": options.plans, "rows_per_plan": ROWS, "best_s": plans_s,
              "per_plan_ms": per_plan_ms, "pmt_cells_best_s": pmt_s,
              "per_plan_minus_pmt_cell_ms": (plans_s - pmt_s) / options.plans * 1e3,
              "builtin_array_360x6_per_plan_ms": array_ms, "builtin_array_checked": array_ok,
              "addin_ms_per_plan": addin_ms,
              "error_plans": errors, "last_balance_of_first_plan": last,
              "bound_ms": 1.0, "within_bound": addin_ms < 1.0}
    print("bench: PAYMENTPLAN 360 rows: %.3f ms per plan (%d plans in %.1f ms), of which Calc's own "
          "handling of a 360 x 6 array result (a built-in array formula of that shape) %.3f ms: "
          "add-in time %.3f ms; one PMT cell per plan: %.3f ms; bound 1 ms of add-in time: %s; "
          "error plans: %d"
          % (per_plan_ms, options.plans, plans_s * 1e3, array_ms, addin_ms, pmt_s / options.plans * 1e3,
             "met" if report["within_bound"] else "MISSED", errors))
    os.makedirs(os.path.dirname(options.json), exist_ok=True)
    temporary = options.json + ".tmp"
    with open(temporary, "w") as out:
        json.dump(report, out, indent=2)
    os.replace(temporary, options.json)
    return 1 if errors or last != 0 or not array_ok else 0


if __name__ == "__main__":
    sys.exit(main())
