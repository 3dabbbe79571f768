"""tenpoint.ini's `database` and the data folder's database.url: a shared PostgreSQL database
named without a password, never for a portable copy, the ini winning over the record."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import (
    INI_NAME,
    ConfigError,
    Preconfiguration,
    config_error_message,
    hidden_password,
    load_config,
    server_database,
)
from desktop.paths import DataPaths

SECRET = "s3cret-Pa55"


def write_ini(folder: Path, text: str) -> Path:
    path = folder / INI_NAME
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("url", [
    "postgresql://tenpoint@hq-db:5432/tenpoint?sslmode=verify-full",
    "postgresql:///?service=tenpoint",
    "postgres://hq-db/tenpoint",
    "postgresql://tenpoint@[2001:db8::1]:5432/tenpoint",
])
def test_a_database_url_without_password_is_taken(tmp_path, url):
    config = load_config(write_ini(tmp_path, f"[data]\ndatabase = {url}\n"))
    assert config.database == url
    assert config.data_dir is None  # the data folder stays the per-user one (keys, logs)


def test_a_database_and_a_data_folder_go_together(tmp_path):
    config = load_config(write_ini(tmp_path, "[data]\nfolder = data\n"
                                             "database = postgresql:///?service=tenpoint\n"))
    assert config.data_dir == (tmp_path / "data").resolve()
    assert config.database == "postgresql:///?service=tenpoint"


@pytest.mark.parametrize("url", [
    f"postgresql://tenpoint:{SECRET}@hq-db:5432/tenpoint",
    f"postgresql://hq-db/tenpoint?sslmode=require&password={SECRET}",
    "postgresql://tenpoint:@hq-db/tenpoint",  # an empty password is still one written here
])
def test_a_password_in_the_url_is_refused_without_showing_it(tmp_path, url):
    path = write_ini(tmp_path, f"[data]\ndatabase = {url}\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.code == "password-in-url" and raised.value.key == "data/database"
    message = config_error_message(raised.value)
    assert str(path) in message and "data/database" in message and "pgpass" in message
    assert SECRET not in message and SECRET not in str(raised.value)


@pytest.mark.parametrize("value", ["hq-db:5432/tenpoint", "host=hq-db dbname=tenpoint",
                                   "mysql://tenpoint@hq-db/tenpoint", "sqlite:///x.sqlite"])
def test_something_else_than_a_postgresql_url_is_refused(tmp_path, value):
    with pytest.raises(ConfigError) as raised:
        load_config(write_ini(tmp_path, f"[data]\ndatabase = {value}\n"))
    assert raised.value.code == "not-a-database-url"
    assert "data/database" in config_error_message(raised.value)


def test_a_shared_database_and_portable_mode_are_refused_together(tmp_path):
    path = write_ini(tmp_path, "[data]\nportable = yes\ndatabase = postgresql://hq/tenpoint\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path, install_dir=tmp_path)
    assert raised.value.code == "database-and-portable"
    message = config_error_message(raised.value)
    assert str(path) in message and "portable" in message


def test_hidden_password_hides_it_wherever_it_is_written():
    assert hidden_password(f"postgresql://u:{SECRET}@h:5432/d") == "postgresql://u:***@h:5432/d"
    assert SECRET not in hidden_password(f"postgresql://h/d?password={SECRET}&sslmode=require")
    assert hidden_password("postgresql:///?service=tenpoint") == "postgresql:///?service=tenpoint"
    assert SECRET not in hidden_password(f"postgresql://u:{SECRET}@[::1/d")  # not readable


def test_the_ini_wins_over_the_url_recorded_in_the_data_folder(tmp_path):
    paths = DataPaths(tmp_path).create()
    assert server_database(Preconfiguration(), paths) is None  # its own tenpoint.sqlite
    paths.record_database("postgresql://tenpoint@recorded/tenpoint")
    assert server_database(Preconfiguration(), paths) == "postgresql://tenpoint@recorded/tenpoint"
    ini = Preconfiguration(database="postgresql://tenpoint@from-ini/tenpoint")
    assert server_database(ini, paths) == "postgresql://tenpoint@from-ini/tenpoint"


def test_the_record_is_one_line_that_notepad_may_have_touched(tmp_path):
    paths = DataPaths(tmp_path).create()
    paths.database_record.write_bytes(
        b"\xef\xbb\xbf# written by tenpoint setup\r\n\r\npostgresql:///?service=hq\r\n")
    assert paths.recorded_database() == "postgresql:///?service=hq"


def test_a_password_added_to_the_record_by_hand_is_refused_too(tmp_path):
    paths = DataPaths(tmp_path).create()
    paths.record_database(f"postgresql://tenpoint:{SECRET}@hq/tenpoint")
    with pytest.raises(ConfigError) as raised:
        server_database(Preconfiguration(), paths)
    assert raised.value.code == "password-in-url"
    message = config_error_message(raised.value)
    assert str(paths.database_record) in message and SECRET not in message
