"""Many new rows into one table: PostgreSQL's COPY, an executemany INSERT elsewhere.

An import at headquarters inserts tens of thousands of activities, links and history entries.
SQLAlchemy's executemany sends PostgreSQL one INSERT per row (pipelined): 1.0-1.2 s for the
40,000 links of a 20,000-activity package, where COPY takes a fraction of that. COPY skips
SQLAlchemy, so the rows are first made what an INSERT would have sent: the columns' Python
defaults filled in (a history entry's change_uuid), each value through its type's bind
processor (UTCDateTime turns an aware time into naive UTC). Triggers fire for COPY as for
INSERT, so the append-only history and the index triggers hold either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Column, Connection, Table, insert

from db.storage.sql_dialect import POSTGRESQL, dialect_of

# Fewer rows than this: one INSERT per row costs less than setting up a COPY.
COPY_FROM = 100


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict]) -> None:
    """Insert rows (dicts with the same keys) into table, in this connection's transaction."""
    if not rows:
        return
    if dialect_of(connection) != POSTGRESQL or len(rows) < COPY_FROM:
        connection.execute(insert(table), list(rows))
        return
    _copy(connection, table, rows)


def _python_defaults(table: Table, given: set[str]) -> dict[str, Callable[[], object]]:
    """The columns the rows leave out whose default SQLAlchemy computes in Python."""
    defaults = {}
    for column in table.columns:
        default = column.default
        if column.name in given or default is None or not (default.is_scalar or
                                                           default.is_callable):
            continue
        if default.is_callable:
            # SQLAlchemy wraps a callable default to take the execution context; a
            # model's defaults (new_uuid) do not look at it.
            defaults[column.name] = lambda arg=default.arg: arg(None)
        else:
            defaults[column.name] = lambda value=default.arg: value
    return defaults


def _processor(column: Column, connection: Connection) -> Callable[[object], object]:
    process = column.type.bind_processor(connection.dialect)
    return process or (lambda value: value)


def _copy(connection: Connection, table: Table, rows: Sequence[dict]) -> None:
    given = list(rows[0])
    defaults = _python_defaults(table, set(given))
    names = [*given, *defaults]
    processors = [_processor(table.c[name], connection) for name in names]
    quoted = ", ".join(connection.dialect.identifier_preparer.quote(name) for name in names)
    cursor = connection.connection.dbapi_connection.cursor()
    with cursor.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            values = [row[name] for name in given] + [make() for make in defaults.values()]
            copy.write_row([process(value) for process, value in zip(processors, values,
                                                                      strict=True)])
