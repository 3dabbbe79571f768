"""What this database holds of the activities a package names: rows, links, open conflicts."""

from __future__ import annotations

from sqlmodel import Session, select

from db.models import ActivityConflict, ActivitySyncState, ActivityVersionSeen
from db.sync.merge_rule import HeldActivity, Version
from db.sync.records import ACTIVITY, chunks, links_by_activity
from db.sync.versions import parse_vector
from exporters.activity import COLUMN_NAMES

CONFLICT = ActivityConflict.__table__
SYNC_STATE = ActivitySyncState.__table__
SEEN = ActivityVersionSeen.__table__


def version_from_row(row, codes: tuple[str, ...]) -> Version:
    return Version(
        uuid=row["uuid"], owner=row["owner_office_uuid"],
        vector=parse_vector(row["version_vector"]),
        values={name: row[name] for name in COLUMN_NAMES}, item_codes=codes,
        deleted_at=row["deleted_at"], deleted_by=row["deleted_by"],
        created_at=row["created_at"], created_by=row["created_by"],
        updated_at=row["updated_at"], updated_by=row["updated_by"])


def held_activities(session: Session, uuids: list[str]) -> dict[str, HeldActivity]:
    """The held state of each of these activities that exists here."""
    connection = session.connection()
    held: dict[str, HeldActivity] = {}
    for part in chunks(uuids):
        rows = connection.execute(select(ACTIVITY).where(ACTIVITY.c.uuid.in_(part))).mappings()
        rows = list(rows)
        links = links_by_activity(session, [r["uuid"] for r in rows])
        for row in rows:
            held[row["uuid"]] = HeldActivity(version_from_row(row, links.get(row["uuid"], ())),
                                             row["read_only"])
        conflicts = connection.execute(
            select(CONFLICT.c.id, CONFLICT.c.activity_uuid, CONFLICT.c.incoming_version)
            .where(CONFLICT.c.activity_uuid.in_(part), CONFLICT.c.resolved_at.is_(None)))
        for conflict_id, activity_uuid, snapshot in conflicts:
            held[activity_uuid].conflicts.append((conflict_id, Version.from_snapshot(snapshot)))
    return held


def template_states(session: Session, uuids: list[str]) -> dict[str, tuple[str, str]]:
    """(digest, version) of the template rows last imported for these activities."""
    found = {}
    for part in chunks(uuids):
        rows = session.connection().execute(
            select(SYNC_STATE.c.activity_uuid, SYNC_STATE.c.template_digest,
                   SYNC_STATE.c.template_version)
            .where(SYNC_STATE.c.activity_uuid.in_(part),
                   SYNC_STATE.c.template_digest.is_not(None)))
        found.update({uuid: (digest, version) for uuid, digest, version in rows})
    return found


def seen_contents(session: Session, uuids: list[str]) -> dict[tuple[str, str], frozenset[str]]:
    """The content digests seen here per (activity, version vector text), for these activities."""
    found: dict[tuple[str, str], set[str]] = {}
    for part in chunks(uuids):
        rows = session.connection().execute(
            select(SEEN.c.activity_uuid, SEEN.c.version_vector, SEEN.c.content_digest)
            .where(SEEN.c.activity_uuid.in_(part)))
        for uuid, vector, digest in rows:
            found.setdefault((uuid, vector), set()).add(digest)
    return {key: frozenset(digests) for key, digests in found.items()}
