"""Speed of sync packages at headquarters scale, each figure against its target.

    python benchmarks/sync_bench.py [--activities 10000] [--history 3] [--packages 100]
                                     [--per-package 500] [--quick]

1. Export of a package of ACTIVITIES activities against bare openpyxl write_only writing the
   same values (target: at most 1.3x).
   Each activity carries HISTORY entries in the History sheet (3 by default: created and two
   changes, as its revision 2 says), and the bare write writes them too.
2. Import (read, parse, validate, checksum) of that package against bare iteration of the same
   file with openpyxl read_only and with python-calamine (target: at most 2x the faster):
   in this process, and as the application reads untrusted files, in a child process with
   limits (exporters/isolated_read.py), once with the child started for the read ("cold") and
   once with it started ahead, as the import dialog does while files are chosen ("warm").
3. A headquarters merge of PACKAGES signed office packages of PER-PACKAGE activities, each
   with its History sheet, into one database (seconds, rows per second, peak memory of the
   whole process tree: the merging process and the children reading for it; target under
   500 MB). benchmarks/import_bench.py measures large packages, updates and conflicts.
Each timing is the median of three runs, measured in the same run as its comparison.
--quick runs everything small, once: a check that the benchmark works (CI runs it).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from process_tree import own_peak_mb, run_measured  # noqa: E402

from exporters import layout  # noqa: E402
from exporters.cells import utc_naive, version_text  # noqa: E402
from exporters.isolated_read import discard_spare, prestart, read_package_isolated  # noqa: E402
from exporters.reader import read_package  # noqa: E402
from exporters.records import (  # noqa: E402
    KIND_OFFICE,
    CatalogRow,
    HistoryRow,
    Manifest,
    PackageActivity,
    PackageContent,
    ReferenceLists,
)
from exporters.writer import write_package  # noqa: E402

EXPORT_TARGET, IMPORT_TARGET, MEMORY_TARGET_MB = 1.3, 2.0, 500
RUNS = 3
WORDS = ("asylum", "law", "review", "border", "monitoring", "training", "reception", "centre",
         "data", "sharing", "radio", "outreach", "referral", "mechanism", "protection",
         "sensitive", "entry", "mixed", "migration", "smuggling", "trafficking", "victims",
         "identification", "capacity", "building", "national", "commission")
CODES = ("DES-SR-III-01", "DES-SR-III-02", "DES-AP-I-A03", "DES-SR-I-01", "DES-SR-II-03")
STATUSES = ("planned", "ongoing", "completed", "suspended")
KINDS = ("capacity_building", "outreach", "operations", None)


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def activities(count: int, office: str, rng: random.Random) -> tuple[PackageActivity, ...]:
    """Realistic rows: short titles, some long descriptions with line breaks, dates, numbers."""
    now = datetime(2026, 3, 1, tzinfo=UTC)
    rows = []
    for number in range(count):
        start = date(2025, 1, 1) + timedelta(days=rng.randrange(700))
        description = "\n".join(text(rng, rng.randrange(5, 40)) for _ in range(rng.randrange(3)))
        rows.append(PackageActivity(
            activity_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            title=text(rng, rng.randrange(3, 9)), item_codes=tuple(rng.sample(CODES, 2)),
            status=rng.choice(STATUSES), kind=rng.choice(KINDS), country_iso2="KE",
            lead_organisation=text(rng, 3), partners=text(rng, rng.randrange(0, 5)),
            start_date=start, end_date=start + timedelta(days=rng.randrange(400)),
            people_reached=rng.choice((None, rng.randrange(10_000))), description=description,
            progress_notes=text(rng, rng.randrange(0, 20)), outcome="", evidence="",
            owner_office_id=office, owner_office="Office", revision=2, version={office: 2},
            created_at=now, created_by="amina", updated_at=now + timedelta(seconds=number),
            updated_by="amina"))
    return tuple(rows)


def history(rows: tuple[PackageActivity, ...], per_activity: int, rng: random.Random
            ) -> tuple[HistoryRow, ...]:
    """Each activity's creation, then changes of its status, as the History sheet holds them."""
    entries = []
    for row in rows:
        for number in range(per_activity):
            action = "created" if number == 0 else "changed"
            entries.append(HistoryRow(
                row.activity_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                row.created_at + timedelta(days=number), "amina", row.owner_office_id, action,
                "" if number == 0 else "status", "" if number == 0 else "planned",
                "" if number == 0 else rng.choice(STATUSES), ""))
    return tuple(entries)


def lists() -> ReferenceLists:
    catalog = tuple(CatalogRow(code, "DES", "recommendation", "Text of " + code) for code in CODES)
    return ReferenceLists(tuple((s, s.capitalize()) for s in STATUSES),
                          (("capacity_building", "Capacity building"), ("outreach", "Outreach"),
                           ("operations", "Operations")), (("KE", "Kenya"),), catalog)


def package(office: str, rows: tuple[PackageActivity, ...], entries: tuple[HistoryRow, ...] = ()
            ) -> PackageContent:
    manifest = Manifest(str(uuid.uuid4()), KIND_OFFICE, office, f"Office {office[:8]}", "KE",
                        datetime.now(UTC), "bench", "0004", 1)
    return PackageContent(manifest, rows, history=entries)


def best(function, runs: int | None = None) -> float:
    """The median of runs (RUNS) timings (named best before medians replaced minimums)."""
    times = []
    for _ in range(runs or RUNS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_value(column: layout.Column, value: object) -> object:
    if isinstance(value, tuple):
        return "; ".join(value)
    if isinstance(value, dict):
        return version_text(value)
    if isinstance(value, datetime):
        return utc_naive(value)
    return value


def bare_write(path: Path, content: PackageContent) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, columns, rows in (
            (layout.ACTIVITIES_SHEET, layout.ACTIVITY_COLUMNS, content.activities),
            (layout.HISTORY_SHEET, layout.HISTORY_COLUMNS, content.history)):
        sheet = workbook.create_sheet(name)
        sheet.append([c.header for c in columns])
        for row in rows:
            sheet.append([bare_value(c, getattr(row, c.key)) for c in columns])
    workbook.save(path)


def bare_openpyxl_read(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = sum(len(row) for sheet in workbook.worksheets
                for row in sheet.iter_rows(values_only=True))
    workbook.close()
    return cells


def bare_calamine_read(path: Path) -> int:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = sum(len(row) for name in workbook.sheet_names
                for row in workbook.get_sheet_by_name(name).iter_rows())
    workbook.close()
    return cells


def isolated_read(path: Path, warm: bool) -> float:
    """Seconds for the application's read of one untrusted file in a child process."""
    discard_spare()
    if warm:
        prestart()
        time.sleep(1.0)  # a person choosing the file; the child starts meanwhile
    start = time.perf_counter()
    read = read_package_isolated(path)
    elapsed = time.perf_counter() - start
    assert not read.problems
    return elapsed


def measure_export_import(folder: Path, count: int, history_per_activity: int) -> None:
    rng = random.Random(5)
    office = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    rows = activities(count, office, rng)
    content = package(office, rows, history(rows, history_per_activity, rng))
    ours, bare = folder / "package.xlsx", folder / "bare.xlsx"
    export_ours = best(lambda: write_package(ours, content, lists()))
    export_bare = best(lambda: bare_write(bare, content))
    ratio = export_ours / export_bare
    print(f"Export of {count:,} activities with {len(content.history):,} history entries: "
          f"{export_ours:.2f} s; bare openpyxl write_only "
          f"{export_bare:.2f} s; ratio {ratio:.2f}x (target <= {EXPORT_TARGET}x) "
          f"{'OK' if ratio <= EXPORT_TARGET else 'OVER'}")
    read = read_package(ours)
    assert not read.problems and len(read.content.activities) == count
    import_ours = best(lambda: read_package(ours))
    import_openpyxl = best(lambda: read_package(ours, engine="openpyxl"), runs=1)
    bare_openpyxl = best(lambda: bare_openpyxl_read(ours), runs=1)
    bare_calamine = best(lambda: bare_calamine_read(ours))
    faster = min(bare_openpyxl, bare_calamine)
    ratio = import_ours / faster
    print(f"Import (read, parse, validate, checksum) of {count:,} activities: {import_ours:.2f} s "
          f"(python-calamine engine; with the openpyxl engine {import_openpyxl:.2f} s)")
    print(f"  bare openpyxl read_only {bare_openpyxl:.2f} s; bare python-calamine "
          f"{bare_calamine:.2f} s; ratio to the faster {ratio:.2f}x (target <= "
          f"{IMPORT_TARGET}x) {'OK' if ratio <= IMPORT_TARGET else 'OVER'}")
    for warm in (False, True):
        seconds = statistics.median(isolated_read(ours, warm) for _ in range(RUNS))
        ratio = seconds / faster
        print(f"  in a child process with limits, {'warm' if warm else 'cold'}: {seconds:.2f} s; "
              f"ratio {ratio:.2f}x (target <= {IMPORT_TARGET}x) "
              f"{'OK' if ratio <= IMPORT_TARGET else 'OVER'}")


def make_office_packages(folder: Path, packages: int, per_package: int) -> list[Path]:
    """Signed packages, one history entry per activity; their fingerprints in trusted.json."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from exporters.signature import Signer, fingerprint

    rng = random.Random(11)
    paths, fingerprints = [], []
    for number in range(packages):
        office = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        path = folder / f"office-{number:03}.xlsx"
        signer = Signer(Ed25519PrivateKey.generate())
        rows = activities(per_package, office, rng)
        write_package(path, package(office, rows, history(rows, 1, rng)), lists(),
                      signer=signer)
        paths.append(path)
        fingerprints.append(fingerprint(signer.public_key))
    (folder / "trusted.json").write_text(json.dumps(fingerprints))
    return paths


def merge_child(folder: str) -> None:
    """In a child process: a new HQ database merges every package; prints JSON figures."""
    from db.catalog.loader import load_catalog
    from db.installation.office import setup_office
    from db.storage.database import open_database
    from db.sync.importing import apply_import, read_packages

    paths = sorted(Path(folder).glob("office-*.xlsx"))
    database = open_database(Path(folder) / f"hq-{uuid.uuid4().hex[:8]}.sqlite")
    load_catalog(database)
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    start = time.perf_counter()
    trusted = json.loads((Path(folder) / "trusted.json").read_text())
    reads = read_packages(paths, database=database)
    read_time = time.perf_counter() - start
    report = apply_import(database, reads, "bench", trusted_fingerprints=trusted)
    total = time.perf_counter() - start
    rows = sum(p.new for p in report.packages)
    assert all(p.status == "accepted" for p in report.packages)
    print(json.dumps({"read": read_time, "total": total, "rows": rows,
                      "own_peak_mb": own_peak_mb()}))


def measure_merge(folder: Path, packages: int, per_package: int) -> None:
    make_office_packages(folder, packages, per_package)
    runs = [run_measured([sys.executable, __file__, "--merge-child", str(folder)])
            for _ in range(RUNS)]
    figures = {key: statistics.median(run.figures[key] for run in runs)
               for key in ("read", "total", "rows", "own_peak_mb")}
    figures["peak_mb"] = statistics.median(run.peak_tree_mb for run in runs)
    merge = figures["total"] - figures["read"]
    print(f"Headquarters merge of {packages} packages x {per_package} activities "
          f"({figures['rows']:,} rows): {figures['total']:.1f} s in all "
          f"(reading {figures['read']:.1f} s, merging in one transaction {merge:.1f} s), "
          f"{figures['rows'] / figures['total']:,.0f} rows/s; whole process tree peak "
          f"{figures['peak_mb']:.0f} MB (merging process {figures['own_peak_mb']:.0f} MB; "
          f"target < {MEMORY_TARGET_MB} MB) "
          f"{'OK' if figures['peak_mb'] < MEMORY_TARGET_MB else 'OVER'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--packages", type=int, default=100)
    parser.add_argument("--per-package", type=int, default=500)
    parser.add_argument("--history", type=int, default=3, help="history entries per activity")
    parser.add_argument("--merge-child", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args()
    if args.merge_child:
        merge_child(args.merge_child)
        return
    if args.quick:
        global RUNS
        RUNS = 1
        args.activities, args.packages, args.per_package = 300, 3, 50
    with tempfile.TemporaryDirectory() as folder:
        measure_export_import(Path(folder), args.activities, args.history)
        measure_merge(Path(folder), args.packages, args.per_package)


if __name__ == "__main__":
    main()
