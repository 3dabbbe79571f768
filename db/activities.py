"""Follow-up activities: validate, create, edit, duplicate and delete, each with its history."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime

from sqlmodel import Session, select

from db.database import Database
from db.errors import TenpointDataError
from db.models import (
    Activity,
    ActivityChange,
    ActivityConflict,
    ActivityItemLink,
    CatalogItem,
    Country,
    Office,
    utc_now,
)

STATUSES = ("planned", "ongoing", "completed", "suspended", "cancelled")
# The Dar es Salaam Action Plan's areas of work.
KINDS = ("legislative_policy_reform", "capacity_building", "operations", "outreach",
         "data_collection_analysis", "cooperation_coordination")
MAX_TITLE = 300
MAX_TEXT = 20_000


class ActivityValidationError(TenpointDataError):
    """The input has problems; each is (field, code, value) for the GUI to word."""

    def __init__(self, problems: list[tuple[str, str, object]]) -> None:
        super().__init__("; ".join(f"{f}: {c}" for f, c, _ in problems))
        self.problems = problems


class ActivityNotFoundError(TenpointDataError):
    def __init__(self, activity_uuid: str) -> None:
        super().__init__(activity_uuid)
        self.activity_uuid = activity_uuid


class ActivityReadOnlyError(TenpointDataError):
    """The activity belongs to another office (or to the 2011 compilation)."""

    def __init__(self, activity_uuid: str, owner_name: str) -> None:
        super().__init__(f"{activity_uuid} owned by {owner_name}")
        self.activity_uuid = activity_uuid
        self.owner_name = owner_name


class StaleActivityError(TenpointDataError):
    """Someone saved the activity since it was opened; reload before saving."""

    def __init__(self, activity_uuid: str, expected: int, found: int) -> None:
        super().__init__(f"{activity_uuid}: revision {found}, expected {expected}")
        self.activity_uuid, self.expected, self.found = activity_uuid, expected, found


class NoOfficeError(TenpointDataError):
    """Activities need this installation's office identity (tenpoint setup)."""


@dataclass(frozen=True)
class ActivityInput:
    """What a person types into the activity editor."""

    title: str
    item_codes: tuple[str, ...]
    description: str = ""
    country_iso2: str | None = None
    lead_organisation: str = ""
    partners: str = ""
    kind: str | None = None
    status: str = "planned"
    start_date: date | None = None
    end_date: date | None = None
    progress_notes: str = ""
    outcome: str = ""
    evidence: str = ""
    people_reached: int | None = None


EDITABLE_FIELDS = tuple(f.name for f in fields(ActivityInput) if f.name != "item_codes")


@dataclass(frozen=True)
class ActivityRecord(ActivityInput):
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


def normalised_input(data: ActivityInput) -> ActivityInput:
    """Trim text fields and de-duplicate item codes, keeping the order given."""
    values = asdict(data)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["country_iso2"] = (values["country_iso2"] or "").upper() or None
    values["kind"] = values["kind"] or None
    values["item_codes"] = tuple(dict.fromkeys(c.strip() for c in data.item_codes if c.strip()))
    return ActivityInput(**values)


def validation_problems(session: Session, data: ActivityInput) -> list[tuple[str, str, object]]:
    """Every problem with the input, so the editor can show them all at once."""
    problems: list[tuple[str, str, object]] = []
    if not data.title:
        problems.append(("title", "required", data.title))
    elif len(data.title) > MAX_TITLE:
        problems.append(("title", "too_long", len(data.title)))
    if not data.item_codes:
        problems.append(("item_codes", "required", ()))
    unknown = [c for c in data.item_codes if session.get(CatalogItem, c) is None]
    if unknown:
        problems.append(("item_codes", "unknown", tuple(unknown)))
    if data.status not in STATUSES:
        problems.append(("status", "invalid", data.status))
    if data.kind is not None and data.kind not in KINDS:
        problems.append(("kind", "invalid", data.kind))
    if data.country_iso2 and session.get(Country, data.country_iso2) is None:
        problems.append(("country_iso2", "unknown", data.country_iso2))
    elif data.country_iso2 and _office_country(session) not in (None, data.country_iso2):
        # The same rule headquarters applies to office packages (sync_package_merge).
        problems.append(("country_iso2", "other_country", data.country_iso2))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(("end_date", "before_start", data.end_date))
    if data.people_reached is not None and data.people_reached < 0:
        problems.append(("people_reached", "negative", data.people_reached))
    for name in ("description", "progress_notes", "outcome", "evidence", "partners"):
        if len(getattr(data, name)) > MAX_TEXT:
            problems.append((name, "too_long", len(getattr(data, name))))
    return problems


def _office_country(session: Session) -> str | None:
    """A field office's country; None at headquarters (which follows every country) or
    before setup."""
    office = session.exec(select(Office).where(Office.is_local == True)).first()  # noqa: E712
    if office is None or office.is_headquarters:
        return None
    return office.country_iso2


def check_activity(database: Database, data: ActivityInput) -> list[tuple[str, str, object]]:
    """The problems saving data would report, without saving (the editor checks as you type)."""
    with database.session() as session:
        return validation_problems(session, normalised_input(data))


def _local_office(session: Session) -> Office:
    office = session.exec(select(Office).where(Office.is_local == True)).first()  # noqa: E712
    if office is None:
        raise NoOfficeError()
    return office


def _may_edit(activity: Activity, office: Office | None) -> bool:
    """An office edits its own activities; headquarters may edit any but the 2011 record."""
    if activity.read_only or office is None:
        return False
    return activity.owner_office_uuid == office.uuid or office.is_headquarters


def _item_codes(session: Session, activity_uuid: str) -> tuple[str, ...]:
    statement = (select(ActivityItemLink.item_code)
                 .where(ActivityItemLink.activity_uuid == activity_uuid)
                 .order_by(ActivityItemLink.item_code))
    return tuple(session.exec(statement))


def _record(session: Session, activity: Activity, local: Office | None) -> ActivityRecord:
    owner = session.get(Office, activity.owner_office_uuid)
    conflicts = session.exec(select(ActivityConflict).where(
        ActivityConflict.activity_uuid == activity.uuid,
        ActivityConflict.resolved_at == None)).all()  # noqa: E711
    values = {name: getattr(activity, name) for name in EDITABLE_FIELDS}
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


def _log(session: Session, activity_uuid: str, user: str, office: Office, action: str,
         field: str | None = None, old: object = None, new: object = None,
         note: str | None = None) -> None:
    session.add(ActivityChange(
        activity_uuid=activity_uuid, changed_at=utc_now(), changed_by=user,
        office_uuid=office.uuid, action=action, field=field, old_value=_stringify(old),
        new_value=_stringify(new), note=note))


def _bump(activity: Activity, office: Office, user: str) -> None:
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


def create_activity(database: Database, data: ActivityInput, user: str,
                    note: str | None = None) -> ActivityRecord:
    """Record a new activity owned by this installation's office."""
    data = normalised_input(data)
    with database.session() as session:
        office = _local_office(session)
        problems = validation_problems(session, data)
        if problems:
            raise ActivityValidationError(problems)
        now = utc_now()
        activity = Activity(
            uuid=str(uuid.uuid4()), owner_office_uuid=office.uuid,
            **{name: getattr(data, name) for name in EDITABLE_FIELDS},
            revision=1, version_vector=json.dumps({office.uuid: 1}),
            created_at=now, created_by=user, updated_at=now, updated_by=user)
        session.add(activity)
        session.flush()  # the links and history refer to it
        _set_links(session, activity.uuid, data.item_codes)
        _log(session, activity.uuid, user, office, "created", note=note)
        session.flush()
        return _record(session, activity, office)


def _editable_activity(session: Session, activity_uuid: str, office: Office,
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


def update_activity(database: Database, activity_uuid: str, data: ActivityInput, user: str,
                    expected_revision: int | None = None) -> ActivityRecord:
    """Save edits; each changed field goes into the history with its old and new value."""
    data = normalised_input(data)
    with database.session() as session:
        office = _local_office(session)
        activity = _editable_activity(session, activity_uuid, office, expected_revision)
        problems = validation_problems(session, data)
        if problems:
            raise ActivityValidationError(problems)
        changed = False
        for name in EDITABLE_FIELDS:
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
    with database.session() as session:
        office = _local_office(session)
        activity = _editable_activity(session, activity_uuid, office, expected_revision)
        activity.deleted_at = utc_now()
        activity.deleted_by = user
        _bump(activity, office, user)
        _log(session, activity_uuid, user, office, "deleted")


def duplicate_activity(database: Database, activity_uuid: str, user: str) -> ActivityRecord:
    """A new activity of this office with the same content, e.g. for the next year's round."""
    original = get_activity(database, activity_uuid)
    values = {name: getattr(original, name) for name in EDITABLE_FIELDS}
    return create_activity(database, ActivityInput(**values, item_codes=original.item_codes),
                           user, note=f"duplicated from {activity_uuid}")


def get_activity(database: Database, activity_uuid: str) -> ActivityRecord:
    """One activity (deleted ones too, marked by deleted_at)."""
    with database.session() as session:
        activity = session.get(Activity, activity_uuid)
        if activity is None:
            raise ActivityNotFoundError(activity_uuid)
        local = session.exec(select(Office).where(Office.is_local == True)).first()  # noqa: E712
        return _record(session, activity, local)


def activity_history(database: Database, activity_uuid: str) -> list[ChangeRecord]:
    """The activity's history, oldest first. There is no service to edit it."""
    with database.session() as session:
        statement = (select(ActivityChange).where(ActivityChange.activity_uuid == activity_uuid)
                     .order_by(ActivityChange.changed_at, ActivityChange.id))
        return [ChangeRecord(c.changed_at, c.changed_by, c.office_uuid, c.action, c.field,
                             c.old_value, c.new_value, c.note) for c in session.exec(statement)]
