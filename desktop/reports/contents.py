"""What a report holds, gathered once for its Excel and PDF forms: the data in scope and the
translated lines that state the scope and when it was made."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from db.progress.report_data import (
    DataSource,
    ReportActivity,
    ReportEvent,
    StatusCounts,
    data_sources,
    report_activities,
    report_events,
    scope_names,
    status_counts,
)
from db.progress.scope import ProgressScope
from db.progress.targets import TargetProgress, target_progress
from db.storage.database import Database
from desktop.shared.formatting import date_text, local_time_text
from desktop.shared.labels import catalog_label, status_label
from desktop.shared.translate import translate


@dataclass(frozen=True)
class ReportContents:
    """Everything a report shows, read in one go."""

    title: str
    scope_lines: tuple[str, ...]
    made_at: datetime  # UTC
    sources: tuple[DataSource, ...]
    events: tuple[ReportEvent, ...]
    activities: tuple[ReportActivity, ...]
    by_country: tuple[StatusCounts, ...]
    by_event: tuple[StatusCounts, ...]
    targets: tuple[TargetProgress, ...]


def gather(database: Database, scope: ProgressScope) -> ReportContents:
    """Read the report's data for a scope."""
    activities = report_activities(database, scope)
    made_at = datetime.now(UTC)
    return ReportContents(
        title=translate("reports", "Follow-up of the 10-Point Plan regional conferences"),
        scope_lines=scope_lines(database, scope, made_at),
        made_at=made_at,
        sources=tuple(data_sources(database, scope)),
        events=tuple(replace(event, region_name=catalog_label(event.region_name))
                     for event in report_events(database, scope, activities)),
        activities=tuple(activities),
        by_country=tuple(status_counts(database, scope, "country")),
        by_event=tuple(status_counts(database, scope, "event")),
        targets=tuple(target_progress(database, scope)),
    )


def scope_lines(database: Database, scope: ProgressScope, made_at: datetime) -> tuple[str, ...]:
    """What the report covers and when it was made, one statement per line."""
    names = scope_names(database, scope)
    chosen = (
        (catalog_label(names.region), translate("reports", "Region: {name}")),
        (names.country, translate("reports", "Country: {name}")),
        (names.office, translate("reports", "Office: {name}")),
        (names.event, translate("reports", "Event: {name}")),
        (area_text(names.area), translate("reports", "Action area: {name}")),
        (status_label(scope.status) if scope.status else "",
         translate("reports", "Status: {name}")),
        (period_text(scope.period_start, scope.period_end),
         translate("reports", "Activities running: {name}")),
    )
    lines = [template.format(name=name) for name, template in chosen if name]
    if not lines:
        lines.append(translate("reports", "Scope: every region, country and office"))
    lines.append(translate("reports", "The follow-up reported in the 2011 compilation is counted "
                                      "with the rest.") if scope.include_baseline else
                 translate("reports", "The follow-up reported in the 2011 compilation is left "
                                      "out (the baseline)."))
    lines.append(translate("reports", "Made on {time}").format(time=local_time_text(made_at)))
    return tuple(lines)


def area_text(numbered: str) -> str:
    """An action area as scope_names words it, "3. Name", with the name in the person's
    language."""
    number, dot, name = numbered.partition(". ")
    return f"{number}. {catalog_label(name)}" if dot else catalog_label(numbered)


def period_text(start: date | None, end: date | None) -> str:
    """A period as "2026-01-01 to 2026-12-31", "from ...", "until ..." or nothing."""
    if start and end:
        return translate("reports", "{start} to {end}").format(start=date_text(start),
                                                                 end=date_text(end))
    if start:
        return translate("reports", "from {start}").format(start=date_text(start))
    if end:
        return translate("reports", "until {end}").format(end=date_text(end))
    return ""
