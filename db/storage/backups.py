"""Backups of the live database with SQLite's backup API: take, list and rotate them
(db/installation/restore.py checks and restores one). A server database's backups are pg_dump
files (db/storage/server_backups.py, whose back_up takes the kind an open database needs),
named alike and kept in the same folder: rotation and listing treat both kinds. This module
loads no SQLAlchemy: desktop/settings.py reads it before the first screen.

Backups are taken automatically before every import that changes something, schema
migration and restore, and on request. Rotation keeps the newest `keep` backups of every kind
together (manual ones included: one number to understand) and never deletes the backup just
taken, nor the one being restored from. Of the backups taken before imports, the newest
IMPORT_RECENT are kept and, older than those, only the last of each day: a headquarters
importing twenty packages a day keeps five copies of that day, not twenty (at 100,000
activities each copy is 256 MB). Files not named by Tenpoint are listed but never deleted.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Collection
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.errors import BackupError
from db.storage.local_office import read_local_office
from db.storage.quick_read import sqlite_reader

DEFAULT_KEEP = 20
IMPORT_RECENT = 5  # import backups kept whatever their day; older ones: the last of each day
REASONS = ("manual", "import", "migration", "restore")
PREFIX = "tenpoint"
SUFFIX = ".sqlite"
DUMP_SUFFIX = ".pgdump"  # a server database's backup (db/storage/server_backups.py)
SUFFIXES = (SUFFIX, DUMP_SUFFIX)
DUMP_HEADER = b"PGDMP"  # the first bytes of every pg_dump custom-format file
PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 3600  # an older temporary copy belongs to a process that died
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# tenpoint-20260301T101500123456Z-import.sqlite; builds before this module wrote
# <stem>-20260301T101500Z-schema-0001.sqlite before a migration.
NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)-(?P<reason>[a-z]+)")
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: what its name says and what the file itself holds."""

    path: Path
    taken_at: datetime  # UTC
    reason: str  # manual, import, migration, restore; "other" for a file named otherwise
    size: int
    schema_revision: str | None = None
    office_name: str | None = None
    activity_count: int | None = None
    damaged: bool = False
    tenpoint_named: bool = True  # named by Tenpoint, so rotation may delete it


# --- taking ------------------------------------------------------------------------------
def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (nor create the file), for copying and inspecting."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return connection


def backup_name(backup_dir: Path, reason: str, now: datetime, suffix: str = SUFFIX) -> Path:
    """The name of a backup taken now for reason: a file that does not exist yet."""
    stamp = now.astimezone(UTC)
    while True:  # two backups in one microsecond must not overwrite each other
        path = backup_dir / f"{PREFIX}-{stamp.strftime(STAMP_FORMAT)}-{reason}{suffix}"
        if not path.exists():
            return path
        stamp = stamp.replace(microsecond=(stamp.microsecond + 1) % 1_000_000)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_database(source: Path, target: Path) -> Path:
    """A self-contained, checked copy of a live database, written under a temporary name and
    renamed, so a half-written copy never carries a backup's name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}{PARTIAL}-{os.getpid()}")
    try:
        with closing(read_only_connection(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)  # one step: a consistent snapshot even while others write (WAL)
            # The copy carries the live file's WAL flag; one file without -wal/-shm is simpler
            # to keep, move and open read-only.
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(str(target), "copy-damaged")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(target.parent)
    return target


def take_backup(database_file: Path, backup_dir: Path, reason: str,
                keep: int | None = DEFAULT_KEEP, now: datetime | None = None,
                protect: Collection[Path] = ()) -> BackupInfo:
    """Back the database file up into backup_dir, then rotate (keep None: no rotation, e.g.
    for a copy to a folder of the person's choice; protect: files rotation never deletes)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    backup_dir = Path(backup_dir)
    target = backup_name(backup_dir, reason, now or datetime.now(UTC))
    copy_database(Path(database_file), target)
    info = inspect_backup(target)
    if keep is not None:
        rotate(backup_dir, keep, protect=(target, *protect))
    return info


class BackgroundBackup:
    """take_backup in a thread: copying 256 MB takes 0.6 s, which an import spends reading
    and planning meanwhile (SQLite copies without holding Python's lock). wait() returns the
    backup, or raises what taking it raised."""

    def __init__(self, database_file: Path, backup_dir: Path, reason: str,
                 keep: int | None = DEFAULT_KEEP) -> None:
        self._result: BackupInfo | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(database_file, backup_dir, reason, keep),
            name="backup", daemon=True)
        self._thread.start()

    def _run(self, database_file: Path, backup_dir: Path, reason: str,
             keep: int | None) -> None:
        try:
            self._result = take_backup(database_file, backup_dir, reason, keep)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            self._error = error

    def wait(self) -> BackupInfo:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def rotate(backup_dir: Path, keep: int, protect: Collection[Path] = ()) -> list[Path]:
    """Delete Tenpoint's backups beyond the newest keep (at least one stays); returns them."""
    _remove_stale_partials(backup_dir)
    protected = {Path(p).resolve() for p in protect}
    thinned = _thin_imports(backup_dir, protected)
    named = _named_files(backup_dir)
    others = sorted((b for b in named if b[0].resolve() not in protected),
                    key=lambda b: b[1], reverse=True)
    room = max(keep, 1) - (len(named) - len(others))
    deleted = []
    for path, _taken_at in others[max(room, 0):]:
        path.unlink(missing_ok=True)
        deleted.append(path)
    return thinned + deleted


def _thin_imports(backup_dir: Path, protected: set[Path]) -> list[Path]:
    """Deletes the import backups beyond the newest IMPORT_RECENT that are not the last of
    their (UTC) day; returns them."""
    imports = sorted(((path, taken_at) for path, taken_at in _named_files(backup_dir)
                      if path.resolve() not in protected
                      and _parse_name(path)[1] == "import"),
                     key=lambda b: b[1], reverse=True)
    days_kept, deleted = set(), []
    for path, taken_at in imports[IMPORT_RECENT:]:
        if taken_at.date() in days_kept or any(
                newer.date() == taken_at.date() for _p, newer in imports[:IMPORT_RECENT]):
            path.unlink(missing_ok=True)
            deleted.append(path)
        days_kept.add(taken_at.date())
    return deleted


def _remove_stale_partials(backup_dir: Path) -> None:
    limit = time.time() - STALE_PARTIAL_SECONDS
    for path in backup_dir.glob(f".*{PARTIAL}-*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:  # another process finished or removed it meanwhile
            pass


# --- listing -----------------------------------------------------------------------------
def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = NAME.match(path.name)
    if not match:
        return None
    stamp = match["stamp"]
    fmt = STAMP_FORMAT if len(stamp) == len("20260301T101500123456Z") else "%Y%m%dT%H%M%SZ"
    taken_at = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
    reason = "migration" if match["reason"] == "schema" else match["reason"]
    return taken_at, reason if reason in REASONS else "other"


def _named_files(backup_dir: Path) -> list[tuple[Path, datetime]]:
    found = []
    for path in _candidates(backup_dir):
        parsed = _parse_name(path)
        if parsed is not None:
            found.append((path, parsed[0]))
    return found


def _candidates(backup_dir: Path) -> list[Path]:
    if not Path(backup_dir).is_dir():
        return []
    return [p for p in Path(backup_dir).iterdir()
            if p.suffix in SUFFIXES and p.is_file() and not p.name.startswith(".")]


def backup_contents(connection: sqlite3.Connection
                    ) -> tuple[str | None, str | None, int | None]:
    """(schema revision, office name, live activities) of the database on connection."""
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = office = count = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "office" in tables:
        local = read_local_office(sqlite_reader(connection))
        office = local.name if local else None
    if "activity" in tables:
        count = connection.execute(
            "SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()[0]
    return revision, office, count


def inspect_backup(path: Path) -> BackupInfo:
    """What one backup file holds; an unreadable file is reported damaged, never raised.

    Of a server's dump only what its name and size say, and whether it starts as pg_dump's
    files do: its content is read by pg_restore alone, too slow for a listing.
    """
    path = Path(path)
    parsed = _parse_name(path)
    size = path.stat().st_size
    taken_at, reason = parsed or (datetime.fromtimestamp(path.stat().st_mtime, UTC), "other")
    base = BackupInfo(path, taken_at, reason, size, tenpoint_named=parsed is not None)
    if path.suffix == DUMP_SUFFIX:
        return BackupInfo(**{**base.__dict__, "damaged": not _is_dump(path)})
    try:
        with closing(read_only_connection(path)) as connection:
            revision, office, count = backup_contents(connection)
    except sqlite3.DatabaseError:
        return BackupInfo(**{**base.__dict__, "damaged": True})
    return BackupInfo(**{**base.__dict__, "schema_revision": revision, "office_name": office,
                         "activity_count": count, "damaged": revision is None})


def _is_dump(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(DUMP_HEADER)) == DUMP_HEADER


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first."""
    infos = []
    for path in _candidates(backup_dir):
        try:
            infos.append(inspect_backup(path))
        except FileNotFoundError:  # rotated away by another process while listing
            continue
    return sorted(infos, key=lambda info: info.taken_at, reverse=True)
