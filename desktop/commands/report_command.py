"""`tenpoint report OUT.xlsx|OUT.pdf`: the follow-up report of a region, country, office or
event, as a consolidated workbook or a printable compilation."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from db.progress.scope import ProgressScope
from desktop.context import AppContext
from desktop.reports.pdf import PAGE_SIZES
from desktop.reports.writing import (
    UnknownReportFormat,
    contents_text,
    report_format,
    write_report_file,
)
from desktop.shared.application import offscreen_application
from desktop.shared.translate import translate
from exporters.activity import STATUSES

NAME = "report"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a date like 2026-12-31").format(value=text)
        ) from error


def register(commands) -> None:
    report = commands.add_parser(
        NAME, help=translate("cli", "write a follow-up report: a workbook (.xlsx) or a printable "
                                    "compilation (.pdf)"))
    report.add_argument("output", metavar=translate("cli", "OUT.xlsx|OUT.pdf"),
                        help=translate("cli", "the report file to write"))
    report.add_argument("--region", metavar=translate("cli", "CODE"),
                        help=translate("cli", "only this region's conferences (GOA, WAF, AME, "
                                              "EHSA, CAS, APAC)"))
    report.add_argument("--country", metavar=translate("cli", "CC"),
                        help=translate("cli", "only activities in this country (ISO code, e.g. "
                                              "KE)"))
    report.add_argument("--office", metavar=translate("cli", "OFFICE_ID"),
                        help=translate("cli", "only this office's activities"))
    report.add_argument("--event", metavar=translate("cli", "CODE"),
                        help=translate("cli", "only this conference (SAN, DKR, SJO, DES, MNL, "
                                              "ALA)"))
    report.add_argument("--area", type=int, choices=range(1, 11), metavar="1-10",
                        help=translate("cli", "only items of this action area of the 10-Point "
                                              "Plan"))
    report.add_argument("--status", choices=STATUSES,
                        help=translate("cli", "only activities of this status"))
    report.add_argument("--from", dest="period_start", type=_iso_date,
                        metavar=translate("cli", "DATE"),
                        help=translate("cli", "only activities running on or after this day"))
    report.add_argument("--to", dest="period_end", type=_iso_date,
                        metavar=translate("cli", "DATE"),
                        help=translate("cli", "only activities running on or before this day"))
    report.add_argument("--include-2011", action="store_true",
                        help=translate("cli", "count the follow-up the 2011 compilation reported "
                                              "(left out by default: it is the baseline)"))
    report.add_argument("--page-size", choices=tuple(PAGE_SIZES), default="A4",
                        help=translate("cli", "the PDF's paper (default A4)"))


def scope_of(args: argparse.Namespace) -> ProgressScope:
    """The report's scope from the command line."""
    return ProgressScope(
        region_code=args.region.upper() if args.region else None,
        country_iso2=args.country.upper() if args.country else None,
        office_uuid=args.office, event_code=args.event.upper() if args.event else None,
        area_number=args.area, status=args.status, period_start=args.period_start,
        period_end=args.period_end, include_baseline=args.include_2011)


def run(args: argparse.Namespace, context: AppContext) -> int:
    path = Path(args.output)
    try:
        suffix = report_format(path)
    except UnknownReportFormat:
        print(translate("cli", "{path}: a report is written as .xlsx or .pdf.").format(
            path=path), file=sys.stderr)
        return 2
    app = offscreen_application() if suffix == ".pdf" else None  # noqa: F841 - kept alive
    written = write_report_file(context.database, scope_of(args), path, args.page_size)
    print(translate("cli", "Wrote {path}: {contents}.").format(path=path,
                                                               contents=contents_text(written)))
    return 0
