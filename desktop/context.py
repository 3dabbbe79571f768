"""The application context: paths, settings, the open database and the catalog.

A quick start (quick_context, here) has the paths and a read-only QuickReader first and
gets its Database a moment later (attach; desktop/opening.py opens it in full); the database
libraries load in between, after the main window shows. Reads go through `reader`; what a
person asks for that needs the database waits in `when_ready`. A headquarters on a shared
PostgreSQL server has no quick start: its first screen waits for the full opening.
"""

from __future__ import annotations

import faulthandler
import getpass
import logging
import logging.handlers
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from db.installation.quick_start import open_quick_reader
from db.storage.quick_read import QuickReader, ReadSource
from desktop.config import Preconfiguration, server_database
from desktop.paths import DataPaths, data_paths
from desktop.settings import Settings

if TYPE_CHECKING:
    from db.catalog.loader import CatalogLoadReport
    from db.storage.database import Database

log = logging.getLogger(__name__)


CRASH_LOG = "crash.log"
_crash_log_file = None  # kept open: the interpreter may crash at any moment until it exits


def enable_crash_log(paths: DataPaths) -> None:
    """A crash of the interpreter itself (an abort or segfault in a C extension, which no
    Python handler sees) writes its traceback to logs/crash.log, for a person to send."""
    global _crash_log_file
    path = paths.logs / CRASH_LOG
    if _crash_log_file is not None and _crash_log_file.name == str(path):
        return
    previous, _crash_log_file = _crash_log_file, open(path, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_crash_log_file, all_threads=True)
    if previous is not None:
        previous.close()


def setup_logging(paths: DataPaths) -> None:
    """Log to a rotating file in the data folder; unexpected errors end up there, and a crash
    of the interpreter in crash.log beside it."""
    enable_crash_log(paths)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "tenpoint.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def current_user() -> str:
    """Who is working: recorded as created_by/updated_by and in activity histories."""
    try:
        return getpass.getuser()
    except OSError:  # no user name in the environment (some service accounts)
        return "unknown"


@dataclass
class AppContext:
    """What windows and commands need, handed to them instead of globals."""

    paths: DataPaths
    database: Database | None  # None until a quick start's database is attached
    catalog_load: CatalogLoadReport | None
    user: str = field(default_factory=current_user)
    _settings: Settings | None = None
    quick: QuickReader | None = None
    _waiting: list[Callable[[], None]] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        """Whether the database is open for every service (not only the first reads)."""
        return self.database is not None

    @property
    def reader(self) -> ReadSource:
        """Where the read services read: the database, or the QuickReader until it is open."""
        return self.database if self.database is not None else self.quick

    def when_ready(self, action: Callable[[], None]) -> None:
        """Run action now if the database is open, else once it is (with a busy cursor until
        then), so what a person asked for in the first second is done, not dropped."""
        if self.ready and not self._waiting:
            action()
            return
        if not self._waiting and QApplication.instance() is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._waiting.append(action)

    def attach(self, opened: AppContext) -> None:
        """Take the fully opened database of the same data folder."""
        self.database, self.catalog_load = opened.database, opened.catalog_load
        if self.quick is not None:
            self.quick.close()
            self.quick = None

    def run_waiting(self) -> None:
        """Run what waited for the database (once the windows read from it)."""
        waiting, self._waiting = self._waiting, []
        if waiting and QApplication.instance() is not None:
            QApplication.restoreOverrideCursor()
        for action in waiting:
            action()

    @property
    def on_server(self) -> bool:
        """Whether the database is a shared PostgreSQL server's (other officers work on it)."""
        return self.database is not None and self.database.url is not None

    @property
    def database_location(self) -> str:
        """Where the database is, for people: the file, or the server's URL (no password)."""
        return self.database.location if self.database is not None else str(self.paths.database)

    @property
    def settings(self) -> Settings:
        """Settings kept in the data folder (settings.ini), so a portable copy carries them."""
        if self._settings is None:
            self._settings = data_folder_settings(self.paths)
        return self._settings

    def close(self) -> None:
        if self.quick is not None:
            self.quick.close()
        if self.database is not None:
            self.database.close()


def data_folder_settings(paths: DataPaths) -> Settings:
    """The settings.ini of the data folder."""
    return Settings(QSettings(str(paths.settings), QSettings.Format.IniFormat))


def quick_context(data_dir: str | None, config: Preconfiguration | None = None
                  ) -> AppContext | None:
    """A context that reads the data folder's database before it is fully opened, or None
    when the full opening (open_context) may change what the first screen would show, and
    for a shared server (the quick reader reads SQLite files only; a tenpoint.sqlite left in
    the folder is not the database then)."""
    config = config or Preconfiguration()
    paths = data_paths(data_dir)
    if server_database(config, paths) is not None:
        return None
    preset = config.office is not None
    reader = open_quick_reader(paths.database, office_preset=preset)
    if reader is None:
        return None
    setup_logging(paths)
    return AppContext(paths, None, None, quick=reader)
