"""Opening the database (the embedded SQLite file, or a headquarters' PostgreSQL server):
durable settings, and schema migration after a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlmodel import Session

from db.errors import DatabaseTooNewError, NotADatabaseError
from db.storage.backups import DEFAULT_KEEP, take_backup
from db.storage.local_disk import check_local_disk
from db.storage.migrations import known_revisions, schema_head, stored_revision, upgrade
from db.storage.quick_read import SQLITE_HEADER, SqlReader, sql_of
from db.storage.schema_files import MIGRATIONS_DIR, declared_head
from db.storage.server import (
    display_url,
    is_server,
    is_server_url,
    make_server_engine,
    take_write_lock,
)
from db.storage.version_stamp import read_version_stamp, write_version_stamp

CACHE_KIB = 32 * 1024  # per connection, at most; a field office's database is smaller


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Per-connection settings, chosen for durability over speed.

    WAL lets the GUI read while a worker writes; synchronous=FULL syncs the WAL on every
    commit (about 0.4 ms here), where NORMAL could lose the last commits on power loss.
    The page cache is sized for headquarters work (CACHE_KIB): SQLite's default 2 MB holds a
    fraction of the pages one import of 20,000 activities writes (the activities, their list
    index with its twelve indexes, the full-text index); pages pushed out of the cache are
    written to the WAL early and read back.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB:d}")  # negative: KiB, grown only as used
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the database file with Tenpoint's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(str(path), "not-sqlite")


def current_revision(engine: Engine, path: Path | str) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    with engine.connect() as connection:
        revision = stored_revision(connection)
        if revision is None and inspect(connection).get_table_names():
            raise NotADatabaseError(str(path), "no-schema-version")
    return revision


def _stored_revision(engine: Engine) -> str | None:
    """alembic_version's single row read with plain SQL; None if absent or not single."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


@dataclass
class MigrationReport:
    """What opening the database did to its schema."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def migrate(engine: Engine, path: Path, backup_dir: Path,
            keep_backups: int = DEFAULT_KEEP) -> MigrationReport:
    """Bring the SQLite file's schema to this build's head; back the file up first unless it
    is new (keep_backups: how many backups rotation keeps, see db/storage/backups.py)."""
    return migrate_schema(engine, str(path),
                    lambda: take_backup(path, backup_dir, "migration", keep_backups).path)


def migrate_schema(engine: Engine, label: str,
                   backup: Callable[[], Path | None]) -> MigrationReport:
    """Bring the schema to this build's head, calling backup() first unless it is new.
    alembic is imported only when the schema is not at the head already (schema_files.py).

    On a server several officers may open an old schema at once: the first to take the
    write lock migrates, the others find the head when they get it (DDL is transactional
    there, so a failed migration leaves the old schema whole).
    """
    quick_head = declared_head(MIGRATIONS_DIR / "versions")
    if quick_head is not None and _stored_revision(engine) == quick_head:
        return MigrationReport(quick_head, quick_head, None)
    head = schema_head()
    found = current_revision(engine, label)
    if found is not None and found not in known_revisions():
        raise DatabaseTooNewError(label, found, head, read_version_stamp(engine))
    if found == head:
        return MigrationReport(found, head, None)
    backup_path = backup() if found is not None else None
    with engine.begin() as connection:
        take_write_lock(connection)
        found = stored_revision(connection)
        if found != head:
            upgrade(connection, head)
    return MigrationReport(found, head, backup_path)


class Database:
    """An open Tenpoint database; services take one and open short sessions on it.

    path is the SQLite file, None on a server; folder is this installation's data folder
    (its signing key, backups and logs), on a server too; location names the database for
    people (the file, or the URL without its password).
    """

    def __init__(self, path: Path | None, engine: Engine, migration: MigrationReport,
                 folder: Path | None = None, url: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self.url = url
        self.folder = folder if folder is not None else Path(path).parent

    @property
    def is_server(self) -> bool:
        """Whether this is a shared PostgreSQL database rather than this computer's file."""
        return is_server(self.engine)

    @property
    def location(self) -> str:
        return display_url(self.url) if self.url else str(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work in one transaction: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[SqlReader]:
        """Plain SQL reads on one session's connection (the read services' shared queries)."""
        with self.session() as session:
            yield sql_of(session)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: Path | str, backup_dir: Path | None = None,
                  app_version: str | None = None,
                  keep_backups: int = DEFAULT_KEEP, folder: Path | None = None) -> Database:
    """Open (creating or migrating as needed) the database at target: a SQLite file's path,
    or a PostgreSQL URL (db/storage/server.py).

    app_version, when given, is recorded in the database so that an older build refusing it
    can say which version to install. A folder on a network share is refused
    (NetworkShareError): SQLite's locks and syncs cannot be trusted there. folder is the data
    folder (keys, backups); a file's defaults to the one it is in.
    """
    if is_server_url(target):
        return _open_server(str(target), backup_dir, app_version, keep_backups, folder)
    path = Path(target)
    check_local_disk(path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        _check_is_sqlite(path)
    engine = make_engine(path)
    try:
        report = migrate(engine, path, backup_dir or path.parent / "backups", keep_backups)
        if app_version:
            write_version_stamp(engine, app_version)
    except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the file's damage
        engine.dispose()
        raise NotADatabaseError(str(path), "unreadable") from exc
    except Exception:
        engine.dispose()
        raise
    return Database(path, engine, report, folder=folder)


def _open_server(url: str, backup_dir: Path | None, app_version: str | None,
                 keep_backups: int, folder: Path | None) -> Database:
    """Open a PostgreSQL database, migrating it after a pg_dump backup into backup_dir."""
    from db.storage.server_backups import take_server_backup

    folder = folder or (backup_dir.parent if backup_dir else Path.cwd())
    backups = backup_dir or folder / "backups"
    engine = make_server_engine(url)
    try:
        report = migrate_schema(engine, display_url(url), lambda: take_server_backup(
            url, backups, "migration", keep_backups).path)
        if app_version:
            write_version_stamp(engine, app_version)
    except Exception:
        engine.dispose()
        raise
    return Database(None, engine, report, folder=folder, url=url)
