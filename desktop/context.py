"""The application context: paths, the open database and the catalog, built once at start."""

from __future__ import annotations

import getpass
import logging
import logging.handlers
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from db.catalog_loader import CatalogLoadReport, load_catalog
from db.database import Database, open_database
from desktop.config import Preconfiguration, apply_office_preset
from desktop.paths import DataPaths, data_paths
from desktop.settings import Settings
from desktop.version import app_version

log = logging.getLogger(__name__)


def setup_logging(paths: DataPaths) -> None:
    """Log to a rotating file in the data folder; unexpected errors end up there."""
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
    database: Database
    catalog_load: CatalogLoadReport
    user: str = field(default_factory=current_user)
    _settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        """Settings kept in the data folder (settings.ini), so a portable copy carries them."""
        if self._settings is None:
            ini = QSettings(str(self.paths.root / "settings.ini"), QSettings.Format.IniFormat)
            self._settings = Settings(ini)
        return self._settings

    def close(self) -> None:
        self.database.close()


def open_context(data_dir: str | None, config: Preconfiguration | None = None) -> AppContext:
    """Open the data folder's database (migrating it after a backup), load the catalog, and
    apply IT's preset office identity if the database has none."""
    paths = data_paths(data_dir)
    setup_logging(paths)
    database = open_database(paths.database, paths.backups, app_version=app_version())
    if database.migration.backup:
        log.info("schema %s -> %s, backup %s", database.migration.from_revision,
                 database.migration.to_revision, database.migration.backup)
    try:
        report = load_catalog(database)
        apply_office_preset(database, config or Preconfiguration())
    except Exception:
        database.close()
        raise
    if report.changed:
        log.info("catalog %s -> %s: %d added, %d updated, %d retired", report.from_version,
                 report.to_version, report.items_added, report.items_updated,
                 report.items_retired)
    return AppContext(paths, database, report)
