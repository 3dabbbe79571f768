"""Backups: taken with SQLite's backup API (pg_dump on a server), listed, rotated, restored; and
taken before imports, schema upgrades and restores."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from db.activities.service import create_activity, delete_activity, get_activity
from db.errors import BackupError, DatabaseTooNewError
from db.installation.office import setup_office
from db.installation.restore import check_restorable, restore_backup, restore_server_backup
from db.storage.backups import DUMP_HEADER, SUFFIX, list_backups, rotate, take_backup
from db.storage.database import open_database
from db.storage.migrations import schema_head
from db.storage.server_backups import DUMP_SUFFIX, ServerBackupError, back_up, load_dump
from db.storage.version_stamp import write_version_stamp
from tests.db.storage.backends import (
    SCHEMA_0001,
    backup_of,
    engine_of,
    every_table,
    old_schema_database,
    open_backup,
)
from tests.db.sync.helpers import Site, activity_state, sample

T0 = datetime(2026, 3, 1, 10, 15, tzinfo=UTC)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def suffix_of(database) -> str:
    """The file suffix of this database's backups."""
    return DUMP_SUFFIX if database.is_server else SUFFIX


@pytest.fixture
def office(database):
    setup_office(database, "UNHCR Nairobi", "KE")
    return database


def test_a_backup_is_one_file_named_by_time_and_reason(office, tmp_path):
    info = back_up(office, tmp_path / "backups", "manual", now=T0)
    assert info.path.name == f"tenpoint-20260301T101500000000Z-manual{suffix_of(office)}"
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [info.path.name]  # no -wal
    assert (info.reason, info.taken_at, info.damaged) == ("manual", T0, False)
    assert check_restorable(info.path) == schema_head()


@pytest.mark.sqlite_only
def test_a_sqlite_backup_is_a_checked_file_without_its_journal(office, tmp_path):
    activity = create_activity(office, sample(), "amina")
    info = take_backup(office.path, tmp_path / "backups", "manual", now=T0)
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("select title from activity where uuid = ?",
                            (activity.uuid,)).fetchone() == ("National asylum law review",)
    copy.close()


def test_a_backup_holds_the_database_as_it_was(office, catalog_template, tmp_path):
    create_activity(office, sample(), "amina")
    info = back_up(office, tmp_path / "backups", "manual")
    state = every_table(office)
    create_activity(office, sample(title="After the backup"), "amina")
    copy = open_backup(info.path, catalog_template, tmp_path / "copy")
    assert every_table(copy) == state
    copy.close()


def test_listing_gives_each_backup_and_marks_damaged_ones(office, tmp_path):
    folder = tmp_path / "backups"
    create_activity(office, sample(), "amina")
    back_up(office, folder, "import", now=T0)
    back_up(office, folder, "manual", now=T0 + timedelta(hours=1))
    damaged = folder / f"tenpoint-20260301T120000000000Z-manual{suffix_of(office)}"
    damaged.write_bytes(b"not the start of a backup" + b"\0" * 200)
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(folder)
    assert [(b.reason, b.damaged) for b in listed] == [
        ("manual", True), ("manual", False), ("import", False)]
    good = listed[1]
    assert good.taken_at == T0 + timedelta(hours=1)
    assert good.size == good.path.stat().st_size


@pytest.mark.sqlite_only
def test_listing_reads_what_each_sqlite_backup_holds(office, tmp_path):
    folder = tmp_path / "backups"
    create_activity(office, sample(), "amina")
    take_backup(office.path, folder, "import", now=T0)
    take_backup(office.path, folder, "manual", now=T0 + timedelta(hours=1))
    (folder / "tenpoint-20260301T120000000000Z-manual.sqlite").write_bytes(b"SQLite format 3"
                                                                             + b"\0" * 200)
    listed = list_backups(folder)
    assert [(b.reason, b.damaged) for b in listed] == [
        ("manual", True), ("manual", False), ("import", False)]
    good = listed[1]
    assert good.office_name == "UNHCR Nairobi"
    assert good.schema_revision == schema_head()
    assert good.activity_count == listed[2].activity_count


def test_a_server_dump_is_listed_by_its_name_and_size(tmp_path):
    """Listing never runs pg_restore: a dump gives what its name says, its size, and
    whether it starts as pg_dump's files do."""
    folder = tmp_path / "backups"
    folder.mkdir()
    dump = folder / "tenpoint-20260301T101500000000Z-migration.pgdump"
    dump.write_bytes(DUMP_HEADER + b"\0" * 100)
    [info] = list_backups(folder)
    assert (info.path, info.taken_at, info.reason, info.size, info.damaged) == (
        dump, T0, "migration", len(DUMP_HEADER) + 100, False)
    assert info.schema_revision is None and info.tenpoint_named


def test_rotation_keeps_the_newest_and_never_a_foreign_file(office, tmp_path):
    folder = tmp_path / "backups"
    for hour in range(4):
        back_up(office, folder, "import", keep=100, now=T0 + timedelta(hours=hour))
    suffix = suffix_of(office)
    shutil.copy(next(folder.iterdir()), folder / f"my-own-copy{suffix}")
    newest = back_up(office, folder, "manual", keep=3, now=T0 + timedelta(hours=9))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"my-own-copy{suffix}", f"tenpoint-20260301T121500000000Z-import{suffix}",
                     f"tenpoint-20260301T131500000000Z-import{suffix}", newest.path.name]


def test_rotation_counts_file_backups_and_server_dumps_together(tmp_path):
    """A headquarters moved to a server keeps its older file backups in the same folder."""
    for hour, suffix in enumerate([SUFFIX, DUMP_SUFFIX, SUFFIX, DUMP_SUFFIX]):
        stamp = (T0 + timedelta(hours=hour)).strftime("%Y%m%dT%H%M%S%fZ")
        (tmp_path / f"tenpoint-{stamp}-manual{suffix}").write_bytes(b"")
    deleted = rotate(tmp_path, 2)
    assert sorted(p.name for p in deleted) == [
        "tenpoint-20260301T101500000000Z-manual.sqlite",
        "tenpoint-20260301T111500000000Z-manual.pgdump"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "tenpoint-20260301T121500000000Z-manual.sqlite",
        "tenpoint-20260301T131500000000Z-manual.pgdump"]


def test_the_backup_just_taken_survives_rotation_even_when_dated_in_the_past(office, tmp_path):
    folder = tmp_path / "backups"
    for hour in range(3):
        back_up(office, folder, "manual", keep=100, now=T0 + timedelta(hours=hour))
    old_clock = back_up(office, folder, "import", keep=1, now=T0 - timedelta(days=1))
    assert [p.name for p in folder.iterdir()] == [old_clock.path.name]


def test_restore_brings_back_the_backed_up_state_after_a_safety_backup(office, catalog_template,
                                                                       tmp_path):
    folder = tmp_path / "backups"
    kept = create_activity(office, sample(title="Kept"), "amina")
    backup = back_up(office, folder, "manual", now=T0)
    before_restore = every_table(office)
    delete_activity(office, kept.uuid, "amina")
    added = create_activity(office, sample(title="Added later"), "amina")
    after_changes = every_table(office)
    report = restore_backup(office, backup.path, folder)
    assert get_activity(office, kept.uuid).deleted_at is None  # the same Database still works
    assert every_table(office) == before_restore
    assert report.safety_backup.reason == "restore" and not report.migrated
    safety = open_backup(report.safety_backup.path, catalog_template, tmp_path / "safety")
    assert every_table(safety) == after_changes
    assert get_activity(safety, added.uuid).title == "Added later"
    safety.close()


@pytest.mark.postgresql_only
def test_a_server_restore_is_one_transaction_that_leaves_nothing_when_it_fails(office,
                                                                              tmp_path):
    """A dump damaged after its table of contents fails half-way: the database stays as it
    was, every table."""
    folder = tmp_path / "backups"
    backup = back_up(office, folder, "manual")
    create_activity(office, sample(title="After the backup"), "amina")
    before = every_table(office)
    cut = tmp_path / "cut.pgdump"
    cut.write_bytes(backup.path.read_bytes()[:-2000])
    with pytest.raises(ServerBackupError) as raised:
        load_dump(office.url, cut)
    assert raised.value.code == "restore-failed"
    assert every_table(office) == before


def test_restore_from_an_older_schema_migrates_it(office, catalog_template, tmp_path):
    old = old_schema_database(catalog_template, tmp_path / "old")
    backup = SCHEMA_0001 if not office.is_server else backup_of(old, tmp_path, keep=None).path
    report = restore_backup(office, backup, tmp_path / "backups")
    assert (report.from_revision, report.to_revision) == ("0001", schema_head())
    with office.engine.connect() as connection:
        revision = connection.exec_driver_sql("select version_num from alembic_version")
        assert revision.scalar() == schema_head()
        regions = connection.exec_driver_sql("select code from region").scalars().all()
    assert "TEST" in regions  # the backup's own, beside the catalog's loaded after it
    assert backup.exists()  # the migration's own backup rotated nothing away


def future_backup(database, folder) -> object:
    """A backup of database with the schema revision of a later build, stamped 2.3.1."""
    write_version_stamp(database.engine, "2.3.1")
    backup = back_up(database, folder, "manual", keep=None)
    if not database.is_server:
        with sqlite3.connect(backup.path) as connection:
            connection.execute("update alembic_version set version_num = '9999'")
        connection.close()
        return backup.path
    with database.engine.begin() as connection:
        connection.exec_driver_sql("update alembic_version set version_num = '9999'")
    future = back_up(database, folder, "manual", keep=None)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"update alembic_version set version_num = '{schema_head()}'")
    return future.path


def test_a_backup_from_a_newer_version_is_refused_before_anything_happens(office, tmp_path):
    future = future_backup(office, tmp_path / "made")
    before = every_table(office)
    with pytest.raises(DatabaseTooNewError) as raised:
        restore_backup(office, future, tmp_path / "backups")
    assert (raised.value.found_revision, raised.value.written_by) == ("9999", "2.3.1")
    assert every_table(office) == before
    assert list_backups(tmp_path / "backups") == []


def foreign_backup(database, catalog_template, path):
    """A backup of another program's database, of this database's kind."""
    if not database.is_server:
        with sqlite3.connect(path) as connection:
            connection.execute("create table notes (body text)")
        connection.close()
        return path
    url = catalog_template.new_empty(path.parent / "foreign")
    engine = engine_of(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("create table notes (body text)")
    engine.dispose()
    return backup_of(url, path.parent, keep=None).path.rename(path)


@pytest.mark.parametrize("content, code", [
    (b"garbage" * 100, "damaged"),
    (None, "not-tenpoint"),
])
def test_damaged_and_foreign_files_are_refused(office, catalog_template, tmp_path, content,
                                               code):
    path = tmp_path / f"candidate{suffix_of(office)}"
    if content is None:
        foreign_backup(office, catalog_template, path)
    else:
        path.write_bytes(content)
    before = every_table(office)
    with pytest.raises(BackupError) as raised:
        restore_backup(office, path, tmp_path / "backups")
    assert raised.value.code == code
    assert list_backups(tmp_path / "backups") == []
    assert every_table(office) == before


def test_a_backup_of_the_other_kind_of_database_is_refused(office, tmp_path):
    """A field office's file cannot take a server's dump, nor a server a file's backup (the
    move between the two is `tenpoint migrate-to`): refused before any tool runs."""
    if office.is_server:
        other = shutil.copy(SCHEMA_0001, tmp_path / "office.sqlite")
    else:
        other = tmp_path / "server.pgdump"
        other.write_bytes(DUMP_HEADER + b"\0" * 100)
    for restore in (restore_backup, restore_server_backup):
        with pytest.raises(BackupError) as raised:
            restore(office, other, tmp_path / "backups")
        assert raised.value.code == "other-kind"
    assert list_backups(tmp_path / "backups") == []


def test_restore_never_rotates_away_the_backup_it_restores(office, tmp_path):
    folder = tmp_path / "backups"
    oldest = back_up(office, folder, "manual", now=T0)
    back_up(office, folder, "manual", now=T0 + timedelta(hours=1))
    report = restore_backup(office, oldest.path, folder, keep=1)
    assert oldest.path.exists() and report.safety_backup.path.exists()


@pytest.mark.sqlite_only
def test_an_import_is_preceded_by_a_backup_of_the_state_before_it(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    create_activity(nairobi.database, sample(), "amina")
    before = activity_state(hq.database)
    hq.receive(nairobi.export(), backup_dir=tmp_path / "hq-backups")
    [backup] = list_backups(tmp_path / "hq-backups")
    assert backup.reason == "import"
    copy = open_database(backup.path)
    assert activity_state(copy) == before != activity_state(hq.database)
    copy.close()
    hq.receive(nairobi.export())  # by default, into "backups" beside the database
    assert [b.reason for b in list_backups(tmp_path / "hq" / "backups")] == ["import"]
    hq.close()
    nairobi.close()


@pytest.mark.postgresql_only
def test_an_import_on_a_server_takes_no_backup(catalog_template, tmp_path):
    """Each import is one transaction there; the server's backups are its administrator's."""
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    create_activity(nairobi.database, sample(), "amina")
    report = hq.receive(nairobi.export(), backup_dir=tmp_path / "hq-backups")
    assert [(package.status, package.new) for package in report.packages] == [("accepted", 1)]
    assert list_backups(tmp_path / "hq-backups") == []
    hq.close()
    nairobi.close()


def test_a_schema_upgrade_is_preceded_by_a_rotated_migration_backup(catalog_template, tmp_path):
    folder = tmp_path / "backups"
    old = old_schema_database(catalog_template, tmp_path / "old")
    for hour in range(3):
        backup_of(old, folder, keep=100, now=T0 + timedelta(hours=hour))
    before = digest(old) if not isinstance(old, str) else None
    database = open_database(old, folder, keep_backups=2, folder=tmp_path / "old")
    database.close()
    listed = list_backups(folder)
    assert [b.reason for b in listed] == ["migration", "manual"]
    assert check_restorable(listed[0].path) == "0001"
    if before is not None:  # the file itself was migrated, after its copy was taken
        assert digest(listed[0].path) != before != digest(old)


def test_rotate_removes_nothing_when_under_the_limit(tmp_path):
    assert rotate(tmp_path, 5) == []


def test_import_backups_older_than_the_newest_few_keep_one_a_day(office, tmp_path):
    """Twenty imports a day must not leave twenty 256 MB copies: the newest five stay, and
    of older import backups the last of each day; other kinds count as before."""
    folder = tmp_path / "backups"
    for day in range(3):
        for hour in range(6):
            back_up(office, folder, "import", keep=100,
                    now=T0 + timedelta(days=day, hours=hour))
    manual = back_up(office, folder, "manual", keep=100, now=T0 + timedelta(hours=1))
    kept = sorted((b.taken_at, b.reason) for b in list_backups(folder))
    newest_day = T0 + timedelta(days=2)
    assert kept == sorted(
        [(T0 + timedelta(hours=5), "import"), (T0 + timedelta(days=1, hours=5), "import"),
         (manual.taken_at, "manual")]
        + [(newest_day + timedelta(hours=hour), "import") for hour in range(1, 6)])
