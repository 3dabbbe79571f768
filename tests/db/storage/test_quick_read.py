"""The quick start's reads: exactly what the Database gives, or no quick reader at all."""

from __future__ import annotations

import sqlite3

import pytest

from db.activities.queries import (
    ActivityQuery,
    action_area_choices,
    activity_page,
    catalog_choices,
    count_activities,
    owner_choices,
)
from db.activities.service import create_activity, delete_activity
from db.catalog.browse import BrowseFilter, catalog_tree, filter_choices, office_scope
from db.installation.office import setup_office
from db.installation.quick_start import open_quick_reader
from db.storage.quick_read import QuickReader
from exporters.activity import ActivityContent

QUERIES = [ActivityQuery(), ActivityQuery(sort="title", descending=False),
           ActivityQuery(item_code="DES-SR"), ActivityQuery(text="border"),
           ActivityQuery(status="planned", include_deleted=True)]
FILTERS = [None, BrowseFilter(event_codes=frozenset({"SAN"})),
           BrowseFilter(item_kind="action", area_number=3)]


def first_screen(source) -> list:
    """Everything the main window reads for its first screen, from one source."""
    scope = office_scope(source)
    reads = [scope, filter_choices(source, scope.event_codes), action_area_choices(source),
             owner_choices(source), catalog_choices(source)]
    reads += [catalog_tree(source, filters) for filters in FILTERS]
    for query in QUERIES:
        counts = count_activities(source, query)
        reads += [counts, activity_page(source, query, 0, 200, counts)]
    return reads


# The quick reader reads a SQLite file with plain sqlite3 (a server is always opened fully,
# desktop/context.py quick_context): the tests of a database are of the SQLite file.


@pytest.fixture
def quick(database):
    reader = open_quick_reader(database.path)
    assert reader is not None
    yield reader
    reader.close()


@pytest.mark.sqlite_only
def test_the_quick_reader_reads_what_the_database_reads(database, quick):
    assert first_screen(quick) == first_screen(database)


@pytest.mark.sqlite_only
def test_after_setup_and_edits_both_still_read_alike(database, quick):
    setup_office(database, "Nairobi", "KE")
    kept = create_activity(database, ActivityContent(
        title="Border training", item_codes=("DES-SR-III-01",)), "amina")
    gone = create_activity(database, ActivityContent(
        title="Old plan", item_codes=("SAN-SR-3-02",)), "amina")
    delete_activity(database, gone.uuid, "amina")
    expected = first_screen(database)
    assert first_screen(quick) == expected
    assert office_scope(quick).regional  # Kenya's region, not every event
    page = activity_page(quick, ActivityQuery(), 0, 10)
    assert kept.uuid in [row.uuid for row in page]
    assert page[0].editable


@pytest.mark.sqlite_only
def test_the_quick_reader_never_writes(quick):
    with quick.reading() as sql, pytest.raises(sqlite3.OperationalError):
        sql.run("DELETE FROM office")


def test_no_quick_reader_for_a_missing_or_foreign_file(tmp_path):
    assert open_quick_reader(tmp_path / "none.sqlite") is None
    (tmp_path / "text.sqlite").write_text("not a database", encoding="utf-8")
    assert open_quick_reader(tmp_path / "text.sqlite") is None
    assert not (tmp_path / "none.sqlite").exists()  # looking created nothing


@pytest.mark.sqlite_only
def test_no_quick_reader_for_an_older_schema(database):
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    assert open_quick_reader(database.path) is None


@pytest.mark.sqlite_only
def test_no_quick_reader_before_the_catalog_is_loaded(database):
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE catalog_state SET version = version - 1")
    assert open_quick_reader(database.path) is None
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM catalog_state")
    assert open_quick_reader(database.path) is None


@pytest.mark.sqlite_only
def test_no_quick_reader_while_an_office_preset_waits(database):
    assert open_quick_reader(database.path, office_preset=True) is None
    setup_office(database, "Nairobi", "KE")
    reader = open_quick_reader(database.path, office_preset=True)
    assert isinstance(reader, QuickReader)
    reader.close()


@pytest.mark.postgresql_only
def test_no_quick_reader_for_a_server(database, tmp_path):
    """A server's URL is no file to read: the full opening comes first, and nothing is made
    where a file of that name would be."""
    assert open_quick_reader(database.url) is None
    assert not any(tmp_path.glob("postgres*"))
