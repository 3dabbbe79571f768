"""Helpers shared by the Activities area tests: sample activities, many at once."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from db.activities.service import create_activity
from db.models import Activity, ActivityItemLink, Office, utc_now
from exporters.activity import ActivityContent

USER = "amina"


def record(database, title="Border officials training", items=("DES-SR-III-01",), **fields):
    return create_activity(database, ActivityContent(title=title, item_codes=tuple(items),
                                                   **fields), USER)


def bulk_activities(database, owner_uuid: str, count: int) -> None:
    """Many activities at once, titles "Bulk 0000".. (the triggers index them)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        when = (start + timedelta(minutes=n)).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append((str(uuid.uuid4()), owner_uuid, f"Bulk {n:04d}",
                     ("planned", "ongoing", "completed")[n % 3], json.dumps({owner_uuid: 1}),
                     when, USER, when, USER))
    with database.session() as session:
        connection = session.connection().connection.driver_connection
        connection.executemany(
            "INSERT INTO activity (uuid, owner_office_uuid, title, description, "
            "lead_organisation, partners, status, progress_notes, outcome, evidence, read_only, "
            "revision, version_vector, created_at, created_by, updated_at, updated_by) VALUES "
            "(?, ?, ?, '', '', '', ?, '', '', '', 0, 1, ?, ?, ?, ?, ?)", rows)
        connection.executemany(
            "INSERT INTO activity_item_link (activity_uuid, item_code) VALUES (?, ?)",
            [(row[0], "DES-SR-III-01") for row in rows])


def record_of_another_office(database, name: str, country: str) -> str:
    """An activity of another office, as a package brings it; its UUID."""
    now = utc_now()
    office_uuid, activity_uuid = str(uuid.uuid4()), str(uuid.uuid4())
    with database.session() as session:
        session.add(Office(uuid=office_uuid, name=name, country_iso2=country, created_at=now,
                           updated_at=now))
        session.flush()
        session.add(Activity(uuid=activity_uuid, owner_office_uuid=office_uuid,
                             title=f"{name}'s", version_vector=json.dumps({office_uuid: 1}),
                             created_at=now, created_by="x", updated_at=now, updated_by="x"))
        session.flush()
        session.add(ActivityItemLink(activity_uuid=activity_uuid, item_code="DES-SR-III-01"))
    return activity_uuid
