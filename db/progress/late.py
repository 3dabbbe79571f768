"""Late follow-up: activities past their end date and not completed (overdue), and open ones
nobody has updated for a chosen number of days (stale), listed and counted per office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from db.models import UTCDateTime
from db.progress.scope import ProgressScope, activity_conditions, joined, linked_item_condition
from db.progress.values import read_date, read_utc
from db.storage.database import Database
from db.storage.sql_dialect import SQLITE
from exporters.activity import OPEN_STATUSES

DEFAULT_STALE_DAYS = 180
# The most a late list shows at once (most overdue first): the per-office counts give the rest.
LATE_LIST_LIMIT = 1000


@dataclass(frozen=True)
class LateActivity:
    """An activity that is overdue, stale or both."""

    uuid: str
    title: str
    status: str
    office_name: str
    country_iso2: str | None
    end_date: date | None
    updated_at: datetime  # UTC
    overdue: bool
    stale: bool


@dataclass(frozen=True)
class OfficeLateness:
    """One office's open activities, and how many of them are overdue or stale."""

    office_uuid: str
    office_name: str
    open_activities: int
    overdue: int
    stale: int
    late: int  # overdue, stale or both


def _stale_before(today: date, stale_days: int) -> str:
    """The UTC time before which an update is stale, as SQLite stores times (ISO text it
    compares as text); PostgreSQL reads the same text as a TIMESTAMP, as it reads the day
    of :today as a DATE."""
    moment = datetime.combine(today - timedelta(days=stale_days), time(), UTC)
    return UTCDateTime().process_bind_param(moment, None).isoformat(sep=" ")


# The covering index of migration 0006: SQLite would otherwise pick the list's counting index
# and read each of the open rows whole. PostgreSQL takes no index hints: its planner weighs
# the index itself.
LATE_INDEX = "INDEXED BY ix_activity_list_index_late"
OVERDUE_SQL = "(a.end_date IS NOT NULL AND a.end_date < :today)"
STALE_SQL = "(a.updated_at < :stale_before)"


def _late_index(dialect: str) -> str:
    return LATE_INDEX if dialect == SQLITE else ""


def _open_in_scope(scope: ProgressScope, today: date, stale_days: int) -> tuple[str, dict]:
    """The open activities in scope, read from the activities list's narrow copy of each row
    through its covering index for lateness (migration 0006)."""
    clauses, params = activity_conditions(scope, "a", narrow=True)
    items, item_params = linked_item_condition(scope, "a.uuid")
    clauses, params = [*clauses, *items], {**params, **item_params}
    clauses.append(f"a.status IN ({', '.join(repr(status) for status in OPEN_STATUSES)})")
    params.update(today=today.isoformat(), stale_before=_stale_before(today, stale_days))
    return joined(clauses), params


def late_activities(database: Database, scope: ProgressScope, today: date,
                    stale_days: int = DEFAULT_STALE_DAYS, office_uuid: str | None = None,
                    limit: int = LATE_LIST_LIMIT) -> list[LateActivity]:
    """The overdue and stale activities in scope (of one office if given), most overdue first,
    at most limit of them."""
    where, params = _open_in_scope(scope, today, stale_days)
    if office_uuid is not None:
        where += " AND a.owner_office_uuid = :late_office"
        params["late_office"] = office_uuid
    with database.reading() as reader:
        # The most overdue are chosen on the covering index alone; only they are read whole.
        chosen = (f"SELECT a.id FROM activity_list_index AS a {_late_index(reader.dialect)} "
                  f"WHERE {where} AND ({OVERDUE_SQL} OR {STALE_SQL}) "
                  "ORDER BY a.end_date IS NULL, a.end_date, a.updated_at LIMIT :late_limit")
        rows = reader.all(
            f"SELECT a.uuid, a.title, a.status, a.owner_name, a.country_iso2, a.end_date, "
            f"a.updated_at, {OVERDUE_SQL}, {STALE_SQL} FROM activity_list_index AS a "
            f"WHERE a.id IN ({chosen}) "
            "ORDER BY a.end_date IS NULL, a.end_date, a.updated_at",
            {**params, "late_limit": limit})
    return [_late_activity(row) for row in rows]


def _late_activity(row) -> LateActivity:
    uuid, title, status, office, country, end, updated, overdue, stale = row
    return LateActivity(uuid, title, status, office, country, read_date(end),
                        read_utc(updated), bool(overdue), bool(stale))


def lateness_by_office(database: Database, scope: ProgressScope, today: date,
                       stale_days: int = DEFAULT_STALE_DAYS) -> list[OfficeLateness]:
    """Per office with open activities in scope: how many, overdue and stale; worst first."""
    where, params = _open_in_scope(scope, today, stale_days)
    # Counted on the covering index alone; the offices' names are looked up after grouping.
    # count(*) FILTER, not sum() of a condition: PostgreSQL cannot add booleans.
    with database.reading() as reader:
        rows = reader.all(
            "SELECT counts.owner, office.name, counts.open, counts.overdue, counts.stale, "
            "counts.late FROM (SELECT a.owner_office_uuid AS owner, count(*) AS open, "
            f"count(*) FILTER (WHERE {OVERDUE_SQL}) AS overdue, "
            f"count(*) FILTER (WHERE {STALE_SQL}) AS stale, "
            f"count(*) FILTER (WHERE {OVERDUE_SQL} OR {STALE_SQL}) AS late "
            f"FROM activity_list_index AS a {_late_index(reader.dialect)} WHERE {where} "
            "GROUP BY a.owner_office_uuid) AS counts "
            "JOIN office ON office.uuid = counts.owner "
            "ORDER BY counts.overdue DESC, counts.stale DESC, office.name", params)
    return [OfficeLateness(uuid, name, count, overdue or 0, stale or 0, late or 0)
            for uuid, name, count, overdue, stale, late in rows]
