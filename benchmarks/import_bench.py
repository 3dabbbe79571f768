"""Package imports at a headquarters, against bare baselines written in this script.

    python benchmarks/import_bench.py [--activities 20000] [--packages 5] [--runs 3] [--quick]

Packages are signed by their offices and carry a History sheet (one entry per activity and
one more per change), as real ones do. Each figure is the median of RUNS runs, each run in a
fresh child process on a fresh copy of the database; its memory is the peak of the whole
process tree (the child and the reader processes it starts, benchmarks/process_tree.py).

1. A package of ACTIVITIES new activities imported at a headquarters, against the bare
   baseline: python-calamine reading every sheet of the same file, then sqlite3 executemany
   of its Activities and History rows in one WAL, synchronous=FULL transaction (target 3x).
2. The same package imported again (target: under 0.5 s).
3. A dry run of it (target: no more than the import's read and plan).
4. An update package from the same office: a third of the activities changed, some of them
   edited at headquarters meanwhile (conflicts), the rest unchanged, a tenth new.
5. A folder of PACKAGES packages of ACTIVITIES each, from PACKAGES offices (target: 100,000
   activities in under 10 s, the whole tree under 500 MB), against the bare baseline of all.
--quick runs everything small, once: a check that the benchmark works (CI runs it).
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from process_tree import median, own_peak_mb, run_measured, verdict  # noqa: E402

IMPORT_TARGET, REIMPORT_SECONDS, FOLDER_SECONDS, MEMORY_TARGET_MB = 3.0, 0.5, 10.0, 500
CHANGED, CONFLICTING, ADDED = 1 / 3, 1 / 20, 1 / 10  # shares of the update package


# --- making the packages (parent) ----------------------------------------------------------
def _office_package(folder: Path, name: str, count: int, rng: random.Random):
    """A signed package of count new activities from a new office; returns (path, rows,
    history, office id, signer)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sync_bench import activities, history, lists, package

    from exporters.signature import Signer
    from exporters.writer import write_package

    office = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    signer = Signer(Ed25519PrivateKey.generate())
    rows = activities(count, office, rng)
    entries = history(rows, 1, rng)
    path = folder / name
    write_package(path, package(office, rows, entries), lists(), signer=signer)
    return path, rows, entries, office, signer


def _update_package(path: Path, rows, entries, office: str, signer, rng: random.Random):
    """The office's next package: CHANGED of its activities edited there, ADDED new ones."""
    from sync_bench import activities, history, lists, package

    from exporters.records import HistoryRow
    from exporters.writer import write_package

    changed = int(len(rows) * CHANGED)
    newer, more = [], []
    for number, row in enumerate(rows):
        if number < changed:
            status = "completed" if row.status != "completed" else "ongoing"
            row = replace(row, status=status, revision=3, version={office: 3},
                          updated_at=row.updated_at + timedelta(days=30))
            more.append(HistoryRow(row.activity_id, str(uuid.uuid4()), row.updated_at, "amina",
                                   office, "changed", "status", "", status, ""))
        newer.append(row)
    added = activities(int(len(rows) * ADDED), office, rng)
    content = package(office, tuple(newer) + added,
                      tuple(entries) + tuple(more) + history(added, 1, rng))
    write_package(path, content, lists(), signer=signer)


def _fingerprint(signer) -> str:
    from exporters.signature import fingerprint

    return fingerprint(signer.public_key)


def prepare(folder: Path, count: int, packages: int) -> dict:
    """The packages, the fingerprints to trust, and the headquarters databases to copy."""
    rng = random.Random(17)
    first, rows, entries, office, signer = _office_package(folder, "office-a.xlsx", count, rng)
    _update_package(folder / "office-a-update.xlsx", rows, entries, office, signer, rng)
    fingerprints = [_fingerprint(signer)]
    inbox = folder / "inbox"
    inbox.mkdir()
    for number in range(packages):
        *_, other = _office_package(inbox, f"office-{number:02}.xlsx", count, rng)
        fingerprints.append(_fingerprint(other))
    setup = {"folder": str(folder), "fingerprints": fingerprints}
    (folder / "setup.json").write_text(json.dumps(setup))
    subprocess_child("setup", folder)
    return setup


def subprocess_child(operation: str, folder: Path) -> dict:
    measured = run_measured([sys.executable, __file__, "--child", operation, str(folder)])
    return {**measured.figures, "tree_mb": measured.peak_tree_mb}


# --- the child's operations ----------------------------------------------------------------
def _database(folder: Path, template: str):
    """A fresh copy of a prepared headquarters database, opened."""
    from db.storage.database import open_database

    target = folder / f"run-{uuid.uuid4().hex[:8]}" / "hq.sqlite"
    target.parent.mkdir()
    shutil.copyfile(folder / template, target)
    return open_database(target)


def _import(database, paths: list[Path], fingerprints: list[str], dry_run: bool = False) -> dict:
    from db.sync.importing import apply_import, preview_import, read_packages

    # A build whose read_packages knows the database skips files it imported before; one
    # that reads ahead reads a folder while it merges, as `tenpoint import` does.
    knows = inspect.signature(read_packages).parameters
    given = {name: value for name, value in (("database", database), ("ahead", True))
             if name in knows}
    started = time.perf_counter()
    reads = read_packages(paths, **given)
    read_seconds = time.perf_counter() - started
    options = {"trusted_fingerprints": fingerprints}
    if dry_run:
        outcomes = preview_import(database, reads, "bench", **options).packages
    else:
        outcomes = apply_import(database, reads, "bench", **options).packages
    seconds = time.perf_counter() - started
    assert all(o.status == "accepted" for o in outcomes), [
        (o.status, o.problems[:3]) for o in outcomes]
    counts = {key: sum(o.counts()[key] for o in outcomes)
              for key in ("new", "updated", "unchanged", "conflicts")}
    return {"seconds": seconds, "read": read_seconds, **counts}


def _setup_databases(folder: Path, fingerprints: list[str]) -> None:
    """hq-empty: the catalog and the office; hq-after: with office-a imported; hq-edited:
    that, then some of its activities edited at headquarters (the update brings conflicts)."""
    from db.catalog.loader import load_catalog
    from db.installation.office import setup_office
    from db.storage.database import open_database

    database = open_database(folder / "setup" / "hq.sqlite")
    load_catalog(database)
    hq = setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    database.close()
    for name in ("hq-empty.sqlite", "hq-after.sqlite"):
        _checkpointed_copy(folder / "setup" / "hq.sqlite", folder / name)
    database = _database(folder, "hq-after.sqlite")
    _import(database, [folder / "office-a.xlsx"], fingerprints)
    database.close()
    _checkpointed_copy(database.path, folder / "hq-after.sqlite")
    shutil.copyfile(folder / "hq-after.sqlite", folder / "hq-edited.sqlite")
    with sqlite3.connect(folder / "hq-edited.sqlite") as connection:
        edit_at_headquarters(connection, hq.uuid)


def edit_at_headquarters(connection, hq: str, mark: str = "?") -> None:
    """CONFLICTING of the office's activities edited here, as the editor records an edit: a
    new title, one more revision, one more edit in the headquarters' entry of the vector.
    connection: a DB-API connection (sqlite3's, or psycopg's with mark "%s")."""
    rows = connection.execute("SELECT uuid, version_vector FROM activity ORDER BY updated_at"
                              ).fetchall()
    for activity_uuid, vector_text in rows[:max(1, int(len(rows) * CONFLICTING))]:
        vector = {**json.loads(vector_text), hq: 1}
        connection.execute(
            "UPDATE activity SET title = title || ' (HQ)', version_vector = "
            f"{mark}, revision = revision + 1 WHERE uuid = {mark}",
            (json.dumps(vector, sort_keys=True), activity_uuid))


def _checkpointed_copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, target)


def _bare(paths: list[Path], database_file: Path) -> dict:
    """python-calamine reads every sheet; sqlite3 writes the Activities and History rows in
    one transaction (WAL, synchronous=FULL), as a floor no importer can go under."""
    import python_calamine

    started = time.perf_counter()
    connection = sqlite3.connect(database_file, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("BEGIN")
    created = set()
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in ("Activities", "History"):
            rows = workbook.get_sheet_by_name(name).to_python()
            header, body = rows[0], rows[1:]
            table = name.lower()
            if table not in created:
                columns = ", ".join(f'"c{n}"' for n in range(len(header)))
                connection.execute(f"CREATE TABLE {table} ({columns}, "
                                   f"PRIMARY KEY (c0, c1))" if table == "history" else
                                   f"CREATE TABLE {table} (c0 PRIMARY KEY, "
                                   f"{columns.split(', ', 1)[1]})")
                created.add(table)
            marks = ", ".join("?" * len(header))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})",
                                   [[str(v) if hasattr(v, "isoformat") else v for v in row]
                                    for row in body])
        workbook.close()
    connection.execute("COMMIT")
    connection.close()
    return {"seconds": time.perf_counter() - started}


def child(operation: str, folder: Path) -> None:
    setup = json.loads((folder / "setup.json").read_text())
    fingerprints = setup["fingerprints"]
    inbox = sorted((folder / "inbox").glob("*.xlsx"))
    if operation == "setup":
        _setup_databases(folder, fingerprints)
        figures = {}
    elif operation == "bare":
        figures = _bare([folder / "office-a.xlsx"], folder / f"bare-{uuid.uuid4().hex}.sqlite")
    elif operation == "bare-folder":
        figures = _bare(inbox, folder / f"bare-{uuid.uuid4().hex}.sqlite")
    elif operation in ("import", "dry-run"):
        figures = _import(_database(folder, "hq-empty.sqlite"), [folder / "office-a.xlsx"],
                          fingerprints, dry_run=operation == "dry-run")
    elif operation == "reimport":
        figures = _import(_database(folder, "hq-after.sqlite"), [folder / "office-a.xlsx"],
                          fingerprints)
    elif operation == "update":
        figures = _import(_database(folder, "hq-edited.sqlite"),
                          [folder / "office-a-update.xlsx"], fingerprints)
    elif operation == "folder":
        figures = _import(_database(folder, "hq-empty.sqlite"), inbox, fingerprints)
    else:
        raise SystemExit(f"unknown operation {operation}")
    print(json.dumps({**figures, "own_peak_mb": own_peak_mb()}))


# --- the parent: runs and prints -----------------------------------------------------------
def runs_of(operation: str, folder: Path, runs: int) -> dict:
    """Median seconds and tree memory of runs children doing operation (counts of the last)."""
    results = [subprocess_child(operation, folder) for _ in range(runs)]
    last = results[-1]
    return {**last, "seconds": median([r["seconds"] for r in results]),
            "read": median([r.get("read", 0.0) for r in results]),
            "tree_mb": median([r["tree_mb"] for r in results]),
            "tree_mb_max": max(r["tree_mb"] for r in results)}


def _counts(figures: dict) -> str:
    return ", ".join(f"{figures[k]:,} {k}" for k in ("new", "updated", "unchanged", "conflicts")
                     if figures.get(k))


def report(folder: Path, count: int, packages: int, runs: int) -> list[str]:
    missed = []
    bare = runs_of("bare", folder, runs)
    imported = runs_of("import", folder, runs)
    ratio = imported["seconds"] / bare["seconds"]
    print(f"1. Import of a signed package of {count:,} activities (+{count:,} history) at a "
          f"fresh headquarters: {imported['seconds']:.2f} s (reading {imported['read']:.2f} s), "
          f"{count / imported['seconds']:,.0f} activities/s, tree {imported['tree_mb']:.0f} MB "
          f"[{_counts(imported)}]")
    print(f"   bare calamine + sqlite3 executemany: {bare['seconds']:.2f} s "
          f"(tree {bare['tree_mb']:.0f} MB); ratio {ratio:.2f}x (target <= {IMPORT_TARGET}x) "
          f"{verdict(ratio, IMPORT_TARGET)}")
    missed += ["import"] if ratio > IMPORT_TARGET else []
    again = runs_of("reimport", folder, runs)
    print(f"2. The same package imported again: {again['seconds']:.2f} s, tree "
          f"{again['tree_mb']:.0f} MB [{_counts(again)}] (target < {REIMPORT_SECONDS} s) "
          f"{verdict(again['seconds'], REIMPORT_SECONDS)}")
    missed += ["re-import"] if again["seconds"] > REIMPORT_SECONDS else []
    dry = runs_of("dry-run", folder, runs)
    print(f"3. Dry run of it: {dry['seconds']:.2f} s, {dry['seconds'] / imported['seconds']:.2f}x "
          f"the import (whose read alone took {imported['read']:.2f} s)")
    update = runs_of("update", folder, runs)
    print(f"4. The office's update package ({_counts(update)}): {update['seconds']:.2f} s "
          f"(reading {update['read']:.2f} s), tree {update['tree_mb']:.0f} MB")
    bare_all = runs_of("bare-folder", folder, runs)
    merged = runs_of("folder", folder, runs)
    total = packages * count
    ratio = merged["seconds"] / bare_all["seconds"]
    print(f"5. A folder of {packages} packages x {count:,} activities ({total:,}): "
          f"{merged['seconds']:.1f} s (reading {merged['read']:.1f} s), "
          f"{total / merged['seconds']:,.0f} activities/s; bare {bare_all['seconds']:.1f} s, "
          f"ratio {ratio:.2f}x; whole process tree peak {merged['tree_mb']:.0f} MB (max "
          f"{merged['tree_mb_max']:.0f}; target < {MEMORY_TARGET_MB} MB) "
          f"{verdict(merged['tree_mb'], MEMORY_TARGET_MB)}")
    scaled = merged["seconds"] * 100_000 / total
    print(f"   scaled to 100,000 activities: {scaled:.1f} s (target < {FOLDER_SECONDS} s) "
          f"{verdict(scaled, FOLDER_SECONDS)}")
    missed += ["folder memory"] if merged["tree_mb"] > MEMORY_TARGET_MB else []
    missed += ["folder time"] if scaled > FOLDER_SECONDS else []
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--packages", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    if args.quick:
        args.activities, args.packages, args.runs = 300, 2, 1
    with tempfile.TemporaryDirectory(prefix="tenpoint-import-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        prepare(folder, args.activities, args.packages)
        print(f"(packages and databases prepared in {time.perf_counter() - started:.0f} s; "
              f"median of {args.runs} run(s) each)")
        missed = report(folder, args.activities, args.packages, args.runs)
    print("All targets met." if not missed else f"Missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
