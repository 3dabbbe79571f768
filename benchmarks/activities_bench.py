"""How fast the activities list opens, filters and sorts with 100,000 activities; peak memory.

    python benchmarks/activities_bench.py [--count 100000] [--keep DIR]

Fills a database with the catalog and COUNT activities (bulk executemany, in a child process
so its memory is not counted), then opens the list through the service and through the
Activities area offscreen, and prints each figure against its target: the list opens in under
0.5 s, a filter or sort answers in under 0.1 s, memory stays under 400 MB. --keep reuses (or
keeps) the filled database in DIR.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_TARGET, FILTER_TARGET, MEMORY_TARGET_MB = 0.5, 0.1, 400
RUNS = 5


def fill(path: Path, count: int) -> None:
    """Child process: a fresh database with the catalog and count activities."""
    from activities_fill import fill_activities

    from db.catalog.loader import load_catalog
    from db.storage.database import open_database

    database = open_database(path)
    load_catalog(database)
    started = time.perf_counter()
    fill_activities(database, count)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    print(f"filled {count:,} activities (with links and history) in "
          f"{time.perf_counter() - started:.1f} s; database {path.stat().st_size / 2**20:.0f} MB")


def timed(action, runs: int = RUNS) -> tuple[float, float]:
    """(first run, median of the runs) in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times)


class Report:
    """Rows of figures against targets."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    def row(self, what: str, first: float, median: float, target: float) -> None:
        verdict = "ok" if median <= target else f"MISSED by {median - target:.3f} s"
        if median > target:
            self.missed.append(what)
        print(f"  {what:<52} first {first * 1000:7.1f} ms   median {median * 1000:7.1f} ms"
              f"   target {target * 1000:5.0f} ms   {verdict}")


def service_figures(database, report: Report) -> None:
    from db.activities.queries import ActivityQuery, activity_page, count_activities

    def list_page(query):
        def run():
            counts = count_activities(database, query)
            activity_page(database, query, 0, 200, counts)
        return run

    print("\nService (counts + first page of 200 rows):")
    report.row("open: no filter, newest first", *timed(list_page(ActivityQuery())), OPEN_TARGET)
    filters = {
        "filter status = cancelled": ActivityQuery(status="cancelled"),
        "filter status = ongoing": ActivityQuery(status="ongoing"),
        "filter kind = outreach": ActivityQuery(kind="outreach"),
        "filter action area 5": ActivityQuery(action_area=5),
        "filter linked item DES-SR-III-01": ActivityQuery(item_code="DES-SR-III-01"),
        "filter linked items of section SAN-SR-3": ActivityQuery(item_code="SAN-SR-3"),
        "filter text 'trafficking'": ActivityQuery(text="trafficking"),
        "filter text 'border training'": ActivityQuery(text="border training"),
        "filter text 'asylum' (in 1 of 5 activities)": ActivityQuery(text="asylum"),
        "filter status + area + text, by title": ActivityQuery(
            status="planned", action_area=3, text="border", sort="title", descending=False),
        "show deleted too": ActivityQuery(include_deleted=True),
    }
    for what, query in filters.items():
        report.row(what, *timed(list_page(query)), FILTER_TARGET)
    print("  (worst cases, no target: a word in nearly every activity, a whole event)")
    for what, query in {"  text 'the' (in 9 of 10 activities)": ActivityQuery(text="the"),
                        "  linked items of event DES (250 items)": ActivityQuery(
                            item_code="DES")}.items():
        first, median = timed(list_page(query))
        print(f"  {what:<52} first {first * 1000:7.1f} ms   median {median * 1000:7.1f} ms")
    print("\nService, sorting (first page of 200, unfiltered):")
    from db.activities.queries import SORTS

    for sort in SORTS:
        for descending in (False, True):
            query = ActivityQuery(sort=sort, descending=descending)
            arrow = "descending" if descending else "ascending"
            report.row(f"sort by {sort} {arrow}", *timed(list_page(query)), FILTER_TARGET)
    deep = ActivityQuery(sort="title", descending=False)
    report.row("scrolled far: rows 10,000-10,200 by title",
               *timed(lambda: activity_page(database, deep, 10_000, 200, None)), FILTER_TARGET)


def gui_figures(context, report: Report) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.activities.area import ActivitiesArea
    from desktop.activities.table_model import COLUMN_OF_SORT

    app = QApplication.instance() or QApplication([])
    print("\nActivities area offscreen (model + view + filter bar):")
    areas = []

    def open_area():
        area = ActivitiesArea(context)
        area.resize(1366, 700)
        area.show()
        app.processEvents()
        areas.append(area)
    report.row("open the area and show the first page", *timed(open_area, 3), OPEN_TARGET)
    area = areas[-1]
    model = area.model
    print(f"  rows loaded: {model.rowCount():,} of {model.counts.matching:,}; "
          f"'{area.filter_bar.summary_label.text()}'")

    def apply(**changes):
        def run():
            model.set_query(replace(model.query, **changes))
            app.processEvents()
        return run
    report.row("status filter through the model",
               *timed(apply(status="completed")), FILTER_TARGET)
    report.row("text filter through the model", *timed(apply(status=None, text="border")),
               FILTER_TARGET)
    report.row("action area through the model", *timed(apply(text="", action_area=7)),
               FILTER_TARGET)
    model.set_query(replace(model.query, action_area=None))
    header = area.view.horizontalHeader()

    def click_sort():
        order = (Qt.SortOrder.DescendingOrder if header.sortIndicatorOrder()
                 == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(COLUMN_OF_SORT["lead_organisation"], order)
        app.processEvents()
    report.row("sort by clicking a header", *timed(click_sort), FILTER_TARGET)

    def scroll_page():
        model.fetchMore()
        app.processEvents()
    report.row("next page while scrolling (fetchMore)", *timed(scroll_page, 10), FILTER_TARGET)
    for each in areas:
        each.close()


def measure(path: Path) -> int:
    from db.catalog.loader import CatalogLoadReport
    from db.storage.database import open_database
    from desktop.context import AppContext
    from desktop.paths import DataPaths

    report = Report()
    database = open_database(path)
    service_figures(database, report)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="tenpoint-bench-settings-"))).create()
    context = AppContext(paths, database, CatalogLoadReport(None, 0, 0, 0, 0, 0), user="bench")
    gui_figures(context, report)
    database.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak_mb <= MEMORY_TARGET_MB else "MISSED"
    print(f"\nPeak memory (resident, this process): {peak_mb:.0f} MB, target "
          f"{MEMORY_TARGET_MB} MB: {verdict}")
    if peak_mb > MEMORY_TARGET_MB:
        report.missed.append("memory")
    print("\nAll targets met." if not report.missed else
          f"\nMissed: {', '.join(report.missed)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder for the filled database, reused")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args()
    if args.quick:
        args.count = 2_000
    if args.fill:
        fill(args.fill, args.count)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tenpoint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"activities-{args.count}.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, __file__, "--fill", str(path), "--count",
                        str(args.count)], check=True)
    else:
        print(f"reusing {path}")
    return measure(path)


if __name__ == "__main__":
    sys.exit(main())
