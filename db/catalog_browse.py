"""Read services for the catalog browser: the office's events, the tree, filters, follow-up."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Integer, String, column, func, text
from sqlmodel import Session, select

from db.database import Database
from db.models import (
    ActionArea,
    Activity,
    ActivityItemLink,
    CatalogItem,
    Document,
    Event,
    ItemActionArea,
    Region,
    Section,
    UTCDateTime,
)
from db.offices import local_office

# --- Which events an office sees by default ---------------------------------------------------


@dataclass(frozen=True)
class OfficeScope:
    """The events an office follows up: those of its regions; None means every event."""

    event_codes: frozenset[str] | None
    region_names: tuple[str, ...] = ()

    @property
    def regional(self) -> bool:
        return self.event_codes is not None


def office_scope(database: Database) -> OfficeScope:
    """The local office's events; all events for headquarters, before setup, or without region.

    An office whose country took part in no conference would otherwise see an empty catalog.
    """
    identity = local_office(database)
    if identity is None or identity.is_headquarters or not identity.regions:
        return OfficeScope(None)
    codes = frozenset(code for region in identity.regions for code in region.event_codes)
    return OfficeScope(codes, tuple(region.name for region in identity.regions))


# --- Filters -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BrowseFilter:
    """What the browser is restricted to: a set of events (the scope) and the chosen filters."""

    event_codes: frozenset[str] | None = None
    event_code: str | None = None
    document_code: str | None = None
    item_kind: str | None = None
    area_number: int | None = None

    @property
    def narrows(self) -> bool:
        """Whether a filter (not just the region scope) is set."""
        return any(value is not None for value in (
            self.event_code, self.document_code, self.item_kind, self.area_number))

    def cleared(self) -> BrowseFilter:
        """The same scope without the filters."""
        return BrowseFilter(event_codes=self.event_codes)


def filter_conditions(filters: BrowseFilter) -> list:
    """SQL conditions on CatalogItem and Document (joined on document_code) for the filters."""
    conditions = []
    if filters.event_codes is not None:
        conditions.append(Document.event_code.in_(sorted(filters.event_codes)))
    if filters.event_code is not None:
        conditions.append(Document.event_code == filters.event_code)
    if filters.document_code is not None:
        conditions.append(CatalogItem.document_code == filters.document_code)
    if filters.item_kind is not None:
        conditions.append(CatalogItem.kind == filters.item_kind)
    if filters.area_number is not None:
        conditions.append(CatalogItem.code.in_(
            select(ItemActionArea.item_code).where(
                ItemActionArea.area_number == filters.area_number)))
    return conditions


@dataclass(frozen=True)
class DocumentChoice:
    code: str
    event_code: str
    title: str


@dataclass(frozen=True)
class FilterChoices:
    """What the filter lists offer within a scope: only values that have items."""

    events: tuple[tuple[str, str], ...]  # (code, short name), in conference order
    documents: tuple[DocumentChoice, ...]
    kinds: tuple[str, ...]
    areas: tuple[tuple[int, str], ...]  # (number, name)


def filter_choices(database: Database, event_codes: frozenset[str] | None = None
                   ) -> FilterChoices:
    """The events, documents, kinds and action areas the filters can choose from."""
    scope = filter_conditions(BrowseFilter(event_codes=event_codes))
    with database.session() as session:
        documents = session.exec(
            select(Document.code, Document.event_code, Document.title, Event.short_name)
            .join(Event, Event.code == Document.event_code)
            .where(Document.code.in_(select(CatalogItem.document_code)), *scope)
            .order_by(Event.first_line, Document.first_line)).all()
        kinds = session.exec(
            select(CatalogItem.kind).distinct()
            .join(Document, Document.code == CatalogItem.document_code).where(*scope)
            .order_by(CatalogItem.kind)).all()
        areas = session.exec(select(ActionArea.number, ActionArea.name)
                             .order_by(ActionArea.number)).all()
    events = dict.fromkeys((row[1], row[3]) for row in documents)
    return FilterChoices(
        events=tuple(events),
        documents=tuple(DocumentChoice(row[0], row[1], row[2]) for row in documents),
        kinds=tuple(kinds), areas=tuple(tuple(row) for row in areas))


# --- The tree ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BrowseNode:
    """One row of the tree: an event, a document, a section or an item.

    name is what stands beside the code (short event name, document title, section heading,
    printed item label); text is the item's text (the region's name for an event).
    matches is False for a node kept only because something below it matches the filters.
    """

    level: str  # "event", "document", "section" or "item"
    code: str
    name: str
    text: str = ""
    line: int = 0  # position in the source, for ordering
    item_kind: str | None = None
    subheading: str | None = None
    retired: bool = False
    matches: bool = True
    children: tuple[BrowseNode, ...] = field(default=())

    def walk(self) -> Iterator[BrowseNode]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def item_codes(self) -> list[str]:
        """The codes of the items at or below this node."""
        return [node.code for node in self.walk() if node.level == "item"]


def first_line(source_lines: str) -> int:
    """The first source line of an item (stored as a JSON list)."""
    lines = json.loads(source_lines)
    return lines[0] if lines else 0


def catalog_tree(database: Database, filters: BrowseFilter | None = None) -> list[BrowseNode]:
    """Events -> documents -> sections (nested) -> items (sub-items under their parent).

    Everything is in source order. With filters, only matching items stay, with the parent
    items, sections, documents and events that lead to them.
    """
    filters = filters or BrowseFilter()
    with database.session() as session:
        events = _events(session, filters.event_codes)
        documents = _documents(session, [event.code for event in events])
        sections = _sections(session, [document.code for document in documents])
        items = _items(session, [document.code for document in documents])
        matching = _matching_codes(session, filters) if filters.narrows else None
    item_nodes = _item_nodes(items, matching)
    section_nodes = _section_nodes(sections, item_nodes)
    document_nodes = _grouped(
        [_document_node(document, section_nodes) for document in documents],
        {document.code: document.event_code for document in documents})
    tree = [_event_node(event, document_nodes.get(event.code, [])) for event in events]
    return [node for node in tree if node.children]


def _events(session: Session, codes: frozenset[str] | None) -> list:
    statement = (select(Event.code, Event.short_name, Event.first_line, Region.name)
                 .join(Region, Region.code == Event.region_code).order_by(Event.first_line))
    if codes is not None:
        statement = statement.where(Event.code.in_(sorted(codes)))
    return session.exec(statement).all()


def _documents(session: Session, event_codes: list[str]) -> list:
    return session.exec(select(Document.code, Document.event_code, Document.title,
                               Document.first_line)
                        .where(Document.event_code.in_(event_codes))
                        .order_by(Document.first_line)).all()


def _sections(session: Session, document_codes: list[str]) -> list:
    return session.exec(select(Section.code, Section.document_code, Section.parent_code,
                               Section.label, Section.title, Section.line)
                        .where(Section.document_code.in_(document_codes))).all()


def _items(session: Session, document_codes: list[str]) -> list:
    return session.exec(select(CatalogItem.code, CatalogItem.section_code,
                               CatalogItem.parent_code, CatalogItem.kind, CatalogItem.label,
                               CatalogItem.text, CatalogItem.source_lines,
                               CatalogItem.subheading, CatalogItem.retired, CatalogItem.ordinal)
                        .where(CatalogItem.document_code.in_(document_codes))).all()


def _matching_codes(session: Session, filters: BrowseFilter) -> set[str]:
    statement = (select(CatalogItem.code)
                 .join(Document, Document.code == CatalogItem.document_code)
                 .where(*filter_conditions(filters)))
    return set(session.exec(statement).all())


def _item_nodes(items: list, matching: set[str] | None) -> dict[str, list[BrowseNode]]:
    """Item nodes by section code, sub-items nested, pruned to matches and their parents."""
    rows = sorted(items, key=lambda row: (first_line(row.source_lines), row.ordinal))
    children: dict[str, list[BrowseNode]] = {}
    for row in reversed(rows):  # children are built before their parents
        node = BrowseNode(
            "item", row.code, row.label, row.text, first_line(row.source_lines), row.kind,
            row.subheading, row.retired, matching is None or row.code in matching,
            tuple(reversed(children.pop(row.code, []))))
        if node.matches or node.children:
            children.setdefault(row.parent_code or f"section:{row.section_code}", []).append(node)
    return {key.removeprefix("section:"): list(reversed(nodes))
            for key, nodes in children.items() if key.startswith("section:")}


def _section_nodes(sections: list, items: dict[str, list[BrowseNode]]
                   ) -> dict[str, list[BrowseNode]]:
    """Top-level section nodes by document code; child sections nested, empty ones left out."""
    by_parent: dict[str | None, list] = {}
    for row in sections:
        by_parent.setdefault(row.parent_code, []).append(row)

    def build(row) -> BrowseNode:
        below = [build(child) for child in by_parent.get(row.code, [])]
        children = sorted(items.get(row.code, []) + [n for n in below if n.children],
                          key=lambda node: node.line)
        name = " ".join(part for part in (row.label, row.title) if part)
        return BrowseNode("section", row.code, name, line=row.line, children=tuple(children))

    result: dict[str, list[BrowseNode]] = {}
    for row in sorted(by_parent.get(None, []), key=lambda r: r.line):
        node = build(row)
        if node.children:
            result.setdefault(row.document_code, []).append(node)
    return result


def _document_node(row, sections: dict[str, list[BrowseNode]]) -> BrowseNode:
    return BrowseNode("document", row.code, row.title, line=row.first_line,
                      children=tuple(sections.get(row.code, [])))


def _grouped(documents: list[BrowseNode], event_of: dict[str, str]
             ) -> dict[str, list[BrowseNode]]:
    grouped: dict[str, list[BrowseNode]] = {}
    for node in documents:
        if node.children:
            grouped.setdefault(event_of[node.code], []).append(node)
    return grouped


def _event_node(row, documents: list[BrowseNode]) -> BrowseNode:
    return BrowseNode("event", row.code, row.short_name, row.name, line=row.first_line,
                      children=tuple(documents))


# --- Follow-up per item --------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpSummary:
    """How an item is followed up: live activities linked to it and the latest one's status."""

    activities: int
    latest_status: str
    latest_at: datetime


def follow_up_summaries(database: Database, item_codes: Iterable[str] | None = None
                        ) -> dict[str, FollowUpSummary]:
    """Per item code with at least one non-deleted activity; one query for all items.

    SQLite takes the bare column status from the row that holds max(updated_at), which is
    what gives the latest status without a second pass.
    """
    if item_codes is None:
        statement = ALL_SUMMARIES
    else:
        statement = (select(ActivityItemLink.item_code, func.count(),
                            func.max(Activity.updated_at), Activity.status)
                     .join(Activity, Activity.uuid == ActivityItemLink.activity_uuid)
                     .where(Activity.deleted_at == None,  # noqa: E711
                            ActivityItemLink.item_code.in_(list(item_codes)))
                     .group_by(ActivityItemLink.item_code))
    with database.session() as session:
        rows = session.exec(statement).all()
    return {code: FollowUpSummary(count, status, at) for code, count, at, status in rows}


# For every item, SQLite would walk the links by item and look each activity up at random
# (1.6 s for 100,000 activities); CROSS JOIN makes it read the activities in table order and
# find their links in the link table's primary key instead (0.45 s).
ALL_SUMMARIES = text(
    "SELECT l.item_code, count(*), max(a.updated_at), a.status "
    "FROM activity AS a CROSS JOIN activity_item_link AS l ON l.activity_uuid = a.uuid "
    "WHERE a.deleted_at IS NULL GROUP BY l.item_code"
).columns(column("item_code", String), column("activities", Integer),
          column("latest_at", UTCDateTime), column("status", String))
