"""The conflicts queue: concurrent versions kept side by side until a person resolves them.

Resolving writes a new version that has seen both (merged vector plus one edit here), so the
decision travels in the next package and closes the same conflict at the other end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from db.activities.rules import problems_here
from db.errors import ActivityReadOnlyError, ActivityValidationError
from db.models import Activity, ActivityChange, ActivityConflict, Office, utc_now
from db.storage.database import Database
from db.storage.local_office import LocalOffice, require_local_office
from db.storage.quick_read import sql_of
from db.storage.server import announce_change, take_write_lock
from db.sync.errors import ConflictChoiceError, ConflictNotFoundError
from db.sync.held import version_from_row
from db.sync.merge_rule import Version
from db.sync.records import ACTIVITY, LINK, links_by_activity
from db.sync.versions import DOMINATES, bumped, compare, merged, vector_text
from exporters.activity import COLUMN_NAMES, DEFAULTS, ActivityContent, normalised

KEEP_LOCAL, KEEP_INCOMING, EDITED = "kept_local", "kept_incoming", "edited"
CHOICES = {"local": KEEP_LOCAL, "incoming": KEEP_INCOMING, "edited": EDITED,
           KEEP_LOCAL: KEEP_LOCAL, KEEP_INCOMING: KEEP_INCOMING}


@dataclass(frozen=True)
class ConflictRecord:
    """One open conflict: the version this database shows and the other one, side by side."""

    id: int
    activity_uuid: str
    title: str
    owner_office_name: str
    detected_at: datetime
    package_uuid: str | None
    sender_office_name: str | None
    local: Version
    incoming: Version

    def differing_fields(self) -> tuple[str, ...]:
        """The fields whose values differ (deletion shows as 'deleted')."""
        if self.local.deleted != self.incoming.deleted:
            return ("deleted",)
        names = [n for n in COLUMN_NAMES
                 if self.local.values.get(n) != self.incoming.values.get(n)]
        if sorted(self.local.item_codes) != sorted(self.incoming.item_codes):
            names.append("item_codes")
        return tuple(names)


def _held_version(session: Session, activity_uuid: str) -> Version:
    row = session.connection().execute(
        ACTIVITY.select().where(ACTIVITY.c.uuid == activity_uuid)).mappings().one()
    links = links_by_activity(session, [activity_uuid])
    return version_from_row(row, links.get(activity_uuid, ()))


def _record(session: Session, conflict: ActivityConflict, names: dict[str, str]
            ) -> ConflictRecord:
    local = _held_version(session, conflict.activity_uuid)
    return ConflictRecord(
        conflict.id, conflict.activity_uuid, local.values.get("title") or "",
        names.get(local.owner, ""), conflict.detected_at, conflict.package_uuid,
        names.get(conflict.sender_office_uuid or ""), local,
        Version.from_snapshot(conflict.incoming_version))


def open_conflicts(database: Database) -> list[ConflictRecord]:
    """Every unresolved conflict, oldest first."""
    with database.session() as session:
        names = dict(session.exec(select(Office.uuid, Office.name)).all())
        conflicts = session.exec(select(ActivityConflict).where(
            ActivityConflict.resolved_at == None)  # noqa: E711
            .order_by(ActivityConflict.detected_at, ActivityConflict.id)).all()
        return [_record(session, c, names) for c in conflicts]


def merged_draft(conflict: ConflictRecord) -> ActivityContent:
    """Where a person starts editing a resolution: this installation's version, with the
    fields only the received version filled in, and the items of both."""
    local, incoming = conflict.local.values, conflict.incoming.values
    values = {}
    for name in COLUMN_NAMES:
        value = local.get(name)
        if value in (None, "") and incoming.get(name) not in (None, ""):
            value = incoming[name]
        values[name] = DEFAULTS[name] if value is None else value
    codes = tuple(sorted(set(conflict.local.item_codes) | set(conflict.incoming.item_codes)))
    return ActivityContent(**values, item_codes=codes)


def _chosen_content(choice: str, local: Version, incoming: Version,
                    edited: ActivityContent | None) -> tuple[dict, tuple[str, ...], bool]:
    """(field values, item codes, deleted) of the version the person chose."""
    if choice == KEEP_LOCAL:
        return dict(local.values), local.item_codes, local.deleted
    if choice == KEEP_INCOMING:
        if incoming.deleted and not set(COLUMN_NAMES) <= incoming.values.keys():
            return dict(local.values), local.item_codes, True
        return dict(incoming.values), incoming.item_codes, incoming.deleted
    return {n: getattr(edited, n) for n in COLUMN_NAMES}, edited.item_codes, False


def _history(session: Session, activity_uuid: str, user: str, office: LocalOffice,
             before: Version,
             values: dict, codes: tuple[str, ...], deleted: bool, choice: str,
             conflict_id: int) -> None:
    now = utc_now()
    note = f"conflict {conflict_id}: {choice}"
    entries = [(None, None, None)]
    entries += [(n, before.values.get(n), values.get(n)) for n in COLUMN_NAMES
                if before.values.get(n) != values.get(n)]
    if sorted(before.item_codes) != sorted(codes):
        entries.append(("item_codes", ", ".join(sorted(before.item_codes)),
                        ", ".join(sorted(codes))))
    if before.deleted != deleted:
        entries.append(("deleted", str(before.deleted), str(deleted)))
    session.connection().execute(insert(ActivityChange.__table__), [
        {"activity_uuid": activity_uuid, "changed_at": now, "changed_by": user,
         "office_uuid": office.uuid, "action": "conflict_resolved", "field": name,
         "old_value": None if old is None else str(old),
         "new_value": None if new is None else str(new), "note": note}
        for name, old, new in entries])


def resolve_conflict(database: Database, conflict_id: int, choice: str, user: str,
                     edited: ActivityContent | None = None) -> Version:
    """Keep the local version, the incoming one, or an edited one; returns the new version."""
    choice = CHOICES.get(choice, choice)
    if choice not in (KEEP_LOCAL, KEEP_INCOMING, EDITED) or (choice == EDITED) != bool(edited):
        raise ConflictChoiceError(choice)
    with database.session() as session:
        # On a server: after any import or resolution writing now (db/sync/importing.py,
        # _lock_for_import), so the conflict is read as it stands once they are done; one
        # resolved meanwhile by another officer is found resolved.
        take_write_lock(session.connection())
        office = require_local_office(sql_of(session))
        conflict = session.get(ActivityConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ConflictNotFoundError(conflict_id)
        activity = session.get(Activity, conflict.activity_uuid)
        if activity.read_only or not (activity.owner_office_uuid == office.uuid
                                      or office.is_headquarters):
            owner = session.get(Office, activity.owner_office_uuid)
            raise ActivityReadOnlyError(activity.uuid, owner.name)
        if edited is not None:
            edited = normalised(edited)
            problems = problems_here(session, edited, office.own_country)
            if problems:
                raise ActivityValidationError(problems)
        local = _held_version(session, activity.uuid)
        incoming = Version.from_snapshot(conflict.incoming_version)
        values, codes, deleted = _chosen_content(choice, local, incoming, edited)
        vector = bumped(merged(local.vector, incoming.vector), office.uuid)
        _write_resolution(session, activity, values, codes, deleted, vector, user)
        _history(session, activity.uuid, user, office, local, values, codes, deleted, choice,
                 conflict_id)
        conflict.resolved_at, conflict.resolved_by, conflict.resolution = utc_now(), user, choice
        session.add(conflict)
        _close_superseded(session, activity.uuid, vector, user)
        session.flush()
        announce_change(session.connection(), "conflicts")  # sent when this commits
        return _held_version(session, activity.uuid)


def _close_superseded(session: Session, activity_uuid: str, vector: dict, user: str) -> None:
    """Other open conflicts of the activity that the new version has seen are settled too."""
    others = session.exec(select(ActivityConflict).where(
        ActivityConflict.activity_uuid == activity_uuid,
        ActivityConflict.resolved_at == None)).all()  # noqa: E711
    for other in others:
        if compare(vector, Version.from_snapshot(other.incoming_version).vector) == DOMINATES:
            other.resolved_at, other.resolved_by, other.resolution = utc_now(), user, "superseded"
            session.add(other)


def _write_resolution(session: Session, activity: Activity, values: dict,
                      codes: tuple[str, ...], deleted: bool, vector: dict, user: str) -> None:
    now = utc_now()
    for name in COLUMN_NAMES:
        setattr(activity, name, values.get(name))
    activity.version_vector = vector_text(vector)
    activity.revision = sum(vector.values())
    activity.updated_at, activity.updated_by = now, user
    if deleted and activity.deleted_at is None:
        activity.deleted_at, activity.deleted_by = now, user
    elif not deleted:
        activity.deleted_at, activity.deleted_by = None, None
    session.add(activity)
    session.flush()
    connection = session.connection()
    connection.execute(delete(LINK).where(LINK.c.activity_uuid == activity.uuid))
    if codes:
        connection.execute(insert(LINK), [{"activity_uuid": activity.uuid, "item_code": c}
                                          for c in codes])
