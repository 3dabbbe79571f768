"""Opening databases: durable pragmas, migrations after a backup, refusing what we cannot read."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from db.errors import DatabaseTooNewError, NotADatabaseError
from db.models import Activity, Region
from db.storage.database import open_database
from db.storage.migrations import schema_head
from tests.conftest import FIXTURES

SCHEMA_0001 = FIXTURES / "db" / "schema-0001.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(database, name: str):
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_new_database_is_created_at_the_newest_schema(tmp_path):
    database = open_database(tmp_path / "new.sqlite")
    assert database.migration.from_revision is None
    assert database.migration.to_revision == schema_head()
    assert database.migration.backup is None
    database.close()


def test_connections_use_foreign_keys_wal_and_full_sync(tmp_path):
    """Durability settings the data-safety rules rely on."""
    database = open_database(tmp_path / "t.sqlite")
    assert pragma(database, "foreign_keys") == 1
    assert pragma(database, "journal_mode") == "wal"
    assert pragma(database, "synchronous") == 2  # FULL
    database.close()


def test_older_database_is_backed_up_then_migrated_keeping_its_data(tmp_path):
    """A database saved by the schema-0001 build opens in this one, after a copy is taken."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA_0001, path)
    before = digest(path)
    database = open_database(path, tmp_path / "backups")
    report = database.migration
    assert (report.from_revision, report.to_revision) == ("0001", schema_head())
    assert report.backup is not None and report.backup.exists()
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("select version_num from alembic_version").fetchone() == ("0001",)
    with database.session() as session:
        assert [r.code for r in session.exec(select(Region))] == ["TEST"]
        assert session.exec(select(Activity)).all() == []
    database.close()
    assert digest(path) != before


def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = '9999'")
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(path)
    assert (raised.value.found_revision, raised.value.known_head) == ("9999", schema_head())
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)
    assert raised.value.detail == "not-sqlite"
    assert path.read_text() == "these are my notes, not a database"


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    """Another program's database must not be 'migrated' into ours."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("create table contacts (name text)")
    connection.close()
    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)
    assert raised.value.detail == "no-schema-version"


def test_a_failed_unit_of_work_writes_nothing(tmp_path):
    """Every write is one transaction: an error half-way leaves no trace."""
    database = open_database(tmp_path / "t.sqlite")
    with pytest.raises(RuntimeError), database.session() as session:
        session.add(Region(code="X", name="X"))
        session.flush()
        raise RuntimeError("power cut")
    with database.session() as session:
        assert session.exec(select(Region)).all() == []
    database.close()


def test_migrations_build_exactly_the_tables_the_models_declare(tmp_path):
    """A model changed without a migration (or the reverse) would break older databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.migrations.env_filters import include_object
    from db.models import SQLModel

    database = open_database(tmp_path / "t.sqlite")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        assert compare_metadata(context, SQLModel.metadata) == []
    database.close()
