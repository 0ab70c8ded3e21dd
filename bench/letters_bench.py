"""The reminder letters' cost: a register of CLIENTS clients with 3 overdue
invoices each, every client due a first reminder, written by the packaged
extension (Basic: Relance.Reminders.GenerateReminders) as one PDF per client,
in a fresh headless soffice. Reports the wall time, the cost per letter and
soffice.bin's peak VmRSS (polled every 50 ms). The issue's bound: 1,000
clients -> 1,000 PDFs in under 60 s, soffice under 1 GiB.

    /usr/bin/python3 bench/letters_bench.py [--clients 1000] [--combined]
"""

import argparse
import datetime
import json
import os
import shutil
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)

import uno  # noqa: E402,F401

from calc_functions_bench import soffice_bin_pid, vm_rss_kib, write_json  # noqa: E402
from office_session import OfficeSession, file_url  # noqa: E402
from process_register import basic, write_settings  # noqa: E402

AS_OF = datetime.date(2026, 12, 31)


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def register(office, clients):
    document = office.new_spreadsheet()
    sheet = document.Sheets.getByIndex(0)
    rows = [("N° facture", "Client", "Langue", "Échéance", "Montant TTC")]
    for client in range(clients):
        for invoice in range(3):
            rows.append(("F-%05d-%d" % (client, invoice), "Client %04d SARL" % client, "fr",
                         serial(datetime.date(2026, 11, 2) + datetime.timedelta(days=invoice)),
                         1000.0 + client + invoice / 4))
    sheet.getCellRangeByPosition(0, 0, 4, len(rows) - 1).setDataArray(tuple(rows))
    return document


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--combined", action="store_true", help="also the combined Writer document")
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "relance.oxt"))
    parser.add_argument("--json", default=os.path.join(ROOT, "out", "bench-letters.json"))
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="relance-letters-bench-")
    settings = json.load(open(os.path.join(ROOT, "tests", "fixtures", "settings-fr.json"), encoding="utf-8"))
    settings["Output/CombinedDocument"] = options.combined
    try:
        with OfficeSession(oxt=options.oxt) as office:
            write_settings(office, settings)
            pid = soffice_bin_pid(office.process.pid)
            document = register(office, options.clients)
            peak = [vm_rss_kib(pid)]
            before = peak[0]
            running = [True]

            def poll():
                while running[0]:
                    peak[0] = max(peak[0], vm_rss_kib(pid))
                    time.sleep(0.05)
            poller = threading.Thread(target=poll)
            poller.start()
            start = time.perf_counter()
            files = basic(office, "Reminders.GenerateReminders", document, file_url(folder), serial(AS_OF))
            wall = time.perf_counter() - start
            running[0] = False
            poller.join()
            document.close(True)
        pdfs = [f for f in os.listdir(folder) if f.endswith(".pdf")]
        report = {"benchmark": "Relance reminder letters (bench/letters_bench.py)",
                  "date": datetime.datetime.now().isoformat(timespec="seconds"),
                  "clients": options.clients, "invoices_per_client": 3, "combined_document": options.combined,
                  "pdfs": len(pdfs), "files_returned": len(files or ()), "wall_s": wall,
                  "per_letter_ms": wall / max(1, len(pdfs)) * 1e3,
                  "soffice_vm_rss_kib_before": before, "soffice_vm_rss_kib_peak": peak[0],
                  "meets_60_s": wall < 60, "meets_1_gib": peak[0] < 1024 * 1024}
        print("letters: %d clients -> %d PDFs in %.1f s (%.0f ms a letter); soffice.bin VmRSS %d MiB before, "
              "%d MiB at the peak; under 60 s: %s, under 1 GiB: %s" % (
                  options.clients, len(pdfs), wall, report["per_letter_ms"], before // 1024, peak[0] // 1024,
                  "yes" if report["meets_60_s"] else "NO", "yes" if report["meets_1_gib"] else "NO"))
        write_json(report, options.json)
        return 0 if len(pdfs) == options.clients else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
