"""`tenpoint migrate-to URL` as IT runs it: a headquarters' SQLite folder moved into an empty
PostgreSQL database of a throwaway server, then opened through tenpoint.ini."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.activities.service import create_activity
from db.storage.database import open_database
from db.storage.server import engine_url
from tests.db.sync.helpers import sample
from tests.desktop.cli_support import run
from tests.outside_tools import ALL_TOOLS_REQUIRED
from tests.pg_cluster import Cluster, server_available

PASSWORD = "s3cret-not-to-print"


@pytest.fixture(scope="module")
def cluster():
    if not server_available():
        reason = "needs PostgreSQL's initdb, pg_ctl and pg_dump; ./dev.sh test installs them"
        if ALL_TOOLS_REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    server = Cluster()
    yield server
    server.stop()


@pytest.fixture
def hq_data(catalog_template, tmp_path, capsys) -> str:
    """A headquarters data folder on SQLite with two activities of its own."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(catalog_template, folder / "tenpoint.sqlite")
    code, _, _ = run(capsys, "--data-dir", str(folder), "setup", "--office-name", "UNHCR HQ",
                     "--hq")
    assert code == 0
    database = open_database(folder / "tenpoint.sqlite")
    for title in ("Border monitoring training", "Asylum law review"):
        create_activity(database, sample(title=title), "amina")
    database.close()
    return str(folder)


def with_password(url: str) -> str:
    """The URL with a password written in it (the test server trusts every login)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{PASSWORD}@{host}"


def server_rows(url: str, sql: str) -> int:
    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def write_ini(folder: Path, out: str) -> Path:
    """tenpoint.ini made of the lines the command printed for it."""
    lines = out.splitlines()
    start = lines.index("[data]")
    ini = folder / "tenpoint.ini"
    ini.write_text("\n".join(lines[start:start + 2]) + "\n", encoding="utf-8")
    return ini


def test_the_move_compares_every_table_and_says_what_to_put_in_the_ini(
        cluster, hq_data, capsys, tmp_path):
    url = cluster.new_database()
    code, out, err = run(capsys, "--data-dir", hq_data, "migrate-to", with_password(url),
                         "--yes")
    out_of_move = out
    assert code == 0, err
    assert PASSWORD not in out + err
    assert "activity_list_index" in out and "catalog_item_fts" in out and "rows, equal" in out
    assert "all equal" in out
    assert f"database = {url}\n" in out  # the URL without its password
    assert ".pgpass" in out and "never in tenpoint.ini" in out
    assert "used for this move only" in out
    assert server_rows(url, "SELECT count(*) FROM activity WHERE title = "
                            "'Border monitoring training'") == 1

    # This computer opens the server from now on, not the file it moved.
    assert (Path(hq_data) / "database.url").read_text(encoding="utf-8") == f"{url}\n"
    assert "opens the shared database from now on" in out
    code, out, err = run(capsys, "--data-dir", hq_data, "setup", "--office-name", "UNHCR HQ",
                         "--hq")
    assert code == 0, err
    assert url.rsplit("/", 1)[1] in out and "tenpoint.sqlite" not in out

    # The printed lines, put in tenpoint.ini, open the server on another computer.
    (Path(hq_data) / "database.url").unlink()
    ini = write_ini(tmp_path, out_of_move)
    code, out, err = run(capsys, "--config", str(ini), "--data-dir", hq_data, "setup",
                         "--office-name", "UNHCR HQ", "--hq")
    assert code == 0, err
    assert url.rsplit("/", 1)[1] in out and "tenpoint.sqlite" not in out

    # There, the folder has no SQLite database left to move.
    code, _, err = run(capsys, "--config", str(ini), "--data-dir", hq_data, "migrate-to",
                       cluster.new_database(), "--yes")
    assert code == 1 and "already uses the shared database" in err


def test_a_database_holding_data_is_refused_without_showing_the_password(
        cluster, hq_data, capsys):
    url = cluster.new_database()
    assert run(capsys, "--data-dir", hq_data, "migrate-to", url, "--yes")[0] == 0
    (Path(hq_data) / "database.url").unlink()  # the SQLite file again, as another computer's
    before = server_rows(url, "SELECT count(*) FROM activity")
    code, out, err = run(capsys, "--data-dir", hq_data, "migrate-to", with_password(url),
                         "--yes")
    assert code == 1 and "already holds data" in err and "nothing was changed" in err
    assert PASSWORD not in out + err
    assert server_rows(url, "SELECT count(*) FROM activity") == before


def test_moving_asks_for_confirmation(cluster, hq_data, capsys, monkeypatch):
    url = cluster.new_database()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--data-dir", hq_data, "migrate-to", url)
    assert code == 1 and "--yes" in err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, out, _ = run(capsys, "--data-dir", hq_data, "migrate-to", url)
    assert code == 1 and "Nothing was moved" in out
    assert server_rows(url, "SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = 'activity'") == 0  # not even the schema


def test_only_a_postgresql_url_is_taken(hq_data, capsys):
    code, _, err = run(capsys, "--data-dir", hq_data, "migrate-to", "/tmp/elsewhere.sqlite",
                       "--yes")
    assert code == 1 and "Not a PostgreSQL URL" in err


def test_a_server_that_cannot_be_reached_is_named_without_the_password(hq_data, capsys):
    url = f"postgresql://tenpoint:{PASSWORD}@127.0.0.1:1/tenpoint"
    code, out, err = run(capsys, "--data-dir", hq_data, "migrate-to", url, "--yes")
    assert code == 1 and "postgresql://tenpoint@127.0.0.1:1/tenpoint" in err
    assert PASSWORD not in out + err
