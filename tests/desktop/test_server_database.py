"""A headquarters on a shared PostgreSQL database, as IT and the officers meet it: `tenpoint
setup --hq --database`, the data folder opening the server from then on, a clear message when
it cannot be reached, and each officer's window reading its lists again when another
officer's import lands (NOTIFY on tenpoint_changes). On a throwaway cluster
(tests/pg_cluster.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from db.activities.service import create_activity
from db.errors import ServerConnectionError
from db.installation.office import local_office, setup_office
from db.storage.database import open_database
from db.storage.server import CHANGES_CHANNEL, announce_change
from desktop.app import startup_error_message
from desktop.cli import main
from desktop.config import INI_NAME, Preconfiguration, load_config
from desktop.context import quick_context
from desktop.database_side import DatabaseSide
from desktop.main_window import MainWindow
from desktop.opening import open_context
from desktop.paths import DATABASE_FILE, DATABASE_RECORD
from desktop.server_watch import ServerWatch
from desktop.shared.bidi import plain
from desktop.shared.messages import error_message
from desktop.smoke import run_smoke_test
from desktop.startup import Startup
from exporters.activity import ActivityContent
from tests.desktop.cli_support import run
from tests.outside_tools import ALL_TOOLS_REQUIRED
from tests.pg_cluster import Cluster, server_available

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-Pa55"
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def cluster():
    if not server_available():
        reason = "needs PostgreSQL's initdb, pg_ctl and pg_dump; ./dev.sh test installs them"
        if ALL_TOOLS_REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    started = Cluster()
    yield started
    started.stop()


@pytest.fixture(scope="module")
def template(cluster, tmp_path_factory) -> str:
    """A database migrated and with the catalog, which each test copies (much faster)."""
    url = cluster.new_database()
    database = open_database(url, folder=tmp_path_factory.mktemp("template"))
    database.close()
    context = open_context(str(tmp_path_factory.mktemp("template-data")), server_url=url)
    context.close()  # open_context loaded the catalog; nobody may be connected to a template
    return url.rsplit("/", 1)[1]


@pytest.fixture
def server_url(cluster, template):
    url = cluster.new_database(template)
    yield url
    cluster.admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def empty_url(cluster):
    url = cluster.new_database()
    yield url
    cluster.admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nobody listens there once the probe closes


def notify_from_another_officer(url: str, what: str = "import") -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, what))


# --- tenpoint setup --hq --database -----------------------------------------------------------

def test_setup_puts_headquarters_on_the_server_and_later_starts_open_it(
        capsys, tmp_path, empty_url):
    data = tmp_path / "hq"
    code, out, err = run(capsys, "--data-dir", str(data), "setup", "--hq", "--database",
                         empty_url, "--office-name", "UNHCR HQ")
    assert code == 0, err
    assert "UNHCR HQ (headquarters)" in out and empty_url in out
    assert (data / DATABASE_RECORD).read_text(encoding="utf-8").strip() == empty_url
    assert not (data / DATABASE_FILE).exists()  # no SQLite file beside it, even for a moment
    context = open_context(str(data))  # a later start: the server, from the record
    try:
        assert context.on_server and context.database_location == empty_url
        assert local_office(context.database).name == "UNHCR HQ"
        assert context.catalog_load.to_version  # migrated and the catalog loaded there
    finally:
        context.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "setup", "--hq",
                       "--office-name", "UNHCR HQ")  # a second officer's laptop, or again
    assert code == 0 and f"Database:  {empty_url}" in out


def test_setup_database_is_for_headquarters_only(capsys, tmp_path, empty_url):
    data = tmp_path / "field"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), "setup", "--database", empty_url,
              "--office-name", "Nairobi", "--country", "KE"])
    assert exited.value.code == 2
    assert "--hq" in capsys.readouterr().err
    assert not (data / DATABASE_RECORD).exists()


def test_setup_refuses_a_password_in_the_url_without_repeating_it(capsys, tmp_path, cluster):
    url = f"postgresql://{cluster.user}:{SECRET}@127.0.0.1:{cluster.port}/postgres"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "hq"), "setup", "--hq", "--database", url,
              "--office-name", "HQ"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--database" in err and "pgpass" in err and SECRET not in err
    assert not (tmp_path / "hq" / DATABASE_RECORD).exists()


def test_setup_on_a_server_that_cannot_be_reached_records_nothing(capsys, tmp_path):
    url = f"postgresql://officer@127.0.0.1:{closed_port()}/tenpoint"
    data = tmp_path / "hq"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), "setup", "--hq", "--database", url,
              "--office-name", "HQ"])
    assert exited.value.code == 1
    assert url in capsys.readouterr().err
    assert not (data / DATABASE_RECORD).exists() and not (data / DATABASE_FILE).exists()


def test_the_ini_database_is_opened_and_skips_the_quick_start(tmp_path, server_url):
    ini = tmp_path / INI_NAME
    ini.write_text(f"[data]\ndatabase = {server_url}\n", encoding="utf-8")
    config = load_config(ini)
    data = tmp_path / "data"
    open_database(data / DATABASE_FILE).close()  # an old file left there: not the database now
    assert quick_context(str(data), config) is None
    context = open_context(str(data), config)
    try:
        assert context.on_server and context.database.folder == data.resolve()
        assert context.database_location == server_url
    finally:
        context.close()


# --- a server that cannot be reached ---------------------------------------------------------

def test_a_server_that_cannot_be_reached_is_named_without_its_password(tmp_path):
    url = f"postgresql://officer:{SECRET}@127.0.0.1:{closed_port()}/tenpoint"
    with pytest.raises(ServerConnectionError) as raised:
        open_context(str(tmp_path / "data"), server_url=url)
    error = raised.value
    assert SECRET not in str(error) and SECRET not in error.location
    assert error.location.startswith("postgresql://officer") and url.split("@")[1] in error.location
    message = error_message(error)
    assert error.location in message and SECRET not in message
    assert "refused" in message.lower()  # what libpq said, for IT to act on


def test_a_login_the_server_refuses_says_what_the_server_said(tmp_path, server_url):
    unknown = "postgresql://nobody-here@" + server_url.split("@", 1)[1]
    with pytest.raises(ServerConnectionError) as raised:
        open_context(str(tmp_path / "data"), server_url=unknown)
    message = error_message(raised.value)
    assert "nobody-here" in message and 'role "nobody-here" does not exist' in message


# --- other officers' imports seen here -------------------------------------------------------

@pytest.fixture
def server_context(tmp_path, server_url):
    context = open_context(str(tmp_path / "data"), server_url=server_url)
    setup_office(context.database, "UNHCR HQ", None, is_headquarters=True)
    yield context
    context.close()


@pytest.fixture
def watch(qtbot, server_context):
    watcher = ServerWatch(server_context.database)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.listening, timeout=WAIT_MS)
    yield watcher
    watcher.stop()


def test_the_watch_hears_another_connection_announce_a_change(qtbot, watch, server_url):
    with qtbot.waitSignal(watch.changed, timeout=WAIT_MS), \
            qtbot.assertNotEmitted(watch.catalog_changed):
        notify_from_another_officer(server_url, "import")
    with qtbot.waitSignal(watch.catalog_changed, timeout=WAIT_MS):
        notify_from_another_officer(server_url, "catalog")


def test_a_burst_of_announcements_makes_one_refresh(qtbot, watch, server_url):
    heard = []
    watch.changed.connect(lambda: heard.append(1))
    with qtbot.waitSignal(watch.changed, timeout=WAIT_MS), \
            psycopg.connect(server_url, autocommit=True) as connection:
        for number in range(5):  # one per package of an import
            connection.execute("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, f"i{number}"))
    qtbot.wait(500)
    assert heard == [1]


def test_this_windows_own_announcements_are_not_heard_again(qtbot, watch, server_context):
    with qtbot.assertNotEmitted(watch.changed, wait=1000), \
            server_context.database.engine.begin() as connection:
        announce_change(connection, "import")


def test_the_watch_comes_back_quietly_after_the_server_dropped_it(qtbot, watch, cluster,
                                                                  server_url):
    with qtbot.waitSignal(watch.changed, timeout=WAIT_MS):  # back: it may have missed news
        cluster.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE application_name = 'tenpoint-listener'")
    qtbot.waitUntil(lambda: watch.listening, timeout=WAIT_MS)
    with qtbot.waitSignal(watch.changed, timeout=WAIT_MS):
        notify_from_another_officer(server_url)


def test_stopping_ends_the_thread_and_its_connection(qtbot, server_context, cluster):
    watcher = ServerWatch(server_context.database)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.listening, timeout=WAIT_MS)
    watcher.stop()
    watcher.stop()  # again, as at quit after the window closed
    assert not watcher._thread.isRunning()
    with psycopg.connect(cluster.url(), autocommit=True) as connection:
        listeners = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
            "'tenpoint-listener'").fetchone()[0]
    assert listeners == 0


@pytest.fixture
def window(qtbot, server_context):
    win = MainWindow(server_context, DatabaseSide(server_context))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.server_watch.listening, timeout=WAIT_MS)
    yield win
    win.close()


def test_the_window_says_it_is_on_the_shared_database(window, server_url):
    assert "shared database" in window.windowTitle()
    assert server_url in plain(window.database_status.text())


def test_another_officers_import_shows_in_this_window(qtbot, window, server_url, tmp_path):
    assert window.activities.model.rowCount() == 0
    other = open_database(server_url, folder=tmp_path / "other-officer")
    try:  # another officer's Tenpoint: its own connections, then the announcement
        create_activity(other, ActivityContent(title="Border training",
                                               item_codes=("DES-SR-III-01",)), "amina")
        with other.engine.begin() as connection:
            announce_change(connection, "import")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.activities.model.rowCount() == 1, timeout=WAIT_MS)


def test_closing_the_window_stops_listening(qtbot, window):
    watcher = window.server_watch
    window.close()
    assert not watcher._thread.isRunning()


def test_a_file_database_has_no_watch(qtbot, app_context):
    setup_office(app_context.database, "Nairobi", "KE")
    win = MainWindow(app_context, DatabaseSide(app_context))
    qtbot.addWidget(win)
    assert win.server_watch is None and not app_context.on_server
    assert "shared" not in win.windowTitle()


# --- the whole start, and the smoke test -----------------------------------------------------

def test_a_preconfigured_start_on_the_server_shows_the_window_and_quits_cleanly(
        tmp_path, server_url):
    """As a person starts it: the main window from the shared database, the watch started,
    and at quit its thread ended before Qt goes (a QThread still running aborts the exit)."""
    ini = tmp_path / INI_NAME
    ini.write_text(f"[office]\nname = UNHCR HQ\nheadquarters = yes\n"
                   f"[data]\nfolder = data\ndatabase = {server_url}\n", encoding="utf-8")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENPOINT_STARTUP_PROBE="1")
    result = subprocess.run([sys.executable, "-m", "desktop", "--config", str(ini)], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "first-paint", "main-window"]
    assert "QThread" not in result.stderr
    assert not (tmp_path / "data" / DATABASE_FILE).exists()
    log = (tmp_path / "data" / "logs" / "tenpoint.log").read_text(encoding="utf-8")
    assert f"listening for other officers' changes on {server_url}" in log
    database = open_database(server_url, folder=tmp_path / "check")
    try:
        assert local_office(database).name == "UNHCR HQ"
    finally:
        database.close()


def test_the_start_reports_a_server_it_cannot_reach(qtbot, tmp_path):
    url = f"postgresql://officer@127.0.0.1:{closed_port()}/tenpoint"
    startup = Startup(tmp_path / "data", Preconfiguration(database=url))
    qtbot.addWidget(startup.window)
    with qtbot.waitSignal(startup.failed, timeout=60_000) as failed:
        startup.start()
    startup.finish()
    message = startup_error_message(failed.args[0])
    assert message is not None and url in message


def test_the_smoke_test_reaches_the_server_and_changes_nothing_there(capsys, tmp_path,
                                                                     empty_url):
    ini = tmp_path / INI_NAME
    ini.write_text(f"[data]\ndatabase = {empty_url}\n", encoding="utf-8")
    assert run_smoke_test(str(ini)) == 0
    out = capsys.readouterr().out
    assert f"shared database {empty_url}: schema none yet" in out
    with psycopg.connect(empty_url) as connection:
        tables = connection.execute("SELECT count(*) FROM information_schema.tables "
                                    "WHERE table_schema = 'public'").fetchone()[0]
    assert tables == 0
