"""Searching the catalog as a person types: codes directly, texts through the full-text index
(SQLite's FTS5; a weighted tsvector per item on PostgreSQL, db/catalog/search_index.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import Float, bindparam, cast, column, func, literal_column, table, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlmodel import Session, select

from db.catalog.browse import BrowseFilter, filter_sql, first_line, source_position
from db.models import CatalogItem, Document, Event, Section
from db.storage.database import Database
from db.storage.sql_dialect import (
    POSTGRESQL,
    SEARCH_CONFIGURATION,
    SEARCH_TEXT_FUNCTION,
    dialect_of,
)

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
# PostgreSQL's index: one tsvector per item code, weighted A code, B cited_as, C subheading,
# D label and text (db/catalog/search_index.py).
TS_TABLE = table("catalog_item_fts", column("code"), column("document"))
# ts_rank's weights for D, C, B, A: the proportions of COLUMN_WEIGHTS (code 10, cited_as 5,
# subheading 2, label and text 1); normalization 1 divides by the log of the item's length,
# as bm25 favours a word in a short text over the same word in a long one.
TS_RANK = "CAST('{0.1, 0.2, 0.5, 1.0}' AS real[])"
TS_RANK_NORMALIZATION = 1

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


def typed_words(user_text: str) -> tuple[list[str], bool]:
    """The words a person typed, and whether the last one is still being typed: it then
    matches as a prefix, from its second character on (one letter would match most of the
    catalog, and slowly: FTS5 keeps prefixes of two and three characters)."""
    words = WORD.findall(user_text)
    typing = bool(words) and not user_text[-1].isspace() and len(words[-1]) >= MIN_PREFIX
    return words, typing


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when it holds no word.

    Every word is quoted, so quotes, '-', '*', '(' or AND/OR/NOT stay plain words; all words
    must match, and the last one matches as a prefix while it is still being typed.
    """
    words, typing = typed_words(user_text)
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    if typing:
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
        search = _text_search(session, user_text)
        if search is None:
            return SearchResult(user_text, False, ())
        hits = _text_hits(session, search, filters, limit)
        total = (_count(session, search.condition(), everywhere, search)
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


def _count(session: Session, condition, filters: BrowseFilter, search=None) -> int:
    """How many items meet the condition within the filters (one COUNT query)."""
    statement = _joined(select(func.count()).select_from(CatalogItem), filters)
    if search is not None:
        statement = search.joined(statement)
    return session.exec(statement.where(condition)).one()


def _code_hits(session: Session, prefix: str, filters: BrowseFilter, limit: int | None
               ) -> list[SearchHit]:
    statement = _joined(select(*_hit_columns(), CatalogItem.source_lines, CatalogItem.ordinal),
                        filters).where(_code_condition(prefix))
    rows = sorted(session.exec(statement).all(),
                  key=lambda row: (source_position(first_line(row[11]), row[12]), row[12]))
    hits = [_hit(row, 0.0, code_spans=((0, len(prefix)),)) for row in rows]
    return hits[:limit] if limit else hits


def _text_hits(session: Session, search, filters: BrowseFilter, limit: int | None
               ) -> list[SearchHit]:
    """The items matching the words, best first (rank: lower is better on both databases)."""
    rank = search.rank()
    statement = (
        search.joined(_joined(select(*_hit_columns(), rank, *search.marked_columns()), filters))
        .where(search.condition())
        .order_by(rank, CatalogItem.document_code, CatalogItem.ordinal))
    if limit:
        statement = statement.limit(limit)
    return search.hits(session, session.exec(statement).all())


def _hit(row, rank: float, **spans: Spans) -> SearchHit:
    section = " ".join(part for part in (row[8], row[9]) if part)
    return SearchHit(code=row[0], kind=row[1], label=row[2], text=row[3], subheading=row[4],
                     event_code=row[5], event_name=row[6], document_title=row[7],
                     section_name=section, retired=row[10], rank=rank, **spans)


def _text_search(session: Session, user_text: str) -> _Fts5Search | _TsSearch | None:
    """The search of the typed words on this database; None when no word was typed."""
    if dialect_of(session) == POSTGRESQL:
        return _TsSearch.of(session, user_text)
    query = fts_query(user_text)
    return _Fts5Search(query) if query else None


class _Fts5Search:
    """SQLite: an FTS5 MATCH ranked by bm25, whose highlight() marks the matches."""

    def __init__(self, query: str) -> None:
        self.query = query

    def joined(self, statement):
        return statement.join(FTS_TABLE,
                              FTS_TABLE.c.rowid == literal_column("catalog_item.rowid"))

    def condition(self):
        return text("catalog_item_fts MATCH :query").bindparams(bindparam("query", self.query))

    def rank(self):
        return literal_column(f"bm25(catalog_item_fts, {COLUMN_WEIGHTS})")

    def marked_columns(self) -> tuple:
        marks = f"'{OPEN_MARK}', '{CLOSE_MARK}'"
        return tuple(literal_column(f"highlight(catalog_item_fts, {index}, {marks})")
                     for index in (0, 3, 4))  # code, subheading, text

    def hits(self, session: Session, rows) -> list[SearchHit]:
        return [_hit(row, row[11], code_spans=marked_spans(row[12]),
                     subheading_spans=marked_spans(row[13]), text_spans=marked_spans(row[14]))
                for row in rows]


class _TsSearch:
    """PostgreSQL: a tsquery of the typed words' lexemes, ranked by ts_rank.

    The words become lexemes on the server, through the same folding as the index (accents
    dropped, lowercased, split as its parser splits), so a word matches exactly what the index
    holds; the query is built from those lexemes only, quoted, so nothing typed is ever read as
    tsquery syntax. ts_headline cannot fold accents as the index does, so the matches are
    found in Python among each field's words, folded by the server the same way.
    """

    def __init__(self, whole: frozenset[str], prefixes: frozenset[str], query: str) -> None:
        self.whole, self.prefixes = whole, prefixes
        self.query = cast(bindparam("ts_query", query), TSQUERY)

    @classmethod
    def of(cls, session: Session, user_text: str) -> _TsSearch | None:
        """The search of the typed words; None when there is none, or when one folds to no
        lexeme (which no item's index can hold, so nothing matches)."""
        words, typing = typed_words(user_text)
        folded = _lexemes(session, words)
        if not folded or not all(folded):
            return None
        prefixes = frozenset(folded.pop()) if typing else frozenset()
        whole = frozenset(lexeme for lexemes in folded for lexeme in lexemes)
        terms = [_quoted(lexeme) for lexeme in sorted(whole)]
        terms += [_quoted(lexeme) + ":*" for lexeme in sorted(prefixes)]
        return cls(whole, prefixes, " & ".join(terms))

    def joined(self, statement):
        return statement.join(TS_TABLE, TS_TABLE.c.code == CatalogItem.code)

    def condition(self):
        return TS_TABLE.c.document.op("@@")(self.query)

    def rank(self):
        return -func.ts_rank(literal_column(TS_RANK), TS_TABLE.c.document, self.query,
                             TS_RANK_NORMALIZATION, type_=Float)

    def marked_columns(self) -> tuple:
        return ()

    def hits(self, session: Session, rows) -> list[SearchHit]:
        fields = [(row[0], row[4] or "", row[3]) for row in rows]  # code, subheading, text
        words = sorted({word for texts in fields for each in texts
                        for word in WORD.findall(each)})
        matching = {word for word, lexemes in zip(words, _lexemes(session, words), strict=True)
                    if any(self._matches(lexeme) for lexeme in lexemes)}
        return [_hit(row, row[11], code_spans=_spans(code, matching),
                     subheading_spans=_spans(subheading, matching),
                     text_spans=_spans(body, matching))
                for row, (code, subheading, body) in zip(rows, fields, strict=True)]

    def _matches(self, lexeme: str) -> bool:
        return lexeme in self.whole or any(lexeme.startswith(each) for each in self.prefixes)


def _lexemes(session: Session, words: list[str]) -> list[tuple[str, ...]]:
    """Each word's lexemes as PostgreSQL's index holds them (db/catalog/search_index.py): one
    as a rule, none for a word the parser drops, more for one that folds to several."""
    if not words:
        return []
    rows = session.exec(text(
        f"SELECT tsvector_to_array(to_tsvector('{SEARCH_CONFIGURATION}', "
        f"{SEARCH_TEXT_FUNCTION}(typed.word))) "
        "FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS typed(word, n) ORDER BY n"
    ).bindparams(words=words)).all()
    return [tuple(row[0]) for row in rows]


def _quoted(lexeme: str) -> str:
    """A lexeme as a tsquery operand: quoted, its quotes and backslashes doubled."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _spans(field: str, matching: set[str]) -> Spans:
    """Where the matching words are in the field."""
    return tuple(found.span() for found in WORD.finditer(field) if found.group() in matching)


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
