"""Backups of a PostgreSQL headquarters database with the server's own tools: pg_dump before
a migration, a restore and on demand; pg_restore and psql to put one back. Imports take none
on a server: each is one transaction, and the server's continuous backups are its
administrator's (docs/install.md).

A dump is named as a SQLite backup is, with its own suffix (db/storage/backups.py), so that
one folder, one rotation and one listing hold both kinds; back_up takes whichever kind an
open Database needs.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Collection
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BackupError, ServerBackupError
from db.storage.backups import (
    DEFAULT_KEEP,
    DUMP_SUFFIX,
    REASONS,
    BackupInfo,
    backup_name,
    inspect_backup,
    rotate,
    take_backup,
)
from db.storage.server import engine_url
from db.storage.version_stamp import decode_version, stamp_of_comment

if TYPE_CHECKING:  # database.py opens a server through this module
    from db.storage.database import Database

SUFFIX = DUMP_SUFFIX
TOOL_FOLDERS = ("/usr/lib/postgresql", "C:/Program Files/PostgreSQL", "/Library/PostgreSQL",
                "/opt/homebrew/opt")
ENVIRONMENT = {"PGAPPNAME": "tenpoint-backup"}  # how pg_stat_activity names the tools

# The restore first removes every object of Tenpoint's in the database's schema (tables with
# their indexes, triggers and sequences; the trigger functions; the nocase collation), so that
# a dump of an older schema comes back whole for the migrations to bring forward, and nothing
# of the replaced state is left over. Extensions stay (unaccent may need a superuser to
# create), and so does whatever they own.
# Names are read as text before the first drop: a regclass of a dropped object (a sequence
# its table took along) would read as a bare number.
CLEAN_SQL = """
SET client_min_messages = warning;
DO $clean$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT c.oid::regclass::text AS name, c.relkind FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.relkind = 'S'
    LOOP
        EXECUTE format('DROP %s IF EXISTS %s CASCADE', CASE item.relkind
            WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
            WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, item.name);
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure::text AS name FROM pg_proc p
            WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind IN ('f', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', item.name);
    END LOOP;
    FOR item IN SELECT t.oid::regtype::text AS name FROM pg_type t
            WHERE t.typnamespace = current_schema()::regnamespace
              AND t.typtype IN ('e', 'd', 'r')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                              AND d.objid = t.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP TYPE IF EXISTS %s CASCADE', item.name);
    END LOOP;
    FOR item IN SELECT format('%I.%I', current_schema(), c.collname) AS name
            FROM pg_collation c WHERE c.collnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_collation'::regclass
                              AND d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP COLLATION IF EXISTS %s CASCADE', item.name);
    END LOOP;
END $clean$"""
# Entries of a dump's table of contents the restore leaves out: an extension's comment can be
# set only by its owner (often a superuser), and the extension is kept as it is anyway.
SKIPPED_ENTRIES = re.compile(r"^\d+; \d+ \d+ COMMENT - EXTENSION ")
VERSION_ROWS = re.compile(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(.*?)^\\\.$",
                          re.MULTILINE | re.DOTALL)
VERSION_COMMENT = re.compile(r"^COMMENT ON TABLE \S*alembic_version IS '((?:[^']|'')*)';",
                             re.MULTILINE)


def find_tool(name: str) -> str:
    """pg_dump, pg_restore or psql: on PATH, else the newest under the usual install folders
    (a newer pg_dump reads an older server; an older one refuses a newer server)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = []
    for root in TOOL_FOLDERS:
        candidates += Path(root).glob(f"*/bin/{name}") if Path(root).is_dir() else []
    if not candidates:
        raise ServerBackupError("no-tool", name)
    return str(max(candidates, key=lambda p: _version_key(p.parent.parent.name)))


def _beside(tool: str, name: str) -> str:
    """The program name of the installation tool comes from (psql runs what that pg_restore
    writes: a psql of another version may not read its meta-commands), else found alone."""
    companion = Path(tool).with_name(name + Path(tool).suffix)
    return str(companion) if companion.is_file() else find_tool(name)


def _version_key(name: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in name.split("."))


def libpq_url(url: str) -> str:
    """The URL as libpq's tools take it (no SQLAlchemy driver name)."""
    return engine_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _run(tool: str, arguments: list[str], failure: str) -> str:
    """The tool's output; ServerBackupError(failure) with what it printed when it fails."""
    result = subprocess.run([find_tool(tool), *arguments], capture_output=True, text=True,
                            env={**os.environ, **ENVIRONMENT}, check=False)
    if result.returncode != 0:
        raise ServerBackupError(failure, result.stderr.strip()[-2000:])
    return result.stdout


# --- taking ------------------------------------------------------------------------------
def take_server_backup(url: str, backup_dir: Path, reason: str,
                       keep: int | None = DEFAULT_KEEP, now: datetime | None = None,
                       protect: Collection[Path] = ()) -> BackupInfo:
    """Dump the database into backup_dir (pg_dump's custom format, one consistent snapshot
    while others keep working), written under a temporary name and renamed; then rotate
    (keep None: no rotation; protect: files rotation never deletes)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_name(backup_dir, reason, now or datetime.now(UTC), SUFFIX)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        _run("pg_dump", ["--format=custom", "--no-owner", f"--file={partial}",
                         f"--dbname={libpq_url(url)}"], "dump-failed")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    info = inspect_backup(target)
    if keep is not None:
        rotate(backup_dir, keep, protect=(target, *protect))
    return info


def back_up(database: Database, backup_dir: Path, reason: str, keep: int | None = DEFAULT_KEEP,
            now: datetime | None = None, protect: Collection[Path] = ()) -> BackupInfo:
    """Back an open Database up, whichever it is: a copy of its SQLite file, or a dump of its
    server database (arguments as db/storage/backups.py take_backup's)."""
    if database.is_server:
        return take_server_backup(database.url, backup_dir, reason, keep, now, protect)
    return take_backup(database.path, backup_dir, reason, keep, now, protect)


# --- checking ----------------------------------------------------------------------------
def dump_contents(dump: Path) -> tuple[str | None, str | None]:
    """(schema revision, version that last opened it) of a dump, read with pg_restore;
    BackupError missing or damaged when there is no dump to read."""
    dump = Path(dump)
    if not dump.is_file():
        raise BackupError(str(dump), "missing")
    try:
        _run("pg_restore", ["--list", str(dump)], "restore-failed")  # reads the whole index
        script = _run("pg_restore", ["--table=alembic_version", "--file=-", str(dump)],
                      "restore-failed")
    except ServerBackupError as error:
        if error.code == "no-tool":
            raise
        raise BackupError(str(dump), "damaged") from error
    rows = VERSION_ROWS.search(script)
    revisions = rows[1].split() if rows else []
    comment = VERSION_COMMENT.search(script)
    stamp = stamp_of_comment(comment[1].replace("''", "'") if comment else None)
    return (revisions[0] if len(revisions) == 1 else None), decode_version(stamp)


# --- restoring ---------------------------------------------------------------------------
def load_dump(url: str, dump: Path) -> None:
    """Replace what the database at url holds by the dump's content, in one transaction: if
    anything fails, the database is left as it was.

    pg_restore writes the dump as SQL, which psql runs after CLEAN_SQL in a single
    transaction. The script is passed on here rather than piped, so that psql is stopped,
    before it could commit, when pg_restore fails half-way (a damaged dump).
    """
    pg_restore = find_tool("pg_restore")
    with tempfile.TemporaryDirectory(prefix="tenpoint-restore-") as scratch:
        entries = Path(scratch) / "entries.list"
        entries.write_text(_restored_entries(dump), encoding="utf-8")
        logs = Path(scratch) / "pg_restore.log", Path(scratch) / "psql.log"
        with logs[0].open("w+") as reader_log, logs[1].open("w+") as writer_log:
            environment = {**os.environ, **ENVIRONMENT}
            reader = subprocess.Popen(
                [pg_restore, "--no-owner", f"--use-list={entries}", "--file=-", str(dump)],
                stdout=subprocess.PIPE, stderr=reader_log, env=environment)
            writer = subprocess.Popen(
                [_beside(pg_restore, "psql"), "--no-psqlrc", "--quiet", "--single-transaction",
                 "--set=ON_ERROR_STOP=1", f"--command={CLEAN_SQL}", "--file=-",
                 f"--dbname={libpq_url(url)}"], stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL, stderr=writer_log, env=environment)
            stopped = _pass_on(reader, writer)
            failed = _failure(stopped, reader_log if stopped is reader else writer_log)
    if failed:
        raise ServerBackupError("restore-failed", failed)


def _restored_entries(dump: Path) -> str:
    """The dump's table of contents without SKIPPED_ENTRIES (for pg_restore --use-list)."""
    listing = _run("pg_restore", ["--list", str(dump)], "restore-failed")
    return "".join(line for line in listing.splitlines(keepends=True)
                   if not SKIPPED_ENTRIES.match(line))


def _pass_on(reader: subprocess.Popen, writer: subprocess.Popen) -> subprocess.Popen:
    """Copy the script from pg_restore to psql; psql's input is closed (and so the
    transaction committed) only when pg_restore wrote it whole. Returns the process whose
    end decides the outcome: psql's, or pg_restore's when that failed first."""
    try:
        shutil.copyfileobj(reader.stdout, writer.stdin, 1024 * 1024)
    except BrokenPipeError:  # psql stopped at an error: the rest is not needed
        reader.kill()
        reader.wait()
        writer.wait()
        return writer
    finally:
        reader.stdout.close()
    if reader.wait() != 0:
        writer.kill()  # its transaction is rolled back with its connection
        writer.wait()
        return reader
    with contextlib.suppress(BrokenPipeError):  # psql may have stopped at its last line
        writer.stdin.close()
    writer.wait()
    return writer


def _failure(process: subprocess.Popen, log) -> str:
    """What a failed tool printed ("" when it succeeded)."""
    if process.returncode == 0:
        return ""
    log.seek(0)
    return log.read().strip()[-2000:] or f"exit status {process.returncode}"
