"""Exports: an office's package, headquarters' update for an office or region, blank templates.

Each export reads in one short session, writes the file outside any transaction, and only
then records what was sent (one transaction), so a failed or cancelled export records nothing.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_
from sqlmodel import Session, select

from db.catalog.regions import regions_of
from db.errors import UnknownCountryError
from db.installation.signing import installation_signer
from db.models import (
    ActivityChange,
    ActivityItemLink,
    ActivitySyncState,
    CatalogItem,
    Country,
    Document,
    ExportWatermark,
    Office,
    Region,
    SyncPackage,
    utc_now,
)
from db.resources import app_version
from db.storage.database import Database
from db.storage.local_office import LocalOffice, require_local_office
from db.storage.quick_read import sql_of
from db.storage.upsert import insert_on
from db.sync.catalog_log import change_rows
from db.sync.errors import ExportScopeError, PackageFileError
from db.sync.records import (
    ACTIVITY,
    activity_rows,
    catalog_rows,
    catalog_version,
    reference_lists,
    region_event_codes,
    schema_version,
)
from db.sync.validation import rows_country
from db.sync.versions import vector_text
from exporters.encryption import encrypt_file
from exporters.errors import PackageWriteError
from exporters.progress import Cancelled, Progress
from exporters.records import (
    KIND_HQ_UPDATE,
    KIND_OFFICE,
    KIND_TEMPLATE,
    AcknowledgementRow,
    DeletionRow,
    HistoryRow,
    Manifest,
    PackageActivity,
    PackageContent,
    ReferenceLists,
)
from exporters.template import DEFAULT_TEMPLATE_ROWS, write_template
from exporters.validation_lists import offered_to
from exporters.wording import ENGLISH, Wording
from exporters.writer import write_beside_then_rename, write_package

CHANGE = ActivityChange.__table__


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file and its manifest (counts, checksum)."""

    path: Path
    manifest: Manifest
    template_rows: int = 0


def _manifest(session: Session, office: Office, kind: str, **extra) -> Manifest:
    return Manifest(package_id=str(uuid.uuid4()), kind=kind, office_id=office.uuid,
                    office_name=office.name, country=office.country_iso2,
                    created_at=utc_now(), app_version=app_version(),
                    schema_version=schema_version(session),
                    catalog_version=catalog_version(session), **extra)


def _write(database: Database, path: Path, content: PackageContent, lists: ReferenceLists,
           progress, cancelled, password: str | None = None,
           wording: Wording = ENGLISH) -> Manifest:
    """Write the package signed with this installation's key (made now if it has none yet),
    worded in the wording's language."""
    signer = installation_signer(database)
    return _protected(path, password, lambda target: write_package(
        target, content, lists, progress, cancelled, signer, wording))


def _protected(path: Path, password: str | None, write: Callable[[Path], object]):
    """Run write(target) for path; with a password, the target only ever appears encrypted.

    The plain workbook goes to a private temporary folder (a crash then leaves no readable copy
    beside the target, on a USB stick say), its encryption to a temporary file beside the
    target, renamed onto it: the target is never half-written or unprotected.
    """
    try:
        if not password:
            return write(path)
        with tempfile.TemporaryDirectory(prefix="tenpoint-") as plain_folder:
            plain = Path(plain_folder) / path.name
            result = write(plain)
            write_beside_then_rename(path, lambda sealed: encrypt_file(plain, sealed, password))
        return result
    except PackageWriteError as error:
        raise PackageFileError(error.path, error.detail) from error
    except OSError as error:
        raise PackageFileError(str(path), error.strerror or str(error)) from error


def _record_sent(database: Database, path: Path, manifest: Manifest, scope: str,
                 sent: list[tuple[str, dict]], recipient: str | None = None,
                 user: str = "") -> None:
    """The package log entry, the watermark and each activity's sent version: one transaction."""
    now = utc_now()
    with database.session() as session:
        session.add(SyncPackage(
            package_uuid=manifest.package_id, direction="sent", kind=manifest.kind,
            office_uuid=recipient, region_code=manifest.region, file_name=path.name,
            created_at=manifest.created_at, recorded_at=now, recorded_by=user,
            checksum=manifest.checksum, activity_count=manifest.activity_count,
            deletion_count=manifest.deletion_count))
        watermark = session.get(ExportWatermark, scope) or ExportWatermark(
            scope=scope, package_uuid=manifest.package_id, exported_at=now)
        watermark.package_uuid, watermark.exported_at = manifest.package_id, now
        session.add(watermark)
        if sent:
            _upsert_sent_versions(session, sent, now)


def _upsert_sent_versions(session: Session, sent: list[tuple[str, dict]], now) -> None:
    table = ActivitySyncState.__table__
    statement = insert_on(session, table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.activity_uuid],
        set_={"sent_version": statement.excluded.sent_version,
              "sent_at": statement.excluded.sent_at})
    session.connection().execute(statement, [
        {"activity_uuid": activity_uuid, "sent_version": vector_text(vector), "sent_at": now}
        for activity_uuid, vector in sent])


def _sent_versions(session: Session, office_uuid: str) -> dict[str, str | None]:
    table = ActivitySyncState.__table__
    rows = session.connection().execute(
        select(table.c.activity_uuid, table.c.sent_version)
        .join(ACTIVITY, ACTIVITY.c.uuid == table.c.activity_uuid)
        .where(ACTIVITY.c.owner_office_uuid == office_uuid))
    return dict(rows.all())


def _history_rows(session: Session, condition, activities: list[PackageActivity],
                  deletions: list[DeletionRow]) -> tuple[HistoryRow, ...]:
    """Every history entry of the carried activities and deletions, in one statement (the
    condition that chose them), oldest first: the history travels with the activity."""
    carried = {row.activity_id for row in activities} | {row.activity_id for row in deletions}
    if not carried:
        return ()
    rows = session.connection().execute(
        select(CHANGE.c.activity_uuid, CHANGE.c.change_uuid, CHANGE.c.changed_at,
                  CHANGE.c.changed_by, CHANGE.c.office_uuid, CHANGE.c.action, CHANGE.c.field,
                  CHANGE.c.old_value, CHANGE.c.new_value, CHANGE.c.note)
        .join(ACTIVITY, ACTIVITY.c.uuid == CHANGE.c.activity_uuid)
        .where(condition, ACTIVITY.c.read_only == False)  # noqa: E712
        .order_by(CHANGE.c.changed_at, CHANGE.c.id))
    return tuple(HistoryRow(uuid, change, at, by or "", office or "", action, field or "",
                            old or "", new or "", note or "")
                 for uuid, change, at, by, office, action, field, old, new, note in rows
                 if uuid in carried)


def export_office_package(database: Database, path: Path | str, changed_only: bool = False,
                          progress: Progress | None = None, cancelled: Cancelled | None = None,
                          user: str = "", password: str | None = None,
                          wording: Wording = ENGLISH) -> ExportResult:
    """This office's own activities (all, or those changed since they were last sent);
    with a password, the file is encrypted so that Excel and LibreOffice ask for it. The
    wording words it in the office's language (English by default)."""
    path = Path(path)
    with database.session() as session:
        office = require_local_office(sql_of(session))
        if office.is_headquarters:
            raise ExportScopeError("hq_needs_scope")
        own = ACTIVITY.c.owner_office_uuid == office.uuid
        activities, deletions = activity_rows(session, own)
        if changed_only:
            sent = _sent_versions(session, office.uuid)
            activities = [a for a in activities if sent.get(a.activity_id) != vector_text(
                a.version)]
            deletions = [d for d in deletions if sent.get(d.activity_id) != vector_text(
                d.version)]
        history = _history_rows(session, own, activities, deletions)
        manifest = _manifest(session, office, KIND_OFFICE)
        # The Country drop-down offers what headquarters' import accepts: the office's own.
        lists = offered_to(reference_lists(session, office.country_iso2),
                           rows_country(manifest, office))
    content = PackageContent(manifest, tuple(activities), tuple(deletions), history=history)
    manifest = _write(database, path, content, lists, progress, cancelled, password, wording)
    sent = [(a.activity_id, a.version) for a in activities]
    sent += [(d.activity_id, d.version) for d in deletions]
    _record_sent(database, path, manifest, "office", sent, user=user)
    return ExportResult(path, manifest)


def _scope_regions(session: Session, office_uuid: str | None, region_code: str | None
                   ) -> tuple[list[str], Office | None]:
    if office_uuid:
        office = session.get(Office, office_uuid)
        if office is None or office.is_local:
            raise ExportScopeError("unknown_office", office_uuid)
        regions = [r.code for r in regions_of(sql_of(session), office.country_iso2)] \
            if office.country_iso2 else []
        return regions, office
    if region_code is None:
        raise ExportScopeError("hq_needs_scope")
    region = session.exec(select(Region).where(
        func.upper(Region.code) == region_code.strip().upper())).first()
    if region is None:
        raise ExportScopeError("unknown_region", region_code)
    return [region.code], None


def _in_events(event_codes: list[str]):
    """Activities citing at least one item of these events."""
    linked = (select(ActivityItemLink.activity_uuid)
              .join(CatalogItem, CatalogItem.code == ActivityItemLink.item_code)
              .join(Document, Document.code == CatalogItem.document_code)
              .where(Document.event_code.in_(event_codes)))
    return ACTIVITY.c.uuid.in_(linked)


def _field_office_uuids(session: Session) -> set[str]:
    return set(session.exec(select(Office.uuid).where(
        Office.is_headquarters == False)))  # noqa: E712


def export_hq_package(database: Database, path: Path | str, office_uuid: str | None = None,
                      region_code: str | None = None, progress: Progress | None = None,
                      cancelled: Cancelled | None = None, user: str = "",
                      password: str | None = None, wording: Wording = ENGLISH
                      ) -> ExportResult:
    """Headquarters' update for one office or region: the region's merged activities, the
    changes headquarters made, catalog updates, and acknowledgements of what HQ holds
    (encrypted with the password, if one is given; worded by the wording)."""
    path = Path(path)
    with database.session() as session:
        hq = require_local_office(sql_of(session))
        if not hq.is_headquarters:
            raise ExportScopeError("office_has_no_scope")
        regions, recipient = _scope_regions(session, office_uuid, region_code)
        events = region_event_codes(session, regions)
        condition = _in_events(events)
        if recipient is not None:
            condition = or_(condition, ACTIVITY.c.owner_office_uuid == recipient.uuid)
        activities, deletions = activity_rows(session, condition)
        field_offices = _field_office_uuids(session)
        acks = [AcknowledgementRow(r.activity_id, r.revision, r.version)
                for r in [*activities, *deletions] if r.owner_office_id in field_offices]
        manifest = _manifest(session, hq, KIND_HQ_UPDATE, region=",".join(regions) or None,
                             recipient_office_id=recipient.uuid if recipient else None)
        lists = reference_lists(session, None, regions)
        updates = catalog_rows(session, events)
        history = _history_rows(session, condition, activities, deletions)
        changes = change_rows(session)
    content = PackageContent(manifest, tuple(activities), tuple(deletions), tuple(acks),
                             updates, history, catalog_changes=changes)
    manifest = _write(database, path, content, lists, progress, cancelled, password, wording)
    scope = f"office:{recipient.uuid}" if recipient else f"region:{regions[0]}"
    _record_sent(database, path, manifest, scope, [],
                 recipient=recipient.uuid if recipient else None, user=user)
    return ExportResult(path, manifest)


def _template_office(session: Session, local: LocalOffice, office_name: str | None,
                     country: str | None) -> LocalOffice | Office:
    """The office a template is for: this one, or (at headquarters) a named one."""
    if not office_name:
        return local
    if not local.is_headquarters:
        raise ExportScopeError("office_has_no_scope", office_name)
    code = (country or "").strip().upper() or None
    if code is None or session.get(Country, code) is None:
        raise UnknownCountryError(country or "")
    name = " ".join(office_name.split())
    office = session.exec(select(Office).where(
        func.lower(Office.name) == name.lower(), Office.country_iso2 == code)).first()
    if office is None:  # registered now, so every template for it carries the same office ID
        now = utc_now()
        office = Office(uuid=str(uuid.uuid4()), name=name, country_iso2=code,
                        created_at=now, updated_at=now)
        session.add(office)
        session.flush()
    return office


def export_template(database: Database, path: Path | str, office_name: str | None = None,
                    country: str | None = None, rows: int = DEFAULT_TEMPLATE_ROWS,
                    user: str = "", password: str | None = None,
                    wording: Wording = ENGLISH) -> ExportResult:
    """A blank template with pre-assigned activity IDs, for this office or a named one
    (encrypted with the password, if one is given; worded by the wording)."""
    path = Path(path)
    with database.session() as session:
        local = require_local_office(sql_of(session))
        office = _template_office(session, local, office_name, country)
        manifest = _manifest(session, office, KIND_TEMPLATE)
        lists = offered_to(reference_lists(session, office.country_iso2),
                           rows_country(manifest, local))
    ids = [str(uuid.uuid4()) for _ in range(rows)]
    _protected(path, password,
               lambda target: write_template(target, manifest, ids, lists, wording))
    _record_sent(database, path, manifest, f"template:{office.uuid}", [],
                 recipient=office.uuid, user=user)
    return ExportResult(path, manifest, rows)
