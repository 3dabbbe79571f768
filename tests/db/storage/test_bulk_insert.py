"""Many rows inserted at once (db/storage/bulk_insert.py): COPY on PostgreSQL stores what an
INSERT stores, and a failed one stores nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from db.activities.service import create_activity
from db.installation.office import setup_office
from db.models import ActivityChange
from db.storage import bulk_insert
from tests.db.sync.helpers import sample

CHANGE = ActivityChange.__table__
NAIROBI_TIME = timezone(timedelta(hours=3))


def _entries(activity_uuid: str, count: int) -> list[dict]:
    """History rows as an import writes them: aware times (here not in UTC), no change ID."""
    return [{"activity_uuid": activity_uuid,
             "changed_at": datetime(2026, 3, 1, 9, 30, tzinfo=NAIROBI_TIME) + timedelta(
                 minutes=n),
             "changed_by": "amina", "office_uuid": None, "action": "imported",
             "field": "title" if n % 2 else None, "old_value": None,
             "new_value": f"Border monitoring {n}", "note": "package 7"} for n in range(count)]


def _stored(database, activity_uuid: str) -> list[tuple]:
    with database.session() as session:
        return [(c.changed_at, c.changed_by, c.action, c.field, c.new_value, c.note,
                 len(c.change_uuid)) for c in session.exec(
            select(ActivityChange).where(ActivityChange.activity_uuid == activity_uuid,
                                         ActivityChange.action == "imported")
            .order_by(ActivityChange.changed_at)).scalars()]


@pytest.fixture
def activity_uuid(database) -> str:
    setup_office(database, "Nairobi", "KE")
    return create_activity(database, sample(), "amina").uuid


@pytest.mark.parametrize("copy_from", [1, 10**9], ids=["copy", "insert"])
def test_copied_rows_read_back_as_inserted_ones(database, activity_uuid, monkeypatch,
                                                copy_from):
    """Times stored as UTC and read back as the same instant, a change ID of its own for
    every entry (the column's Python default), empty values empty."""
    monkeypatch.setattr(bulk_insert, "COPY_FROM", copy_from)
    rows = _entries(activity_uuid, 150)
    with database.session() as session:
        bulk_insert.insert_rows(session.connection(), CHANGE, rows)
    stored = _stored(database, activity_uuid)
    assert [(r[0], r[3], r[4]) for r in stored] == [
        (row["changed_at"].astimezone(UTC), row["field"], row["new_value"]) for row in rows]
    assert stored[0][0].tzinfo is not None and stored[0][0].hour == 6  # 09:30 at UTC+3
    assert {r[6] for r in stored} == {32}
    with database.session() as session:
        ids = session.exec(select(ActivityChange.change_uuid)).scalars().all()
    assert len(ids) == len(set(ids))


def test_a_failed_copy_stores_nothing(database, activity_uuid, monkeypatch):
    """One bad row (no author) among many: the whole unit of work is refused."""
    monkeypatch.setattr(bulk_insert, "COPY_FROM", 1)
    rows = _entries(activity_uuid, 150)
    rows[120]["changed_by"] = None
    with pytest.raises(Exception, match="(?i)null"), database.session() as session:
        bulk_insert.insert_rows(session.connection(), CHANGE, rows)
    assert _stored(database, activity_uuid) == []
