"""Moving a headquarters' SQLite database to a PostgreSQL server (`tenpoint migrate-to`):
every table copied in one transaction on the server, then compared row by row with the file
before that transaction commits. All or nothing: a refusal, a difference, a failure or a
cancel leaves the server's database as empty as it was.

The copy writes the tables of the SQLModel metadata as the file holds them (the catalog too:
the server gets no catalog load of its own, so catalog_state and catalog_change say what the
file said). The trigger-kept tables (activity_list_index, activity_fts, progress_link) are
written by the server's own triggers as the activities and their links arrive, the catalog's
search index is rebuilt after; the comparison then checks them against the file's as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import zip_longest

from sqlalchemy import (
    Connection,
    MetaData,
    String,
    Table,
    column,
    exists,
    func,
    inspect,
    select,
    table,
    text,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql import Select
from sqlmodel import SQLModel

import db.models  # noqa: F401 - registers the tables in SQLModel.metadata
from db.catalog.search_index import rebuild_catalog_search
from db.errors import TenpointDataError
from db.storage.database import Database, open_database
from db.storage.server import display_url, is_server_url, make_server_engine, take_write_lock

# Rows read, written and compared per batch: between two batches the progress is reported
# and a cancel is honoured.
CHUNK = 2000
# The trigger-kept tables: not in the metadata (db/migrations/env_filters.py), written on the
# server by its triggers as the activities and links arrive. Compared without their
# surrogate id, which each database numbers itself.
LIST_INDEX, PROGRESS_LINK = "activity_list_index", "progress_link"
TRIGGER_KEPT = {LIST_INDEX: ("uuid",), PROGRESS_LINK: ("item_code", "activity_uuid")}
SEARCH_TABLES = ("activity_fts", "catalog_item_fts")
# PostgreSQL sorts text by the database's collation; "C" sorts by code point, as SQLite's
# BINARY does, so both sides list the rows in the same order for the comparison.
BINARY_ORDER = "C"

Progress = Callable[[float, str], None]


class TransferError(TenpointDataError):
    """A move that did not happen; the server's database is left as it was.

    Codes: source_is_server (the database to move is on a server already), not_server_url
    (the target is not a postgresql:// URL), source_busy (another program holds the file's
    write lock; detail: SQLite's message), target_not_empty (table: the first one holding
    rows), copy_failed (table; detail: the server's message), different (table; key: the
    first differing row's key; column: the first differing column, None when the row is
    missing on one side), cancelled.
    """

    def __init__(self, code: str, table: str | None = None, key: tuple | None = None,
                 column: str | None = None, detail: str | None = None) -> None:
        given = (part for part in (table, key, column, detail) if part is not None)
        super().__init__(" ".join((code, *map(str, given))))
        self.code = code
        self.table = table
        self.key = key
        self.column = column
        self.detail = detail


@dataclass(frozen=True)
class TableCount:
    """One table's rows in the file and on the server, found equal."""

    table: str
    source_rows: int
    target_rows: int


@dataclass(frozen=True)
class TransferReport:
    """What was moved where: location is the server's URL without any password."""

    location: str
    tables: tuple[TableCount, ...]

    @property
    def total_rows(self) -> int:
        return sum(count.target_rows for count in self.tables)


def move_to_server(source: Database, url: str, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> TransferReport:
    """Copy the SQLite database source into the empty PostgreSQL database at url (migrated
    to this build's schema first), compare every table, and commit only if all are equal.

    progress(fraction, table) is called between batches; cancelled() is asked there too,
    and True rolls everything back (TransferError cancelled). Both may come from a GUI
    running this off its thread. The file is locked for writing while it is copied, so
    nothing written meanwhile can be left behind.
    """
    if source.is_server:
        raise TransferError("source_is_server")
    if not is_server_url(url):
        raise TransferError("not_server_url")
    _refuse_filled_database(url)  # before the schema is touched: a filled one stays as is
    target = open_database(url, folder=source.folder)
    try:
        steps = _Steps(progress, cancelled)
        with source.engine.connect() as reading, target.engine.connect() as writing:
            _lock_file(reading)
            try:
                with writing.begin():
                    tables = _copy_and_compare(reading, writing, steps)
            finally:
                reading.rollback()
        steps.finish()
        return TransferReport(display_url(url), tables)
    finally:
        target.close()


def _lock_file(reading: Connection) -> None:
    """The file's write lock, held while it is copied: what is copied is all there is, no
    one adds to it meanwhile (another Tenpoint writing for longer than SQLite's busy
    timeout: source_busy)."""
    try:
        reading.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as error:
        raise TransferError("source_busy", detail=_message(error)) from error


class _Steps:
    """Progress over the rows to copy and compare; the cancel check between batches."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.total = 1
        self.done = 0
        self.table = ""

    def advance(self, rows: int, table: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise TransferError("cancelled", table)
        self.done += rows
        self.table = table
        if self.progress is not None:
            self.progress(min(self.done / self.total, 0.99), table)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1.0, self.table)


# --- the target must hold no data ---------------------------------------------------------
def _data_tables() -> list[str]:
    return [t.name for t in SQLModel.metadata.sorted_tables] + [*TRIGGER_KEPT, *SEARCH_TABLES]


def _first_filled_table(connection: Connection) -> str | None:
    """The first Tenpoint table of the database that holds a row; None if all are empty."""
    present = set(inspect(connection).get_table_names())
    for name in _data_tables():
        if name in present and connection.scalar(select(exists().select_from(table(name)))):
            return name
    return None


def _refuse_filled_database(url: str) -> None:
    """Refuse a database holding data before open_database may migrate (and back up) it."""
    engine = make_server_engine(url)
    try:
        with engine.connect() as connection:
            filled = _first_filled_table(connection)
    finally:
        engine.dispose()
    if filled is not None:
        raise TransferError("target_not_empty", filled)


# --- the copy -----------------------------------------------------------------------------
def _copy_and_compare(reading: Connection, writing: Connection, steps: _Steps
                      ) -> tuple[TableCount, ...]:
    """In the server's transaction: copy, complete, compare; raise to roll it all back."""
    take_write_lock(writing)
    filled = _first_filled_table(writing)  # again, now that no other officer may write
    if filled is not None:
        raise TransferError("target_not_empty", filled)
    tables = _copy_order()
    steps.total = max(_work(reading, tables), 1)
    # Keys are checked once all is copied: catalog items cite items copied later.
    writing.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    for model_table in tables:
        _copy_table(reading, writing, model_table, steps)
    _complete(writing)
    return _compare_all(reading, writing, steps)


def _work(reading: Connection, tables: list[Table]) -> int:
    """Rows to go through: each of the file's rows copied then compared, each row of its
    trigger-kept tables and search indexes compared."""
    def rows(name: str) -> int:
        return reading.scalar(select(func.count()).select_from(table(name)))

    copied = sum(rows(t.name) for t in tables)
    kept = sum(rows(name) for name in TRIGGER_KEPT)
    searched = rows(LIST_INDEX) + rows("catalog_item")
    return 2 * copied + kept + searched


def _copy_order() -> list[Table]:
    """The metadata's tables, the activities and what refers to them last: their triggers
    read the offices (owner names) and the catalog's action areas (area masks), which must
    be there first; an action area copied after the links would update every linked
    activity's list row once per area row."""
    tables = SQLModel.metadata.sorted_tables
    late = {"activity"} | {t.name for t in tables
                           if any(key.column.table.name == "activity" for key in t.foreign_keys)}
    return sorted(tables, key=lambda t: t.name in late)  # stable: FK order otherwise


def _source_rows(model_table: Table) -> Select:
    """The file's rows in key order; activities in the order of their list index ids, so
    the server's triggers number the list index (and the search rows) as the file does."""
    if model_table.name != "activity":
        return select(model_table).order_by(*model_table.primary_key.columns)
    index = table(LIST_INDEX, column("id"), column("uuid"))
    joined = model_table.outerjoin(index, index.c.uuid == model_table.c.uuid)
    return select(model_table).select_from(joined).order_by(index.c.id, model_table.c.uuid)


def _copy_table(reading: Connection, writing: Connection, model_table: Table,
                steps: _Steps) -> None:
    """COPY the table's rows to the server, values bound as the columns store them (UTC
    times without their zone, as UTCDateTime writes them)."""
    from psycopg import sql

    columns = list(model_table.columns)
    bind = [c.type.bind_processor(writing.dialect) for c in columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model_table.name), sql.SQL(", ").join(sql.Identifier(c.name)
                                                             for c in columns))
    driver = writing.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for rows in _batches(reading, _source_rows(model_table)):
                for row in rows:
                    copy.write_row([value if process is None else process(value)
                                    for process, value in zip(bind, row, strict=True)])
                steps.advance(len(rows), model_table.name)
    except (DBAPIError, _driver_error(), ValueError) as error:
        # ValueError: a value of the file its column cannot be read as (a date, say).
        raise TransferError("copy_failed", model_table.name, detail=_message(error)) from error


def _complete(writing: Connection) -> None:
    """What the copy does not write: the catalog's search index, the id sequences past the
    copied ids; then every deferred foreign key checked now, before the comparison."""
    try:
        rebuild_catalog_search(writing)
        _reset_sequences(writing)
        writing.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
    except (DBAPIError, _driver_error()) as error:
        raise TransferError("copy_failed", detail=_message(error)) from error


def _reset_sequences(writing: Connection) -> None:
    """Each serial or identity column's next value after the highest copied one."""
    owned = writing.exec_driver_sql("""
        SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name),
                                                               column_name)
        FROM information_schema.columns WHERE table_schema = current_schema()""").all()
    for table_name, column_name, sequence in owned:
        if sequence is not None:
            writing.execute(text(
                f'SELECT setval(:sequence, coalesce(max("{column_name}"), 0) + 1, false) '
                f'FROM "{table_name}"'), {"sequence": sequence})


def _driver_error() -> type[Exception]:
    import psycopg

    return psycopg.Error


def _message(error: Exception) -> str:
    """The server's own message, first line (no statement, no parameters)."""
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(
        original).__name__


# --- the comparison -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Comparison:
    """One table's rows on each side, in the same order; key_width leading columns key it."""

    name: str
    source: Select
    target: Select
    key_width: int


def _compare_all(reading: Connection, writing: Connection, steps: _Steps
                 ) -> tuple[TableCount, ...]:
    comparisons = [_model_comparison(t) for t in SQLModel.metadata.sorted_tables]
    comparisons += [_trigger_kept_comparison(reading, writing, name) for name in TRIGGER_KEPT]
    comparisons += [_search_comparison(name) for name in SEARCH_TABLES]
    return tuple(_compare(reading, writing, c, steps) for c in comparisons)


def _is_text(column_type: object) -> bool:
    """Whether a column holds text (SQLModel's AutoString wraps String)."""
    return isinstance(getattr(column_type, "impl_instance", column_type), String)


def _binary_order(columns: Sequence) -> list:
    """ORDER BY terms for the server: text by code point, as SQLite sorts it."""
    return [c.collate(BINARY_ORDER) if _is_text(c.type) else c for c in columns]


def _model_comparison(model_table: Table) -> _Comparison:
    key = list(model_table.primary_key.columns)
    rest = [c for c in model_table.columns if c not in key]
    return _Comparison(model_table.name, select(*key, *rest).order_by(*key),
                       select(*key, *rest).order_by(*_binary_order(key)), len(key))


def _reflected(connection: Connection, name: str, key: Sequence[str]) -> tuple[list, Table]:
    """The table as this database declares it (its own types read its values): key columns
    first, then the rest but the surrogate id."""
    reflected = Table(name, MetaData(), autoload_with=connection)
    columns = [reflected.c[k] for k in key]
    columns += [c for c in reflected.columns if c.name not in key and c.name != "id"]
    return columns, reflected


def _trigger_kept_comparison(reading: Connection, writing: Connection, name: str
                             ) -> _Comparison:
    key = TRIGGER_KEPT[name]
    source, _ = _reflected(reading, name, key)
    target, _ = _reflected(writing, name, key)
    if [c.name for c in source] != [c.name for c in target]:
        raise TransferError("different", name, column=",".join(c.name for c in target))
    width = len(key)
    return _Comparison(name, select(*source).order_by(*source[:width]),
                       select(*target).order_by(*_binary_order(target[:width])), width)


def _search_comparison(name: str) -> _Comparison:
    """The search indexes differ in kind (FTS5 in the file, tsvector rows on the server):
    compared by what each indexes, the activity or the catalog item of each row."""
    if name == "catalog_item_fts":
        code = column("code", String)
        return _Comparison(name, select(code).select_from(table(name)).order_by(code),
                           select(code).select_from(table(name))
                           .order_by(code.collate(BINARY_ORDER)), 1)
    index = table(LIST_INDEX, column("id"), column("uuid", String))
    search = table(name, column("rowid"), column("id"))
    source = (select(index.c.uuid).select_from(search.join(index, index.c.id == search.c.rowid))
              .order_by(index.c.uuid))
    target = (select(index.c.uuid).select_from(search.join(index, index.c.id == search.c.id))
              .order_by(index.c.uuid.collate(BINARY_ORDER)))
    return _Comparison(name, source, target, 1)


def _batches(connection: Connection, query: Select) -> Iterator[Sequence]:
    """The query's rows, CHUNK at a time (a server-side cursor on PostgreSQL)."""
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    yield from result.partitions()


def _rows(connection: Connection, query: Select) -> Iterator[tuple]:
    for rows in _batches(connection, query):
        yield from (tuple(_normal(value) for value in row) for row in rows)


def _normal(value: object) -> object:
    """A value as both databases' drivers give it alike: times as naive UTC (SQLite keeps
    no zone), booleans as 0/1 (a list index column may be read as either)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, bool):
        return int(value)
    return value


def _compare(reading: Connection, writing: Connection, comparison: _Comparison,
             steps: _Steps) -> TableCount:
    """Walk both sides in step; the first row that differs stops the move."""
    names = [c.name for c in comparison.source.selected_columns]
    counts = [0, 0]
    pairs = zip_longest(_rows(reading, comparison.source), _rows(writing, comparison.target))
    for number, (source, target) in enumerate(pairs, start=1):
        counts[0] += source is not None
        counts[1] += target is not None
        if source != target:
            _raise_difference(comparison, names, source, target)
        if number % CHUNK == 0:
            steps.advance(CHUNK, comparison.name)
    steps.advance(counts[0] % CHUNK, comparison.name)
    return TableCount(comparison.name, counts[0], counts[1])


def _raise_difference(comparison: _Comparison, names: list[str], source: tuple | None,
                      target: tuple | None) -> None:
    width = comparison.key_width
    if source is None or target is None or source[:width] != target[:width]:
        # A row on one side only: both run in key order, so the lower key is the one the
        # other side lacks (keys are never NULL).
        keys = [row[:width] for row in (source, target) if row is not None]
        raise TransferError("different", comparison.name, key=tuple(min(keys)))
    column_name = next(name for name, a, b in zip(names, source, target, strict=True)
                       if a != b)
    raise TransferError("different", comparison.name, key=tuple(source[:width]),
                        column=column_name)
