"""Follow-up activities: validate, create, edit, duplicate and delete, each with its history."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from db.activities.rules import activity_reference, checked_problems, problems_here
from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.errors import (
    ActivityNotFoundError,
    ActivityReadOnlyError,
    ActivityValidationError,
    StaleActivityError,
)
from db.models import (
    Activity,
    ActivityChange,
    ActivityConflict,
    ActivityItemLink,
    Office,
    utc_now,
)
from db.storage.database import Database
from db.storage.local_office import LocalOffice, read_local_office, require_local_office
from db.storage.quick_read import sql_of
from db.storage.server import take_write_lock
from exporters.activity import (
    COLUMN_NAMES,
    ActivityContent,
    normalised,
    with_catalog_spelling,
)


@dataclass(frozen=True)
class ActivityRecord(ActivityContent):
    """An activity as read back, with who owns it and whether this installation may edit it."""

    uuid: str = ""
    owner_office_uuid: str = ""
    owner_office_name: str = ""
    editable: bool = False
    revision: int = 0
    version_vector: dict | None = None
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    deleted_at: datetime | None = None
    open_conflicts: int = 0

    @property
    def reported_in_2011(self) -> bool:
        """One of the June 2011 compilation's activities: its created and updated times are
        those of the installation that loaded the catalog, not of the follow-up."""
        return self.owner_office_uuid == COMPILATION_OFFICE_UUID


@dataclass(frozen=True)
class ChangeRecord:
    """One line of an activity's history."""

    changed_at: datetime
    changed_by: str
    office_uuid: str | None
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    note: str | None


def check_activity(database: Database, data: ActivityContent) -> list[tuple[str, str, object]]:
    """The problems saving data would report, without saving (the editor checks as you type)."""
    with database.session() as session:
        office = read_local_office(sql_of(session))
        return problems_here(session, normalised(data), office.own_country if office else None)


def _checked(session: Session, data: ActivityContent, office: LocalOffice) -> ActivityContent:
    """The data as stored: item codes spelled as the catalog spells them, a merged item's
    code as its survivor's (the same rule a package's rows follow, so both ends agree)."""
    reference = activity_reference(session, office.own_country)
    data = with_catalog_spelling(data, reference)
    problems = checked_problems(data, reference)
    if problems:
        raise ActivityValidationError(problems)
    return data


def _may_edit(activity: Activity, office: LocalOffice | None) -> bool:
    """An office edits its own activities; headquarters may edit any but the 2011 record."""
    if activity.read_only or office is None:
        return False
    return activity.owner_office_uuid == office.uuid or office.is_headquarters


def _item_codes(session: Session, activity_uuid: str) -> tuple[str, ...]:
    statement = (select(ActivityItemLink.item_code)
                 .where(ActivityItemLink.activity_uuid == activity_uuid)
                 .order_by(ActivityItemLink.item_code))
    return tuple(session.exec(statement))


def _record(session: Session, activity: Activity, local: LocalOffice | None) -> ActivityRecord:
    owner = session.get(Office, activity.owner_office_uuid)
    conflicts = session.exec(select(ActivityConflict).where(
        ActivityConflict.activity_uuid == activity.uuid,
        ActivityConflict.resolved_at == None)).all()  # noqa: E711
    values = {name: getattr(activity, name) for name in COLUMN_NAMES}
    return ActivityRecord(
        **values, item_codes=_item_codes(session, activity.uuid), uuid=activity.uuid,
        owner_office_uuid=activity.owner_office_uuid, owner_office_name=owner.name,
        editable=_may_edit(activity, local), revision=activity.revision,
        version_vector=json.loads(activity.version_vector), created_at=activity.created_at,
        created_by=activity.created_by, updated_at=activity.updated_at,
        updated_by=activity.updated_by, deleted_at=activity.deleted_at,
        open_conflicts=len(conflicts),
    )


def _stringify(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def _log(session: Session, activity_uuid: str, user: str, office: LocalOffice, action: str,
         field: str | None = None, old: object = None, new: object = None,
         note: str | None = None) -> None:
    session.add(ActivityChange(
        activity_uuid=activity_uuid, changed_at=utc_now(), changed_by=user,
        office_uuid=office.uuid, action=action, field=field, old_value=_stringify(old),
        new_value=_stringify(new), note=note))


def _bump(activity: Activity, office: LocalOffice, user: str) -> None:
    """Count one more edit at this office: revision and version vector move together."""
    vector = json.loads(activity.version_vector)
    vector[office.uuid] = vector.get(office.uuid, 0) + 1
    activity.version_vector = json.dumps(vector, sort_keys=True)
    activity.revision += 1
    activity.updated_at = utc_now()
    activity.updated_by = user


def _set_links(session: Session, activity_uuid: str, codes: tuple[str, ...]) -> None:
    current = set(_item_codes(session, activity_uuid))
    for code in current - set(codes):
        session.delete(session.get(ActivityItemLink, (activity_uuid, code)))
    for code in [c for c in codes if c not in current]:
        session.add(ActivityItemLink(activity_uuid=activity_uuid, item_code=code))


@contextmanager
def _writing(database: Database) -> Iterator[Session]:
    """A session that writes after any import, resolution or other save in progress: on a
    server, Tenpoint's write lock (db/storage/server.py) first, as SQLite's one writer at a
    time. So the revision an edit is checked against is the one committed last, and an
    import never overwrites an edit saved while it planned (nor an edit an import)."""
    with database.session() as session:
        take_write_lock(session.connection())
        yield session


def create_activity(database: Database, data: ActivityContent, user: str,
                    note: str | None = None) -> ActivityRecord:
    """Record a new activity owned by this installation's office."""
    data = normalised(data)
    with _writing(database) as session:
        office = require_local_office(sql_of(session))
        data = _checked(session, data, office)
        now = utc_now()
        activity = Activity(
            uuid=str(uuid.uuid4()), owner_office_uuid=office.uuid,
            **{name: getattr(data, name) for name in COLUMN_NAMES},
            revision=1, version_vector=json.dumps({office.uuid: 1}),
            created_at=now, created_by=user, updated_at=now, updated_by=user)
        session.add(activity)
        session.flush()  # the links and history refer to it
        _set_links(session, activity.uuid, data.item_codes)
        _log(session, activity.uuid, user, office, "created", note=note)
        session.flush()
        return _record(session, activity, office)


def _editable_activity(session: Session, activity_uuid: str, office: LocalOffice,
                       expected_revision: int | None) -> Activity:
    activity = session.get(Activity, activity_uuid)
    if activity is None or activity.deleted_at is not None:
        raise ActivityNotFoundError(activity_uuid)
    if not _may_edit(activity, office):
        raise ActivityReadOnlyError(activity_uuid, session.get(Office, activity.owner_office_uuid)
                                    .name)
    if expected_revision is not None and activity.revision != expected_revision:
        raise StaleActivityError(activity_uuid, expected_revision, activity.revision)
    return activity


def update_activity(database: Database, activity_uuid: str, data: ActivityContent, user: str,
                    expected_revision: int | None = None) -> ActivityRecord:
    """Save edits; each changed field goes into the history with its old and new value."""
    data = normalised(data)
    with _writing(database) as session:
        office = require_local_office(sql_of(session))
        activity = _editable_activity(session, activity_uuid, office, expected_revision)
        data = _checked(session, data, office)
        changed = False
        for name in COLUMN_NAMES:
            old, new = getattr(activity, name), getattr(data, name)
            if old != new:
                _log(session, activity_uuid, user, office, "updated", name, old, new)
                setattr(activity, name, new)
                changed = True
        old_codes = _item_codes(session, activity_uuid)
        if set(old_codes) != set(data.item_codes):
            _log(session, activity_uuid, user, office, "updated", "item_codes", old_codes,
                 tuple(sorted(data.item_codes)))
            _set_links(session, activity_uuid, data.item_codes)
            changed = True
        if changed:
            _bump(activity, office, user)
        session.flush()
        return _record(session, activity, office)


def delete_activity(database: Database, activity_uuid: str, user: str,
                    expected_revision: int | None = None) -> None:
    """Mark the activity deleted (never erased), so the deletion can travel in a package."""
    with _writing(database) as session:
        office = require_local_office(sql_of(session))
        activity = _editable_activity(session, activity_uuid, office, expected_revision)
        activity.deleted_at = utc_now()
        activity.deleted_by = user
        _bump(activity, office, user)
        _log(session, activity_uuid, user, office, "deleted")


def duplicate_activity(database: Database, activity_uuid: str, user: str) -> ActivityRecord:
    """A new activity of this office with the same content, e.g. for the next year's round."""
    original = get_activity(database, activity_uuid)
    return create_activity(database, original.content(), user,
                           note=f"duplicated from {activity_uuid}")


def get_activity(database: Database, activity_uuid: str) -> ActivityRecord:
    """One activity (deleted ones too, marked by deleted_at)."""
    with database.session() as session:
        activity = session.get(Activity, activity_uuid)
        if activity is None:
            raise ActivityNotFoundError(activity_uuid)
        return _record(session, activity, read_local_office(sql_of(session)))


@dataclass(frozen=True)
class CountryOptions:
    """What the editor offers for an activity's country, by the activity rules' own-country
    rule: every country is known (so what a person types is recognised and, if refused, named
    as another country), only the office's own is offered to a field office."""

    known: list[tuple[str, str]]  # every country as (ISO code, name), by name
    only: str | None  # the one country this office may choose; None: any
    default: str | None  # a new activity's country


def country_options(database: Database, record: ActivityRecord | None) -> CountryOptions:
    """The countries the editor offers for record (None: a new activity). A read-only view of
    another office's activity keeps its country, whatever it is."""
    with database.session() as session:
        sql = sql_of(session)
        office = read_local_office(sql)
        known = [tuple(row) for row in sql.all("SELECT iso2, name FROM country ORDER BY name")]
    editable = record is None or record.editable
    only = office.own_country if office and editable else None
    default = office.country_iso2 if office and record is None else None
    return CountryOptions(known, only, default)


def activity_history(database: Database, activity_uuid: str) -> list[ChangeRecord]:
    """The activity's history, oldest first. There is no service to edit it."""
    with database.session() as session:
        statement = (select(ActivityChange).where(ActivityChange.activity_uuid == activity_uuid)
                     .order_by(ActivityChange.changed_at, ActivityChange.id))
        return [ChangeRecord(c.changed_at, c.changed_by, c.office_uuid, c.action, c.field,
                             c.old_value, c.new_value, c.note) for c in session.exec(statement)]
