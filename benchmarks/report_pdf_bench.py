"""How fast the follow-up compilation's PDF is written for a region with 10,000 activities.

    .venv/bin/python benchmarks/report_pdf_bench.py [--activities N] [--items N] [--events N]
        [--page-size A4|Letter] [--keep FILE]

Builds synthetic report records (N items over the events, the activities spread over the
items, titles, lead organisations and evidence of typical lengths), writes the PDF offscreen
and prints the time, the pages and the peak memory of the process against the targets: under
10 s and under 500 MB. --keep writes the PDF to FILE instead of a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.progress.report_data import (  # noqa: E402
    DataSource,
    ReportActivity,
    ReportEvent,
    ReportItem,
)

SECONDS_TARGET, MEMORY_TARGET_MB = 10.0, 500
STATUSES = ("planned", "ongoing", "completed", "suspended", "cancelled")
OFFICES = (("Dakar office", "Senegal", "SN"), ("Abuja office", "Nigeria", "NG"),
           ("Accra office", "Ghana", "GH"), ("Bamako office", "Mali", "ML"),
           ("Niamey office", "Niger", "NE"), ("Conakry office", "Guinea", "GN"))
WORDS = ("border", "training", "asylum", "protection", "migrants", "reception", "referral",
         "officials", "trafficking", "screening", "data", "return", "consultation", "national",
         "workshop", "mixed", "movements", "registration", "capacity", "partners")


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def activity(rng: random.Random, number: int, code: str) -> ReportActivity:
    office, country, iso2 = rng.choice(OFFICES)
    start = date(2009, 1, 1) + timedelta(days=rng.randrange(900))
    return ReportActivity(
        uuid=f"{number:032x}", title=f"{sentence(rng, rng.randint(4, 12))} #{number}",
        status=rng.choice(STATUSES), country_iso2=iso2, country_name=country,
        office_name=office, lead_organisation=rng.choice(("UNHCR", "IOM", "ECOWAS", "")),
        start_date=start, end_date=start + timedelta(days=rng.randrange(30, 400)),
        evidence=sentence(rng, rng.randint(0, 30)) if rng.random() < 0.6 else "",
        updated_at=datetime(2011, 6, 1, tzinfo=UTC), item_codes=(code,))


def build_events(events: int, items: int, activities: int, seed: int = 20110615
                 ) -> tuple[ReportEvent, ...]:
    """items asking items over the events, activities spread at random over the items."""
    rng = random.Random(seed)
    codes = [f"EV{index % events}-SR-{index:03d}" for index in range(items)]
    by_code: dict[str, list[ReportActivity]] = {code: [] for code in codes}
    for number in range(activities):
        code = rng.choice(codes)
        by_code[code].append(activity(rng, number, code))
    result = []
    for event in range(events):
        own = [code for code in codes if code.startswith(f"EV{event}-")]
        result.append(ReportEvent(
            code=f"EV{event}", short_name=f"Event {event + 1}",
            title=f"Regional Conference on Refugee Protection and International Migration {event}",
            region_name="West Africa",
            items=tuple(ReportItem(code, f"{number + 1}.", "recommendation",
                                   f"{number // 10 + 1} Section {number // 10 + 1}",
                                   sentence(rng, rng.randint(20, 80)), tuple(by_code[code]))
                        for number, code in enumerate(own))))
    return tuple(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument("--page-size", default="A4", choices=("A4", "Letter"))
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--quick", action="store_true",
                        help="small and once: checks that the benchmark runs (CI runs it)")
    args = parser.parse_args()
    if args.quick:
        args.activities, args.items, args.events = 200, 20, 2

    from PySide6.QtWidgets import QApplication

    from desktop.reports.pdf import PdfReport, write_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts need an application
    events = build_events(args.events, args.items, args.activities)
    sources = tuple(DataSource(office, country, args.activities // len(OFFICES),
                               datetime(2011, 6, 1, 12, tzinfo=UTC), index == 0)
                    for index, (office, country, _iso2) in enumerate(OFFICES))
    report = PdfReport("Follow-up compilation: West Africa", ("Region: West Africa",),
                       sources, events, args.page_size)
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "report.pdf"
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    summary = write_pdf(report, path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.activities:,} activities under {args.items} items of {args.events} events, "
          f"{args.page_size}: {summary.pages:,} pages, {path.stat().st_size / 2**20:.1f} MB")
    verdicts = []
    for what, value, target, unit in (("time", seconds, SECONDS_TARGET, "s"),
                                      ("peak memory", peak_mb, MEMORY_TARGET_MB, "MB")):
        verdicts.append(value <= target)
        print(f"  {what:<12} {value:8.1f} {unit:<3} target {target:6.0f} {unit:<3} "
              f"{'ok' if value <= target else 'MISSED'}")
    print(f"  (memory before writing, with the records built: {before_mb:.0f} MB)")
    folder.cleanup()
    return 0 if all(verdicts) or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
