"""Restoring a backup: the live database takes the backup's content after a backup of its own,
then is brought to this build's schema and catalog as opening it would."""

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
    BackupInfo,
    backup_contents,
    read_only_connection,
    take_backup,
)
from db.storage.database import Database, migrate
from db.storage.migrations import known_revisions, schema_head
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


def check_restorable(path: Path) -> str:
    """The schema revision of a backup this build can restore; raises BackupError (missing,
    damaged, not-tenpoint) or DatabaseTooNewError."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(str(path), "missing")
    try:
        with closing(read_only_connection(path)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(str(path), "damaged")
            revision, _office, _count = backup_contents(connection)
            written_by = decode_version(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise BackupError(str(path), "damaged") from error
    if revision is None:
        raise BackupError(str(path), "not-tenpoint")
    if revision not in known_revisions():
        raise DatabaseTooNewError(str(path), revision, schema_head(), written_by)
    return revision


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
    if newer, as opening the database would; the Database object stays usable.
    """
    backup_path = Path(backup_path)
    revision = check_restorable(backup_path)
    safety = take_backup(database.path, backup_dir, "restore", keep, protect=(backup_path,))
    _copy_into_live(backup_path, database.path)
    database.engine.dispose()  # pooled connections start afresh on the restored content
    migrate(database.engine, database.path, backup_dir, keep)
    load_catalog(database)
    return RestoreReport(backup_path, safety, revision, schema_head())
