"""Activities as package records (and back), the reference lists, and the manifest's versions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session, select

from db.catalog.regions import regions_of
from db.models import (
    Activity,
    ActivityItemLink,
    CatalogItem,
    CatalogState,
    Country,
    Document,
    Event,
    Office,
)
from db.storage.quick_read import sql_of
from db.sync.versions import parse_vector
from exporters.activity import COLUMN_NAMES, KIND_LABELS, STATUS_LABELS
from exporters.records import CatalogRow, DeletionRow, PackageActivity, ReferenceLists

ACTIVITY = Activity.__table__
LINK = ActivityItemLink.__table__
CHUNK = 500  # SQLite allows a limited number of bound parameters per statement


def chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def schema_version(session: Session) -> str:
    return session.exec(text("select version_num from alembic_version")).scalar() or ""


def catalog_version(session: Session) -> int:
    state = session.get(CatalogState, 1)
    return state.version if state else 0


def office_names(session: Session) -> dict[str, str]:
    rows = session.connection().execute(select(Office.uuid, Office.name))
    return {uuid: name for uuid, name in rows}


def links_by_activity(session: Session, activity_uuids: list[str]) -> dict[str, tuple[str, ...]]:
    """Each activity's item codes, sorted, fetched in a few statements."""
    found: dict[str, list[str]] = defaultdict(list)
    for part in chunks(activity_uuids):
        rows = session.connection().execute(
            select(LINK.c.activity_uuid, LINK.c.item_code).where(LINK.c.activity_uuid.in_(part)))
        for activity_uuid, code in rows:
            found[activity_uuid].append(code)
    return {uuid: tuple(sorted(codes)) for uuid, codes in found.items()}


def activity_rows(session: Session, condition) -> tuple[list[PackageActivity], list[DeletionRow]]:
    """The activities matching condition: live ones as rows, deleted ones as deletions."""
    rows = session.connection().execute(
        select(ACTIVITY).where(condition, ACTIVITY.c.read_only == False)  # noqa: E712
        .order_by(ACTIVITY.c.created_at, ACTIVITY.c.uuid)).mappings().all()
    names = office_names(session)
    live = [r for r in rows if r["deleted_at"] is None]
    links = links_by_activity(session, [r["uuid"] for r in live])
    activities = [to_activity_row(r, links.get(r["uuid"], ()), names) for r in live]
    deletions = [to_deletion_row(r, names) for r in rows if r["deleted_at"] is not None]
    return activities, deletions


def to_activity_row(row, codes: tuple[str, ...], names: dict[str, str]) -> PackageActivity:
    values = {name: row[name] for name in COLUMN_NAMES}
    return PackageActivity(
        activity_id=row["uuid"], item_codes=codes, **values,
        owner_office_id=row["owner_office_uuid"],
        owner_office=names.get(row["owner_office_uuid"], ""), revision=row["revision"],
        version=parse_vector(row["version_vector"]), created_at=row["created_at"],
        created_by=row["created_by"], updated_at=row["updated_at"], updated_by=row["updated_by"])


def to_deletion_row(row, names: dict[str, str]) -> DeletionRow:
    return DeletionRow(row["uuid"], row["title"], row["owner_office_uuid"],
                       names.get(row["owner_office_uuid"], ""), row["deleted_at"],
                       row["deleted_by"] or "", row["revision"],
                       parse_vector(row["version_vector"]))


def region_event_codes(session: Session, region_codes: Iterable[str]) -> list[str]:
    codes = list(region_codes)
    return list(session.connection().execute(
        select(Event.code).where(Event.region_code.in_(codes))).scalars())


def catalog_rows(session: Session, event_codes: list[str] | None) -> tuple[CatalogRow, ...]:
    """Catalog items of the events (all events when None), in catalog order."""
    statement = (select(CatalogItem.code, Document.event_code, CatalogItem.kind,
                        CatalogItem.text, CatalogItem.retired)
                 .join(Document, Document.code == CatalogItem.document_code)
                 .join(Event, Event.code == Document.event_code)
                 .order_by(Event.ordinal, Document.ordinal, CatalogItem.code))
    if event_codes is not None:
        statement = statement.where(Document.event_code.in_(event_codes))
    return tuple(CatalogRow(*row) for row in session.connection().execute(statement))


def reference_lists(session: Session, country_iso2: str | None,
                    region_codes: list[str] | None = None) -> ReferenceLists:
    """The drop-down values: statuses, kinds, countries and the region's current catalog codes."""
    if region_codes is None and country_iso2:
        region_codes = [r.code for r in regions_of(sql_of(session), country_iso2)]
    events = region_event_codes(session, region_codes) if region_codes else None
    catalog = tuple(row for row in catalog_rows(session, events) if not row.retired)
    countries = tuple(tuple(r) for r in session.connection().execute(
        select(Country.iso2, Country.name).order_by(Country.iso2)))
    return ReferenceLists(tuple(STATUS_LABELS.items()), tuple(KIND_LABELS.items()), countries,
                          catalog)
