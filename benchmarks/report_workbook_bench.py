"""Speed of the consolidated report writer against bare openpyxl write_only of the same cells.

    python benchmarks/report_workbook_bench.py [--rows 10000] [--columns 12]

Writes a report of a detail sheet of ROWS rows x COLUMNS columns (text, dates, date-times,
numbers, some text a spreadsheet would take for a formula) and a summary sheet of small
tables, two of them with charts; then bare openpyxl write_only writes the same values into
the same sheets (target: the report at most 1.3x the bare write). Each timing is the best of
three runs, measured in the same run as its comparison.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.report_workbook import (  # noqa: E402
    ChartSpec,
    Report,
    ReportSheet,
    ReportTable,
    write_report,
)

TARGET = 1.3
RUNS = 3
WORDS = ("asylum", "law", "review", "border", "monitoring", "training", "reception", "centre",
         "data", "sharing", "radio", "outreach", "referral", "mechanism", "protection")
REGIONS = ("East Africa", "Horn of Africa", "Great Lakes", "Southern Africa", "West Africa")
STATUSES = ("Planned", "Ongoing", "Completed", "Suspended")


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def detail_rows(count: int, columns: int, rng: random.Random) -> list[tuple]:
    """Rows cycling through the value types a report holds; one in fifty starts with '-'."""
    start = date(2025, 1, 1)
    made = datetime(2026, 3, 1, 8, 0)
    makers = (lambda n: text(rng, rng.randrange(2, 8)),
              lambda n: start + timedelta(days=n % 700),
              lambda n: rng.randrange(10_000),
              lambda n: made + timedelta(minutes=n),
              lambda n: "- " + text(rng, 3) if n % 50 == 0 else rng.choice(STATUSES),
              lambda n: rng.random() * 100,
              lambda n: None if n % 7 == 0 else rng.choice(REGIONS))
    return [tuple(makers[c % len(makers)](n) for c in range(columns)) for n in range(count)]


def summary_tables(rng: random.Random) -> tuple[ReportTable, ...]:
    by_region = ReportTable(
        "Activities by region and status", ("Region", *STATUSES),
        [(region, *(rng.randrange(50) for _ in STATUSES)) for region in REGIONS],
        chart=ChartSpec("stacked_bar", "Activities by region", 0, (1, 2, 3, 4), "Activities"))
    by_quarter = ReportTable(
        "People reached by quarter", ("Quarter", "Women", "Men"),
        [(f"2026 Q{q}", rng.randrange(5000), rng.randrange(5000)) for q in range(1, 5)],
        chart=ChartSpec("column", "People reached", 0, (1, 2), "People"))
    totals = ReportTable("Totals", ("What", "Count"),
                         [("Activities", 10_000), ("Offices", 42), ("Countries", 17)])
    return by_region, by_quarter, totals


def make_report(rows: list[tuple], columns: int, summary: tuple[ReportTable, ...]) -> Report:
    headers = tuple(f"Column {c + 1}" for c in range(columns))
    detail = ReportTable("All activities", headers, iter(rows), autofilter=True)
    return Report("Benchmark report", (
        ReportSheet("Summary", ("Scope: all offices", "Made on 2026-03-02"), summary),
        ReportSheet("Activities", ("Scope: all offices",), (detail,))),
        {"author": "bench"})


def bare_write(path: Path, rows: list[tuple], columns: int,
               summary: tuple[ReportTable, ...]) -> None:
    """The same values into the same sheets: no styles, no guards, no charts."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Summary")
    for table in summary:
        sheet.append([table.title])
        sheet.append(list(table.headers))
        for row in table.rows:
            sheet.append(list(row))
    sheet = workbook.create_sheet("Activities")
    sheet.append(["All activities"])
    sheet.append([f"Column {c + 1}" for c in range(columns)])
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def best(function, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--columns", type=int, default=12)
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args()
    if args.quick:
        args.rows = 300
    rng = random.Random(7)
    rows = detail_rows(args.rows, args.columns, rng)
    summary = summary_tables(rng)
    with tempfile.TemporaryDirectory() as folder:
        ours, bare = Path(folder) / "report.xlsx", Path(folder) / "bare.xlsx"
        report_time = best(lambda: write_report(make_report(rows, args.columns, summary), ours))
        bare_time = best(lambda: bare_write(bare, rows, args.columns, summary))
    ratio = report_time / bare_time
    print(f"Report of {args.rows:,} rows x {args.columns} columns plus {len(summary)} summary "
          f"tables: {report_time:.2f} s; bare openpyxl write_only {bare_time:.2f} s; "
          f"ratio {ratio:.2f}x (target <= {TARGET}x) {'OK' if ratio <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
