"""SQLModel tables: the recommendations catalog, the offices and their follow-up activities."""

from __future__ import annotations

import types
from datetime import UTC, date, datetime
from uuid import uuid4

from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from exporters.activity import COLUMN_FIELDS, python_types

# Naming conventions make constraint names stable, so later migrations can alter them on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time in UTC, timezone-aware: every stored time is UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as UTC and reads them back aware; SQLite itself keeps no zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Tenpoint stores only timezone-aware UTC times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def new_uuid() -> str:
    """A random identifier as 32 hex digits."""
    return uuid4().hex


def utc_column(nullable: bool = False) -> Column:
    """A column for a UTC time."""
    return Column(UTCDateTime(), nullable=nullable)


# --- Catalog ------------------------------------------------------------------------------


class CatalogState(SQLModel, table=True):
    """Which catalog version this database holds (one row)."""

    __tablename__ = "catalog_state"
    id: int = Field(default=1, primary_key=True)
    version: int  # of the catalog files the build ships (resources/catalog/meta.json)
    source_sha256: str
    loaded_at: datetime = Field(sa_column=utc_column())
    edition: int = 0  # the newest headquarters change applied (catalog_change.edition)


class Region(SQLModel, table=True):
    """The region of one regional conference (Gulf of Aden, West Africa, ...)."""

    __tablename__ = "region"
    code: str = Field(primary_key=True)
    name: str
    description: str = ""


class Country(SQLModel, table=True):
    """A country by its ISO 3166-1 alpha-2 code."""

    __tablename__ = "country"
    iso2: str = Field(primary_key=True, max_length=2)
    name: str
    aliases: str = ""  # "|"-separated spellings the source uses


class Place(SQLModel, table=True):
    """A named place inside a country that the texts treat separately (Somaliland, Puntland)."""

    __tablename__ = "place"
    name: str = Field(primary_key=True)
    country_iso2: str = Field(foreign_key="country.iso2")


class Event(SQLModel, table=True):
    """A regional conference or workshop."""

    __tablename__ = "event"
    code: str = Field(primary_key=True)
    ordinal: int
    title: str
    short_name: str
    kind: str
    city: str
    country_iso2: str = Field(foreign_key="country.iso2")
    start_date: date
    end_date: date
    region_code: str = Field(foreign_key="region.code")
    organizers: str = ""
    url: str = ""
    first_line: int
    last_line: int


class Document(SQLModel, table=True):
    """A document of an event: concept note, summary report, action plan, ..."""

    __tablename__ = "document"
    code: str = Field(primary_key=True)
    event_code: str = Field(foreign_key="event.code", index=True)
    ordinal: int
    kind: str
    title: str
    issued_on: date | None = None
    reference: str = ""  # where a document added after 2011 comes from (symbol, link, ...)
    first_line: int
    last_line: int
    annexes: str = "[]"  # JSON list of {title, lines, note}


class Section(SQLModel, table=True):
    """A section of a document; sections may nest (San José 3 -> 3.a)."""

    __tablename__ = "section"
    code: str = Field(primary_key=True)
    document_code: str = Field(foreign_key="document.code", index=True)
    parent_code: str | None = Field(default=None, foreign_key="section.code")
    ordinal: int
    key: str
    label: str = ""
    title: str
    line: int
    extra: str = "{}"  # JSON: fields only some sections have (empty_themes)


class CatalogItem(SQLModel, table=True):
    """One citable item: a recommendation, sub-item, target, action, paragraph, ..."""

    __tablename__ = "catalog_item"
    code: str = Field(primary_key=True)
    document_code: str = Field(foreign_key="document.code", index=True)
    section_code: str = Field(foreign_key="section.code", index=True)
    parent_code: str | None = Field(default=None, foreign_key="catalog_item.code")
    kind: str = Field(index=True)
    ordinal: int
    label: str = ""
    cited_as: str | None = None
    subheading: str | None = None
    text: str
    source_lines: str  # JSON list of 1-based source lines
    notes: str = "[]"  # JSON list of extraction notes
    extra: str = "{}"  # JSON: kind-specific fields (annex copy, status as reported)
    retired: bool = False  # dropped by a later catalog version; kept because activities cite it
    # The item that replaces this one; its activities' links were moved there (db/catalog/changes).
    superseded_by: str | None = Field(default=None, foreign_key="catalog_item.code")
    edition: int = 0  # the headquarters change that added it; 0: the June 2011 compilation


class ActionArea(SQLModel, table=True):
    """One of the ten action areas of the 10-Point Plan."""

    __tablename__ = "action_area"
    number: int = Field(primary_key=True)
    name: str
    chapter: str | None = None
    variants: str = "[]"  # JSON list of the names the texts use


class ItemActionArea(SQLModel, table=True):
    """An item serves an action area; basis says whether the text states it or it was inferred."""

    __tablename__ = "item_action_area"
    item_code: str = Field(foreign_key="catalog_item.code", primary_key=True)
    area_number: int = Field(foreign_key="action_area.number", primary_key=True)
    basis: str  # "explicit" or "inferred"


class CrossReference(SQLModel, table=True):
    """A citation from one item to another, as printed; suspect links are flagged, not fixed."""

    __tablename__ = "cross_reference"
    id: int | None = Field(default=None, primary_key=True)
    source_code: str = Field(foreign_key="catalog_item.code", index=True)
    target_code: str | None = Field(default=None, foreign_key="catalog_item.code", index=True)
    printed: str
    suspect: bool = False
    reason: str | None = None


class ActionPlanTarget(SQLModel, table=True):
    """A target of the Dar es Salaam Action Plan ("By 2012 ...")."""

    __tablename__ = "action_plan_target"
    item_code: str = Field(foreign_key="catalog_item.code", primary_key=True)
    area_section_code: str = Field(foreign_key="section.code")
    deadline_year: int


class Participation(SQLModel, table=True):
    """A country's part in an event as the text states it."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_code", "country_iso2", "place", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    event_code: str = Field(foreign_key="event.code", index=True)
    country_iso2: str = Field(foreign_key="country.iso2", index=True)
    place: str | None = None
    role: str  # participant, invited, observer, mentioned
    regional: bool  # one of the region's states (not a donor or outside observer)
    source_lines: str = "[]"
    evidence: str = ""


class CatalogChange(SQLModel, table=True):
    """One change headquarters made to the catalog; the log travels to the offices, which
    apply it in edition order, and it is each item's history (append-only, migration 0008)."""

    __tablename__ = "catalog_change"
    change_uuid: str = Field(primary_key=True)
    edition: int = Field(unique=True)  # the catalog edition this change makes
    changed_at: datetime = Field(sa_column=utc_column())
    changed_by: str
    office_uuid: str | None = None
    action: str  # one of db.catalog.changes.ACTIONS
    code: str = Field(index=True)  # the event, document, section or item changed
    payload: str = "{}"  # JSON: the action's values (db.catalog.changes)
    note: str = ""  # why, as the person gave it


# --- Offices and follow-up activities -------------------------------------------------------


class Office(SQLModel, table=True):
    """An office that owns activities: this installation's own (is_local) or another one's."""

    __tablename__ = "office"
    uuid: str = Field(primary_key=True)
    name: str
    country_iso2: str | None = Field(default=None, foreign_key="country.iso2")
    is_headquarters: bool = False
    is_local: bool = False
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


# The activity's content columns come from its one declaration (exporters/activity.py);
# what the database adds to it is named here.
FOREIGN_KEYS = {"country_iso2": "country.iso2"}


def _content_columns(namespace: dict) -> None:
    types_by_name = python_types()
    namespace["__annotations__"] = {spec.name: types_by_name[spec.name] for spec in COLUMN_FIELDS}
    for spec in COLUMN_FIELDS:
        keys = {"foreign_key": FOREIGN_KEYS[spec.name]} if spec.name in FOREIGN_KEYS else {}
        namespace[spec.name] = Field(default=spec.default, **keys)


ActivityContentColumns = types.new_class("ActivityContentColumns", (SQLModel,), {},
                                         _content_columns)


class Activity(ActivityContentColumns, table=True):
    """A national follow-up activity; never hard-deleted, so deletions can travel in packages."""

    __tablename__ = "activity"
    uuid: str = Field(primary_key=True)
    owner_office_uuid: str = Field(foreign_key="office.uuid", index=True)
    read_only: bool = False
    revision: int = 1
    # {office uuid: number of edits made there}; compares concurrent edits during sync.
    version_vector: str = "{}"
    created_at: datetime = Field(sa_column=utc_column())
    created_by: str
    updated_at: datetime = Field(sa_column=utc_column())
    updated_by: str
    deleted_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    deleted_by: str | None = None


class ActivityItemLink(SQLModel, table=True):
    """An activity follows up on a catalog item."""

    __tablename__ = "activity_item_link"
    activity_uuid: str = Field(foreign_key="activity.uuid", primary_key=True)
    item_code: str = Field(foreign_key="catalog_item.code", primary_key=True, index=True)


class ActivityChange(SQLModel, table=True):
    """One entry of an activity's history: who changed which field when, old and new value."""

    __tablename__ = "activity_change"
    id: int | None = Field(default=None, primary_key=True)
    activity_uuid: str = Field(foreign_key="activity.uuid", index=True)
    changed_at: datetime = Field(sa_column=utc_column())
    changed_by: str
    office_uuid: str | None = None  # where the change was made
    action: str  # created, updated, deleted, restored, imported, conflict_resolved
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    note: str | None = None
    # Identifies the entry wherever it travels, so a history received twice is stored once.
    # The column default also fills core inserts; the table is append-only (migration 0005).
    change_uuid: str = Field(default_factory=new_uuid, unique=True, index=True,
                             sa_column_kwargs={"default": new_uuid})


class ActivityConflict(SQLModel, table=True):
    """Two concurrent versions of one activity, both kept until a person resolves them."""

    __tablename__ = "activity_conflict"
    id: int | None = Field(default=None, primary_key=True)
    activity_uuid: str = Field(foreign_key="activity.uuid", index=True)
    detected_at: datetime = Field(sa_column=utc_column())
    package_uuid: str | None = None
    sender_office_uuid: str | None = None
    incoming_version: str  # JSON snapshot of the other version, with its version vector
    resolved_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    resolved_by: str | None = None
    resolution: str | None = None  # kept_local, kept_incoming, edited


# --- Sync packages ---------------------------------------------------------------------------


class SyncPackage(SQLModel, table=True):
    """A package this installation sent or received: the Sync area's history of packages."""

    __tablename__ = "sync_package"
    id: int | None = Field(default=None, primary_key=True)
    package_uuid: str = Field(index=True)
    direction: str  # sent, received
    kind: str  # office, hq_update, template
    office_uuid: str | None = None  # the sender of a received package, the recipient of a sent one
    region_code: str | None = None
    file_name: str
    created_at: datetime = Field(sa_column=utc_column())  # when the package was made
    recorded_at: datetime = Field(sa_column=utc_column())  # when it was sent or imported here
    recorded_by: str
    checksum: str = ""
    activity_count: int = 0
    deletion_count: int = 0
    summary: str = "{}"  # JSON: counts by outcome (new, updated, conflict, ...)


class ActivitySyncState(SQLModel, table=True):
    """Where one activity stands in the exchange: last sent, acknowledged by HQ, from a template."""

    __tablename__ = "activity_sync_state"
    activity_uuid: str = Field(foreign_key="activity.uuid", primary_key=True)
    sent_version: str | None = None  # version vector in the last package sent
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    acknowledged_version: str | None = None  # the version headquarters says it holds
    acknowledged_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    template_digest: str | None = None  # content of the template row last imported
    template_version: str | None = None  # the version that import gave it


class ActivityVersionSeen(SQLModel, table=True):
    """A content this database held or received under a version vector (db/sync/merge_rule.py):
    an edited copy of a package is compared with it to find the cells typed after export."""

    __tablename__ = "activity_version_seen"
    activity_uuid: str = Field(primary_key=True)
    version_vector: str = Field(primary_key=True)  # as activity.version_vector
    content_digest: str = Field(primary_key=True)  # merge_rule.Version.digest()


class ExportWatermark(SQLModel, table=True):
    """The last export per scope (this office's package, or HQ's update for an office/region)."""

    __tablename__ = "export_watermark"
    scope: str = Field(primary_key=True)  # "office", "office:<uuid>" or "region:<code>"
    package_uuid: str
    exported_at: datetime = Field(sa_column=utc_column())


# --- Package signatures --------------------------------------------------------------------


class TrustedKey(SQLModel, table=True):
    """An office's package-signing public key, confirmed by a person or registered from a file.

    A package signed with another key for the same office is refused.
    """

    __tablename__ = "trusted_key"
    office_uuid: str = Field(primary_key=True)
    office_name: str
    public_key: str  # the raw Ed25519 public key, base64
    fingerprint: str  # a short, readable digest of the key, as people compare it
    registered_at: datetime = Field(sa_column=utc_column())
    registered_by: str
    source: str  # confirmed (first package) or file (registered beforehand)
