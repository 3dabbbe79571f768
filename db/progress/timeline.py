"""Activity over time: per year, the activities in scope by status, and those behind a year.

An activity's year is its start date's, or when it has none the year it was recorded.
"""

from __future__ import annotations

from db.progress.report_data import (
    ReportActivity,
    StatusCounts,
    activities_where,
    report_activities,
)
from db.progress.scope import ProgressScope
from db.storage.database import Database

# CAST: PostgreSQL's DATE and TIMESTAMP have no substr (SQLite's text is text already).
YEAR_SQL = ("coalesce(substr(CAST(a.start_date AS TEXT), 1, 4), "
            "substr(CAST(a.created_at AS TEXT), 1, 4))")


def activity_by_year(database: Database, scope: ProgressScope) -> list[StatusCounts]:
    """Each year with activities in scope, oldest first, its activities counted by status."""
    where, params = activities_where(scope)
    with database.reading() as reader:
        rows = reader.all(f"SELECT {YEAR_SQL}, a.status, count(*) FROM activity AS a "
                          f"WHERE {where} GROUP BY 1, 2 ORDER BY 1", params)
    years: dict[str, StatusCounts] = {}
    for year, status, count in rows:
        years.setdefault(year, StatusCounts(year, year, {})).counts[status] = count
    return list(years.values())


def activities_of_year(database: Database, scope: ProgressScope, year: str,
                       status: str | None = None) -> list[ReportActivity]:
    """The activities behind one year's figure (of one status when given)."""
    return report_activities(database, scope, (f"{YEAR_SQL} = :year", {"year": year}),
                             status)
