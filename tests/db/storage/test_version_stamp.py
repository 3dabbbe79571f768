"""The version stamp in a database's header (a server's: a comment): what lets an older build
say which to install."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import DatabaseTooNewError
from db.storage.database import open_database
from db.storage.version_stamp import decode_version, encode_version, read_version_stamp
from tests.db.storage.backends import engine_of


@pytest.mark.parametrize(("version", "value"), [
    ("0.1.0", 1_000), ("1.2.3", 1_002_003), ("2.10", 2_010_000), ("1.4.0rc1", 1_004_000),
    ("0+unknown", 0), ("", 0), ("1.1000.0", 0), ("3000.0.0", 0),
])
def test_versions_encode_into_user_version(version, value):
    assert encode_version(version) == value


def test_stamps_decode_back_to_the_release():
    assert decode_version(1_004_002) == "1.4.2"
    assert decode_version(0) is None


def test_opening_records_the_version(catalog_template, tmp_path):
    target = catalog_template.new_empty(tmp_path)
    open_database(target, app_version="1.4.2", folder=tmp_path).close()
    database = open_database(target, app_version="1.4.3", folder=tmp_path)
    assert read_version_stamp(database.engine) == "1.4.3"
    database.close()


@pytest.mark.sqlite_only
def test_opening_leaves_an_unchanged_file_alone(tmp_path):
    path = tmp_path / "t.sqlite"
    open_database(path, app_version="1.4.2").close()
    before = path.stat().st_mtime_ns
    database = open_database(path, app_version="1.4.2")
    assert read_version_stamp(database.engine) == "1.4.2"
    database.close()
    assert path.stat().st_mtime_ns == before
    with sqlite3.connect(path) as connection:  # in the file's header
        assert connection.execute("PRAGMA user_version").fetchone() == (1_004_002,)
    connection.close()


def test_a_schema_this_build_does_not_know_is_refused_naming_the_last_version(
        catalog_template, tmp_path):
    target = catalog_template.new_empty(tmp_path)
    database = open_database(target, app_version="2.3.1", folder=tmp_path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("update alembic_version set version_num = '9999'")
    database.close()
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(target, app_version="0.1.0", folder=tmp_path)
    assert raised.value.written_by == "2.3.1"
    engine = engine_of(target)
    assert read_version_stamp(engine) == "2.3.1"  # the refusal did not stamp the old version
    engine.dispose()


def test_a_stamp_nobody_recorded_reads_as_none(catalog_template, tmp_path):
    target = catalog_template.new_empty(tmp_path)
    database = open_database(target, folder=tmp_path)
    assert read_version_stamp(database.engine) is None
    database.close()


@pytest.mark.postgresql_only
def test_on_a_server_the_stamp_is_the_comment_on_alembic_version(catalog_template, tmp_path):
    """No table of Tenpoint's holds it: the models and migrations know nothing of it."""
    database = open_database(catalog_template.new_empty(tmp_path), app_version="1.4.2",
                             folder=tmp_path)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT obj_description('alembic_version'::regclass, 'pg_class')"
        ).scalar() == "Tenpoint 1.4.2"
    database.close()


@pytest.mark.postgresql_only
def test_an_officer_who_does_not_own_the_database_opens_it_without_stamping(catalog_template,
                                                                           tmp_path):
    """Officers may sign in as roles of their own; only the owner may comment on a table."""
    import psycopg

    from db.storage.server import engine_url

    target = catalog_template.new_empty(tmp_path)
    open_database(target, app_version="1.4.2", folder=tmp_path).close()
    cluster = catalog_template.cluster
    cluster.admin("DROP ROLE IF EXISTS officer_without_ownership")
    cluster.admin("CREATE ROLE officer_without_ownership LOGIN")
    with psycopg.connect(target, autocommit=True) as connection:
        connection.execute("GRANT SELECT ON alembic_version TO officer_without_ownership")
    officer = engine_url(target).set(drivername="postgresql", username=(
        "officer_without_ownership")).render_as_string(hide_password=False)
    try:
        database = open_database(officer, app_version="1.5.0", folder=tmp_path)
        assert read_version_stamp(database.engine) == "1.4.2"
        database.close()
    finally:
        with psycopg.connect(target, autocommit=True) as connection:
            connection.execute("REVOKE ALL ON alembic_version FROM officer_without_ownership")
        cluster.admin("DROP ROLE officer_without_ownership")
