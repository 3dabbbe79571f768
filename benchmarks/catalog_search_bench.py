"""Times the catalog browser's services on a database with 100,000 follow-up activities.

    .venv/bin/python benchmarks/catalog_search_bench.py [--activities N] [--repeat N] [--gui]

Builds a fresh database in a temporary folder (catalog loaded, a field office set up, N
activities linked to one to three random items each, 2 % of them deleted), then prints the
time of typical searches and of the tree with its follow-up summary, against the target of
0.1 s per search, and the peak memory of the process. With --gui it also times the browser
area itself (offscreen): opening it and showing the results of a typed query.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.catalog.browse import BrowseFilter, catalog_tree, office_scope  # noqa: E402
from db.catalog.follow_up import follow_up_summaries  # noqa: E402
from db.catalog.loader import load_catalog  # noqa: E402
from db.catalog.search import search_items  # noqa: E402
from db.installation.office import setup_office  # noqa: E402
from db.storage.database import Database, open_database  # noqa: E402

TARGET_SECONDS = 0.1
STATUSES = ("planned", "ongoing", "completed", "suspended", "cancelled")
ACTIVITY_COLUMNS = (
    "uuid", "owner_office_uuid", "title", "description", "country_iso2", "lead_organisation",
    "partners", "kind", "status", "progress_notes", "outcome", "evidence", "read_only",
    "revision", "version_vector", "created_at", "created_by", "updated_at", "updated_by",
    "deleted_at", "deleted_by")


def build_database(folder: Path, activities: int, seed: int = 20110615) -> Database:
    """A database with the catalog, a Nairobi office and `activities` linked activities."""
    database = open_database(folder / "tenpoint.sqlite")
    load_catalog(database)
    office = setup_office(database, "Nairobi office", "KE")
    database.close()
    rng = random.Random(seed)
    connection = sqlite3.connect(folder / "tenpoint.sqlite")
    codes = [row[0] for row in connection.execute(
        "SELECT code FROM catalog_item WHERE retired = 0")]
    rows, links = _activity_rows(rng, office.uuid, activities), []
    for row in rows:
        links += [(row[0], code) for code in rng.sample(codes, rng.randint(1, 3))]
    with connection:
        connection.executemany(
            f"INSERT INTO activity ({', '.join(ACTIVITY_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ACTIVITY_COLUMNS))})", rows)
        connection.executemany(
            "INSERT INTO activity_item_link (activity_uuid, item_code) VALUES (?, ?)", links)
    connection.execute("ANALYZE")
    connection.close()
    return open_database(folder / "tenpoint.sqlite")


def _activity_rows(rng: random.Random, office_uuid: str, count: int) -> list[tuple]:
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = []
    for number in range(count):
        created = now - timedelta(minutes=rng.randrange(3_000_000))
        updated = created + timedelta(minutes=rng.randrange(100_000))
        deleted = updated.isoformat(" ") if rng.random() < 0.02 else None
        rows.append((
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), office_uuid,
            f"Follow-up activity {number}", "Workshop with border officials on referral.",
            "KE", "Refugee Affairs Secretariat", "IOM", None, rng.choice(STATUSES), "", "", "",
            0, 1, "{}", created.isoformat(" "), "bench", updated.isoformat(" "), "bench",
            deleted, "bench" if deleted else None))
    return rows


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float, float, object]:
    """First run (cold), median and worst of the following runs, in seconds; and the result."""
    start = time.perf_counter()
    result = action()
    first = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return first, statistics.median(runs), max(runs), result


def report(name: str, action: Callable[[], object], repeat: int, target: float | None,
           size: Callable[[object], str]) -> bool:
    first, median, worst, result = timed(action, repeat)
    verdict = ""
    if target is not None:
        verdict = "ok" if worst <= target else f"MISSED by {worst - target:.3f} s"
    print(f"  {name:<44}{first * 1000:8.1f}{median * 1000:9.1f}{worst * 1000:9.1f}  "
          f"{size(result):<12}{verdict}")
    return target is None or worst <= target


def hits(result) -> str:
    return f"{len(result.hits)} hits"


def search_cases(database: Database) -> list[tuple[str, Callable[[], object]]]:
    region = office_scope(database).event_codes
    des_recommendations = BrowseFilter(event_code="DES", item_kind="recommendation")
    return [
        ("single word: detention", lambda: search_items(database, "detention")),
        ("prefix while typing: deten", lambda: search_items(database, "deten")),
        ("short prefix: re", lambda: search_items(database, "re")),
        ("one letter: a (worst case)", lambda: search_items(database, "a")),
        ("two words: detention child", lambda: search_items(database, "detention child")),
        ("code prefix: DES-SR-VIII", lambda: search_items(database, "DES-SR-VIII")),
        ("code prefix: san-sr-3", lambda: search_items(database, "san-sr-3")),
        ("word + event + kind filters", lambda: search_items(
            database, "protection", des_recommendations)),
        ("word + action area filter", lambda: search_items(
            database, "border", BrowseFilter(area_number=3))),
        ("word in the office's region", lambda: search_items(
            database, "refugees", BrowseFilter(event_codes=region))),
        ("hostile: NOT \"( *", lambda: search_items(database, 'NOT "( *')),
    ]


def tree_cases(database: Database) -> list[tuple[str, Callable[[], object], Callable]]:
    region = office_scope(database).event_codes

    def tree_and_summary(filters: BrowseFilter):
        return catalog_tree(database, filters), follow_up_summaries(database)

    def nodes(result) -> str:
        tree, summaries = result
        return f"{sum(len(n.item_codes()) for n in tree)} items"

    return [
        ("follow-up summary, all items", lambda: follow_up_summaries(database),
         lambda r: f"{len(r)} items"),
        ("tree + summary, all regions", lambda: tree_and_summary(BrowseFilter()), nodes),
        ("tree + summary, office's regions", lambda: tree_and_summary(
            BrowseFilter(event_codes=region)), nodes),
        ("filtered tree (area 3, DES) + summary", lambda: tree_and_summary(
            BrowseFilter(event_code="DES", area_number=3)), nodes),
    ]


def gui_cases(database: Database, folder: Path, repeat: int) -> None:
    """The browser area itself, offscreen: what a person waits for."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.catalog.loader import CatalogLoadReport
    from desktop.browser.area import BrowserArea
    from desktop.browser.lookup import CatalogLookup
    from desktop.context import AppContext
    from desktop.paths import DataPaths

    app = QApplication.instance() or QApplication([])
    context = AppContext(DataPaths(folder / "gui").create(), database,
                         CatalogLoadReport(None, 0, 0, 0, 0, 0), user="bench")
    shown, with_figures = [], []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        area = BrowserArea(context)
        area.attach(CatalogLookup(context))  # as the main window does once the database is open
        area.resize(1366, 700)
        area.show()
        app.processEvents()  # the first paint: tree, filters, empty detail pane
        shown.append(time.perf_counter() - start)
        area.wait_for_follow_up()  # read on a worker thread meanwhile
        app.processEvents()
        with_figures.append(time.perf_counter() - start)
        area.close()
        area.deleteLater()
        app.processEvents()
    for name, runs in (("browser area shown (tree, 1366 px)", shown),
                       ("... and its follow-up figures in", with_figures)):
        print(f"  {name:<44}{runs[0] * 1000:8.1f}{statistics.median(runs[1:]) * 1000:9.1f}"
              f"{max(runs[1:]) * 1000:9.1f}")
    area = BrowserArea(context)
    area.attach(CatalogLookup(context))
    area.resize(1366, 700)
    area.show()
    area.wait_for_follow_up()
    app.processEvents()

    def typed(text: str):
        def run():
            area.search_field.setText(text)
            area.search_field.changed.emit()  # as when typing pauses, without the pause
            app.processEvents()  # lays out and paints the results
            return area.results_model.rowCount()
        return run

    for text in ("detention", "re", "DES-SR-VIII"):
        report(f"typed query shown: {text}", typed(text), repeat, TARGET_SECONDS,
               lambda rows: f"{rows} rows")
    area.close()
    area.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--gui", action="store_true", help="also time the browser area")
    parser.add_argument("--folder", type=Path,
                        help="build the database here and keep it; reuse it if it exists")
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args(argv)
    if args.quick:
        args.activities, args.repeat, args.gui = 500, 2, True
    with tempfile.TemporaryDirectory(prefix="tenpoint-bench-") as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        if (folder / "tenpoint.sqlite").exists():
            database = open_database(folder / "tenpoint.sqlite")
            print(f"Reusing {folder / 'tenpoint.sqlite'}\n")
        else:
            database = build_database(folder, args.activities)
            print(f"Database with {args.activities:,} activities built in "
                  f"{time.perf_counter() - start:.1f} s\n")
        print(f"  {'what':<44}{'first':>8}{'median':>9}{'worst':>9}  (ms; target "
              f"{TARGET_SECONDS * 1000:.0f} ms per search)")
        ok = all([report(name, action, args.repeat, TARGET_SECONDS, hits)
                  for name, action in search_cases(database)])
        for name, action, size in tree_cases(database):
            report(name, action, args.repeat, None, size)
        if args.gui:
            gui_cases(database, folder, max(3, args.repeat // 4))
        database.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak memory (max RSS): {peak:.0f} MB")
    print("All searches within target." if ok else "Some searches missed the target.")
    return 0 if ok or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
