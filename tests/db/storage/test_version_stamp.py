"""The version stamp in a database's header: what lets an older build say which to install."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import DatabaseTooNewError
from db.storage.database import open_database
from db.storage.version_stamp import decode_version, encode_version, read_version_stamp


@pytest.mark.parametrize(("version", "value"), [
    ("0.1.0", 1_000), ("1.2.3", 1_002_003), ("2.10", 2_010_000), ("1.4.0rc1", 1_004_000),
    ("0+unknown", 0), ("", 0), ("1.1000.0", 0), ("3000.0.0", 0),
])
def test_versions_encode_into_user_version(version, value):
    assert encode_version(version) == value


def test_stamps_decode_back_to_the_release():
    assert decode_version(1_004_002) == "1.4.2"
    assert decode_version(0) is None


def test_opening_records_the_version_and_leaves_an_unchanged_file_alone(tmp_path):
    path = tmp_path / "t.sqlite"
    open_database(path, app_version="1.4.2").close()
    before = path.stat().st_mtime_ns
    database = open_database(path, app_version="1.4.2")
    assert read_version_stamp(database.engine) == "1.4.2"
    database.close()
    assert path.stat().st_mtime_ns == before


def test_a_schema_this_build_does_not_know_is_refused_naming_the_last_version(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path, app_version="2.3.1").close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = '9999'")
    connection.close()
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(path, app_version="0.1.0")
    assert raised.value.written_by == "2.3.1"
    with sqlite3.connect(path) as connection:  # the refusal did not stamp the old version
        assert connection.execute("PRAGMA user_version").fetchone() == (2_003_001,)
    connection.close()
