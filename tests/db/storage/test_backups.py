"""Backups: taken with SQLite's backup API, listed, rotated, restored; and taken before imports,
schema upgrades and restores."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from db.activities.service import create_activity, delete_activity, get_activity
from db.errors import BackupError, DatabaseTooNewError
from db.installation.office import setup_office
from db.installation.restore import restore_backup
from db.storage.backups import list_backups, rotate, take_backup
from db.storage.database import open_database
from db.storage.migrations import schema_head
from tests.conftest import FIXTURES
from tests.db.sync.helpers import Site, activity_state, sample

SCHEMA_0001 = FIXTURES / "db" / "schema-0001.sqlite"
T0 = datetime(2026, 3, 1, 10, 15, tzinfo=UTC)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(database):
    setup_office(database, "UNHCR Nairobi", "KE")
    return database


def test_a_backup_is_one_checked_file_named_by_time_and_reason(office, tmp_path):
    activity = create_activity(office, sample(), "amina")
    info = take_backup(office.path, tmp_path / "backups", "manual", now=T0)
    assert info.path.name == "tenpoint-20260301T101500000000Z-manual.sqlite"
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [info.path.name]  # no -wal
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("select title from activity where uuid = ?",
                            (activity.uuid,)).fetchone() == ("National asylum law review",)
    copy.close()


def test_listing_reads_each_file_and_marks_damaged_ones(office, tmp_path):
    folder = tmp_path / "backups"
    create_activity(office, sample(), "amina")
    take_backup(office.path, folder, "import", now=T0)
    take_backup(office.path, folder, "manual", now=T0 + timedelta(hours=1))
    (folder / "tenpoint-20260301T120000000000Z-manual.sqlite").write_bytes(b"SQLite format 3"
                                                                             + b"\0" * 200)
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(folder)
    assert [(b.reason, b.damaged) for b in listed] == [
        ("manual", True), ("manual", False), ("import", False)]
    good = listed[1]
    assert good.taken_at == T0 + timedelta(hours=1)
    assert good.office_name == "UNHCR Nairobi"
    assert good.schema_revision == schema_head()
    assert good.activity_count == listed[2].activity_count
    assert good.size == good.path.stat().st_size


def test_rotation_keeps_the_newest_and_never_a_foreign_file(office, tmp_path):
    folder = tmp_path / "backups"
    for hour in range(4):
        take_backup(office.path, folder, "import", keep=100, now=T0 + timedelta(hours=hour))
    shutil.copy(SCHEMA_0001, folder / "my-own-copy.sqlite")
    newest = take_backup(office.path, folder, "manual", keep=3, now=T0 + timedelta(hours=9))
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["my-own-copy.sqlite", "tenpoint-20260301T121500000000Z-import.sqlite",
                     "tenpoint-20260301T131500000000Z-import.sqlite", newest.path.name]


def test_the_backup_just_taken_survives_rotation_even_when_dated_in_the_past(office, tmp_path):
    folder = tmp_path / "backups"
    for hour in range(3):
        take_backup(office.path, folder, "manual", keep=100, now=T0 + timedelta(hours=hour))
    old_clock = take_backup(office.path, folder, "import", keep=1, now=T0 - timedelta(days=1))
    assert [p.name for p in folder.iterdir()] == [old_clock.path.name]


def test_restore_brings_back_the_backed_up_state_after_a_safety_backup(office, tmp_path):
    folder = tmp_path / "backups"
    kept = create_activity(office, sample(title="Kept"), "amina")
    backup = take_backup(office.path, folder, "manual", now=T0)
    before_restore = activity_state(office)
    delete_activity(office, kept.uuid, "amina")
    added = create_activity(office, sample(title="Added later"), "amina")
    after_changes = activity_state(office)
    report = restore_backup(office, backup.path, folder)
    assert get_activity(office, kept.uuid).deleted_at is None  # the same Database still works
    assert activity_state(office) == before_restore
    assert report.safety_backup.reason == "restore" and not report.migrated
    safety = open_database(report.safety_backup.path)
    assert activity_state(safety) == after_changes
    assert get_activity(safety, added.uuid).title == "Added later"
    safety.close()


def test_restore_from_an_older_schema_migrates_it(office, tmp_path):
    report = restore_backup(office, SCHEMA_0001, tmp_path / "backups")
    assert (report.from_revision, report.to_revision) == ("0001", schema_head())
    with office.engine.connect() as connection:
        revision = connection.exec_driver_sql("select version_num from alembic_version")
        assert revision.scalar() == schema_head()


def test_a_backup_from_a_newer_version_is_refused_before_anything_happens(office, tmp_path):
    future = tmp_path / "future.sqlite"
    take_backup(office.path, tmp_path, "manual").path.rename(future)
    with sqlite3.connect(future) as connection:
        connection.execute("update alembic_version set version_num = '9999'")
    connection.close()
    before = activity_state(office)
    with pytest.raises(DatabaseTooNewError) as raised:
        restore_backup(office, future, tmp_path / "backups")
    assert raised.value.found_revision == "9999"
    assert activity_state(office) == before
    assert list_backups(tmp_path / "backups") == []


@pytest.mark.parametrize("content, code", [
    (b"garbage" * 100, "damaged"),
    (None, "not-tenpoint"),
])
def test_damaged_and_foreign_files_are_refused(office, tmp_path, content, code):
    path = tmp_path / "candidate.sqlite"
    if content is None:
        with sqlite3.connect(path) as connection:
            connection.execute("create table notes (body text)")
        connection.close()
    else:
        path.write_bytes(content)
    with pytest.raises(BackupError) as raised:
        restore_backup(office, path, tmp_path / "backups")
    assert raised.value.code == code
    assert list_backups(tmp_path / "backups") == []


def test_restore_never_rotates_away_the_backup_it_restores(office, tmp_path):
    folder = tmp_path / "backups"
    oldest = take_backup(office.path, folder, "manual", now=T0)
    take_backup(office.path, folder, "manual", now=T0 + timedelta(hours=1))
    report = restore_backup(office, oldest.path, folder, keep=1)
    assert oldest.path.exists() and report.safety_backup.path.exists()


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


def test_a_schema_upgrade_is_preceded_by_a_rotated_migration_backup(tmp_path):
    folder = tmp_path / "backups"
    for hour in range(3):
        take_backup(SCHEMA_0001, folder, "manual", keep=100, now=T0 + timedelta(hours=hour))
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA_0001, path)
    before = digest(path)
    database = open_database(path, folder, keep_backups=2)
    database.close()
    listed = list_backups(folder)
    assert [b.reason for b in listed] == ["migration", "manual"]
    assert listed[0].schema_revision == "0001" and digest(listed[0].path) != before


def test_rotate_removes_nothing_when_under_the_limit(tmp_path):
    assert rotate(tmp_path, 5) == []


def test_import_backups_older_than_the_newest_few_keep_one_a_day(office, tmp_path):
    """Twenty imports a day must not leave twenty 256 MB copies: the newest five stay, and
    of older import backups the last of each day; other kinds count as before."""
    folder = tmp_path / "backups"
    for day in range(3):
        for hour in range(6):
            take_backup(office.path, folder, "import", keep=100,
                        now=T0 + timedelta(days=day, hours=hour))
    manual = take_backup(office.path, folder, "manual", keep=100, now=T0 + timedelta(hours=1))
    kept = sorted((b.taken_at, b.reason) for b in list_backups(folder))
    newest_day = T0 + timedelta(days=2)
    assert kept == sorted(
        [(T0 + timedelta(hours=5), "import"), (T0 + timedelta(days=1, hours=5), "import"),
         (manual.taken_at, "manual")]
        + [(newest_day + timedelta(hours=hour), "import") for hour in range(1, 6)])
