"""Restoring a backup: the live database takes the backup's content after a backup of its own,
then is brought to this build's schema and catalog as opening it would. A SQLite file takes
a SQLite backup; a server database takes a pg_dump of one (db/storage/server_backups.py)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db.catalog.loader import load_catalog
from db.errors import BackupError, DatabaseTooNewError
from db.storage.backups import (
    BUSY_TIMEOUT_MS,
    DEFAULT_KEEP,
    DUMP_SUFFIX,
    BackupInfo,
    backup_contents,
    read_only_connection,
    take_backup,
)
from db.storage.database import Database, migrate, migrate_schema
from db.storage.migrations import known_revisions, schema_head
from db.storage.server_backups import dump_contents, load_dump, take_server_backup
from db.storage.version_stamp import decode_version


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the safety backup of the state replaced, and the schema step."""

    restored_from: Path
    safety_backup: BackupInfo
    from_revision: str
    to_revision: str

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def is_server_backup(path: Path) -> bool:
    """Whether the file is a server's dump rather than a SQLite file's backup (by its name,
    as Tenpoint writes them)."""
    return Path(path).suffix == DUMP_SUFFIX


def check_restorable(path: Path) -> str:
    """The schema revision of a backup this build can restore; raises BackupError (missing,
    damaged, not-tenpoint) or DatabaseTooNewError."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(str(path), "missing")
    revision, written_by = (dump_contents(path) if is_server_backup(path)
                            else _sqlite_contents(path))
    if revision is None:
        raise BackupError(str(path), "not-tenpoint")
    if revision not in known_revisions():
        raise DatabaseTooNewError(str(path), revision, schema_head(), written_by)
    return revision


def _sqlite_contents(path: Path) -> tuple[str | None, str | None]:
    """(schema revision, version that last opened it) of a SQLite backup, checked whole."""
    try:
        with closing(read_only_connection(path)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(str(path), "damaged")
            revision, _office, _count = backup_contents(connection)
            written_by = decode_version(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise BackupError(str(path), "damaged") from error
    return revision, written_by


def _copy_into_live(backup_path: Path, live_path: Path) -> None:
    """The backup's pages written into the live file in one transaction: readers see the old
    state or the restored one, and a crash leaves one of the two."""
    with closing(read_only_connection(backup_path)) as src, \
            closing(sqlite3.connect(live_path)) as live:
        live.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        live.execute("PRAGMA synchronous=FULL")  # per connection: as durable as any commit
        src.backup(live)


def restore_backup(database: Database, backup_path: Path, backup_dir: Path,
                   keep: int = DEFAULT_KEEP) -> RestoreReport:
    """Replace the live database's content by a backup's, after a backup of the current state.

    A backup from an older schema is migrated after the copy, and the bundled catalog loaded
    if newer, as opening the database would; the Database object stays usable. A server
    database is restored by restore_server_backup. BackupError other-kind when the backup is
    of the other kind of database.
    """
    backup_path = Path(backup_path)
    _check_kind(database, backup_path)
    revision = check_restorable(backup_path)
    if database.is_server:
        return _restore_dump(database, backup_path, backup_dir, keep, revision)
    safety = take_backup(database.path, backup_dir, "restore", keep, protect=(backup_path,))
    _copy_into_live(backup_path, database.path)
    database.engine.dispose()  # pooled connections start afresh on the restored content
    migrate(database.engine, database.path, backup_dir, keep)
    load_catalog(database)
    return RestoreReport(backup_path, safety, revision, schema_head())


def restore_server_backup(database: Database, dump: Path, backup_dir: Path,
                          keep: int = DEFAULT_KEEP) -> RestoreReport:
    """Replace a server database's content by a dump's, after a dump of the current state.

    The dump is loaded in one transaction (db/storage/server_backups.py load_dump): other
    officers see the old state or the restored one; their next action reads the restored one.
    An older schema is migrated and the catalog loaded as for a SQLite file.
    """
    dump = Path(dump)
    if not database.is_server:
        raise BackupError(str(dump), "other-kind")
    _check_kind(database, dump)
    revision = check_restorable(dump)
    return _restore_dump(database, dump, backup_dir, keep, revision)


def _check_kind(database: Database, path: Path) -> None:
    """BackupError other-kind for a backup of the other kind of database, before any tool
    reads it (a field office has no pg_restore)."""
    if path.is_file() and is_server_backup(path) != database.is_server:
        raise BackupError(str(path), "other-kind")


def _restore_dump(database: Database, dump: Path, backup_dir: Path, keep: int,
                  revision: str) -> RestoreReport:
    safety = take_server_backup(database.url, backup_dir, "restore", keep, protect=(dump,))
    database.engine.dispose()  # none of this installation's connections waits in the way
    load_dump(database.url, dump)
    # The migration's own backup (a dump of the restored state) must not rotate away the
    # dump restored nor the safety backup.
    migrate_schema(database.engine, database.location, lambda: take_server_backup(
        database.url, backup_dir, "migration", keep, protect=(dump, safety.path)).path)
    load_catalog(database)
    return RestoreReport(dump, safety, revision, schema_head())
