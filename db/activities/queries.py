"""The activities list: filter, count, sort and page through many activities quickly.

Reads `activity_list_index` and `activity_fts` (revision 0003), which triggers keep in step
with the activity tables, so no query here scans the wide activity rows. Plain SQL through
the SqlReader of db/storage/quick_read.py: the first page reads alike from a Database or a
QuickReader.

On PostgreSQL (a headquarters' server) the same queries run with two differences, each
declared once below: the text search (a tsvector per activity instead of FTS5), and how the
planner is steered. SQLite keeps no statistics and is told which index to read; PostgreSQL
chooses from its own, except where they mislead it about a word prefix (_filters, _page_sql).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.catalog.regions import regions_of
from db.storage.local_office import LocalOffice, read_local_office
from db.storage.quick_read import ReadSource, SqlReader, in_list

# Not db.storage.sql_dialect, which imports SQLAlchemy: the quick start reads the first page
# without it (the PostgreSQL branches import what they need from there).
SQLITE, POSTGRESQL = "sqlite", "postgresql"

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
# The sort columns that may be empty. The list shows empty values first, as SQLite sorts them;
# PostgreSQL is told so (NULLS FIRST ascending, NULLS LAST descending), and its indexes on these
# columns hold them first (revision 0003). Told nothing for the others: a NULLS clause unlike
# the index's makes the server sort every row instead of reading the index.
MAY_BE_EMPTY = frozenset({"kind", "country", "start_date", "end_date"})
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
    # the 2011 compilation's activities (the baseline), those of the office's regions
    include_baseline: bool = False
    sort: str = "updated_at"
    descending: bool = True


@dataclass(frozen=True)
class ActivityListRow:
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

    @property
    def reported_in_2011(self) -> bool:
        """One of the June 2011 compilation's activities (the baseline, read-only)."""
        return self.owner_office_uuid == COMPILATION_OFFICE_UUID


@dataclass(frozen=True)
class ActivityCounts:
    """How many activities there are, how many match, and the matching ones per status."""

    total: int  # every activity; the deleted and the 2011 ones only when the query asks
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


@dataclass(frozen=True)
class _TextSearch:
    """The list ids whose text holds every word typed (a SELECT), and its parameters."""

    ids: str
    params: dict
    # PostgreSQL: whether list row i holds them, asked of that row alone (see _filters)
    row_check: str | None = None


def _text_search(dialect: str, words: str) -> _TextSearch | None:
    """The text filter on this database, or None if no word was typed."""
    if dialect == POSTGRESQL:
        return _tsquery_search(WORD.findall(words))
    expression = fts_expression(words)
    if expression is None:
        return None
    return _TextSearch("SELECT rowid FROM activity_fts WHERE activity_fts MATCH :fts",
                       {"fts": expression})


def _tsquery_search(tokens: list[str]) -> _TextSearch | None:
    """PostgreSQL: every word a prefix (word:*), folded as the documents are (accents,
    punctuation: tenpoint_search_text) and quoted by quote_literal, so that nothing typed is
    read as tsquery syntax; the space inside the quotes keeps a word folded to nothing from
    being an empty quoted term (a syntax error), it matches nothing instead."""
    if not tokens:
        return None
    from db.storage.sql_dialect import SEARCH_CONFIGURATION, SEARCH_TEXT_FUNCTION

    terms = " && ".join(
        f"to_tsquery('{SEARCH_CONFIGURATION}', "
        f"quote_literal({SEARCH_TEXT_FUNCTION}(:fts_{number}) || ' ') || ':*')"
        for number in range(len(tokens)))
    return _TextSearch(f"SELECT id FROM activity_fts WHERE document @@ ({terms})",
                       {f"fts_{number}": token for number, token in enumerate(tokens)},
                       f"(SELECT f.document @@ ({terms}) FROM activity_fts AS f "
                       "WHERE f.id = i.id)")


def _item_codes_matching(sql: SqlReader, prefix: str) -> list[str]:
    """Catalog codes equal to prefix or below it: its sub-items and, for a section, its items."""
    wanted = prefix.strip().upper()
    codes = (row[0] for row in sql.all("SELECT code FROM catalog_item"))
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
    narrows: bool  # some condition beyond what the list holds at all (_scope)


def _text_hits(sql: SqlReader, search: _TextSearch) -> int:
    """How many activities the text matches (SQLite only: see _steers_planner)."""
    return sql.scalar("SELECT count(*) FROM activity_fts WHERE activity_fts MATCH :fts",
                      search.params)


@contextmanager
def _list_reading(source: ReadSource) -> Iterator[SqlReader]:
    """A connection that keeps the list index in SQLite's own cache (a server has its own
    shared buffers, set by its administrator)."""
    with source.reading() as sql:
        if sql.dialect == SQLITE:
            sql.run(f"PRAGMA cache_size = -{CACHE_KIB}")
        yield sql


def _stored_rows(sql: SqlReader) -> int:
    return sql.scalar("SELECT count(*) FROM activity_list_index")


def _steers_planner(sql: SqlReader) -> bool:
    """Whether SQLite's hints apply: it has no statistics to choose between an index and a
    lookup, so we choose (a unary +, INDEXED BY); PostgreSQL's planner has them and does the
    job itself (but for word prefixes: _filters), and reads neither hint (+ on text is no
    operator there)."""
    return sql.dialect == SQLITE


def _lookup_first(sql: SqlReader, query: ActivityQuery, search: _TextSearch | None) -> bool:
    """Whether the item or text lookup finds few enough rows to start from it."""
    if not _steers_planner(sql):
        return False
    if query.item_code.strip():
        return True
    if search is None:
        return False
    return _text_hits(sql, search) * LOOKUP_RATIO < _stored_rows(sql)


def _other_regions_baseline(sql: SqlReader) -> list[int]:
    """The list ids of the 2011 compilation's activities this office does not see: those
    linked to no event of its country's regions. None left out for headquarters, before
    setup, or for a country of no region (which sees every region, as in the browser)."""
    office = read_local_office(sql)
    if office is None or not office.own_country:
        return []
    events = [code for region in regions_of(sql, office.own_country)
              for code in region.event_codes]
    if not events:
        return []
    names, params = in_list("d.event_code", "baseline_event", events)
    # from the compilation's few activities (an index on their owner), never from the links
    # of every activity, which may be many to the same items
    return [row[0] for row in sql.all(
        "SELECT i.id FROM activity AS a JOIN activity_list_index AS i ON i.uuid = a.uuid "
        "WHERE a.owner_office_uuid = :compilation AND NOT EXISTS ("
        "SELECT 1 FROM activity_item_link AS l "
        "JOIN catalog_item AS c ON c.code = l.item_code "
        "JOIN document AS d ON d.code = c.document_code "
        f"WHERE l.activity_uuid = a.uuid AND {names})",
        {**params, "compilation": COMPILATION_OFFICE_UUID})]


def _scope(sql: SqlReader, query: ActivityQuery, column: str = "i.") -> tuple[list[str], dict]:
    """The conditions of what the list holds at all, before any filter: deleted activities
    and the 2011 compilation's only when asked for, and then only those of the office's
    regions. The total counts these."""
    clauses: list[str] = []
    params: dict = {}
    if not query.include_deleted:
        clauses.append(f"{column}deleted = FALSE")
    if not query.include_baseline:
        clauses.append(f"{column}owner_office_uuid != :compilation")
        params["compilation"] = COMPILATION_OFFICE_UUID
        return clauses, params
    left_out = _other_regions_baseline(sql)
    if left_out:  # by id, which every index of the list carries
        names, id_params = in_list("i.id", "other_region", left_out)
        clauses.append(f"NOT {names}")
        params.update(id_params)
    return clauses, params


def _filters(sql: SqlReader, query: ActivityQuery, walk: bool = False) -> _Filter:
    """The query's conditions and parameters, and the way to find its rows.

    walk: a page is read along the sort index (see _walks). PostgreSQL then asks each row
    whether its text matches: its planner estimates a word prefix (word:*) in a vocabulary of
    fewer than 100 common words at 2% of the rows whatever the word, and with the IN form
    would find and sort every match of a word in most rows (0.12 s at 100,000) rather than
    stop at a page of them (7 ms)."""
    search = _text_search(sql.dialect, query.text)
    lookup_first = _lookup_first(sql, query, search)
    # a unary + keeps SQLite from using the column's indexes
    column = "+i." if lookup_first else "i."
    clauses, params = _scope(sql, query, column)
    scope = len(clauses)
    for name in ("status", "kind", "owner_office_uuid"):
        if getattr(query, name):
            clauses.append(f"{column}{name} = :{name}")
            params[name] = getattr(query, name)
    if query.action_area:
        clauses.append("(i.area_mask & :area_bit) != 0")
        params["area_bit"] = 1 << query.action_area
    if query.item_code.strip():
        codes, code_params = in_list("item_code", "item_code",
                                     _item_codes_matching(sql, query.item_code) or [""])
        clauses.append(f"i.uuid IN (SELECT activity_uuid FROM activity_item_link WHERE {codes})")
        params.update(code_params)
    if search is not None:
        check = search.row_check if walk else None
        clauses.append(check or f"i.id IN ({search.ids})")
        params.update(search.params)
    return _Filter(clauses, params, lookup_first, len(clauses) > scope)


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


# --- counts --------------------------------------------------------------------------------


def _count_query(sql: SqlReader, query: ActivityQuery) -> ActivityCounts:
    found = _filters(sql, query)
    rows = sql.all("SELECT i.deleted, i.status, count(*) FROM activity_list_index i "
                   f"{_where(found.clauses)} GROUP BY i.deleted, i.status", found.params)
    by_status: Counter = Counter()
    deleted = 0
    for is_deleted, status, count in rows:
        if is_deleted:
            deleted += count
        else:
            by_status[status] += count
    matching = sum(by_status.values()) + deleted
    total = matching
    if found.narrows:  # else every row the list holds matches: no second count
        scope, scope_params = _scope(sql, query)
        total = sql.scalar(f"SELECT count(*) FROM activity_list_index i {_where(scope)}",
                           scope_params)
    return ActivityCounts(total, matching, dict(by_status), deleted)


def count_activities(source: ReadSource, query: ActivityQuery) -> ActivityCounts:
    """The filter bar's figures: total, matching, and matching per status."""
    with _list_reading(source) as sql:
        return _count_query(sql, query)


# --- pages ---------------------------------------------------------------------------------


def _walks(counts: ActivityCounts) -> bool:
    """Whether a page is found fastest by reading the sort index in order and skipping the
    rows that do not match (enough of them match), rather than by sorting the matches."""
    return counts.matching * WALK_RATIO >= counts.total


def _sort_of(query: ActivityQuery) -> str:
    return query.sort if query.sort in SORTS else "updated_at"


def _order_by(query: ActivityQuery, dialect: str, walk: bool) -> str:
    """walk: the rows are read along the sort index, else those a filter found are sorted."""
    sort = _sort_of(query)
    expression, _index = SORTS[sort]
    if dialect == SQLITE and not walk:
        # a unary + keeps SQLite from reading the sort index when a filter finds rows faster
        expression = "+" + expression
    direction = "DESC" if query.descending else "ASC"
    nulls = ""
    if dialect == POSTGRESQL and sort in MAY_BE_EMPTY:
        nulls = " NULLS LAST" if query.descending else " NULLS FIRST"
    return f"ORDER BY {expression} {direction}{nulls}, i.id {direction}"


def _page_sql(query: ActivityQuery, clauses: list[str], dialect: str, walk: bool) -> str:
    """SQLite is told which index to read. PostgreSQL, when the filter finds few rows, gets
    them from a subquery it must plan alone (OFFSET 0 keeps it apart), so that it does not
    walk the whole sort index for them: its estimate of a word prefix may be far too high
    (see _filters)."""
    order = f"{_order_by(query, dialect, walk)} LIMIT :limit OFFSET :offset"
    if dialect == POSTGRESQL:
        rows = "activity_list_index AS i" if walk else (
            f"(SELECT * FROM activity_list_index AS i {_where(clauses)} OFFSET 0) AS i")
        return f"SELECT {ROW_COLUMNS} FROM {rows} {_where(clauses) if walk else ''} {order}"
    _expression, index = SORTS[_sort_of(query)]
    hint = f"INDEXED BY {index}" if walk else ""
    return f"SELECT {ROW_COLUMNS} FROM activity_list_index AS i {hint} {_where(clauses)} {order}"


def _row(values, local: LocalOffice | None) -> ActivityListRow:
    (uuid, title, status, kind, item_codes, country, lead, start, end, owner, owner_name,
     updated, deleted, read_only) = values
    editable = (local is not None and not read_only and not deleted
                and (owner == local.uuid or local.is_headquarters))
    return ActivityListRow(
        uuid=uuid, title=title, status=status, kind=kind,
        item_codes=tuple(item_codes.split(", ")) if item_codes else (), country_iso2=country,
        lead_organisation=lead, start_date=_date(start), end_date=_date(end),
        owner_office_uuid=owner, owner_office_name=owner_name,
        updated_at=_utc_time(updated), deleted=bool(deleted),
        read_only=bool(read_only), editable=editable)


# SQLite hands dates and times back as the text it holds, PostgreSQL as date and datetime.
def _date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _utc_time(value: str | datetime) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)


def activity_page(source: ReadSource, query: ActivityQuery, offset: int, limit: int,
                  counts: ActivityCounts | None = None) -> list[ActivityListRow]:
    """Rows offset..offset+limit of the sorted, filtered list.

    counts are count_activities' figures for the same query, if the caller has them; they
    decide how the rows are found (_walks).
    """
    with _list_reading(source) as sql:
        walk = _walks(counts or _count_query(sql, query))
        found = _filters(sql, query, walk)
        params = {**found.params, "limit": limit, "offset": offset}
        rows = sql.all(_page_sql(query, found.clauses, sql.dialect, walk), params)
        local = read_local_office(sql)
        return [_row(values, local) for values in rows]


# --- choices for the filter bar and the item picker ---------------------------------------------


def catalog_choices(source: ReadSource) -> list[CatalogChoice]:
    """Every catalog item in reading order (event, document, section, item)."""
    with source.reading() as sql:
        rows = sql.all("""
            SELECT c.code, c.label, c.cited_as, c.text, e.code, e.short_name, c.kind, c.retired
            FROM catalog_item c
            JOIN document d ON d.code = c.document_code
            JOIN event e ON e.code = d.event_code
            JOIN section s ON s.code = c.section_code
            LEFT JOIN catalog_item p ON p.code = c.parent_code
            ORDER BY e.ordinal, d.ordinal, s.ordinal, coalesce(p.ordinal, c.ordinal),
                     c.parent_code IS NOT NULL, c.ordinal""")
        return [CatalogChoice(code, label, cited_as, item_text, event_code, event_name, kind,
                              bool(retired))
                for code, label, cited_as, item_text, event_code, event_name, kind, retired
                in rows]


def action_area_choices(source: ReadSource) -> list[tuple[int, str]]:
    """The ten action areas of the 10-Point Plan as (number, name)."""
    with source.reading() as sql:
        return [tuple(row) for row in sql.all(
            "SELECT number, name FROM action_area ORDER BY number")]


def owner_choices(source: ReadSource) -> list[tuple[str, str]]:
    """Offices that own activities, as (uuid, name), this installation's first; not the 2011
    compilation, whose activities the list shows apart (ActivityQuery.include_baseline)."""
    with source.reading() as sql:
        return [tuple(row) for row in sql.all("""
            SELECT uuid, name FROM office
            WHERE (is_local = TRUE OR uuid IN (SELECT DISTINCT owner_office_uuid FROM activity))
              AND uuid != :compilation
            ORDER BY is_local DESC, name""", {"compilation": COMPILATION_OFFICE_UUID})]


def office_names(source: ReadSource) -> dict[str, str]:
    """Every known office's name by UUID (for showing where a change was made)."""
    with source.reading() as sql:
        return {row[0]: row[1] for row in sql.all("SELECT uuid, name FROM office")}
