"""Package imports at a headquarters on PostgreSQL, against a bare baseline in this script.

    python benchmarks/server_import_bench.py [--activities 20000] [--packages 5] [--runs 3]
                                             [--server URL] [--quick]

The server is a throwaway cluster of this script's own (tests/pg_cluster.py, durable: fsync
on, as in production), or the one --server names (a database on it where this script may
CREATE DATABASE). Each run is a fresh child process importing into a fresh copy of a
headquarters database (CREATE DATABASE ... TEMPLATE); memory is the peak of the child's
process tree (the Tenpoint side: the server's own processes are the server's).

1. A signed package of ACTIVITIES new activities (+ history), against the bare baseline:
   python-calamine reading every sheet, then psycopg COPY of its Activities and History rows
   into plain tables in one transaction.
2. An update package from the same office, as in benchmarks/import_bench.py: a third of the
   activities changed, some of them edited at headquarters meanwhile (conflicts), the rest
   unchanged, a tenth new.
3. A folder of PACKAGES such packages (target as on SQLite: 100,000 activities in under
   10 s, the tree under 500 MB).
4. The Activities list on the folder's activities: the filter bar's counts and the first
   page, as the list asks for them at each change of the filter (target as on SQLite, where
   benchmarks/activities_bench.py measures it: 0.1 s). The packages' words are drawn evenly
   from a small vocabulary, so each word is in most activities: the hardest case for a text
   filter, and one where the server's statistics mislead its planner.
--quick runs everything small, once: a check that the benchmark works (CI runs it).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from import_bench import (  # noqa: E402
    _counts,
    _fingerprint,
    _office_package,
    _update_package,
    edit_at_headquarters,
)
from process_tree import median, own_peak_mb, run_measured, verdict  # noqa: E402
from sync_bench import WORDS  # noqa: E402

IMPORT_TARGET, FOLDER_SECONDS, MEMORY_TARGET_MB = 3.0, 10.0, 500
LIST_TARGET, PAGE_ROWS = 0.1, 200  # the list's first page (desktop/activities/table_model.py)


def _admin(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(sql)


def _database_url(server: str, name: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + name


def prepare(folder: Path, server: str, count: int, packages: int) -> dict:
    """The packages, the fingerprints to trust, and the headquarters template database."""
    rng = random.Random(17)
    _first, rows, entries, office, signer = _office_package(folder, "office-a.xlsx", count, rng)
    _update_package(folder / "office-a-update.xlsx", rows, entries, office, signer, rng)
    fingerprints = [_fingerprint(signer)]
    inbox = folder / "inbox"
    inbox.mkdir()
    for number in range(packages):
        *_, other = _office_package(inbox, f"office-{number:02}.xlsx", count, rng)
        fingerprints.append(_fingerprint(other))
    template = f"bench_hq_{uuid.uuid4().hex[:8]}"
    setup = {"folder": str(folder), "server": server, "template": template,
             "after": f"{template}_after", "fingerprints": fingerprints}
    (folder / "setup.json").write_text(json.dumps(setup))
    _admin(server, f"CREATE DATABASE {template}")
    measure("setup", folder)
    return setup


def measure(operation: str, folder: Path) -> dict:
    measured = run_measured([sys.executable, __file__, "--child", operation, str(folder)])
    return {**measured.figures, "tree_mb": measured.peak_tree_mb}


# --- the child's operations ----------------------------------------------------------------
def _setup_template(setup: dict) -> None:
    from db.catalog.loader import load_catalog
    from db.installation.office import setup_office
    from db.storage.database import open_database

    folder = Path(setup["folder"])
    database = open_database(_database_url(setup["server"], setup["template"]),
                             folder=folder / "hq")
    load_catalog(database)
    hq = setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    database.close()
    _setup_after(setup, hq.uuid)


def _setup_after(setup: dict, hq: str) -> None:
    """The headquarters with office-a's package imported, then some of its activities edited
    here (the update brings conflicts)."""
    import psycopg

    from db.storage.database import open_database

    _admin(setup["server"], f"CREATE DATABASE {setup['after']} TEMPLATE {setup['template']}")
    url = _database_url(setup["server"], setup["after"])
    database = open_database(url, folder=Path(setup["folder"]) / "hq")
    _apply(database, setup, [Path(setup["folder"]) / "office-a.xlsx"])
    database.close()
    with psycopg.connect(url) as connection:
        edit_at_headquarters(connection, hq, mark="%s")


def _fresh_copy(setup: dict, template: str = "template") -> str:
    name = f"bench_run_{uuid.uuid4().hex[:8]}"
    _admin(setup["server"], f"CREATE DATABASE {name} TEMPLATE {setup[template]}")
    return _database_url(setup["server"], name)


def _import(setup: dict, paths: list[Path], template: str = "template",
            then: Callable | None = None) -> dict:
    """then(database): figures measured after the import, on the database it filled."""
    from db.storage.database import open_database

    database = open_database(_fresh_copy(setup, template), folder=Path(setup["folder"]) / "hq")
    figures = _apply(database, setup, paths)
    if then is not None:
        figures.update(then(database))
    database.close()
    return figures


def _list_times(database) -> dict:
    """Per filter: how many match, and the median seconds of the counts and first page."""
    from activities_bench import timed

    from db.activities.queries import ActivityQuery, activity_page, count_activities

    common, other = WORDS[9], WORDS[4]
    filters = {"no filter, newest first": ActivityQuery(),
               f"text '{common}' (a word in most)": ActivityQuery(text=common),
               f"text '{common} {other}'": ActivityQuery(text=f"{common} {other}"),
               "text 'kakuma' (in none)": ActivityQuery(text="kakuma"),
               "status = ongoing, by title": ActivityQuery(status="ongoing", sort="title",
                                                          descending=False)}
    figures = {}
    for what, query in filters.items():
        def shown(query: ActivityQuery = query) -> None:
            counts = count_activities(database, query)
            activity_page(database, query, 0, PAGE_ROWS, counts)
        _first, median_seconds = timed(shown)
        figures[what] = (count_activities(database, query).matching, median_seconds)
    return {"list": figures}


def _apply(database, setup: dict, paths: list[Path]) -> dict:
    from db.sync.importing import apply_import, read_packages

    started = time.perf_counter()
    reads = read_packages(paths, database=database, ahead=True)  # as `tenpoint import` does
    read_seconds = time.perf_counter() - started
    outcomes = apply_import(database, reads, "bench",
                            trusted_fingerprints=setup["fingerprints"]).packages
    seconds = time.perf_counter() - started
    assert all(o.status == "accepted" for o in outcomes), [
        (o.status, o.problems[:3]) for o in outcomes]
    return {"seconds": seconds, "read": read_seconds, **{
        key: sum(o.counts()[key] for o in outcomes)
        for key in ("new", "updated", "unchanged", "conflicts")}}


def _bare(setup: dict, paths: list[Path]) -> dict:
    """python-calamine reads every sheet; psycopg COPYs the Activities and History rows into
    plain tables in one transaction: a floor no importer can go under."""
    import psycopg
    import python_calamine

    url = _fresh_copy(setup)
    started = time.perf_counter()
    with psycopg.connect(url) as connection:
        created = set()
        for path in paths:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
            for name in ("Activities", "History"):
                rows = workbook.get_sheet_by_name(name).to_python()
                header, body = rows[0], rows[1:]
                table = f"bare_{name.lower()}"
                columns = ", ".join(f"c{n} text" for n in range(len(header)))
                if table not in created:
                    connection.execute(f"CREATE TABLE {table} ({columns})")
                    created.add(table)
                with connection.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                    for row in body:
                        copy.write_row([None if v == "" else str(v) for v in row])
            workbook.close()
    return {"seconds": time.perf_counter() - started}


def child(operation: str, folder: Path) -> None:
    setup = json.loads((folder / "setup.json").read_text())
    inbox = sorted((folder / "inbox").glob("*.xlsx"))
    first = [folder / "office-a.xlsx"]
    operations = {"setup": lambda: _setup_template(setup) or {},
                  "bare": lambda: _bare(setup, first), "import": lambda: _import(setup, first),
                  "update": lambda: _import(setup, [folder / "office-a-update.xlsx"], "after"),
                  "bare-folder": lambda: _bare(setup, inbox),
                  "folder": lambda: _import(setup, inbox, then=_list_times)}
    figures = operations[operation]()
    print(json.dumps({**figures, "own_peak_mb": own_peak_mb()}))


# --- the parent: runs and prints -----------------------------------------------------------
def runs_of(operation: str, folder: Path, runs: int) -> dict:
    results = [measure(operation, folder) for _ in range(runs)]
    return {**results[-1], "seconds": median([r["seconds"] for r in results]),
            "read": median([r.get("read", 0.0) for r in results]),
            "tree_mb": median([r["tree_mb"] for r in results])}


def report(folder: Path, count: int, packages: int, runs: int) -> list[str]:
    missed = []
    bare, imported = runs_of("bare", folder, runs), runs_of("import", folder, runs)
    ratio = imported["seconds"] / bare["seconds"]
    print(f"1. Import of a signed package of {count:,} activities (+history) at a fresh "
          f"headquarters on PostgreSQL: {imported['seconds']:.2f} s (reading "
          f"{imported['read']:.2f} s), {imported['new']:,} new, tree {imported['tree_mb']:.0f} MB")
    print(f"   bare calamine + psycopg COPY: {bare['seconds']:.2f} s; ratio {ratio:.2f}x "
          f"(target <= {IMPORT_TARGET}x) {verdict(ratio, IMPORT_TARGET)}")
    missed += ["import"] if ratio > IMPORT_TARGET else []
    update = runs_of("update", folder, runs)
    print(f"2. The office's update package ({_counts(update)}): {update['seconds']:.2f} s "
          f"(reading {update['read']:.2f} s), tree {update['tree_mb']:.0f} MB")
    bare_all, merged = runs_of("bare-folder", folder, runs), runs_of("folder", folder, runs)
    total = packages * count
    print(f"3. A folder of {packages} packages x {count:,} activities ({total:,}): "
          f"{merged['seconds']:.1f} s (reading {merged['read']:.1f} s), "
          f"{total / merged['seconds']:,.0f} activities/s; bare {bare_all['seconds']:.1f} s, "
          f"ratio {merged['seconds'] / bare_all['seconds']:.2f}x; tree peak "
          f"{merged['tree_mb']:.0f} MB (target < {MEMORY_TARGET_MB} MB) "
          f"{verdict(merged['tree_mb'], MEMORY_TARGET_MB)}")
    scaled = merged["seconds"] * 100_000 / total
    print(f"   scaled to 100,000 activities: {scaled:.1f} s (target < {FOLDER_SECONDS} s) "
          f"{verdict(scaled, FOLDER_SECONDS)}")
    missed += ["folder memory"] if merged["tree_mb"] > MEMORY_TARGET_MB else []
    missed += ["folder time"] if scaled > FOLDER_SECONDS else []
    print(f"4. The Activities list on those {total:,} activities (counts + first page of "
          f"{PAGE_ROWS}, median of the last run's timings):")
    for what, (matching, seconds) in merged["list"].items():
        print(f"   {what:<40} {matching:>7,} match  {seconds * 1000:6.1f} ms "
              f"(target {LIST_TARGET * 1000:.0f} ms) {verdict(seconds, LIST_TARGET)}")
        missed += [f"list {what}"] if seconds > LIST_TARGET else []
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--packages", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--server", help="a database URL on a server where this script may "
                                         "CREATE DATABASE (default: a throwaway cluster)")
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    if args.quick:
        args.activities, args.packages, args.runs = 300, 2, 1
    cluster = None
    if not args.server:
        from tests.pg_cluster import Cluster

        cluster = Cluster(durable=True)
        args.server = cluster.url()
    try:
        with tempfile.TemporaryDirectory(prefix="tenpoint-server-bench-") as name:
            folder = Path(name)
            started = time.perf_counter()
            prepare(folder, args.server, args.activities, args.packages)
            print(f"(packages and the template database prepared in "
                  f"{time.perf_counter() - started:.0f} s; median of {args.runs} run(s) each)")
            missed = report(folder, args.activities, args.packages, args.runs)
    finally:
        if cluster is not None:
            cluster.stop()
    print("All targets met." if not missed else f"Missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
