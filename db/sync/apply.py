"""Writes one package's merge decisions with bulk statements (SQLAlchemy Core, executemany)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlmodel import Session

from db.catalog.changes import receive_changes
from db.catalog.search_index import rebuild_catalog_search
from db.models import ActivityChange, CatalogChange, CatalogItem, Office, SyncPackage
from db.storage.bulk_insert import insert_rows
from db.storage.upsert import insert_on
from db.sync.bulk_index import bulk_inserted
from db.sync.held import CONFLICT, SEEN, SYNC_STATE
from db.sync.merge_rule import Version, field_changes, value_text
from db.sync.records import ACTIVITY, LINK
from db.sync.versions import vector_text
from exporters.activity import COLUMN_NAMES, DEFAULTS
from exporters.records import CatalogRow, HistoryRow

CHANGE = ActivityChange.__table__
OFFICE = Office.__table__
PACKAGE = SyncPackage.__table__
CATALOG_ITEM = CatalogItem.__table__
UNSIGNED_NOTE = "unsigned"  # starts the history note of data imported without a signature
# Ends the note of an edit typed into an exported package (merge_rule.EDITED); the GUI words it
TYPED_NOTE = "edited in a spreadsheet after export"


@dataclass
class PackageWrites:
    """Everything one package changes, gathered before a few bulk statements write it."""

    new: list[Version] = field(default_factory=list)
    updates: list[tuple[Version, Version]] = field(default_factory=list)  # (held, incoming)
    typed: set[str] = field(default_factory=set)  # updates typed into an exported package
    seen: list[Version] = field(default_factory=list)  # versions whose content to remember
    conflicts: list[Version] = field(default_factory=list)
    superseded: list[int] = field(default_factory=list)
    acknowledgements: list[tuple[str, dict]] = field(default_factory=list)
    templates: list[tuple[str, str, dict]] = field(default_factory=list)  # uuid, digest, version
    offices: dict[str, tuple[str, str | None, bool]] = field(default_factory=dict)
    catalog_updates: list[CatalogRow] = field(default_factory=list)
    catalog_changes: list[CatalogChange] = field(default_factory=list)  # new here, in order
    history: list[HistoryRow] = field(default_factory=list)  # travelled entries to keep


@dataclass(frozen=True)
class WriteContext:
    """Who and what the history entries the import writes name.

    Those entries record the import itself, so they name who imported, here, and when; the
    entries that travelled keep who made each change where (see _insert_history).
    """

    package_id: str
    sender_office: str  # the office that made the package (recorded with its conflicts)
    local_office: str  # the office importing it: where the import's own entries are made
    user: str
    now: datetime
    unsigned: bool = False  # a person accepted the package without a valid signature
    made_at: datetime | None = None  # when the sender made the package (its Manifest says)

    @property
    def note(self) -> str:
        # The history keeps, for good, that this data arrived without a valid signature.
        return f"{UNSIGNED_NOTE} package {self.package_id}" if self.unsigned \
            else f"package {self.package_id}"

    @property
    def typed_note(self) -> str:
        return f"{self.note}, {TYPED_NOTE}"


def _activity_values(version: Version, now: datetime) -> dict:
    values = {**DEFAULTS, **{k: v for k, v in version.values.items() if k in DEFAULTS}}
    return {**values, "uuid": version.uuid, "owner_office_uuid": version.owner,
            "read_only": False, "revision": version.revision,
            "version_vector": vector_text(version.vector),
            "created_at": version.created_at or version.deleted_at or now,
            "created_by": version.created_by or version.deleted_by or "",
            "updated_at": version.updated_at or version.deleted_at or now,
            "updated_by": version.updated_by or version.deleted_by or "",
            "deleted_at": version.deleted_at, "deleted_by": version.deleted_by}


def _change(uuid: str, context: WriteContext, action: str, field_name: str | None = None,
            old: object = None, new: object = None, note: str | None = None) -> dict:
    """An entry recording what the import did here: by the person importing, at this office
    (the sender's own entries travel in the History sheet and keep their office)."""
    return {"activity_uuid": uuid, "changed_at": context.now, "changed_by": context.user,
            "office_uuid": context.local_office, "action": action, "field": field_name,
            "old_value": value_text(old), "new_value": value_text(new),
            "note": note or context.note}


def _history_of_update(held: Version, new: Version, context: WriteContext,
                       typed: bool = False) -> list[dict]:
    if new.deleted and not held.deleted:
        return [_change(new.uuid, context, "deleted")]
    entries = [_change(new.uuid, context, "restored")] if held.deleted and not new.deleted \
        else []
    note = context.typed_note if typed else None
    entries += [_change(new.uuid, context, "imported", name, old, value, note)
                for name, old, value in field_changes(held, new)]
    return entries


def _write_offices(session: Session, writes: PackageWrites, context: WriteContext) -> None:
    """The offices a package names, new ones added; the sender's own name and country follow
    its package unless a newer package from it was received already (an office renamed or
    moved is known by its new identity from its next package on). Never the local office."""
    if not writes.offices:
        return
    connection = session.connection()
    rows = [{"uuid": uuid, "name": name, "country_iso2": country, "is_headquarters": is_hq,
             "is_local": False, "created_at": context.now, "updated_at": context.now}
            for uuid, (name, country, is_hq) in writes.offices.items()]
    connection.execute(insert_on(connection, OFFICE).on_conflict_do_nothing(), rows)
    name, country, _is_hq = writes.offices[context.sender_office]
    newest_received = select(func.max(PACKAGE.c.created_at)).where(
        PACKAGE.c.direction == "received",
        PACKAGE.c.office_uuid == context.sender_office).scalar_subquery()
    connection.execute(
        update(OFFICE).where(OFFICE.c.uuid == context.sender_office,
                             OFFICE.c.is_local.is_(False),
                             or_(newest_received.is_(None),
                                 newest_received <= (context.made_at or context.now)),
                             or_(OFFICE.c.name != name,
                                 OFFICE.c.country_iso2.is_distinct_from(country)))
        .values(name=name, country_iso2=country, updated_at=context.now))


def _insert_new(session: Session, versions: list[Version], context: WriteContext) -> None:
    # By activity ID, the key of the activities, their links and their list rows: each index
    # on it then takes the new entries in order, a page at a time. In a package's order they
    # landed all over indexes that grow with every package (on SQLite, a folder of five
    # packages of 20,000 merged 2 s faster in this order; PostgreSQL, as fast either way).
    versions = sorted(versions, key=attrgetter("uuid"))
    connection = session.connection()
    with bulk_inserted(connection, [v.uuid for v in versions]):
        insert_rows(connection, ACTIVITY, [_activity_values(v, context.now) for v in versions])
        insert_rows(connection, LINK, [{"activity_uuid": v.uuid, "item_code": code}
                                       for v in versions if not v.deleted
                                       for code in v.item_codes])
    insert_rows(connection, CHANGE, [
        _change(v.uuid, context, "deleted" if v.deleted else "imported") for v in versions])


def _update_rows(session: Session, updates: list[tuple[Version, Version]], typed: set[str],
                 context: WriteContext) -> None:
    connection = session.connection()
    columns = [*COLUMN_NAMES, "revision", "version_vector", "updated_at", "updated_by",
               "deleted_at", "deleted_by"]
    statement = update(ACTIVITY).where(ACTIVITY.c.uuid == bindparam("b_uuid")).values(
        {name: bindparam(f"b_{name}") for name in columns})
    rows = []
    for _held, new in updates:
        values = _activity_values(new, context.now)
        rows.append({"b_uuid": new.uuid, **{f"b_{n}": values[n] for n in columns}})
    connection.execute(statement, rows)
    relinked = [(h, n) for h, n in updates if sorted(h.item_codes) != sorted(n.item_codes)]
    if relinked:
        connection.execute(delete(LINK).where(LINK.c.activity_uuid == bindparam("b_uuid")),
                           [{"b_uuid": n.uuid} for _h, n in relinked])
        insert_rows(connection, LINK, [{"activity_uuid": n.uuid, "item_code": c}
                                       for _h, n in relinked for c in n.item_codes])
    insert_rows(connection, CHANGE, [e for h, n in updates
                                     for e in _history_of_update(h, n, context, n.uuid in typed)])


def _write_conflicts(session: Session, writes: PackageWrites, context: WriteContext) -> None:
    connection = session.connection()
    if writes.superseded:
        connection.execute(
            update(CONFLICT).where(CONFLICT.c.id == bindparam("b_id")).values(
                resolved_at=context.now, resolved_by=context.user, resolution="superseded"),
            [{"b_id": conflict_id} for conflict_id in writes.superseded])
    if writes.conflicts:
        connection.execute(insert(CONFLICT), [
            {"activity_uuid": v.uuid, "detected_at": context.now,
             "package_uuid": context.package_id, "sender_office_uuid": context.sender_office,
             "incoming_version": v.snapshot()} for v in writes.conflicts])
        insert_rows(connection, CHANGE, [_change(v.uuid, context, "conflict_detected")
                                         for v in writes.conflicts])


def _upsert_state(session: Session, rows: list[dict], columns: tuple[str, ...]) -> None:
    if not rows:
        return
    statement = insert_on(session, SYNC_STATE)
    statement = statement.on_conflict_do_update(
        index_elements=[SYNC_STATE.c.activity_uuid],
        set_={name: statement.excluded[name] for name in columns})
    session.connection().execute(statement, rows)


def _write_catalog_updates(session: Session, updates: list[CatalogRow]) -> None:
    if not updates:
        return
    connection = session.connection()
    connection.execute(
        update(CATALOG_ITEM).where(CATALOG_ITEM.c.code == bindparam("b_code")).values(
            text=bindparam("b_text"), retired=bindparam("b_retired")),
        [{"b_code": r.code, "b_text": r.text, "b_retired": r.retired} for r in updates])
    rebuild_catalog_search(connection)


def _insert_history(session: Session, entries: list[HistoryRow]) -> None:
    """The travelled history entries this database does not hold yet, as they were made;
    an entry already held (same change ID) is left alone, so no entry is ever stored twice."""
    if not entries:
        return
    session.connection().execute(
        insert_on(session, CHANGE).on_conflict_do_nothing(
            index_elements=[CHANGE.c.change_uuid]), [
            {"activity_uuid": e.activity_id, "change_uuid": e.change_id,
             "changed_at": e.changed_at, "changed_by": e.changed_by,
             "office_uuid": e.office_id or None, "action": e.action, "field": e.field or None,
             "old_value": e.old_value or None, "new_value": e.new_value or None,
             "note": e.note or None} for e in entries])


def write_changes(session: Session, writes: PackageWrites, context: WriteContext) -> None:
    """One package's changes; the caller's transaction makes them all-or-nothing."""
    receive_changes(session, writes.catalog_changes)  # first: activities may link new items
    _write_offices(session, writes, context)
    if writes.new:
        _insert_new(session, writes.new, context)
    if writes.updates:
        _update_rows(session, writes.updates, writes.typed, context)
    _write_conflicts(session, writes, context)
    _insert_history(session, writes.history)  # after the new activities it refers to
    _upsert_state(session, [
        {"activity_uuid": uuid, "acknowledged_version": vector_text(vector),
         "acknowledged_at": context.now} for uuid, vector in writes.acknowledgements],
        ("acknowledged_version", "acknowledged_at"))
    _upsert_state(session, [
        {"activity_uuid": uuid, "template_digest": digest, "template_version": vector_text(v)}
        for uuid, digest, v in writes.templates], ("template_digest", "template_version"))
    _write_catalog_updates(session, writes.catalog_updates)
    _remember_contents(session, writes.seen)


def _remember_contents(session: Session, versions: list[Version]) -> None:
    """What each version held, so an edit typed under its vector later is told apart."""
    if versions:
        session.connection().execute(insert_on(session, SEEN).on_conflict_do_nothing(), [
            {"activity_uuid": v.uuid, "version_vector": vector_text(v.vector),
             "content_digest": v.digest()} for v in versions])
