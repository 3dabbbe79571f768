"""What the storage tests do alike on both backends: a database at an old schema, a backup of
a database not open yet, the database a backup holds, and every table's rows to compare."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, inspect

from db.storage.backups import BackupInfo, take_backup
from db.storage.database import Database, make_engine, open_database
from db.storage.migrations import upgrade
from db.storage.server import is_server_url, make_server_engine
from db.storage.server_backups import load_dump, take_server_backup
from tests.conftest import FIXTURES
from tests.database_templates import SQLITE, DatabaseTemplate

SCHEMA_0001 = FIXTURES / "db" / "schema-0001.sqlite"


def engine_of(target: Path | str) -> Engine:
    """An engine on a database that is not open (to change it behind Tenpoint's back)."""
    return make_server_engine(target) if is_server_url(target) else make_engine(Path(target))


def old_schema_database(template: DatabaseTemplate, folder: Path) -> Path | str:
    """A database as the schema-0001 build left it, with one region (TEST): a copy of
    tests/fixtures/db/schema-0001.sqlite, or a server database made the same way."""
    folder.mkdir(parents=True, exist_ok=True)
    if template.backend == SQLITE:
        path = folder / "old.sqlite"
        shutil.copy(SCHEMA_0001, path)
        return path
    url = template.new_empty(folder)
    engine = engine_of(url)
    with engine.begin() as connection:
        upgrade(connection, "0001")
        connection.exec_driver_sql(
            "insert into region (code, name, description) values ('TEST', 'Test region', '')")
    engine.dispose()
    return url


def backup_of(target: Path | str, folder: Path, reason: str = "manual", **options
              ) -> BackupInfo:
    """A backup of the database at target (a file's copy, or a server database's dump)."""
    if is_server_url(target):
        return take_server_backup(target, folder, reason, **options)
    return take_backup(target, folder, reason, **options)


def open_backup(backup: Path, template: DatabaseTemplate, folder: Path) -> Database:
    """The database a backup holds, opened: the SQLite copy itself, or a new server database
    the dump is loaded into."""
    if template.backend == SQLITE:
        return open_database(backup)
    url = template.new_empty(folder)
    load_dump(url, backup)
    return open_database(url, folder=folder)


def every_table(database: Database | Engine) -> dict[str, list[tuple]]:
    """Every table's rows, in an order of their own (the tables' rows have none)."""
    engine = database.engine if isinstance(database, Database) else database
    with engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
        return {name: sorted((tuple(row) for row in connection.exec_driver_sql(
            f'SELECT * FROM "{name}"')), key=repr) for name in names}
