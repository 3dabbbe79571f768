"""Read services for the catalog browser: the office's events, the tree, filters, follow-up.

The scope, filter choices and tree are plain SQL run through the SqlReader of
db/storage/quick_read.py, so the first screen reads them alike from a Database or,
before SQLAlchemy has loaded, from a QuickReader (the follow-up figures, which need the
models' UTC times, are db/catalog/follow_up.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.catalog.regions import regions_of
from db.storage.local_office import read_local_office
from db.storage.quick_read import ReadSource, SqlReader, in_list
from exporters.activity import OPEN_STATUSES

# --- Which events an office sees by default ---------------------------------------------------


@dataclass(frozen=True)
class OfficeScope:
    """The events an office follows up: those of its regions; None means every event."""

    event_codes: frozenset[str] | None
    region_names: tuple[str, ...] = ()
    # The catalog's edition: a scope read after headquarters' changes arrived differs, so
    # the browser reads the catalog again.
    edition: int = 0

    @property
    def regional(self) -> bool:
        return self.event_codes is not None


def office_scope(source: ReadSource) -> OfficeScope:
    """The local office's events; all events for headquarters, before setup, or without region.

    An office whose country took part in no conference would otherwise see an empty catalog.
    """
    with source.reading() as sql:
        edition = sql.scalar("SELECT edition FROM catalog_state") or 0
        office = read_local_office(sql)
        if office is None or not office.own_country:
            return OfficeScope(None, edition=edition)
        regions = regions_of(sql, office.own_country)
    if not regions:
        return OfficeScope(None, edition=edition)
    return OfficeScope(frozenset(code for region in regions for code in region.event_codes),
                       tuple(region.name for region in regions), edition)


# --- Filters -----------------------------------------------------------------------------

# An item's live follow-up recorded by offices (the 2011 compilation's is the baseline, not
# follow-up an office recorded); "overdue" keeps the open activities past their end date, as
# of this computer's day (a parameter: a server's own date may be another time zone's).
_FOLLOWED_UP = ("SELECT l.item_code FROM activity_item_link AS l JOIN activity AS a "
                "ON a.uuid = l.activity_uuid WHERE a.deleted_at IS NULL "
                "AND a.owner_office_uuid != :filter_compilation")
FOLLOW_UP_FILTERS = {
    "none": f"catalog_item.code NOT IN ({_FOLLOWED_UP})",
    "overdue": (f"catalog_item.code IN ({_FOLLOWED_UP} AND a.status IN "
                f"({', '.join(repr(status) for status in OPEN_STATUSES)}) "
                "AND a.end_date < :filter_today)"),
}


@dataclass(frozen=True)
class BrowseFilter:
    """What the browser is restricted to: a set of events (the scope) and the chosen filters."""

    event_codes: frozenset[str] | None = None
    event_code: str | None = None
    document_code: str | None = None
    item_kind: str | None = None
    area_number: int | None = None
    follow_up: str | None = None  # "none" or "overdue" (FOLLOW_UP_FILTERS)
    # Retired items (and those merged into another) are left out unless asked for; showing
    # them is a way of looking, not a filter: it does not count as narrowing.
    show_retired: bool = False

    @property
    def narrows(self) -> bool:
        """Whether a filter (not just the region scope) is set."""
        return any(value is not None for value in (
            self.event_code, self.document_code, self.item_kind, self.area_number,
            self.follow_up))

    def cleared(self) -> BrowseFilter:
        """The same scope without the filters."""
        return BrowseFilter(event_codes=self.event_codes, show_retired=self.show_retired)


def filter_sql(filters: BrowseFilter) -> tuple[list[str], dict]:
    """SQL conditions on the tables catalog_item and document (joined on document_code) for
    the filters, and their parameters."""
    clauses: list[str] = [] if filters.show_retired else ["catalog_item.retired = FALSE"]
    params: dict = {}
    if filters.event_codes is not None:
        clause, values = in_list("document.event_code", "filter_scope", sorted(filters.event_codes))
        clauses.append(clause)
        params.update(values)
    if filters.event_code is not None:
        clauses.append("document.event_code = :filter_event")
        params["filter_event"] = filters.event_code
    if filters.document_code is not None:
        clauses.append("catalog_item.document_code = :filter_document")
        params["filter_document"] = filters.document_code
    if filters.item_kind is not None:
        clauses.append("catalog_item.kind = :filter_kind")
        params["filter_kind"] = filters.item_kind
    if filters.area_number is not None:
        clauses.append("catalog_item.code IN (SELECT item_code FROM item_action_area "
                       "WHERE area_number = :filter_area)")
        params["filter_area"] = filters.area_number
    if filters.follow_up is not None:
        clauses.append(FOLLOW_UP_FILTERS[filters.follow_up])
        params["filter_compilation"] = COMPILATION_OFFICE_UUID
        if filters.follow_up == "overdue":
            params["filter_today"] = date.today().isoformat()
    return clauses, params


def _where(clauses: list[str], joiner: str = "WHERE") -> str:
    return f"{joiner} {' AND '.join(clauses)}" if clauses else ""


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


def filter_choices(source: ReadSource, event_codes: frozenset[str] | None = None
                   ) -> FilterChoices:
    """The events, documents, kinds and action areas the filters can choose from."""
    scope, params = filter_sql(BrowseFilter(event_codes=event_codes, show_retired=True))
    with source.reading() as sql:
        documents = sql.all(
            "SELECT document.code, document.event_code, document.title, event.short_name "
            "FROM document JOIN event ON event.code = document.event_code "
            "WHERE document.code IN (SELECT document_code FROM catalog_item) "
            f"{_where(scope, 'AND')} ORDER BY {_in_source_order('event')}, "
            f"{_in_source_order('document')}", params)
        kinds = sql.all(
            "SELECT DISTINCT catalog_item.kind FROM catalog_item "
            "JOIN document ON document.code = catalog_item.document_code "
            f"{_where(scope)} ORDER BY catalog_item.kind", params)
        areas = sql.all("SELECT number, name FROM action_area ORDER BY number")
    events = dict.fromkeys((row[1], row[3]) for row in documents)
    return FilterChoices(
        events=tuple(events),
        documents=tuple(DocumentChoice(row[0], row[1], row[2]) for row in documents),
        kinds=tuple(row[0] for row in kinds), areas=tuple((row[0], row[1]) for row in areas))


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


# What headquarters added after 2011 has no line in the compilation (line 0): it follows what
# the compilation printed, in the order it was added.
AFTER_SOURCE = 10_000_000


def source_position(line: int, ordinal: int) -> int:
    """Where a row stands among its siblings: its source line, or after every line."""
    return line if line else AFTER_SOURCE + ordinal


def _in_source_order(table: str, line: str = "first_line") -> str:
    """An ORDER BY term list: the compilation's rows by line, then the ones added later."""
    return f"{table}.{line} = 0, {table}.{line}, {table}.ordinal"


class _EventRow(NamedTuple):
    code: str
    short_name: str
    first_line: int
    region_name: str
    ordinal: int = 0


class _DocumentRow(NamedTuple):
    code: str
    event_code: str
    title: str
    first_line: int
    ordinal: int = 0


class _SectionRow(NamedTuple):
    code: str
    document_code: str
    parent_code: str | None
    label: str | None
    title: str | None
    line: int
    ordinal: int = 0


class _ItemRow(NamedTuple):
    code: str
    section_code: str
    parent_code: str | None
    kind: str
    label: str
    text: str
    source_lines: str
    subheading: str | None
    retired: bool
    ordinal: int


def catalog_tree(source: ReadSource, filters: BrowseFilter | None = None) -> list[BrowseNode]:
    """Events -> documents -> sections (nested) -> items (sub-items under their parent).

    Everything is in source order, what headquarters added after 2011 after it. With filters,
    only matching items stay, with the parent items, sections, documents and events that lead
    to them; without, the events, documents and sections headquarters added stay even while
    empty, so that it sees what it just added and can add below it.
    """
    filters = filters or BrowseFilter()
    with source.reading() as sql:
        events = _events(sql, filters.event_codes)
        documents = _documents(sql, [event.code for event in events])
        sections = _sections(sql, [document.code for document in documents])
        items = _items(sql, [document.code for document in documents], filters.show_retired)
        matching = _matching_codes(sql, filters) if filters.narrows else None
    keep_added = not filters.narrows
    item_nodes = _item_nodes(items, matching)
    section_nodes = _section_nodes(sections, item_nodes, keep_added)
    document_nodes = _grouped(
        [_document_node(document, section_nodes) for document in documents],
        {document.code: document.event_code for document in documents}, keep_added)
    tree = [_event_node(event, document_nodes.get(event.code, [])) for event in events]
    return [node for node in tree if _kept(node, keep_added)]


def _kept(node: BrowseNode, keep_added: bool) -> bool:
    """A branch stays when something is below it, or when headquarters added it (asked)."""
    return bool(node.children) or (keep_added and node.line >= AFTER_SOURCE)


def _events(sql: SqlReader, codes: frozenset[str] | None) -> list[_EventRow]:
    where, params = in_list("event.code", "event", sorted(codes)) if codes is not None \
        else ("", {})
    return [_EventRow(*row) for row in sql.all(
        "SELECT event.code, event.short_name, event.first_line, region.name, event.ordinal "
        f"FROM event JOIN region ON region.code = event.region_code "
        f"{_where([where] if where else [])} ORDER BY {_in_source_order('event')}", params)]


def _documents(sql: SqlReader, event_codes: list[str]) -> list[_DocumentRow]:
    where, params = in_list("event_code", "event", event_codes)
    return [_DocumentRow(*row) for row in sql.all(
        f"SELECT code, event_code, title, first_line, ordinal FROM document WHERE {where} "
        f"ORDER BY {_in_source_order('document')}", params)]


def _sections(sql: SqlReader, document_codes: list[str]) -> list[_SectionRow]:
    where, params = in_list("document_code", "document", document_codes)
    return [_SectionRow(*row) for row in sql.all(
        "SELECT code, document_code, parent_code, label, title, line, ordinal FROM section "
        f"WHERE {where}", params)]


def _items(sql: SqlReader, document_codes: list[str], show_retired: bool = True
           ) -> list[_ItemRow]:
    where, params = in_list("document_code", "document", document_codes)
    if not show_retired:
        where += " AND retired = FALSE"
    rows = sql.all("SELECT code, section_code, parent_code, kind, label, text, source_lines, "
                   f"subheading, retired, ordinal FROM catalog_item WHERE {where}", params)
    return [_ItemRow(*row[:8], bool(row[8]), row[9]) for row in rows]


def _matching_codes(sql: SqlReader, filters: BrowseFilter) -> set[str]:
    clauses, params = filter_sql(filters)
    return {row[0] for row in sql.all(
        "SELECT catalog_item.code FROM catalog_item "
        f"JOIN document ON document.code = catalog_item.document_code {_where(clauses)}",
        params)}


def _item_nodes(items: list, matching: set[str] | None) -> dict[str, list[BrowseNode]]:
    """Item nodes by section code, sub-items nested, pruned to matches and their parents.
    A sub-item whose parent is not listed (retired and hidden) stands in its section."""
    rows = sorted(items, key=lambda row: (source_position(first_line(row.source_lines),
                                                          row.ordinal), row.ordinal))
    listed = {row.code for row in rows}
    children: dict[str, list[BrowseNode]] = {}
    for row in reversed(rows):  # children are built before their parents
        node = BrowseNode(
            "item", row.code, row.label, row.text,
            source_position(first_line(row.source_lines), row.ordinal), row.kind,
            row.subheading, row.retired, matching is None or row.code in matching,
            tuple(reversed(children.pop(row.code, []))))
        parent = row.parent_code if row.parent_code in listed else None
        if node.matches or node.children:
            children.setdefault(parent or f"section:{row.section_code}", []).append(node)
    return {key.removeprefix("section:"): list(reversed(nodes))
            for key, nodes in children.items() if key.startswith("section:")}


def _section_nodes(sections: list, items: dict[str, list[BrowseNode]], keep_added: bool = False
                   ) -> dict[str, list[BrowseNode]]:
    """Top-level section nodes by document code; child sections nested, empty ones left out."""
    by_parent: dict[str | None, list] = {}
    for row in sections:
        by_parent.setdefault(row.parent_code, []).append(row)

    def build(row) -> BrowseNode:
        below = [build(child) for child in by_parent.get(row.code, [])]
        children = sorted(items.get(row.code, []) + [n for n in below if _kept(n, keep_added)],
                          key=lambda node: node.line)
        name = " ".join(part for part in (row.label, row.title) if part)
        return BrowseNode("section", row.code, name, line=source_position(row.line, row.ordinal),
                          children=tuple(children))

    result: dict[str, list[BrowseNode]] = {}
    for row in sorted(by_parent.get(None, []), key=lambda r: source_position(r.line, r.ordinal)):
        node = build(row)
        if _kept(node, keep_added):
            result.setdefault(row.document_code, []).append(node)
    return result


def _document_node(row, sections: dict[str, list[BrowseNode]]) -> BrowseNode:
    return BrowseNode("document", row.code, row.title,
                      line=source_position(row.first_line, row.ordinal),
                      children=tuple(sections.get(row.code, [])))


def _grouped(documents: list[BrowseNode], event_of: dict[str, str], keep_added: bool = False
             ) -> dict[str, list[BrowseNode]]:
    grouped: dict[str, list[BrowseNode]] = {}
    for node in documents:
        if _kept(node, keep_added):
            grouped.setdefault(event_of[node.code], []).append(node)
    return grouped


def _event_node(row: _EventRow, documents: list[BrowseNode]) -> BrowseNode:
    return BrowseNode("event", row.code, row.short_name, row.region_name,
                      line=source_position(row.first_line, row.ordinal),
                      children=tuple(documents))


# --- Follow-up per item --------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpSummary:
    """How an item is followed up: live activities linked to it and the latest one's status."""

    activities: int
    latest_status: str
    latest_at: datetime
