"""Fixtures shared by every layer's tests: a fresh database with the catalog loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.catalog.loader import load_catalog
from db.storage.database import Database, open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def catalog_template(tmp_path_factory) -> Path:
    """A database with the bundled catalog, built once; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "tenpoint.sqlite"
    database = open_database(path)
    load_catalog(database)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def database(catalog_template, tmp_path) -> Database:
    """A fresh database of this test's own, with the catalog loaded."""
    path = tmp_path / "data" / "tenpoint.sqlite"
    path.parent.mkdir()
    shutil.copy(catalog_template, path)
    db = open_database(path)
    yield db
    db.close()
