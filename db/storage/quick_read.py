"""The first screen's reads without SQLAlchemy: plain SQL on a read-only sqlite3 connection.

Importing SQLAlchemy and SQLModel and building the models costs about a second before a main
window could show. The read services of the first screen (db/catalog/browse.py,
db/activities/queries.py) run their SQL through a SqlReader, which a Database (its session's
connection) and a QuickReader (plain sqlite3) both give, so each read has one query whichever
library opened the file. A QuickReader is only offered when the full opening would change
nothing the first screen shows: the schema is at this build's head and the catalog is loaded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from db.errors import TenpointDataError
from db.resources import catalog_dir, migrations_dir
from db.storage.local_disk import check_local_disk
from db.storage.schema_files import declared_head

SQLITE_HEADER = b"SQLite format 3\x00"
Params = Mapping[str, Any] | Sequence[Any] | None


class SqlReader:
    """Runs plain SQL (sqlite3's named :parameters) on one open connection."""

    def __init__(self, execute: Callable[[str, Params], Any]) -> None:
        self._execute = execute

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
    """Plain SQL on a SQLAlchemy session's connection, inside its transaction."""
    return SqlReader(session.connection().exec_driver_sql)


def in_list(column: str, name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """`column IN (:name_0, :name_1, ...)` and its parameters (SQLite allows an empty list)."""
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

    def _execute(self, sql: str, params: Params):
        return self._connection.execute(sql, () if params is None else params)

    @contextmanager
    def reading(self) -> Iterator[SqlReader]:
        yield SqlReader(self._execute)

    def close(self) -> None:
        self._connection.close()


def bundled_catalog_version(folder: Path | None = None) -> int:
    """The catalog version this build ships (resources/catalog/meta.json)."""
    meta = json.loads(((folder or catalog_dir()) / "meta.json").read_text(encoding="utf-8"))
    return int(meta["catalog_version"])


def open_quick_reader(path: Path, office_preset: bool = False) -> QuickReader | None:
    """A QuickReader when opening the database fully would change nothing the first screen
    shows; None when that opening must come first (and report what is wrong): no file or not
    SQLite, not on a local disk, a schema other than this build's head, a catalog to load, or
    (office_preset) an identity still to preset."""
    path = Path(path)
    try:
        check_local_disk(path)
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except (OSError, TenpointDataError):
        return None
    head = declared_head(migrations_dir() / "versions")
    if head is None:
        return None
    try:
        reader = QuickReader(path)
    except sqlite3.Error:
        return None
    try:
        if _ready_as_is(reader, head, office_preset):
            return reader
    except (sqlite3.Error, OSError, ValueError, KeyError):
        pass  # anything unexpected is for the full opening to handle and report
    reader.close()
    return None


def _ready_as_is(reader: QuickReader, head: str, office_preset: bool) -> bool:
    with reader.reading() as sql:
        revisions = sql.all("SELECT version_num FROM alembic_version")
        if [tuple(row) for row in revisions] != [(head,)]:
            return False
        catalog = sql.scalar("SELECT version FROM catalog_state WHERE id = 1")
        if catalog is None or catalog < bundled_catalog_version():
            return False
        return not office_preset or bool(
            sql.scalar("SELECT count(*) FROM office WHERE is_local = 1"))
