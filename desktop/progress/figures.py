"""The reads behind the Progress area's pages, each a plain function for a background thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.progress.coverage import CoverageRow, coverage
from db.progress.late import LateActivity, OfficeLateness, late_activities, lateness_by_office
from db.progress.report_data import StatusCounts
from db.progress.scope import ProgressScope
from db.progress.targets import TargetProgress, target_progress
from db.progress.timeline import activity_by_year
from db.storage.database import Database


@dataclass(frozen=True)
class CoverageFigures:
    scope: ProgressScope
    grouping: str
    rows: list[CoverageRow]


@dataclass(frozen=True)
class TargetFigures:
    scope: ProgressScope
    targets: list[TargetProgress]


@dataclass(frozen=True)
class LateFigures:
    scope: ProgressScope
    offices: list[OfficeLateness]
    late: list[LateActivity]


@dataclass(frozen=True)
class TimelineFigures:
    scope: ProgressScope
    years: list[StatusCounts]


def read_coverage(database: Database, scope: ProgressScope, grouping: str) -> CoverageFigures:
    return CoverageFigures(scope, grouping, coverage(database, scope, grouping))


def read_targets(database: Database, scope: ProgressScope) -> TargetFigures:
    return TargetFigures(scope, target_progress(database, scope))


def read_late(database: Database, scope: ProgressScope, today: date,
              stale_days: int) -> LateFigures:
    return LateFigures(scope, lateness_by_office(database, scope, today, stale_days),
                       late_activities(database, scope, today, stale_days))


def read_timeline(database: Database, scope: ProgressScope) -> TimelineFigures:
    return TimelineFigures(scope, activity_by_year(database, scope))
