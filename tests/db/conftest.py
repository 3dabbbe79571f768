"""The db/ tests run on both databases Tenpoint opens: the embedded SQLite file and a
PostgreSQL server (a throwaway cluster, tests/pg_cluster.py). Each test that takes a database
runs once per backend; a test of what only a SQLite file has (its header, its backups, its
disk) says so with @pytest.mark.sqlite_only, and a test of what only a shared server has
(several officers at once) with @pytest.mark.postgresql_only."""

from __future__ import annotations

import pytest

from db.catalog.loader import load_catalog
from db.storage.database import open_database
from tests.database_templates import POSTGRESQL, SQLITE, DatabaseTemplate
from tests.outside_tools import ALL_TOOLS_REQUIRED
from tests.pg_cluster import Cluster, server_available


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of the SQLite file itself")
    config.addinivalue_line("markers", "postgresql_only: a test of a shared server")


ONLY = {"sqlite_only": SQLITE, "postgresql_only": POSTGRESQL}


def pytest_collection_modifyitems(config, items) -> None:
    """The run of a sqlite_only test on PostgreSQL (and of a postgresql_only one on SQLite)
    is left out, not skipped: it has no meaning there."""
    kept, left = [], []
    for item in items:
        backend = getattr(item, "callspec", None) and item.callspec.params.get("backend")
        wrong = backend and any(item.get_closest_marker(marker) and backend != only
                                for marker, only in ONLY.items())
        (left if wrong else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(scope="session")
def pg_cluster():
    if not server_available():
        reason = "needs PostgreSQL's initdb, pg_ctl and pg_dump; ./dev.sh test installs them"
        if ALL_TOOLS_REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session", params=[SQLITE, POSTGRESQL])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def catalog_template(backend, request, tmp_path_factory) -> DatabaseTemplate:
    """The catalog-loaded template of this backend, built once per session."""
    folder = tmp_path_factory.mktemp(f"template-{backend}")
    if backend == SQLITE:
        path = folder / "tenpoint.sqlite"
        database = open_database(path)
        load_catalog(database)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
        return DatabaseTemplate(SQLITE, path=path)
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.new_database()
    database = open_database(url, folder=folder)
    load_catalog(database)
    database.close()
    return DatabaseTemplate(POSTGRESQL, cluster=cluster, template=url.rsplit("/", 1)[1])


@pytest.fixture(autouse=True)
def _drop_test_databases(request):
    """PostgreSQL databases a test made are dropped after it (each holds the catalog)."""
    yield
    if "catalog_template" in request.fixturenames:
        request.getfixturevalue("catalog_template").drop_made()


@pytest.fixture
def database(catalog_template, tmp_path):
    """A fresh database of this test's own, with the catalog loaded, on this backend."""
    db = catalog_template.open_copy(tmp_path / "data")
    yield db
    db.close()
