"""Importing packages: read and check every file, preview the merge, apply it in one transaction.

`preview_import` runs exactly the merge `apply_import` runs, inside a transaction it rolls
back, so the preview's counts are the ones applying will produce. A package with any rejected
row is left out whole unless the person explicitly chooses to import only the valid rows,
which also writes an error workbook listing the rejected ones.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from db.installation.signing import own_public_key, registered_key
from db.models import Office, SyncPackage, utc_now
from db.storage.backups import DEFAULT_KEEP, BackgroundBackup
from db.storage.database import Database
from db.storage.local_office import require_local_office
from db.storage.quick_read import in_list, sql_of
from db.storage.server import announce_change, is_server, take_write_lock
from db.storage.sql_dialect import POSTGRESQL, json_value
from db.sync.activity_plan import ActivityPlan, rejected_plan
from db.sync.bulk_index import refresh_list_statistics
from db.sync.errors import PackageFileError
from db.sync.merge_rule import UNCHANGED
from db.sync.package_merge import PackageMerge
from db.sync.read_store import (
    SPILL_FROM,
    activity_ids,
    file_digest,
    merge_key,
    read_ahead,
    read_spilled,
    stop_reading,
    unspilled,
)
from db.sync.records import catalog_version
from db.sync.signatures import (
    NEEDS_ACCEPT_UNSIGNED,
    NEW_KEY,
    UNSIGNED,
    VERIFIED,
    SignatureCheck,
    check_signature,
    record_confirmed_key,
    refusal,
)
from exporters import layout, problems
from exporters.error_workbook import write_error_workbook
from exporters.errors import OperationCancelled, PackageWriteError
from exporters.isolated_read import prestart, read_packages_isolated
from exporters.problems import Problem
from exporters.progress import Cancelled, Progress, never_cancelled, no_progress
from exporters.reader import ReadPackage, RejectedRow, RowCount
from exporters.records import KIND_HQ_UPDATE, KIND_OFFICE, Manifest, PackageContent
from exporters.signature import fingerprint
from exporters.wording import ENGLISH, ReadingWords, Wording

ACCEPTED, PARTIAL, REJECTED = "accepted", "partial", "rejected"


@dataclass(frozen=True)
class PackageOutcome:
    """One package's preview or result: counts by outcome and every problem, for a person."""

    file: str
    status: str  # accepted, partial (valid rows only), rejected
    package_id: str | None = None
    kind: str | None = None
    sender_id: str | None = None
    sender_name: str | None = None
    created_at: datetime | None = None
    new: int = 0
    updated: int = 0  # edited included
    edited: int = 0  # updates typed into an exported package (merge_rule.EDITED)
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    deleted: int = 0  # deletions among new and updated
    outdated: int = 0  # older versions among unchanged: they never overwrite newer data
    acknowledged: int = 0
    catalog_updates: int = 0
    catalog_changes: int = 0  # headquarters' catalog changes new here (db/sync/catalog_log.py)
    blank_template_rows: int = 0
    checksum_matches: bool | None = None
    previously_imported_at: datetime | None = None
    problems: tuple[Problem, ...] = ()
    rejected_rows: tuple[RejectedRow, ...] = ()
    signature: str | None = None  # a db.sync.signatures status; None when the file is unusable
    signature_fingerprint: str | None = None  # of the key that signed the package
    registered_fingerprint: str | None = None  # of the key registered for its office
    row_counts: tuple[RowCount, ...] = ()  # sheets with rows added or missing since export
    activities: tuple[ActivityPlan, ...] = ()  # every row and what importing it does

    @property
    def imported_unsigned(self) -> bool:
        """Imported (or would be) although nothing proves who made it."""
        return self.status != REJECTED and self.signature in NEEDS_ACCEPT_UNSIGNED

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in (
            "new", "updated", "edited", "unchanged", "conflicts", "rejected", "deleted",
            "outdated", "acknowledged", "catalog_updates", "catalog_changes")}

    @property
    def same_copy_imported(self) -> bool:
        """Imported before, and this copy's cells are as exported: importing it again changes
        nothing. An edited copy of a package imported before is not the same package."""
        return self.previously_imported_at is not None and self.checksum_matches is not False


@dataclass(frozen=True)
class ImportPreview:
    """What importing these packages would do; apply_import takes it as it is."""

    packages: tuple[PackageOutcome, ...]
    reads: tuple[ReadPackage, ...]


@dataclass(frozen=True)
class ImportReport:
    """What an import did, per package, and where the error workbook went (if written)."""

    packages: tuple[PackageOutcome, ...]
    error_workbook: Path | None = None


class _Rollback(Exception):  # noqa: N818 - control flow: ends a preview's transaction
    pass


@dataclass(frozen=True)
class _Signatures:
    """What a person decided about signatures, and this installation's own key."""

    own_key: str | None
    accept_unsigned: bool = False
    trusted_fingerprints: Collection[str] = ()


def prepare_reading() -> None:
    """Start the process that will read packages now, while a person chooses the files (or
    the database opens), so the read does not wait for it."""
    prestart()


def read_packages(paths: Sequence[Path | str], progress: Progress | None = None,
                  cancelled: Cancelled | None = None,
                  passwords: Mapping[str, str] | None = None,
                  words: ReadingWords | None = None,
                  database: Database | None = None, ahead: bool = False
                  ) -> tuple[ReadPackage, ...]:
    """Read and check each file in a child process with time and memory limits.

    A file that is hostile or broken comes back with a file-level problem, never an exception;
    passwords maps str(path) to the password of a protected file; words are the headers and
    labels of the other languages to recognise (English only without).

    Given the database to import into, a file whose bytes are those of a package it accepted
    before is not read again (importing it changes nothing, and reading 20,000 activities
    takes two seconds): it comes back as that package's manifest, which the merge counts as
    unchanged. Also given the database, several files are read one after another and the
    rows of each wait on disk until preview_import or apply_import merges it (their content
    holds the manifest only meanwhile), so a folder never holds every package in memory.
    With ahead as well, those files are read while they merge (read_store.read_ahead): this
    returns once their manifests are read, refusing at once those that need a password, and
    reports no progress for the rest, whose problems the merge's outcomes carry. Raises
    OperationCancelled.
    """
    digests = {str(path): file_digest(Path(path)) for path in paths}
    known = _accepted_files(database, set(digests.values()) - {None}) if database else {}
    to_read = [path for path in paths if digests[str(path)] not in known]
    if database is not None and len(to_read) >= SPILL_FROM:
        spill = read_ahead(to_read, passwords, cancelled, words) if ahead \
            else read_spilled(to_read, passwords, progress, cancelled, words)
        reads = iter(spill)
    else:
        reads = iter(read_packages_isolated(to_read, passwords, progress, cancelled,
                                            words=words) if to_read else ())
    result = []
    for path in paths:
        digest = digests[str(path)]
        read = known.get(digest)
        read = replace(read, file=Path(path).name) if read else next(reads)
        result.append(replace(read, extra={**read.extra, FILE_DIGEST: digest}) if digest
                      else read)
    return tuple(result)


FILE_DIGEST = "file_sha256"  # of the file's bytes, kept in the received package's summary
ALREADY_IMPORTED = "already_imported"  # a ReadPackage.extra key: not read, accepted before


def _accepted_files(database: Database, digests: set[str]) -> dict[str, ReadPackage]:
    """The files (by digest) of packages accepted whole before, as their manifests."""
    if not digests:
        return {}
    found = {}
    with database.reading() as sql:
        digest_in, parameters = in_list(json_value(sql.dialect, "p.summary", FILE_DIGEST),
                                        "digest", sorted(digests))
        rows = sql.all(
            "SELECT p.package_uuid, p.kind, p.office_uuid, coalesce(o.name, ''), "
            "p.created_at, p.checksum, p.activity_count, p.deletion_count, p.summary "
            "FROM sync_package AS p LEFT JOIN office AS o ON o.uuid = p.office_uuid "
            f"WHERE p.direction = 'received' AND {_valid_json(sql.dialect)} AND {digest_in}",
            parameters)
    for package_id, kind, office, name, created, checksum, count, deleted, summary in rows:
        summary = json.loads(summary)
        if summary.get("status") != ACCEPTED or kind not in (KIND_OFFICE, KIND_HQ_UPDATE):
            continue
        manifest = Manifest(package_id, kind, office or "", name, None,
                            _stored_time(created), "", "", 0, activity_count=count,
                            deletion_count=deleted, checksum=checksum or "")
        found[summary[FILE_DIGEST]] = ReadPackage(
            "", PackageContent(manifest), checksum_matches=True,
            extra={ALREADY_IMPORTED: summary.get("signature")})
    return found


def _valid_json(dialect: str) -> str:
    """SQLite's json_extract raises on a summary that is no JSON, so the query skips those;
    PostgreSQL (before 16) has no such test, and every summary is _log_received's json.dumps."""
    return "TRUE" if dialect == POSTGRESQL else "json_valid(p.summary)"


def _stored_time(value: object) -> datetime:
    """A time as SQLite holds it (UTC, without its zone), aware again."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _previously_imported(session: Session, package_id: str | None) -> datetime | None:
    if not package_id:
        return None
    entry = session.exec(select(SyncPackage).where(
        SyncPackage.package_uuid == package_id, SyncPackage.direction == "received")
        .order_by(SyncPackage.recorded_at)).first()
    return entry.recorded_at if entry else None


def _outcome(read: ReadPackage, merge: PackageMerge | None, status: str,
             previously: datetime | None, check: SignatureCheck | None,
             refused: Problem | None = None) -> PackageOutcome:
    manifest = read.content.manifest if read.content else None
    counts = merge.counts() if merge else {}
    signature = {} if check is None else {
        "signature": check.status, "signature_fingerprint": check.fingerprint,
        "registered_fingerprint": check.registered_fingerprint}
    edited = ()
    if read.checksum_matches is False and not any(
            p.code == problems.CHECKSUM_MISMATCH for p in read.problems):
        # Rows the reader rejected (a row typed by hand, say): changed since export all the same.
        edited = (Problem(read.file, layout.MANIFEST_SHEET, None, "checksum", manifest.checksum,
                          problems.CHECKSUM_MISMATCH),)
    return PackageOutcome(
        file=read.file, status=status,
        package_id=manifest.package_id if manifest else None,
        kind=manifest.kind if manifest else None,
        sender_id=manifest.office_id if manifest else None,
        sender_name=manifest.office_name if manifest else None,
        created_at=manifest.created_at if manifest else None, **counts,
        blank_template_rows=read.blank_template_rows, checksum_matches=read.checksum_matches,
        previously_imported_at=previously,
        problems=((refused,) if refused else ()) + read.problems + edited
        + (tuple(merge.problems) if merge else ()),
        rejected_rows=read.rejected_rows + (tuple(merge.rejected_rows) if merge else ()),
        row_counts=read.row_counts,
        activities=_reader_rejections(read) + (tuple(merge.plans) if merge else ()),
        **signature)


def _reader_rejections(read: ReadPackage) -> tuple[ActivityPlan, ...]:
    """Rows the reader refused (a date that is not one, say), as the preview lists them."""
    return tuple(rejected_plan(row.text.get("activity_id", ""), row.text.get("title", ""),
                               row.sheet, row.row) for row in read.rejected_rows)


def _log_received(session: Session, outcome: PackageOutcome, read: ReadPackage,
                  user: str) -> None:
    manifest = read.content.manifest
    session.add(SyncPackage(
        package_uuid=manifest.package_id, direction="received", kind=manifest.kind,
        office_uuid=manifest.office_id, region_code=manifest.region, file_name=read.file,
        created_at=manifest.created_at, recorded_at=utc_now(), recorded_by=user,
        checksum=manifest.checksum, activity_count=_rows(read)[0],
        deletion_count=_rows(read)[1],
        summary=json.dumps({**outcome.counts(), "status": outcome.status,
                            "signature": outcome.signature,
                            **({FILE_DIGEST: read.extra[FILE_DIGEST]}
                               if read.extra.get(FILE_DIGEST) else {})})))


def _rows(read: ReadPackage) -> tuple[int, int]:
    """(activities, deletions) the package holds, also when it was not read again."""
    content = read.content
    if ALREADY_IMPORTED in read.extra:
        return content.manifest.activity_count, content.manifest.deletion_count
    return len(content.activities), len(content.deletions)


def _accepted_before(session: Session, read: ReadPackage, signatures: _Signatures
                     ) -> str | None:
    """The signature status this very package (same ID, same cells: its checksum) had when
    it was accepted whole before, or None: importing it again changes nothing, so it is not
    planned again. A package accepted unsigned needs accept_unsigned again."""
    if ALREADY_IMPORTED in read.extra:
        stored = read.extra[ALREADY_IMPORTED]
    elif read.file_rejected or read.checksum_matches is not True:
        return None
    else:
        manifest = read.content.manifest
        if not manifest.checksum or manifest.kind not in (KIND_OFFICE, KIND_HQ_UPDATE):
            return None
        summaries = sql_of(session).all(
            "SELECT summary FROM sync_package WHERE direction = 'received' AND "
            "package_uuid = :package AND checksum = :checksum",
            {"package": manifest.package_id, "checksum": manifest.checksum})
        statuses = [json.loads(summary) for (summary,) in summaries if summary]
        stored = next((each.get("signature") for each in statuses
                       if each.get("status") == ACCEPTED), None)
        if stored is None:
            return None
    stored = stored or UNSIGNED
    if stored in NEEDS_ACCEPT_UNSIGNED and not signatures.accept_unsigned:
        return None
    return VERIFIED if stored == NEW_KEY else stored


def _unchanged_again(read: ReadPackage, previously: datetime | None, signature: str,
                     key: str | None) -> PackageOutcome:
    """key: the office's registered key (this installation's own, for its own packages),
    which verified the package when it was accepted."""
    manifest = read.content.manifest
    known = fingerprint(key) if key and signature == VERIFIED else None
    return PackageOutcome(
        file=read.file, status=ACCEPTED, package_id=manifest.package_id, kind=manifest.kind,
        sender_id=manifest.office_id, sender_name=manifest.office_name,
        created_at=manifest.created_at, unchanged=sum(_rows(read)), checksum_matches=True,
        previously_imported_at=previously, problems=read.problems, signature=signature,
        signature_fingerprint=known, registered_fingerprint=known,
        row_counts=read.row_counts, activities=_unchanged_plans(read.content))


def _office_key(session: Session, office_id: str, local: Office, own_key: str | None
                ) -> str | None:
    if office_id == local.uuid:
        return own_key
    row = registered_key(session, office_id)
    return row.public_key if row else None


def _unchanged_plans(content: PackageContent) -> tuple[ActivityPlan, ...]:
    """Each row of a package imported again, as the preview lists it (none when the file
    was not read again)."""
    return tuple(
        ActivityPlan(row.activity_id, getattr(row, "title", "") or "", UNCHANGED, sheet,
                     row.sheet_row, sheet == layout.DELETIONS_SHEET)
        for sheet, rows in ((layout.ACTIVITIES_SHEET, content.activities),
                            (layout.DELETIONS_SHEET, content.deletions)) for row in rows)


def _merge_one(session: Session, local: Office, local_catalog: int, read: ReadPackage,
               user: str, valid_rows_only: bool, signatures: _Signatures,
               write: bool = True) -> PackageOutcome:
    """write=False (a preview whose later packages do not need this one's rows): planned
    and counted, not written."""
    read = unspilled(read)
    previously = _previously_imported(session, read.content.manifest.package_id
                                      if read.content else None)
    signature = _accepted_before(session, read, signatures) if previously else None
    if signature is not None:
        office_id = read.content.manifest.office_id
        outcome = _unchanged_again(read, previously, signature,
                                   _office_key(session, office_id, local, signatures.own_key))
        _log_received(session, outcome, read, user)
        session.flush()
        return outcome
    check = check_signature(session, read, signatures.own_key, local.uuid) \
        if read.content else None
    if read.file_rejected:
        return _outcome(read, None, REJECTED, previously, check)
    merge = PackageMerge(session, local, local_catalog, read, user)
    merge.plan()
    if merge.file_rejected:
        return _outcome(read, merge, REJECTED, previously, check)
    # Counted all the same, so the person deciding about the signature sees what it brings.
    refused = refusal(read.file, check, signatures.accept_unsigned,
                      signatures.trusted_fingerprints)
    if refused is not None:
        return _outcome(read, merge, REJECTED, previously, check, refused)
    has_rejected_rows = bool(read.rejected_rows or merge.rejected_rows)
    if has_rejected_rows and not valid_rows_only:
        return _outcome(read, merge, REJECTED, previously, check)
    if check.status == NEW_KEY:
        record_confirmed_key(session, check, user)
    if write or merge.writes.catalog_updates:
        merge.write(unsigned=check.status in NEEDS_ACCEPT_UNSIGNED)
    outcome = _outcome(read, merge, PARTIAL if has_rejected_rows else ACCEPTED, previously,
                       check)
    _log_received(session, outcome, read, user)
    session.flush()
    return outcome


def _merge_all(session: Session, reads: Sequence[ReadPackage], user: str,
               valid_rows_only: bool, signatures: _Signatures, progress: Progress,
               cancelled: Cancelled, preview: bool = False) -> tuple[PackageOutcome, ...]:
    """Packages one after another (oldest first), each seeing what the earlier ones wrote.

    A preview writes only the packages whose activities a later one brings too: the rest
    would be rolled back unread, and writing costs as much as reading and planning."""
    local = require_local_office(sql_of(session))
    local_catalog = catalog_version(session)
    ordered = sorted(reads, key=merge_key)
    outcomes = {}
    try:
        needed = _needed_later(ordered) if preview else [True] * len(ordered)
        for number, read in enumerate(ordered):
            if cancelled():
                raise OperationCancelled()
            outcomes[id(read)] = _merge_one(session, local, local_catalog, read, user,
                                            valid_rows_only, signatures, needed[number])
            progress(number + 1, len(ordered))
    except BaseException:
        stop_reading(reads)  # the files still being read will not be merged
        raise
    return tuple(outcomes[id(read)] for read in reads)


def _needed_later(ordered: Sequence[ReadPackage]) -> list[bool]:
    """Per package, whether a later one brings any of its activities (then it must be
    written for the later one's plan to be the one applying makes)."""
    later: set[str] = set()
    needed = []
    for read in reversed(ordered):
        ids = activity_ids(read)
        needed.append(bool(ids & later))
        later |= ids
    return needed[::-1]


def preview_import(database: Database, reads: Sequence[ReadPackage], user: str,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   valid_rows_only: bool = False, accept_unsigned: bool = False,
                   trusted_fingerprints: Collection[str] = ()) -> ImportPreview:
    """What applying would do, computed by applying and rolling back: nothing is changed.

    accept_unsigned: a person accepts packages without a valid signature (recorded as such);
    trusted_fingerprints: new office keys a person checked with the office (then registered).
    """
    result: tuple[PackageOutcome, ...] = ()
    signatures = _Signatures(own_public_key(database), accept_unsigned,
                             tuple(trusted_fingerprints))
    try:
        with database.session() as session:
            result = _merge_all(session, reads, user, valid_rows_only, signatures,
                                progress or no_progress, cancelled or never_cancelled,
                                preview=True)
            raise _Rollback()
    except _Rollback:
        pass
    return ImportPreview(result, tuple(reads))


def apply_import(database: Database, preview: ImportPreview | Sequence[ReadPackage], user: str,
                 valid_rows_only: bool = False, error_workbook: Path | str | None = None,
                 describe: Callable[[Problem], str] | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 accept_unsigned: bool = False, trusted_fingerprints: Collection[str] = (),
                 backup_dir: Path | None = None, keep_backups: int = DEFAULT_KEEP,
                 wording: Wording = ENGLISH) -> ImportReport:
    """Merge the packages in one transaction; rejected packages are left out whole.

    valid_rows_only imports the valid rows of packages with rejected rows; it needs an
    error_workbook path, written before the transaction commits (describe words problems,
    the wording its headers).
    accept_unsigned and trusted_fingerprints as for preview_import. Unless every package is
    unusable or imported before, the database as it was is backed up into backup_dir
    (default: "backups" beside the database), rotated to keep_backups, while the packages
    are merged (see _backup_meanwhile); the import commits only once the backup is taken.
    On a server, imports wait for one another and take no backup (_lock_for_import).
    """
    reads = preview.reads if isinstance(preview, ImportPreview) else tuple(preview)
    if valid_rows_only and error_workbook is None:
        raise ValueError("importing only the valid rows needs an error workbook path")
    signatures = _Signatures(own_public_key(database), accept_unsigned,
                             tuple(trusted_fingerprints))
    with database.session() as session:
        backup = _lock_for_import(session, database, reads, signatures, backup_dir,
                                  keep_backups)
        try:
            outcomes = _merge_all(session, reads, user, valid_rows_only, signatures,
                                  progress or no_progress, cancelled or never_cancelled)
            refresh_list_statistics(session.connection())
            written = None
            rejected_rows = [row for o in outcomes for row in o.rejected_rows]
            if valid_rows_only and rejected_rows:
                written = _write_errors(Path(error_workbook), outcomes, describe, wording)
        except BaseException:
            if backup is not None:
                with contextlib.suppress(Exception):
                    backup.wait()
            raise
        if backup is not None:
            backup.wait()  # raises (and the import rolls back) when no backup could be taken
        if any(outcome.status != REJECTED for outcome in outcomes):
            # Other officers' screens refresh once this commits (none is told on a rollback).
            announce_change(session.connection(), "import")
    return ImportReport(outcomes, written)


def _lock_for_import(session: Session, database: Database, reads: Sequence[ReadPackage],
                     signatures: _Signatures, backup_dir: Path | None, keep: int
                     ) -> BackgroundBackup | None:
    """Make this transaction the only import writing, before anything is planned.

    On a server several officers may import at once. Each import takes Tenpoint's write lock
    (a transaction-level advisory lock, db/storage/server.py) first, so imports, and conflict
    resolutions, run one after the other, as on SQLite, whose one writer at a time is the
    file's. Everything the import decides is read after the lock, in this transaction: a
    package another officer imported meanwhile is found imported (same ID and cells) and
    changes nothing, so no package is ever applied twice. The lock rather than SERIALIZABLE
    with retries: an import of 20,000 activities takes seconds, and would be redone whole
    (or starve) each time it collided; waiting for the one before is what SQLite does too.

    A server takes no backup before an import (db/storage/server_backups.py): the import is
    one transaction, and the server's continuous backups are its administrator's.
    """
    connection = session.connection()
    if is_server(connection):
        take_write_lock(connection)
        return None
    return _backup_meanwhile(session, database, reads, signatures,
                             backup_dir or database.path.parent / "backups", keep)


def _backup_meanwhile(session: Session, database: Database, reads: Sequence[ReadPackage],
                      signatures: _Signatures, backup_dir: Path, keep: int
                      ) -> BackgroundBackup | None:
    """The backup before this import, taken while it merges; None when it can change
    nothing (every file unusable, or a package accepted before with the same cells).

    This transaction takes SQLite's write lock first; the backup, on a connection of its own,
    then copies the last committed state: the database exactly as it was before this import,
    since no other writer can commit meanwhile and this one's writes are not committed."""
    if all(read.file_rejected or _accepted_before(session, read, signatures) is not None
           for read in reads):
        return None
    connection = session.connection()
    if connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("DELETE FROM sync_package WHERE 0")  # takes the write lock
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    return BackgroundBackup(database.path, backup_dir, "import", keep)


def _write_errors(path: Path, outcomes: Sequence[PackageOutcome],
                  describe: Callable[[Problem], str] | None, wording: Wording) -> Path:
    try:
        write_error_workbook(path, [(o.file, row) for o in outcomes for row in o.rejected_rows],
                             [p for o in outcomes for p in o.problems if p.rejects_file],
                             describe, wording)
    except PackageWriteError as error:
        raise PackageFileError(error.path, error.detail) from error
    return path
