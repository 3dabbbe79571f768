"""Opening databases (a SQLite file or a server's): durable pragmas, migrations after a backup,
refusing what we cannot read."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import select

from db.errors import DatabaseTooNewError, NotADatabaseError
from db.models import Activity, Region
from db.storage.database import open_database
from db.storage.migrations import schema_head
from db.storage.server_backups import dump_contents
from tests.db.storage.backends import engine_of, every_table, old_schema_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(database, name: str):
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_new_database_is_created_at_the_newest_schema(catalog_template, tmp_path):
    database = open_database(catalog_template.new_empty(tmp_path), folder=tmp_path)
    assert database.migration.from_revision is None
    assert database.migration.to_revision == schema_head()
    assert database.migration.backup is None
    database.close()


@pytest.mark.sqlite_only
def test_connections_use_foreign_keys_wal_and_full_sync(tmp_path):
    """Durability settings the data-safety rules rely on."""
    database = open_database(tmp_path / "t.sqlite")
    assert pragma(database, "foreign_keys") == 1
    assert pragma(database, "journal_mode") == "wal"
    assert pragma(database, "synchronous") == 2  # FULL
    database.close()


def test_older_database_is_backed_up_then_migrated_keeping_its_data(catalog_template, tmp_path):
    """A database saved by the schema-0001 build opens in this one, after a copy is taken."""
    target = old_schema_database(catalog_template, tmp_path / "old")
    before = None if isinstance(target, str) else digest(target)
    database = open_database(target, tmp_path / "backups", folder=tmp_path / "old")
    report = database.migration
    assert (report.from_revision, report.to_revision) == ("0001", schema_head())
    assert report.backup is not None and report.backup.exists()
    assert backup_revision(report.backup) == "0001"
    with database.session() as session:
        assert [r.code for r in session.exec(select(Region))] == ["TEST"]
        assert session.exec(select(Activity)).all() == []
    database.close()
    if before is not None:  # the file itself was changed, not replaced by another
        assert digest(target) != before


def backup_revision(path: Path) -> str | None:
    """The schema revision a backup holds: a SQLite copy's, or a server dump's."""
    if isinstance(path, Path) and path.suffix == ".pgdump":
        return dump_contents(path)[0]
    with sqlite3.connect(path) as backup:
        revision = backup.execute("select version_num from alembic_version").fetchone()[0]
    backup.close()
    return revision


def test_database_from_a_newer_version_is_refused_and_left_unchanged(catalog_template,
                                                                     tmp_path):
    target = catalog_template.new_empty(tmp_path)
    open_database(target, folder=tmp_path).close()
    engine = engine_of(target)
    with engine.begin() as connection:
        connection.exec_driver_sql("update alembic_version set version_num = '9999'")
    engine.dispose()
    before = contents(target)
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(target, folder=tmp_path)
    assert (raised.value.found_revision, raised.value.known_head) == ("9999", schema_head())
    assert contents(target) == before
    assert not (tmp_path / "backups").exists()


def contents(target: Path | str):
    """The file's bytes, or every table of the server database (its schema version too)."""
    if isinstance(target, Path):
        return digest(target)
    engine = engine_of(target)
    rows = every_table(engine)
    engine.dispose()
    return rows


@pytest.mark.sqlite_only
def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)
    assert raised.value.detail == "not-sqlite"
    assert path.read_text() == "these are my notes, not a database"


def test_a_foreign_database_is_refused(catalog_template, tmp_path):
    """Another program's database must not be 'migrated' into ours."""
    target = catalog_template.new_empty(tmp_path)
    engine = engine_of(target)
    with engine.begin() as connection:
        connection.exec_driver_sql("create table contacts (name text)")
    engine.dispose()
    with pytest.raises(NotADatabaseError) as raised:
        open_database(target, folder=tmp_path)
    assert raised.value.detail == "no-schema-version"
    engine = engine_of(target)
    assert inspect(engine).get_table_names() == ["contacts"]
    engine.dispose()


def test_a_failed_unit_of_work_writes_nothing(catalog_template, tmp_path):
    """Every write is one transaction: an error half-way leaves no trace."""
    database = open_database(catalog_template.new_empty(tmp_path), folder=tmp_path)
    with pytest.raises(RuntimeError), database.session() as session:
        session.add(Region(code="X", name="X"))
        session.flush()
        raise RuntimeError("power cut")
    with database.session() as session:
        assert session.exec(select(Region)).all() == []
    database.close()


def test_migrations_build_exactly_the_tables_the_models_declare(catalog_template, tmp_path):
    """A model changed without a migration (or the reverse) would break older databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.migrations.env_filters import include_object
    from db.models import SQLModel

    database = open_database(catalog_template.new_empty(tmp_path), folder=tmp_path)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        assert without_deferrable_keys(compare_metadata(context, SQLModel.metadata)) == []
    database.close()


def _key_of(constraint) -> tuple:
    """A foreign key as the models declare it, whether or not it may be deferred."""
    return (constraint.table.name, constraint.name, tuple(constraint.column_keys),
            tuple(element.target_fullname for element in constraint.elements),
            constraint.ondelete, constraint.onupdate)


def without_deferrable_keys(differences: list) -> list:
    """The differences but one: on PostgreSQL every foreign key is made DEFERRABLE after the
    migrations (db/migrations/postgres.py make_foreign_keys_deferrable), where the models
    say nothing; alembic reports each as removed and added again, identical otherwise."""
    removed = {_key_of(d[1]) for d in differences
               if d[0] == "remove_fk" and d[1].deferrable}
    added = {_key_of(d[1]) for d in differences if d[0] == "add_fk" and not d[1].deferrable}
    return [d for d in differences
            if not (d[0] in ("remove_fk", "add_fk") and _key_of(d[1]) in removed & added)]
