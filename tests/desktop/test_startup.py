"""Start-up: a first frame before the database libraries load, then the main window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from db.errors import DatabaseTooNewError
from db.installation.office import local_office
from db.storage.database import open_database
from desktop.app import startup_error_message
from desktop.config import Preconfiguration
from desktop.startup import Startup, StartupWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_frame_does_not_wait_for_the_database_libraries():
    """What runs before the start-up window shows, and the main window's modules, must not
    import SQLAlchemy or alembic (import-linter checks the same statically)."""
    code = ("import sys, desktop.startup, desktop.main_window; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_startup_opens_the_context_on_a_worker_and_hands_it_over(qtbot, tmp_path):
    startup = Startup(tmp_path / "data", Preconfiguration())
    qtbot.addWidget(startup.window)
    assert str(tmp_path / "data") in startup.window.status_label.text()
    with qtbot.waitSignal(startup.ready, timeout=60_000) as ready:
        startup.start()
    context = ready.args[0].context
    try:
        assert context.paths.database.exists()
        assert context.catalog_load.to_version >= 1
    finally:
        startup.finish()
        context.close()


def test_the_first_frame_names_the_shared_database_not_the_folder(qtbot, tmp_path):
    """A headquarters on PostgreSQL opens a server, not the data folder's file."""
    url = "postgresql://hq-officer@db.hq.example.org:5432/tenpoint?sslmode=require"
    window = StartupWindow(tmp_path / "data", Preconfiguration(database=url))
    qtbot.addWidget(window)
    assert "db.hq.example.org" in window.status_label.text()
    assert str(tmp_path / "data") not in window.status_label.text()


def test_startup_reports_a_database_it_must_not_open(qtbot, tmp_path):
    path = tmp_path / "tenpoint.sqlite"
    open_database(path, app_version="9.0.0").close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = 'beef'")
    connection.close()
    startup = Startup(tmp_path, Preconfiguration())
    qtbot.addWidget(startup.window)
    with qtbot.waitSignal(startup.failed, timeout=60_000) as failed:
        startup.start()
    startup.finish()
    error = failed.args[0]
    assert isinstance(error, DatabaseTooNewError)
    assert "Install Tenpoint 9.0.0 or newer" in startup_error_message(error)


def test_preconfigured_start_opens_the_main_window_with_the_office_set(tmp_path):
    """The whole start as a person gets it, with IT's ini: no setup dialog, office set."""
    ini = tmp_path / "tenpoint.ini"
    ini.write_text("[office]\nname = San José office\ncountry = CR\n"
                   "[data]\nfolder = data\n[interface]\nlanguage = es\n", encoding="utf-8")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENPOINT_STARTUP_PROBE="1")
    result = subprocess.run([sys.executable, "-m", "desktop", "--config", str(ini)], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    moments = [line.split()[0] for line in result.stdout.splitlines()]
    assert moments == ["first-paint", "main-window"]
    database = open_database(tmp_path / "data" / "tenpoint.sqlite")
    try:
        identity = local_office(database)
        assert (identity.name, identity.country_iso2) == ("San José office", "CR")
    finally:
        database.close()
