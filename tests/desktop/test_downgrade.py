"""Opening a database from a newer Tenpoint: refused, unchanged, saying which version to install."""

from __future__ import annotations

import sqlite3

from db.errors import DatabaseTooNewError
from db.storage.database import open_database
from desktop.cli import main
from desktop.shared.messages import error_message


def newer_database(folder, version: str):
    """A data folder whose database a future Tenpoint `version` has migrated."""
    path = folder / "tenpoint.sqlite"
    open_database(path, app_version=version).close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = 'f00d'")
    connection.close()
    return path


def test_message_names_the_version_to_install(tmp_path):
    error = DatabaseTooNewError("/data/tenpoint.sqlite", "f00d", "0004", "1.7.2")
    message = error_message(error)
    assert "Install Tenpoint 1.7.2 or newer" in message
    assert "nothing was changed" in message


def test_message_without_a_recorded_version_still_explains(tmp_path):
    message = error_message(DatabaseTooNewError("/data/t.sqlite", "f00d", "0004"))
    assert "newer version of Tenpoint" in message and "f00d" in message


def test_cli_refuses_a_downgrade_and_names_the_version(capsys, tmp_path):
    path = newer_database(tmp_path, "3.1.4")
    before = path.read_bytes()
    assert main(["--data-dir", str(tmp_path), "catalog", "stats"]) == 1
    assert "Install Tenpoint 3.1.4 or newer" in capsys.readouterr().err
    assert path.read_bytes() == before
