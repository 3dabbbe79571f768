"""The Progress area's reads and the reports, on a headquarters database of many activities.

    python benchmarks/progress_bench.py [--activities 100000] [--offices 100] [--keep DIR]

Prints the time of the figures the area shows on opening (its first page, coverage by event),
of each filter on each page (a page reads when it is shown), of the Excel report of a region
(East and Horn of Africa) against a bare openpyxl write_only of the same cells, and of the
PDF of that region, with its pages and the process's peak memory. Targets: the area opens in
0.3 s, a filter answers in 0.1 s, the Excel report takes at most 1.3x the bare write, the PDF
of a region with 10,000 activities takes under 10 s and 500 MB. The fill links activities to
items of every event, so the region holds about 44 % of them: --activities 22000 gives a
region of about 10,000.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from activities_fill import fill_activities  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from db.catalog.loader import load_catalog  # noqa: E402
from db.progress.scope import ProgressScope  # noqa: E402
from db.storage.database import open_database  # noqa: E402
from desktop.progress.figures import read_coverage, read_late, read_targets  # noqa: E402

TODAY = date(2026, 12, 5)
FILTERS = {
    "region": ProgressScope(region_code="EHSA"),
    "country": ProgressScope(country_iso2="KE"),
    "event": ProgressScope(event_code="DES"),
    "area": ProgressScope(area_number=3),
    "status": ProgressScope(status="ongoing"),
    "period": ProgressScope(period_start=date(2015, 1, 1), period_end=date(2016, 12, 31)),
}


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "OVER"


def bare_write(rows: list[tuple], path: Path) -> None:
    """openpyxl write_only of the same cells, nothing else: the Excel report's baseline."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Activities")
    for row in rows:
        sheet.append(row)
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--offices", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="fill (or reuse) the database in this folder")
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args()
    if args.quick:
        args.activities, args.offices = 1_000, 5
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tenpoint-progress-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tenpoint.sqlite"
    fresh = not path.exists()
    database = open_database(path)
    if fresh:
        load_catalog(database)
        fill_activities(database, args.activities, other_offices=args.offices,
                        headquarters=True)
    print(f"{args.activities:,} activities from {args.offices} offices ({path})")
    pages = {"coverage": lambda scope: read_coverage(database, scope, "event"),
             "targets": lambda scope: read_targets(database, scope),
             "late": lambda scope: read_late(database, scope, TODAY, 180)}
    opening = best_of(3, lambda: pages["coverage"](ProgressScope()))
    print(f"Progress area on opening (coverage): {opening:.3f} s (target 0.3 s) "
          f"{verdict(opening, .3)}")
    for page, read in pages.items():
        for name, scope in {"none": ProgressScope(), **FILTERS}.items():
            took = best_of(3, lambda read=read, scope=scope: read(scope))
            print(f"  {page:<8} filter {name:<8} {took:.3f} s (target 0.1 s) "
                  f"{verdict(took, .1)}")
    reports(database, folder)


def reports(database, folder: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from desktop.reports.contents import gather
    from desktop.reports.sheets import report_of
    from desktop.reports.writing import write_report_file
    from exporters.report_workbook import write_report

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts for the PDF
    scope = ProgressScope(region_code="EHSA")
    started = time.perf_counter()
    contents = gather(database, scope)
    read = time.perf_counter() - started
    cells = [tuple(row) for sheet in report_of(contents).sheets for table in sheet.tables
             for row in table.rows]
    excel = best_of(3, lambda: write_report(report_of(contents), folder / "report.xlsx"))
    bare = best_of(3, lambda: bare_write(cells, folder / "bare.xlsx"))
    print(f"Excel report of a region ({len(contents.activities):,} activities, "
          f"{len(cells):,} rows): write {excel:.2f} s, bare write_only {bare:.2f} s, ratio "
          f"{excel / bare:.2f}x (target 1.3x) {verdict(excel / bare, 1.3)}; reading the "
          f"data {read:.2f} s, with it {(excel + read) / bare:.2f}x")
    started = time.perf_counter()
    written = write_report_file(database, scope, folder / "report.pdf")
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"PDF of a region: {written.activities:,} activities, {written.pages} pages in "
          f"{took:.1f} s (target 10 s) {verdict(took, 10)}; process peak {peak:.0f} MB "
          f"(target 500 MB) {verdict(peak, 500)}")


if __name__ == "__main__":
    main()
