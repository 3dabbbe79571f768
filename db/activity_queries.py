"""The activities list: filter, count, sort and page through many activities quickly.

Reads `activity_list_index` and `activity_fts` (revision 0003), which triggers keep in step
with the activity tables, so no query here scans the wide activity rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import bindparam, text
from sqlmodel import Session

from db.database import Database

# Sort name -> (SQL ordering expression, the index that yields rows in that order).
SORTS = {
    "title": ("i.title COLLATE NOCASE", "ix_activity_list_index_title"),
    "status": ("i.status", "ix_activity_list_index_status"),
    "kind": ("i.kind", "ix_activity_list_index_kind"),
    "item_codes": ("i.item_codes", "ix_activity_list_index_item_codes"),
    "country": ("i.country_iso2", "ix_activity_list_index_country"),
    "lead_organisation": ("i.lead_organisation COLLATE NOCASE", "ix_activity_list_index_lead"),
    "start_date": ("i.start_date", "ix_activity_list_index_start"),
    "end_date": ("i.end_date", "ix_activity_list_index_end"),
    "owner": ("i.owner_name COLLATE NOCASE", "ix_activity_list_index_owner"),
    "updated_at": ("i.updated_at", "ix_activity_list_index_updated"),
}
# When at least 1 in WALK_RATIO rows match, reading the sort index in order and skipping
# non-matching rows finds a page fastest; rarer matches are found first, then sorted.
WALK_RATIO = 20
# Text matching fewer than 1 in LOOKUP_RATIO rows is looked up first, then checked against the
# other filters; commoner words are checked row by row along the list's own indexes (measured:
# looking up first wins up to about half the rows).
LOOKUP_RATIO = 2
# SQLite's default page cache (2 MB) holds little of the list index of 100,000 activities
# (about 60 MB); reading it back from the OS on every query costs a third of the time.
CACHE_KIB = 65_536
WORD = re.compile(r"[^\W_]+")
ROW_COLUMNS = ("uuid, title, status, kind, item_codes, country_iso2, lead_organisation, "
               "start_date, end_date, owner_office_uuid, owner_name, updated_at, deleted, "
               "read_only")


@dataclass(frozen=True)
class ActivityQuery:
    """What the list shows: filters (None or "" = any) and the sort order."""

    status: str | None = None
    kind: str | None = None
    action_area: int | None = None
    item_code: str = ""  # a code, or a code's prefix ("DES-AP", "SAN-SR-3-02")
    owner_office_uuid: str | None = None
    text: str = ""  # words looked up in title, description, organisations, notes, evidence
    include_deleted: bool = False
    sort: str = "updated_at"
    descending: bool = True


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activities list (no long texts)."""

    uuid: str
    title: str
    status: str
    kind: str | None
    item_codes: tuple[str, ...]
    country_iso2: str | None
    lead_organisation: str
    start_date: date | None
    end_date: date | None
    owner_office_uuid: str
    owner_office_name: str
    updated_at: datetime
    deleted: bool
    read_only: bool
    editable: bool


@dataclass(frozen=True)
class ActivityCounts:
    """How many activities there are, how many match, and the matching ones per status."""

    total: int  # every activity (the deleted ones only when the query includes them)
    matching: int
    by_status: dict[str, int] = field(default_factory=dict)  # matching, not deleted
    deleted: int = 0  # matching deleted ones (when included)


@dataclass(frozen=True)
class CatalogChoice:
    """A catalog item as the item picker offers it."""

    code: str
    label: str
    cited_as: str | None
    text: str
    event_code: str
    event_name: str
    kind: str
    retired: bool


# --- filters -------------------------------------------------------------------------------


def fts_expression(words: str) -> str | None:
    """An FTS5 query matching every word typed as a word prefix, or None if none was typed."""
    tokens = WORD.findall(words)
    return " ".join(f'"{token}"*' for token in tokens) or None


def _item_codes_matching(session: Session, prefix: str) -> list[str]:
    """Catalog codes equal to prefix or below it: its sub-items and, for a section, its items."""
    wanted = prefix.strip().upper()
    codes = session.connection().exec_driver_sql("SELECT code FROM catalog_item").scalars()
    return [code for code in codes if _code_under(code, wanted)]


def _code_under(code: str, wanted: str) -> bool:
    upper = code.upper()
    if upper == wanted or upper.startswith(wanted + "-"):
        return True
    # sub-items add a lower-case letter ("SAN-SR-3-02a"), San José sub-sections too ("3a")
    rest = code[len(wanted):]
    return upper.startswith(wanted) and rest[:1].islower()


@dataclass(frozen=True)
class _Filter:
    """The query as SQL conditions on activity_list_index (alias i), with how to run it."""

    clauses: list[str]
    params: dict
    # Find the rows through the linked-item or text lookup rather than through the indexes on
    # the list columns: SQLite has no statistics to tell which is faster, so we decide.
    lookup_first: bool


def _text_hits(session: Session, expression: str) -> int:
    return session.connection().execute(
        text("SELECT count(*) FROM activity_fts WHERE activity_fts MATCH :fts"),
        {"fts": expression}).scalar_one()


@contextmanager
def _list_session(database: Database) -> Iterator[Session]:
    """A session whose connection keeps the list index in SQLite's own cache."""
    with database.session() as session:
        session.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        yield session


def _stored_rows(session: Session) -> int:
    return session.connection().exec_driver_sql(
        "SELECT count(*) FROM activity_list_index").scalar_one()


def _lookup_first(session: Session, query: ActivityQuery, expression: str | None) -> bool:
    """Whether the item or text lookup finds few enough rows to start from it."""
    if query.item_code.strip():
        return True
    if expression is None:
        return False
    return _text_hits(session, expression) * LOOKUP_RATIO < _stored_rows(session)


def _filters(session: Session, query: ActivityQuery) -> _Filter:
    """The query's conditions and parameters, and the way to find its rows."""
    expression = fts_expression(query.text)
    lookup_first = _lookup_first(session, query, expression)
    # a unary + keeps SQLite from using the column's indexes
    column = "+i." if lookup_first else "i."
    clauses: list[str] = []
    params: dict = {}
    if not query.include_deleted:
        clauses.append(f"{column}deleted = 0")
    for name in ("status", "kind", "owner_office_uuid"):
        if getattr(query, name):
            clauses.append(f"{column}{name} = :{name}")
            params[name] = getattr(query, name)
    if query.action_area:
        clauses.append("(i.area_mask & :area_bit) != 0")
        params["area_bit"] = 1 << query.action_area
    if query.item_code.strip():
        clauses.append("i.uuid IN (SELECT activity_uuid FROM activity_item_link "
                       "WHERE item_code IN :item_codes)")
        params["item_codes"] = _item_codes_matching(session, query.item_code) or [""]
    if expression:
        clauses.append("i.id IN (SELECT rowid FROM activity_fts WHERE activity_fts MATCH :fts)")
        params["fts"] = expression
    return _Filter(clauses, params, lookup_first)


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def _execute(session: Session, sql: str, params: dict):
    statement = text(sql)
    if "item_codes" in params:
        statement = statement.bindparams(bindparam("item_codes", expanding=True))
    return session.connection().execute(statement, params)


# --- counts --------------------------------------------------------------------------------


def _count_query(session: Session, query: ActivityQuery) -> ActivityCounts:
    found = _filters(session, query)
    rows = _execute(session, "SELECT i.deleted, i.status, count(*) FROM activity_list_index i "
                    f"{_where(found.clauses)} GROUP BY i.deleted, i.status", found.params).all()
    by_status: Counter = Counter()
    deleted = 0
    for is_deleted, status, count in rows:
        if is_deleted:
            deleted += count
        else:
            by_status[status] += count
    total_sql = "SELECT count(*) FROM activity_list_index"
    if not query.include_deleted:
        total_sql += " WHERE deleted = 0"
    total = session.connection().exec_driver_sql(total_sql).scalar_one()
    return ActivityCounts(total, sum(by_status.values()) + deleted, dict(by_status), deleted)


def count_activities(database: Database, query: ActivityQuery) -> ActivityCounts:
    """The filter bar's figures: total, matching, and matching per status."""
    with _list_session(database) as session:
        return _count_query(session, query)


# --- pages ---------------------------------------------------------------------------------


def _order_by(query: ActivityQuery, walk: bool) -> str:
    expression, _index = SORTS.get(query.sort, SORTS["updated_at"])
    if not walk:
        # a unary + keeps SQLite from reading the sort index when a filter finds rows faster
        expression = "+" + expression
    direction = "DESC" if query.descending else "ASC"
    return f"ORDER BY {expression} {direction}, i.id {direction}"


def _page_sql(query: ActivityQuery, clauses: list[str], walk: bool) -> str:
    _expression, index = SORTS.get(query.sort, SORTS["updated_at"])
    hint = f"INDEXED BY {index}" if walk else ""
    return (f"SELECT {ROW_COLUMNS} FROM activity_list_index AS i {hint} {_where(clauses)} "
            f"{_order_by(query, walk)} LIMIT :limit OFFSET :offset")


def _local_office(session: Session) -> tuple[str, bool] | None:
    row = session.connection().exec_driver_sql(
        "SELECT uuid, is_headquarters FROM office WHERE is_local = 1").first()
    return (row[0], bool(row[1])) if row else None


def _row(values, local: tuple[str, bool] | None) -> ActivityRow:
    (uuid, title, status, kind, item_codes, country, lead, start, end, owner, owner_name,
     updated, deleted, read_only) = values
    editable = (local is not None and not read_only and not deleted
                and (owner == local[0] or local[1]))
    return ActivityRow(
        uuid=uuid, title=title, status=status, kind=kind,
        item_codes=tuple(item_codes.split(", ")) if item_codes else (), country_iso2=country,
        lead_organisation=lead, start_date=_date(start), end_date=_date(end),
        owner_office_uuid=owner, owner_office_name=owner_name,
        updated_at=datetime.fromisoformat(updated).replace(tzinfo=UTC), deleted=bool(deleted),
        read_only=bool(read_only), editable=editable)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def activity_page(database: Database, query: ActivityQuery, offset: int, limit: int,
                  matching: int | None = None) -> list[ActivityRow]:
    """Rows offset..offset+limit of the sorted, filtered list.

    matching is the count_activities figure for the same query, if the caller has it; it
    decides how SQLite finds the rows.
    """
    with _list_session(database) as session:
        found = _filters(session, query)
        if matching is None:
            matching = _count_query(session, query).matching
        walk = matching * WALK_RATIO >= _stored_rows(session)
        params = {**found.params, "limit": limit, "offset": offset}
        rows = _execute(session, _page_sql(query, found.clauses, walk), params).all()
        local = _local_office(session)
        return [_row(values, local) for values in rows]


# --- choices for the filter bar and the item picker ---------------------------------------------


def catalog_choices(database: Database) -> list[CatalogChoice]:
    """Every catalog item in reading order (event, document, section, item)."""
    with database.session() as session:
        rows = session.connection().exec_driver_sql("""
            SELECT c.code, c.label, c.cited_as, c.text, e.code, e.short_name, c.kind, c.retired
            FROM catalog_item c
            JOIN document d ON d.code = c.document_code
            JOIN event e ON e.code = d.event_code
            JOIN section s ON s.code = c.section_code
            LEFT JOIN catalog_item p ON p.code = c.parent_code
            ORDER BY e.ordinal, d.ordinal, s.ordinal, coalesce(p.ordinal, c.ordinal),
                     c.parent_code IS NOT NULL, c.ordinal""").all()
        return [CatalogChoice(code, label, cited_as, item_text, event_code, event_name, kind,
                              bool(retired))
                for code, label, cited_as, item_text, event_code, event_name, kind, retired
                in rows]


def action_area_choices(database: Database) -> list[tuple[int, str]]:
    """The ten action areas of the 10-Point Plan as (number, name)."""
    with database.session() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql(
            "SELECT number, name FROM action_area ORDER BY number")]


def owner_choices(database: Database) -> list[tuple[str, str]]:
    """Offices that own activities, as (uuid, name), this installation's first."""
    with database.session() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql("""
            SELECT uuid, name FROM office
            WHERE is_local = 1 OR uuid IN (SELECT DISTINCT owner_office_uuid FROM activity)
            ORDER BY is_local DESC, name""")]


def office_names(database: Database) -> dict[str, str]:
    """Every known office's name by UUID (for showing where a change was made)."""
    with database.session() as session:
        return dict(session.connection().exec_driver_sql("SELECT uuid, name FROM office").all())
