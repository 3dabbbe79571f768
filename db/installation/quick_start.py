"""Whether the first screen may read the database before it is fully opened.

A QuickReader is offered only when opening the database fully would change nothing the first
screen shows: the schema is at this build's head, the catalog is loaded and, when IT presets
the office, the office is set up. It imports no SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.catalog.files import bundled_catalog_version
from db.errors import TenpointDataError
from db.resources import migrations_dir
from db.storage.local_disk import check_local_disk
from db.storage.local_office import read_local_office
from db.storage.quick_read import SQLITE_HEADER, QuickReader
from db.storage.schema_files import declared_head


def open_quick_reader(path: Path, office_preset: bool = False) -> QuickReader | None:
    """A QuickReader when opening the database fully would change nothing the first screen
    shows; None when that opening must come first (and report what is wrong): no file or not
    SQLite, not on a local disk, a schema other than this build's head, a catalog to load, or
    (office_preset) an identity still to preset."""
    path = Path(path)
    try:
        check_local_disk(path)
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except (OSError, TenpointDataError):
        return None
    head = declared_head(migrations_dir() / "versions")
    if head is None:
        return None
    try:
        reader = QuickReader(path)
    except sqlite3.Error:
        return None
    try:
        if _ready_as_is(reader, head, office_preset):
            return reader
    except (sqlite3.Error, OSError, ValueError, KeyError):
        pass  # anything unexpected is for the full opening to handle and report
    reader.close()
    return None


def _ready_as_is(reader: QuickReader, head: str, office_preset: bool) -> bool:
    with reader.reading() as sql:
        revisions = sql.all("SELECT version_num FROM alembic_version")
        if [tuple(row) for row in revisions] != [(head,)]:
            return False
        catalog = sql.scalar("SELECT version FROM catalog_state WHERE id = 1")
        if catalog is None or catalog < bundled_catalog_version():
            return False
        return not office_preset or read_local_office(sql) is not None
