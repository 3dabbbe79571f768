"""How each catalog item is followed up: its live activities and the latest one's status, read
with the models' UTC times (the browser reads it off the GUI thread)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Integer, String, column, func, literal_column, text
from sqlmodel import select

from db.catalog.browse import FollowUpSummary
from db.models import Activity, ActivityItemLink, UTCDateTime
from db.storage.database import Database
from db.storage.sql_dialect import POSTGRESQL, dialect_of


def follow_up_summaries(database: Database, item_codes: Iterable[str] | None = None
                        ) -> dict[str, FollowUpSummary]:
    """Per item code with at least one non-deleted activity; one query for all items."""
    with database.session() as session:
        dialect = dialect_of(session)
        if item_codes is None:
            statement = _all_summaries(dialect)
        else:
            statement = (select(ActivityItemLink.item_code, func.count(),
                                func.max(Activity.updated_at), _latest_status(dialect))
                         .join(Activity, Activity.uuid == ActivityItemLink.activity_uuid)
                         .where(Activity.deleted_at == None,  # noqa: E711
                                ActivityItemLink.item_code.in_(list(item_codes)))
                         .group_by(ActivityItemLink.item_code))
        rows = session.exec(statement).all()
    return {code: FollowUpSummary(count, status, at) for code, count, at, status in rows}


# The status of the activity updated last, in a query grouped by item. SQLite takes the bare
# column status from the row that holds max(updated_at), which gives it without a second pass;
# PostgreSQL wants an aggregate: the first status by updated_at, latest first.
_LATEST_STATUS = {POSTGRESQL: "(array_agg(activity.status ORDER BY activity.updated_at DESC))[1]"}
# For every item, SQLite would walk the links by item and look each activity up at random
# (1.6 s for 100,000 activities); CROSS JOIN makes it read the activities in table order and
# find their links in the link table's primary key instead (0.45 s). PostgreSQL's planner picks
# its own order, and reads CROSS JOIN ... ON as a syntax error.
_JOIN = {POSTGRESQL: "JOIN"}


def _latest_status(dialect: str):
    return literal_column(_LATEST_STATUS.get(dialect, "activity.status"), String)


def _all_summaries(dialect: str):
    join = _JOIN.get(dialect, "CROSS JOIN")
    return text(
        f"SELECT l.item_code, count(*), max(activity.updated_at), {_latest_status(dialect)} "
        f"FROM activity {join} activity_item_link AS l ON l.activity_uuid = activity.uuid "
        "WHERE activity.deleted_at IS NULL GROUP BY l.item_code"
    ).columns(column("item_code", String), column("activities", Integer),
              column("latest_at", UTCDateTime), column("status", String))
