#!/usr/bin/env python3
"""Check the reference-rate tables shipped with Relance (stdlib only).

Usage: python3 check_rates.py [DIR_OR_CSV ...]   (default: the directory of this script)

For every CSV file it checks:
  * the '#' comment header names a source, a url and a valid-through date;
  * the header row is exactly: effective_date,rate,reference;
  * every effective_date is an ISO date (YYYY-MM-DD) and the dates strictly increase;
  * every rate is a decimal with at least 4 decimals, between -0.01 and 0.25;
  * every row has a non-empty reference;
  * valid-through is an ISO date on or after the last effective date.
Exits 1 if any problem is found, 0 otherwise.
"""
import csv
import datetime
import io
import os
import re
import sys

REQUIRED_KEYS = ("source", "url", "valid-through")
HEADER = ["effective_date", "rate", "reference"]
RATE_RE = re.compile(r"^-?\d+\.\d{4,}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_RATE, MAX_RATE = -0.01, 0.25


def parse_date(text):
    if not DATE_RE.match(text):
        raise ValueError("not YYYY-MM-DD")
    return datetime.date.fromisoformat(text)


def check_file(path):
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()

    meta = {}
    body_start = None
    for i, line in enumerate(lines):
        if line.startswith("#"):
            m = re.match(r"#\s*([A-Za-z-]+)\s*:\s*(.*)$", line)
            if m:
                key = m.group(1).lower()
                meta.setdefault(key, m.group(2).strip())
            continue
        if not line.strip():
            continue
        body_start = i
        break

    for key in REQUIRED_KEYS:
        if not meta.get(key):
            problems.append(f"missing '# {key}:' header comment")

    valid_through = None
    if meta.get("valid-through"):
        try:
            valid_through = parse_date(meta["valid-through"])
        except ValueError:
            problems.append(f"valid-through {meta['valid-through']!r} is not an ISO date")

    if body_start is None:
        problems.append("no header row / no data")
        return problems

    body = "\n".join(lines[body_start:])
    rows = list(csv.reader(io.StringIO(body)))
    if rows[0] != HEADER:
        problems.append(f"header row is {rows[0]!r}, expected {HEADER!r}")
    data = [r for r in rows[1:] if r]
    if not data:
        problems.append("no data rows")

    previous = None
    last_date = None
    for n, row in enumerate(data, start=body_start + 2):
        where = f"line {n}"
        if len(row) != 3:
            problems.append(f"{where}: expected 3 fields, got {len(row)}")
            continue
        date_text, rate_text, reference = row
        try:
            d = parse_date(date_text)
        except ValueError:
            problems.append(f"{where}: effective_date {date_text!r} is not an ISO date")
            continue
        if previous is not None and d <= previous:
            problems.append(f"{where}: {date_text} does not strictly follow {previous.isoformat()}")
        previous = d
        last_date = d
        if not RATE_RE.match(rate_text):
            problems.append(f"{where}: rate {rate_text!r} is not a decimal fraction with 4+ decimals")
        else:
            rate = float(rate_text)
            if not (MIN_RATE <= rate <= MAX_RATE):
                problems.append(f"{where}: rate {rate_text} outside [{MIN_RATE}, {MAX_RATE}]")
        if not reference.strip():
            problems.append(f"{where}: empty reference")

    if valid_through is not None and last_date is not None and valid_through < last_date:
        problems.append(f"valid-through {valid_through} is before the last effective date {last_date}")
    return problems


def main(argv):
    targets = argv[1:] or [os.path.dirname(os.path.abspath(__file__))]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, n) for n in os.listdir(t) if n.endswith(".csv"))
        else:
            files.append(t)
    if not files:
        print("no CSV files found", file=sys.stderr)
        return 1
    failed = False
    for path in files:
        problems = check_file(path)
        name = os.path.basename(path)
        if problems:
            failed = True
            for p in problems:
                print(f"{name}: {p}")
        else:
            print(f"{name}: OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
