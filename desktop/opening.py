"""Opening an installation's data folder in full: the database (migrated after a backup), the
catalog, IT's preset office; what the window gets a moment after its first paint
(desktop/startup.py), and what every command starts from.

The database is the folder's tenpoint.sqlite, or a headquarters' shared PostgreSQL database
when tenpoint.ini or `tenpoint setup --hq --database` names one (desktop/config.py
server_database); a server that cannot be reached is a ServerConnectionError naming it.
"""

from __future__ import annotations

import logging

from db.catalog.loader import load_catalog
from db.errors import InvalidIdentityError, UnknownCountryError
from db.installation.office import local_office, setup_office
from db.resources import app_version
from db.storage.database import Database, open_database
from db.storage.local_disk import check_local_disk
from db.storage.server import display_url, server_errors
from desktop.config import ConfigError, Preconfiguration, server_database
from desktop.context import AppContext, data_folder_settings, setup_logging
from desktop.paths import DataPaths, data_paths

log = logging.getLogger(__name__)


def open_context(data_dir: str | None, config: Preconfiguration | None = None,
                 server_url: str | None = None) -> AppContext:
    """Open the data folder's database (migrating it after a backup), load the catalog, and
    apply IT's preset office identity if the database has none.

    server_url, a PostgreSQL URL, is opened instead of what the folder names (`tenpoint setup
    --hq --database` before recording it). A data folder on a network share is refused
    (NetworkShareError) before the log or the database is written there: the live database,
    and on a server the signing key and backups, must stay on this computer's own disk.
    """
    config = config or Preconfiguration()
    paths = data_paths(data_dir)
    check_local_disk(paths.root)
    setup_logging(paths)
    settings = data_folder_settings(paths)
    url = server_url or server_database(config, paths)
    database = _open_database(paths, url, settings.backup_keep())
    if database.migration.backup:
        log.info("schema %s -> %s, backup %s", database.migration.from_revision,
                 database.migration.to_revision, database.migration.backup)
    try:
        with server_errors(database.location if url else None):
            report = load_catalog(database)
            apply_office_preset(database, config)
    except Exception:
        database.close()
        raise
    if report.changed:
        log.info("catalog %s -> %s: %d added, %d updated, %d retired", report.from_version,
                 report.to_version, report.items_added, report.items_updated,
                 report.items_retired)
    return AppContext(paths, database, report, _settings=settings)


def _open_database(paths: DataPaths, url: str | None, keep_backups: int) -> Database:
    """The folder's SQLite file, or the server at url (the folder keeps its keys and backups)."""
    if url is None:
        return open_database(paths.database, paths.backups, app_version=app_version(),
                             keep_backups=keep_backups)
    log.info("opening the shared database %s", display_url(url))
    with server_errors(display_url(url)):
        return open_database(url, paths.backups, app_version=app_version(),
                             keep_backups=keep_backups, folder=paths.root)


def apply_office_preset(database: Database, config: Preconfiguration) -> bool:
    """Set the preset identity if the database has none yet; True if it was set.

    An existing identity is kept (packages already sent carry it); a differing preset is
    logged, and `tenpoint setup --force` changes it on purpose.
    """
    preset = config.office
    if preset is None:
        return False
    existing = local_office(database)
    if existing is not None:
        if (existing.name, existing.country_iso2) != (preset.name, preset.country):
            log.warning("%s presets office %r (%s) but the database is already set up as "
                        "%r (%s); keeping it", config.source, preset.name, preset.country,
                        existing.name, existing.country_iso2)
        return False
    try:
        setup_office(database, preset.name, preset.country, is_headquarters=preset.headquarters)
    except UnknownCountryError as error:
        raise ConfigError(str(config.source), "unknown-country", "office/country",
                          error.code) from error
    except InvalidIdentityError as error:
        raise ConfigError(str(config.source), "bad-office-name", "office/name",
                          error.value) from error
    log.info("office identity set from %s: %s (%s)", config.source, preset.name, preset.country)
    return True
