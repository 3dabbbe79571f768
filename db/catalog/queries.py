"""Read services over the catalog: statistics, one item in full, countries."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from db.catalog.changes import ItemHistoryEntry, item_history
from db.errors import UnknownItemError
from db.models import (
    ActionArea,
    Activity,
    ActivityItemLink,
    CatalogItem,
    CatalogState,
    Country,
    CrossReference,
    Document,
    Event,
    ItemActionArea,
    Region,
    Section,
)
from db.storage.database import Database


@dataclass(frozen=True)
class CountBlock:
    """Item counts of one event or document, by kind."""

    code: str
    name: str
    by_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class CatalogStats:
    """How much the catalog holds, per event, document and kind of item."""

    version: int | None
    edition: int  # headquarters' changes since the June 2011 compilation (db/catalog/changes)
    events: list[CountBlock]
    documents: list[CountBlock]
    by_kind: dict[str, int]
    sections: int
    cross_references: dict[str, int]
    action_area_links: dict[str, int]
    historical_activities: int

    def as_dict(self) -> dict:
        """A JSON-ready form (for `tenpoint catalog stats --json`)."""
        def block(b: CountBlock) -> dict:
            return {"code": b.code, "name": b.name, "total": b.total, "by_kind": b.by_kind}
        return {
            "catalog_version": self.version,
            "catalog_edition": self.edition,
            "items": sum(self.by_kind.values()),
            "by_kind": self.by_kind,
            "events": [block(b) for b in self.events],
            "documents": [block(b) for b in self.documents],
            "sections": self.sections,
            "cross_references": self.cross_references,
            "action_area_links": self.action_area_links,
            "historical_activities": self.historical_activities,
        }


def catalog_stats(database: Database) -> CatalogStats:
    """Count the catalog's contents; retired items are left out."""
    with database.session() as session:
        state = session.get(CatalogState, 1)
        rows = session.exec(
            select(Event.code, Event.short_name, Document.code, Document.title, CatalogItem.kind,
                   func.count())
            .join(Document, Document.event_code == Event.code)
            .join(CatalogItem, CatalogItem.document_code == Document.code)
            .where(CatalogItem.retired == False)  # noqa: E712
            .group_by(Event.code, Document.code, CatalogItem.kind)
            .order_by(Event.ordinal, Document.ordinal, CatalogItem.kind)
        ).all()
        return CatalogStats(
            version=state.version if state else None, edition=state.edition if state else 0,
            events=_blocks((r[0], r[1], r[4], r[5]) for r in rows),
            documents=_blocks((r[2], r[3], r[4], r[5]) for r in rows),
            by_kind=_kind_totals(rows),
            sections=session.exec(select(func.count()).select_from(Section)).one(),
            cross_references=_cross_reference_counts(session),
            action_area_links=_area_link_counts(session),
            historical_activities=session.exec(
                select(func.count()).select_from(Activity).where(Activity.read_only == True)  # noqa: E712
            ).one(),
        )


def _kind_totals(rows) -> dict[str, int]:
    totals: Counter = Counter()
    for row in rows:
        totals[row[4]] += row[5]
    return dict(sorted(totals.items()))


def _blocks(rows) -> list[CountBlock]:
    blocks: dict[str, CountBlock] = {}
    for code, name, kind, count in rows:
        block = blocks.setdefault(code, CountBlock(code, name, {}))
        block.by_kind[kind] = block.by_kind.get(kind, 0) + count
    return list(blocks.values())


def _cross_reference_counts(session: Session) -> dict[str, int]:
    refs = session.exec(select(CrossReference)).all()
    return {
        "links": len(refs),
        "suspect": sum(r.suspect for r in refs),
        "unresolved": sum(r.target_code is None for r in refs),
    }


def _area_link_counts(session: Session) -> dict[str, int]:
    rows = session.exec(select(ItemActionArea.basis, func.count()).group_by(ItemActionArea.basis))
    return dict(rows.all())


# --- One item in full -----------------------------------------------------------------------


@dataclass(frozen=True)
class ItemReference:
    """A cross-reference as seen from one end."""

    code: str | None
    printed: str
    suspect: bool
    reason: str | None
    text: str | None


@dataclass(frozen=True)
class ItemDetail:
    """Everything the detail pane and `catalog show` display about one item."""

    code: str
    kind: str
    label: str
    cited_as: str | None
    text: str
    event_code: str
    event_name: str
    event_title: str
    document_code: str
    document_title: str
    section_label: str
    section_title: str
    subheading: str | None
    source_lines: list[int]
    parent_code: str | None
    children: list[tuple[str, str, str]]
    action_areas: list[tuple[int, str, str]]
    cites: list[ItemReference]
    cited_by: list[ItemReference]
    activities: list[tuple[str, str, str]]
    notes: list[str]
    extra: dict = field(default_factory=dict)
    retired: bool = False
    # (label, title) of the sections a nested section sits in, outermost first (San José 3).
    parent_sections: list[tuple[str, str]] = field(default_factory=list)
    # After 2011: the item this one was merged into, with its text; the items merged into
    # this one (code, text); the headquarters change that added it (0: the compilation);
    # where its document comes from; and every change headquarters made to it, oldest first.
    superseded_by: str | None = None
    superseded_by_text: str | None = None
    replaces: list[tuple[str, str]] = field(default_factory=list)
    edition: int = 0
    document_reference: str = ""
    document_issued_on: date | None = None
    history: list[ItemHistoryEntry] = field(default_factory=list)

    @property
    def annotations(self) -> list[ItemHistoryEntry]:
        """Headquarters' notes on the item, oldest first."""
        return [entry for entry in self.history if entry.action == "annotate"
                and entry.values.get("code") == self.code]


def item_detail(database: Database, code: str) -> ItemDetail:
    """One catalog item with its source, areas, cross-references and linked activities.

    Codes are matched without regard to case, since people type them ("des-sr-i-01").
    """
    with database.session() as session:
        item = session.exec(select(CatalogItem).where(
            func.lower(CatalogItem.code) == code.strip().lower())).first()
        if item is None:
            raise UnknownItemError(code)
        document = session.get(Document, item.document_code)
        event = session.get(Event, document.event_code)
        section = session.get(Section, item.section_code)
        survivor = session.get(CatalogItem, item.superseded_by) if item.superseded_by else None
        detail = ItemDetail(
            code=item.code, kind=item.kind, label=item.label, cited_as=item.cited_as,
            text=item.text, event_code=event.code, event_name=event.short_name,
            event_title=event.title,
            document_code=document.code, document_title=document.title,
            section_label=section.label, section_title=section.title,
            subheading=item.subheading, source_lines=json.loads(item.source_lines),
            parent_code=item.parent_code, children=_children(session, item.code),
            action_areas=_item_areas(session, item.code),
            cites=_references(session, CrossReference.source_code == item.code, outgoing=True),
            cited_by=_references(session, CrossReference.target_code == item.code,
                                 outgoing=False),
            activities=_item_activities(session, item.code), notes=json.loads(item.notes),
            extra=json.loads(item.extra), retired=item.retired,
            parent_sections=_parent_sections(session, section),
            superseded_by=item.superseded_by, superseded_by_text=survivor.text if survivor
            else None, replaces=[tuple(row) for row in session.exec(
                select(CatalogItem.code, CatalogItem.text)
                .where(CatalogItem.superseded_by == item.code).order_by(CatalogItem.code))],
            edition=item.edition, document_reference=document.reference,
            document_issued_on=document.issued_on,
        )
    return replace(detail, history=item_history(database, detail.code))


def _parent_sections(session: Session, section: Section) -> list[tuple[str, str]]:
    parents = []
    while section.parent_code:
        section = session.get(Section, section.parent_code)
        parents.insert(0, (section.label, section.title))
    return parents


def _children(session: Session, code: str) -> list[tuple[str, str, str]]:
    statement = (select(CatalogItem.code, CatalogItem.label, CatalogItem.text)
                 .where(CatalogItem.parent_code == code).order_by(CatalogItem.ordinal))
    return [tuple(row) for row in session.exec(statement)]


def _item_areas(session: Session, code: str) -> list[tuple[int, str, str]]:
    statement = (select(ActionArea.number, ActionArea.name, ItemActionArea.basis)
                 .join(ItemActionArea, ItemActionArea.area_number == ActionArea.number)
                 .where(ItemActionArea.item_code == code).order_by(ActionArea.number))
    return [tuple(row) for row in session.exec(statement)]


def _references(session: Session, condition, outgoing: bool) -> list[ItemReference]:
    refs = session.exec(select(CrossReference).where(condition).order_by(CrossReference.id))
    result = []
    for ref in refs:
        other_code = ref.target_code if outgoing else ref.source_code
        other = session.get(CatalogItem, other_code) if other_code else None
        result.append(ItemReference(other_code, ref.printed, ref.suspect, ref.reason,
                                    other.text if other else None))
    return result


def _item_activities(session: Session, code: str) -> list[tuple[str, str, str]]:
    statement = (select(Activity.uuid, Activity.title, Activity.status)
                 .join(ActivityItemLink, ActivityItemLink.activity_uuid == Activity.uuid)
                 .where(ActivityItemLink.item_code == code, Activity.deleted_at == None)  # noqa: E711
                 .order_by(Activity.created_at))
    return [tuple(row) for row in session.exec(statement)]


def countries(database: Database) -> list[tuple[str, str]]:
    """Every country as (ISO code, name), by name."""
    with database.session() as session:
        return [tuple(r) for r in session.exec(select(Country.iso2, Country.name)
                                               .order_by(Country.name))]


# --- What the catalog editor offers ----------------------------------------------------------


@dataclass(frozen=True)
class EditorChoices:
    """The codes the catalog editor's lists offer, each with what a person recognises it by:
    events (code, short name), documents (code, event, title), sections (code, document,
    label and title), items in use (code, document, text), regions (code, name)."""

    events: tuple[tuple[str, str], ...]
    documents: tuple[tuple[str, str, str], ...]
    sections: tuple[tuple[str, str, str], ...]
    items: tuple[tuple[str, str, str], ...]
    regions: tuple[tuple[str, str], ...]


def editor_choices(database: Database) -> EditorChoices:
    """Everything the catalog editor's lists offer, in catalog order; retired items are left
    out (nothing is added under, or merged into, an item no longer in use)."""
    with database.session() as session:
        events = session.exec(select(Event.code, Event.short_name)
                              .order_by(Event.first_line == 0, Event.first_line, Event.ordinal))
        documents = session.exec(select(Document.code, Document.event_code, Document.title)
                                 .order_by(Document.event_code, Document.ordinal))
        sections = session.exec(select(Section.code, Section.document_code, Section.label,
                                       Section.title)
                                .order_by(Section.document_code, Section.ordinal))
        items = session.exec(select(CatalogItem.code, CatalogItem.document_code,
                                    CatalogItem.text)
                             .where(CatalogItem.retired == False)  # noqa: E712
                             .order_by(CatalogItem.code))
        regions = session.exec(select(Region.code, Region.name).order_by(Region.code))
        return EditorChoices(
            tuple(tuple(row) for row in events), tuple(tuple(row) for row in documents),
            tuple((code, document, " ".join(part for part in (label, title) if part))
                  for code, document, label, title in sections),
            tuple(tuple(row) for row in items), tuple(tuple(row) for row in regions))
