"""Opening the SQLite database: durable settings, and schema migration after a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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


def current_revision(engine: Engine, path: Path) -> str | None:
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
    """Bring the schema to this build's head; back the file up first unless it is new
    (keep_backups: how many backups rotation keeps, see db/storage/backups.py). alembic is
    imported only when the schema is not at the head already (see schema_files.py)."""
    quick_head = declared_head(MIGRATIONS_DIR / "versions")
    if quick_head is not None and _stored_revision(engine) == quick_head:
        return MigrationReport(quick_head, quick_head, None)
    head = schema_head()
    found = current_revision(engine, path)
    if found is not None and found not in known_revisions():
        raise DatabaseTooNewError(str(path), found, head, read_version_stamp(engine))
    if found == head:
        return MigrationReport(found, head, None)
    backup = None
    if found is not None:
        backup = take_backup(path, backup_dir, "migration", keep_backups).path
    with engine.begin() as connection:
        upgrade(connection, head)
    return MigrationReport(found, head, backup)


class Database:
    """An open Tenpoint database; services take one and open short sessions on it."""

    def __init__(self, path: Path, engine: Engine, migration: MigrationReport) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration

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


def open_database(path: Path, backup_dir: Path | None = None,
                  app_version: str | None = None,
                  keep_backups: int = DEFAULT_KEEP) -> Database:
    """Open (creating or migrating as needed) the database at path.

    app_version, when given, is recorded in the file so that an older build refusing it can
    say which version to install. A folder on a network share is refused (NetworkShareError):
    SQLite's locks and syncs cannot be trusted there.
    """
    path = Path(path)
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
    return Database(path, engine, report)
