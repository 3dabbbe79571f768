"""The Excel report: a summary sheet (by country and by event x status, the Action Plan
targets), one sheet per event with each recommendation and its follow-up, the activities."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale

from db.progress.report_data import ReportActivity, ReportEvent, StatusCounts
from db.progress.scope import STATUS_ORDER
from desktop.reports.contents import ReportContents
from desktop.shared.formatting import local_time_text
from desktop.shared.labels import kind_label, status_label, target_unit_label
from desktop.shared.translate import translate
from exporters.report_workbook import ChartSpec, Report, ReportSheet, ReportTable, write_report


def write_excel(contents: ReportContents, path: Path,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Write the report's workbook (atomically: a cancelled write leaves no file)."""
    write_report(report_of(contents), path, progress, cancelled)


def report_of(contents: ReportContents) -> Report:
    """The workbook's sheets and tables."""
    sheets = (_summary(contents),
              *(_event_sheet(event, contents.scope_lines) for event in contents.events),
              _activities_sheet(contents))
    return Report(contents.title, sheets, {"title": contents.title})


def _intro(contents: ReportContents) -> tuple[str, ...]:
    sources = [translate("reports", "Data from {office} ({country}): %Ln activities, latest "
                                    "package made {time}", None, source.activities).format(
        office=source.office_name, country=source.country_name or "—",
        time=local_time_text(source.latest_package_at) if source.latest_package_at else
        translate("reports", "here (this office)") if source.is_local else "—")
        for source in contents.sources]
    return (contents.title, *contents.scope_lines, *sources)


def _status_table(title: str, first: str, rows: tuple[StatusCounts, ...], chart_title: str
                  ) -> ReportTable:
    headers = (first, *(status_label(status) for status in STATUS_ORDER),
               translate("reports", "Total"))
    body = ((row.name or translate("reports", "No country"),
             *(row.counts.get(status, 0) for status in STATUS_ORDER), row.total) for row in rows)
    chart = ChartSpec("stacked_bar", chart_title, 0, tuple(range(1, len(STATUS_ORDER) + 1)),
                      y_title=translate("reports", "Activities"))
    return ReportTable(title, headers, tuple(body), (28, *(11,) * len(STATUS_ORDER), 9),
                       chart if rows else None)


def _targets_table(contents: ReportContents) -> ReportTable:
    headers = (translate("reports", "Target"), translate("reports", "Text"),
               translate("reports", "Unit"), translate("reports", "Threshold"),
               translate("reports", "Achieved"), translate("reports", "Gap"),
               translate("reports", "Reached"), translate("reports", "Countries counted"))
    rows = ((target.code, target.text, target_unit_label(target.unit), target.threshold,
             target.achieved, target.gap,
             translate("reports", "yes") if target.reached else translate("reports", "no"),
             QLocale().createSeparatedList([country.name for country in target.countries]))
            for target in contents.targets)
    return ReportTable(translate("reports", "Dar es Salaam Action Plan: progress towards the "
                                            "targets"), headers, tuple(rows),
                       (16, 60, 12, 10, 10, 8, 9, 40))


def _summary(contents: ReportContents) -> ReportSheet:
    tables = (
        _status_table(translate("reports", "Activities by country and status"),
                      translate("reports", "Country"), contents.by_country,
                      translate("reports", "Activities by country")),
        _status_table(translate("reports", "Activities by event and status"),
                      translate("reports", "Event"), contents.by_event,
                      translate("reports", "Activities by event")),
        _targets_table(contents),
    )
    return ReportSheet(translate("reports", "Summary"), _intro(contents), tables,
                       freeze_header=False)


def _activity_cells(activity: ReportActivity) -> tuple:
    return (activity.title, status_label(activity.status), activity.country_name,
            activity.office_name, activity.lead_organisation, activity.start_date,
            activity.end_date, activity.evidence)


def _activity_headers() -> tuple[str, ...]:
    return (translate("reports", "Activity"), translate("reports", "Status"),
            translate("reports", "Country"), translate("reports", "Office"),
            translate("reports", "Lead organisation"), translate("reports", "Start date"),
            translate("reports", "End date"), translate("reports", "Evidence"))


def _event_rows(event: ReportEvent) -> Iterator[tuple]:
    """An item's row, then one row per activity following it up (or one saying none)."""
    for item in event.items:
        head = (item.code, item.label, kind_label(item.kind), item.section, item.text)
        if not item.activities:
            yield (*head, translate("reports", "No follow-up recorded"), *("",) * 7)
        for activity in item.activities:
            yield (*head, *_activity_cells(activity))


def _event_sheet(event: ReportEvent, scope: tuple[str, ...]) -> ReportSheet:
    headers = (translate("reports", "Code"), translate("reports", "No."),
               translate("reports", "Kind"), translate("reports", "Section"),
               translate("reports", "Recommendation"), *_activity_headers())
    table = ReportTable(f"{event.short_name} — {event.title}", headers, _event_rows(event),
                        (16, 6, 16, 24, 60, 40, 11, 14, 20, 24, 11, 11, 40), autofilter=True)
    return ReportSheet(event.short_name, (event.region_name, *scope), (table,))


def _activities_sheet(contents: ReportContents) -> ReportSheet:
    headers = (*_activity_headers(), translate("reports", "Items followed up"),
               translate("reports", "Last updated"))
    rows = ((*_activity_cells(activity), " ".join(activity.item_codes),
             local_time_text(activity.updated_at)) for activity in contents.activities)
    table = ReportTable(translate("reports", "Activities"), headers, rows,
                        (40, 11, 14, 20, 24, 11, 11, 40, 24, 16), autofilter=True)
    return ReportSheet(translate("reports", "Activities"), contents.scope_lines, (table,))
