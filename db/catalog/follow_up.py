"""How each catalog item is followed up: its live activities and the latest one's status, read
with the models' UTC times (the browser reads it off the GUI thread)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Integer, String, column, func, text
from sqlmodel import select

from db.catalog.browse import FollowUpSummary
from db.models import Activity, ActivityItemLink, UTCDateTime
from db.storage.database import Database


def follow_up_summaries(database: Database, item_codes: Iterable[str] | None = None
                        ) -> dict[str, FollowUpSummary]:
    """Per item code with at least one non-deleted activity; one query for all items.

    SQLite takes the bare column status from the row that holds max(updated_at), which is
    what gives the latest status without a second pass.
    """
    if item_codes is None:
        statement = _all_summaries()
    else:
        statement = (select(ActivityItemLink.item_code, func.count(),
                            func.max(Activity.updated_at), Activity.status)
                     .join(Activity, Activity.uuid == ActivityItemLink.activity_uuid)
                     .where(Activity.deleted_at == None,  # noqa: E711
                            ActivityItemLink.item_code.in_(list(item_codes)))
                     .group_by(ActivityItemLink.item_code))
    with database.session() as session:
        rows = session.exec(statement).all()
    return {code: FollowUpSummary(count, status, at) for code, count, at, status in rows}


def _all_summaries():
    """For every item, SQLite would walk the links by item and look each activity up at random
    (1.6 s for 100,000 activities); CROSS JOIN makes it read the activities in table order and
    find their links in the link table's primary key instead (0.45 s)."""
    return text(
        "SELECT l.item_code, count(*), max(a.updated_at), a.status "
        "FROM activity AS a CROSS JOIN activity_item_link AS l ON l.activity_uuid = a.uuid "
        "WHERE a.deleted_at IS NULL GROUP BY l.item_code"
    ).columns(column("item_code", String), column("activities", Integer),
              column("latest_at", UTCDateTime), column("status", String))
