"""Loading the bundled catalog into a database: by code, idempotent, never touching activities."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import Session, SQLModel, select

from db.catalog.changes import replay_log
from db.catalog.compilation import (
    COMPILATION_OFFICE_NAME,
    COMPILATION_OFFICE_UUID,
    COMPILATION_USER,
    FOLLOWUP_KINDS,
    TENPOINT_NAMESPACE,
)
from db.catalog.files import CatalogRows, read_catalog
from db.catalog.search_index import rebuild_catalog_search
from db.models import (
    ActionArea,
    ActionPlanTarget,
    Activity,
    ActivityItemLink,
    CatalogItem,
    CatalogState,
    Country,
    CrossReference,
    Document,
    Event,
    ItemActionArea,
    Office,
    Participation,
    Place,
    Region,
    Section,
    utc_now,
)
from db.resources import catalog_dir
from db.storage.database import Database
from db.storage.sql_dialect import defer_foreign_keys

SOURCE_CITATION = ("UNHCR, The 10-Point Plan of Action: Regional Conferences on Refugee Protection "
                   "and International Migration, Selected Conference Materials, June 2011")
# How the Selected pages' headings translate into activity statuses.
REPORTED_STATUS = {"undertaken": "completed", "planned": "planned", "envisaged": "planned"}


@dataclass(frozen=True)
class CatalogLoadReport:
    """What a catalog load did."""

    from_version: int | None
    to_version: int
    items_added: int
    items_updated: int
    items_retired: int
    activities_added: int

    @property
    def changed(self) -> bool:
        return self.from_version != self.to_version


def load_catalog(database: Database, folder: Path | None = None) -> CatalogLoadReport:
    """Load the catalog in folder (default: the bundled one) if it is newer than the database's.

    One transaction: a failure leaves the database as it was.
    """
    rows = read_catalog(folder or catalog_dir())
    with database.session() as session:
        state = session.get(CatalogState, 1)
        if state is not None and state.version >= rows.version:
            return CatalogLoadReport(state.version, state.version, 0, 0, 0, 0)
        # Parents and children arrive in one batch: check the foreign keys at commit.
        defer_foreign_keys(session)
        added, updated, retired = _write_catalog(session, rows)
        replay_log(session)  # headquarters' changes stand on top of the newer files
        activities = _add_historical_activities(session, rows)
        _record_state(session, state, rows)
        session.flush()
        rebuild_catalog_search(session)
        return CatalogLoadReport(state.version if state else None, rows.version,
                                 added, updated, retired, activities)


def _upsert(session: Session, model: type[SQLModel], rows: list[dict], key: str) -> tuple[int, int]:
    """Insert new rows and update changed ones, matched on key; returns (added, updated)."""
    existing = {getattr(obj, key): obj for obj in session.exec(select(model))}
    added = updated = 0
    for row in rows:
        obj = existing.get(row[key])
        if obj is None:
            session.add(model(**row))
            added += 1
            continue
        changes = {k: v for k, v in row.items() if getattr(obj, k) != v}
        for name, value in changes.items():
            setattr(obj, name, value)
        updated += bool(changes)
    return added, updated


def _replace(session: Session, model: type[SQLModel], rows: list[dict]) -> None:
    """Catalog-owned link tables are rewritten whole; no activity refers to their rows."""
    session.exec(delete(model))
    session.add_all(model(**row) for row in rows)


def _write_catalog(session: Session, rows: CatalogRows) -> tuple[int, int, int]:
    _upsert(session, ActionArea, rows.action_areas, "number")
    _upsert(session, Region, rows.regions, "code")
    _upsert(session, Country, rows.countries, "iso2")
    _upsert(session, Place, rows.places, "name")
    _upsert(session, Event, rows.events, "code")
    _upsert(session, Document, rows.documents, "code")
    _upsert(session, Section, rows.sections, "code")
    added, updated = _upsert(session, CatalogItem, rows.items, "code")
    session.flush()
    retired = _retire_missing_items(session, {row["code"] for row in rows.items})
    _replace(session, ItemActionArea, rows.item_areas)
    _replace(session, CrossReference, rows.cross_references)
    _replace(session, ActionPlanTarget, rows.targets)
    _replace(session, Participation, rows.participation)
    return added, updated, retired


def _retire_missing_items(session: Session, current_codes: set[str]) -> int:
    """Items a newer catalog dropped stay, marked retired, since activities may cite them;
    items headquarters added (edition > 0) are not the files' to retire."""
    retired = 0
    for item in session.exec(select(CatalogItem).where(CatalogItem.retired == False,  # noqa: E712
                                                       CatalogItem.edition == 0)):
        if item.code not in current_codes:
            item.retired = True
            retired += 1
    return retired


def historical_activity_uuid(item_code: str) -> str:
    """The stable UUID of the 2011 activity reported by a Selected-page follow-up item."""
    return str(uuid.uuid5(TENPOINT_NAMESPACE, f"activity:{item_code}"))


def _compilation_office(session: Session) -> Office:
    office = session.get(Office, COMPILATION_OFFICE_UUID)
    if office is None:
        now = utc_now()
        office = Office(uuid=COMPILATION_OFFICE_UUID, name=COMPILATION_OFFICE_NAME,
                        is_headquarters=True, is_local=False, created_at=now, updated_at=now)
        session.add(office)
    return office


def _add_historical_activities(session: Session, rows: CatalogRows) -> int:
    """The follow-ups reported in 2011 become read-only activities; existing ones stay as is."""
    followups = [row for row in rows.items if row["kind"] in FOLLOWUP_KINDS]
    if not followups:
        return 0
    office = _compilation_office(session)
    added = 0
    for row in followups:
        activity_uuid = historical_activity_uuid(row["code"])
        if session.get(Activity, activity_uuid) is not None:
            continue
        session.add(_historical_activity(row, activity_uuid, office.uuid))
        session.add(ActivityItemLink(activity_uuid=activity_uuid, item_code=row["code"]))
        added += 1
    return added


def _historical_activity(row: dict, activity_uuid: str, office_uuid: str) -> Activity:
    extra = json.loads(row["extra"])
    now = utc_now()
    reported = extra.get("status_as_reported", "undertaken")
    title = row["text"] if len(row["text"]) <= 120 else row["text"][:117].rstrip() + "..."
    return Activity(
        uuid=activity_uuid, owner_office_uuid=office_uuid, title=title,
        description=row["text"], status=REPORTED_STATUS.get(reported, "completed"),
        evidence=f"{SOURCE_CITATION}, lines {', '.join(map(str, json.loads(row['source_lines'])))}",
        read_only=True, created_at=now, created_by=COMPILATION_USER,
        updated_at=now, updated_by=COMPILATION_USER,
    )


def _record_state(session: Session, state: CatalogState | None, rows: CatalogRows) -> None:
    if state is None:
        state = CatalogState(id=1, version=rows.version, source_sha256=rows.source_sha256,
                             loaded_at=utc_now())
        session.add(state)
    else:
        state.version = rows.version
        state.source_sha256 = rows.source_sha256
        state.loaded_at = utc_now()
