"""Plain SQL reads, alike on a SQLAlchemy session and on a read-only sqlite3 connection.

Importing SQLAlchemy and SQLModel and building the models costs about a second before a main
window could show. The read services of the first screen (db/catalog/browse.py,
db/activities/queries.py) run their SQL through a SqlReader, which a Database (its session's
connection) and a QuickReader (plain sqlite3) both give, so each read has one query whichever
library opened the file. db/installation/quick_start.py decides when a QuickReader may be
used.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

Params = Mapping[str, Any] | Sequence[Any] | None
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every SQLite database file


class SqlReader:
    """Runs plain SQL (named :parameters) on one open connection; dialect says which
    database it is ("sqlite" or "postgresql", db/storage/sql_dialect.py), for the few
    queries spelled differently there."""

    def __init__(self, execute: Callable[[str, Params], Any], dialect: str = "sqlite") -> None:
        self._execute = execute
        self.dialect = dialect

    def run(self, sql: str, params: Params = None) -> None:
        """A statement that returns no rows (a PRAGMA setting)."""
        self._execute(sql, params)

    def all(self, sql: str, params: Params = None) -> list:
        return list(self._execute(sql, params))

    def first(self, sql: str, params: Params = None):
        return next(iter(self._execute(sql, params)), None)

    def scalar(self, sql: str, params: Params = None):
        row = self.first(sql, params)
        return None if row is None else row[0]


class ReadSource(Protocol):
    """What the read services take: a Database, or a QuickReader before it is open."""

    def reading(self) -> AbstractContextManager[SqlReader]: ...


def sql_of(session) -> SqlReader:
    """Plain SQL on a SQLAlchemy session's connection, inside its transaction.

    On SQLite the statement goes to the driver as it is (sqlite3 reads :name itself, and
    skipping SQLAlchemy's text() saves its parsing on the list's hot paths); psycopg reads
    %(name)s, so on PostgreSQL text() translates the :name parameters.
    """
    from sqlalchemy import text  # here, not at the top: the quick start reads without it

    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return SqlReader(connection.exec_driver_sql)
    return SqlReader(lambda sql, params: connection.execute(text(sql), params or {}),
                     connection.dialect.name)


def sqlite_reader(connection: sqlite3.Connection) -> SqlReader:
    """Plain SQL on a sqlite3 connection (which takes no None for "no parameters")."""
    return SqlReader(lambda sql, params: connection.execute(sql, () if params is None
                                                            else params))


def in_list(column: str, name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """`column IN (:name_0, :name_1, ...)` and its parameters; FALSE for no values (SQLite
    reads an empty list, PostgreSQL does not)."""
    if not values:
        return "FALSE", {}
    names = [f"{name}_{number}" for number in range(len(values))]
    placeholders = ", ".join(f":{each}" for each in names)
    return f"{column} IN ({placeholders})", dict(zip(names, values, strict=True))


class QuickReader:
    """A query-only sqlite3 connection on a database that needs nothing done before reading.

    Used on one thread at a time: opened by the start-up worker, then handed to the GUI.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        # mode=rw: never creates the file; query_only refuses every change on this connection.
        self._connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                           check_same_thread=False)
        self._connection.execute("PRAGMA query_only = ON")
        self._connection.execute("PRAGMA busy_timeout = 5000")

    @contextmanager
    def reading(self) -> Iterator[SqlReader]:
        yield sqlite_reader(self._connection)

    def close(self) -> None:
        self._connection.close()
