"""Searching the catalog as a person types: codes directly, texts through SQLite FTS5."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, column, func, literal_column, table, text
from sqlmodel import Session, select

from db.catalog.browse import BrowseFilter, filter_sql, first_line, source_position
from db.models import CatalogItem, Document, Event, Section
from db.storage.database import Database

# Words as FTS5's unicode61 tokenizer sees them: letters and digits; everything else separates.
WORD = re.compile(r"[^\W_]+")
# A code or the start of one: "DES-SR-VIII", "san-sr-3-02", "SJO-".
CODE_PREFIX = re.compile(r"^[A-Za-z]{3}-[A-Za-z0-9-]*$")
# Marks FTS5's highlight() puts around matches; control characters never occur in the texts.
OPEN_MARK, CLOSE_MARK = "\x01", "\x02"
# bm25 weights per FTS column (code, label, cited_as, subheading, text): a hit in a code or
# in the way other documents cite an item says more than one word in a long text.
COLUMN_WEIGHTS = "10.0, 1.0, 5.0, 2.0, 1.0"
# The external-content FTS5 table (db/migrations/versions/0001_catalog.py); rowid = item rowid.
FTS_TABLE = table("catalog_item_fts", column("rowid"))

MIN_PREFIX = 2

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    """One found item, with the [start, end) character spans of the matches in each field."""

    code: str
    kind: str
    label: str
    text: str
    subheading: str | None
    event_code: str
    event_name: str
    document_title: str
    section_name: str
    retired: bool
    rank: float
    code_spans: Spans = ()
    text_spans: Spans = ()
    subheading_spans: Spans = ()


@dataclass(frozen=True)
class SearchResult:
    """The ranked hits for a query; by_code tells that the query was read as a code.

    all_regions_count: when the search was limited to some events (the office's regions),
    how many items would match with that limit lifted (the other filters kept); else None.
    """

    query: str
    by_code: bool
    hits: tuple[SearchHit, ...]
    all_regions_count: int | None = None


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when it holds no word.

    Every word is quoted, so quotes, '-', '*', '(' or AND/OR/NOT stay plain words; all words
    must match, and the last one matches as a prefix while it is still being typed, from its
    second character on (one letter would match most of the catalog, and slowly: the index
    keeps prefixes of two and three characters).
    """
    words = WORD.findall(user_text)
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    if not user_text[-1].isspace() and len(words[-1]) >= MIN_PREFIX:
        terms[-1] += "*"
    return " ".join(terms)


def looks_like_code(user_text: str) -> bool:
    """Whether the text reads as a catalog code or the start of one."""
    return bool(CODE_PREFIX.match(user_text.strip()))


def filter_conditions(filters: BrowseFilter) -> list:
    """filter_sql as SQLAlchemy conditions, for statements built with SQLModel (the search)."""
    clauses, params = filter_sql(filters)
    return [text(clause).bindparams(**{name: value for name, value in params.items()
                                       if f":{name}" in clause})
            for clause in clauses]


def search_items(database: Database, user_text: str, filters: BrowseFilter | None = None,
                 limit: int | None = None) -> SearchResult:
    """Items matching the text within the filters, best first.

    A code (or code prefix) lists the items whose codes start with it, in source order; when
    no code does (in any region), the text is searched like any other. A search limited to
    some events also counts, in one more query, the matches in all events.
    """
    filters = filters or BrowseFilter()
    everywhere = replace(filters, event_codes=None) if filters.event_codes is not None else None
    with database.session() as session:
        if looks_like_code(user_text):
            prefix = user_text.strip()
            hits = _code_hits(session, prefix, filters, limit)
            total = (_count(session, _code_condition(prefix), everywhere)
                     if everywhere is not None else None)
            if hits or total:
                return SearchResult(user_text, True, tuple(hits), total)
        query = fts_query(user_text)
        if not query:
            return SearchResult(user_text, False, ())
        hits = _text_hits(session, query, filters, limit)
        total = (_count(session, _text_condition(query), everywhere, fts=True)
                 if everywhere is not None else None)
    return SearchResult(user_text, False, tuple(hits), total)


def _hit_columns():
    return (CatalogItem.code, CatalogItem.kind, CatalogItem.label, CatalogItem.text,
            CatalogItem.subheading, Event.code, Event.short_name, Document.title,
            Section.label, Section.title, CatalogItem.retired)


def _joined(statement, filters: BrowseFilter):
    return (statement.join(Document, Document.code == CatalogItem.document_code)
            .join(Event, Event.code == Document.event_code)
            .join(Section, Section.code == CatalogItem.section_code)
            .where(*filter_conditions(filters)))


def _code_condition(prefix: str):
    escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return CatalogItem.code.ilike(escaped + "%", escape="\\")


def _text_condition(query: str):
    return text("catalog_item_fts MATCH :query").bindparams(bindparam("query", query))


def _with_fts(statement):
    return statement.join(FTS_TABLE, FTS_TABLE.c.rowid == literal_column("catalog_item.rowid"))


def _count(session: Session, condition, filters: BrowseFilter, fts: bool = False) -> int:
    """How many items meet the condition within the filters (one COUNT query)."""
    statement = _joined(select(func.count()).select_from(CatalogItem), filters)
    if fts:
        statement = _with_fts(statement)
    return session.exec(statement.where(condition)).one()


def _code_hits(session: Session, prefix: str, filters: BrowseFilter, limit: int | None
               ) -> list[SearchHit]:
    statement = _joined(select(*_hit_columns(), CatalogItem.source_lines, CatalogItem.ordinal),
                        filters).where(_code_condition(prefix))
    rows = sorted(session.exec(statement).all(),
                  key=lambda row: (source_position(first_line(row[11]), row[12]), row[12]))
    hits = [_hit(row, 0.0, code_spans=((0, len(prefix)),)) for row in rows]
    return hits[:limit] if limit else hits


def _text_hits(session: Session, query: str, filters: BrowseFilter, limit: int | None
               ) -> list[SearchHit]:
    rank = literal_column(f"bm25(catalog_item_fts, {COLUMN_WEIGHTS})")
    marks = f"'{OPEN_MARK}', '{CLOSE_MARK}'"
    statement = (
        _with_fts(_joined(select(*_hit_columns(), rank,
                                 literal_column(f"highlight(catalog_item_fts, 0, {marks})"),
                                 literal_column(f"highlight(catalog_item_fts, 3, {marks})"),
                                 literal_column(f"highlight(catalog_item_fts, 4, {marks})")),
                          filters))
        .where(_text_condition(query))
        .order_by(rank, CatalogItem.document_code, CatalogItem.ordinal))
    if limit:
        statement = statement.limit(limit)
    return [_hit(row, row[11], code_spans=marked_spans(row[12]),
                 subheading_spans=marked_spans(row[13]), text_spans=marked_spans(row[14]))
            for row in session.exec(statement).all()]


def _hit(row, rank: float, **spans: Spans) -> SearchHit:
    section = " ".join(part for part in (row[8], row[9]) if part)
    return SearchHit(code=row[0], kind=row[1], label=row[2], text=row[3], subheading=row[4],
                     event_code=row[5], event_name=row[6], document_title=row[7],
                     section_name=section, retired=row[10], rank=rank, **spans)


def marked_spans(marked: str | None) -> Spans:
    """Where the highlight marks were, as spans of the text without them."""
    if not marked:
        return ()
    spans, removed, position = [], 0, 0
    while (start := marked.find(OPEN_MARK, position)) >= 0:
        end = marked.find(CLOSE_MARK, start)
        if end < 0:
            break
        spans.append((start - removed, end - removed - 1))
        removed += 2  # the two marks of this span
        position = end + 1
    return tuple(spans)
