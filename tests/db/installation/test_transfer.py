"""A headquarters' SQLite database moved to PostgreSQL (db/installation/transfer.py): every table
arrives equal, and a refusal, a failure or a cancel leaves the server's database empty.

Each test moves a SQLite file into the throwaway server, so it runs once, not once per
backend (it is marked postgresql_only: it has no meaning without a server)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import MetaData, Table, create_engine, event, inspect, select, text
from sqlmodel import SQLModel

from db.activities.queries import ActivityQuery, count_activities
from db.activities.service import create_activity, delete_activity, update_activity
from db.catalog.changes import record_edits
from db.catalog.loader import load_catalog
from db.installation import transfer
from db.installation.office import local_office
from db.installation.transfer import TransferError, move_to_server
from db.storage.database import open_database
from db.storage.server import engine_url
from db.sync.exporting import export_template
from db.sync.importing import apply_import, read_packages
from exporters.catalog_edits import SUPERSEDE, CatalogEdit
from tests.db.catalog.test_changes import OLD, SURVIVOR, new_event_edits
from tests.db.sync.helpers import Site, sample
from tests.workbook_cells import fill_row

pytestmark = pytest.mark.postgresql_only

HQ_FOLDER = "hq"


@pytest.fixture(scope="module")
def sites_folder(tmp_path_factory) -> Path:
    """Headquarters' SQLite installation after a season of work, and a package from Nairobi
    it has not imported yet (sites_folder/later.xlsx)."""
    root = tmp_path_factory.mktemp("transfer")
    template = root / "template.sqlite"
    database = open_database(template)
    load_catalog(database)
    database.close()
    hq = Site(template, root / HQ_FOLDER, "UNHCR HQ", None, hq=True)
    nairobi = Site(template, root / "nairobi", "Nairobi", "KE")
    kampala = Site(template, root / "kampala", "Kampala", "UG")
    _season(hq, nairobi, kampala)
    create_activity(nairobi.database, sample(title="Registration drive, Kakuma"), "amina")
    shutil.copy(nairobi.export(changed_only=True), root / "later.xlsx")
    for site in (hq, nairobi, kampala):
        site.close()
    return root


def _season(hq: Site, nairobi: Site, kampala: Site) -> None:
    """Offices' activities, their history, a deletion, an open and a resolved conflict,
    catalog changes with a merge, updates sent to the offices."""
    records = [create_activity(nairobi.database, sample(
        title=f"Border monitoring training {n}", evidence="Mission report" if n % 2 else "",
        item_codes=(OLD,) if n % 3 == 0 else ("DES-SR-III-01", "DES-AP-I-A03"),
        description="Asylum law review, à Genève"), "amina") for n in range(6)]
    create_activity(kampala.database, sample(title="Reception centre", item_codes=(
        "DES-SR-I-01",)), "joseph")
    hq.receive(nairobi.export(), kampala.export())
    delete_activity(nairobi.database, records[1].uuid, "amina")
    update_activity(hq.database, records[2].uuid, sample(title="HQ wording"), "hq")
    update_activity(nairobi.database, records[2].uuid, sample(title="Office wording"), "amina")
    update_activity(hq.database, records[3].uuid, sample(title="HQ title"), "hq")
    update_activity(nairobi.database, records[3].uuid, sample(title="Office title"), "amina")
    hq.receive(nairobi.export())
    from db.sync.conflicts import open_conflicts, resolve_conflict

    resolve_conflict(hq.database, open_conflicts(hq.database)[0].id, "incoming", "hq")
    record_edits(hq.database, new_event_edits()
                 + [CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq-officer")
    create_activity(hq.database, sample(title="Headquarters' own", item_codes=(
        "NBO-OD-A-01",)), "hq")
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    kampala.receive(hq.export(region_code="EHSA"))
    _filled_template(hq)


def _filled_template(hq: Site) -> None:
    """A template Kigali filled in: its rows keep their template state at headquarters."""
    path = hq.folder / "kigali.xlsx"
    export_template(hq.database, path, office_name="Kigali", country="RW", rows=2)
    book = load_workbook(path)
    fill_row(book["Activities"], 2, {"Title": "Radio spots", "Item codes": "DES-SR-III-01"})
    book.save(path)
    assert hq.receive(path, accept_unsigned=True).packages[0].new == 1


@pytest.fixture
def hq_folder(sites_folder, tmp_path) -> Path:
    """A copy of headquarters' data folder (its database and signing key) for one test."""
    folder = tmp_path / HQ_FOLDER
    shutil.copytree(sites_folder / HQ_FOLDER, folder)
    return folder


@pytest.fixture
def source(hq_folder):
    database = open_database(hq_folder / "tenpoint.sqlite")
    yield database
    database.close()


@pytest.fixture
def server_url(pg_cluster):
    """A new, empty database on the test server; dropped after the test."""
    url = pg_cluster.new_database()
    yield url
    pg_cluster.admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


# --- what each side holds -----------------------------------------------------------------
TRIGGER_KEPT = {"activity_list_index": "uuid", "progress_link": "item_code, activity_uuid"}


def _engine(target: Path | str):
    return create_engine(engine_url(target) if isinstance(target, str)
                         else f"sqlite:///{target}")


def _normal(row) -> tuple:
    """Values as both drivers give them alike: times without their zone, 0/1 booleans."""
    values = []
    for value in row:
        if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
            value = value.replace(tzinfo=None)
        values.append(int(value) if isinstance(value, bool) else value)
    return tuple(values)


def table_contents(target: Path | str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted in Python (the same order whatever the database's
    collation): the metadata's tables whole, the trigger-kept ones without their ids."""
    engine = _engine(target)
    contents = {}
    try:
        with engine.connect() as connection:
            for table in SQLModel.metadata.sorted_tables:
                contents[table.name] = sorted(
                    (_normal(row) for row in connection.execute(select(table))), key=repr)
            for name in TRIGGER_KEPT:
                reflected = Table(name, MetaData(), autoload_with=connection)
                columns = [c for c in reflected.columns if c.name != "id"]
                contents[name] = sorted((_normal(row) for row in connection.execute(
                    select(*columns))), key=repr)
    finally:
        engine.dispose()
    return contents


def row_counts(url: str) -> dict[str, int]:
    """Rows per table of the server's database (alembic_version aside)."""
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            names = [n for n in inspect(connection).get_table_names() if n != "alembic_version"]
            return {name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()
                    for name in names}
    finally:
        engine.dispose()


def assert_empty(url: str) -> None:
    counts = row_counts(url)
    assert counts and not any(counts.values()), {k: v for k, v in counts.items() if v}


# --- the move -----------------------------------------------------------------------------
def test_every_table_arrives_equal(source, hq_folder, server_url):
    fractions = []
    report = move_to_server(source, server_url,
                            progress=lambda fraction, table: fractions.append((fraction, table)))
    counted = {count.table: count for count in report.tables}
    assert set(counted) == {t.name for t in SQLModel.metadata.sorted_tables} | {
        "activity_list_index", "progress_link", "activity_fts", "catalog_item_fts"}
    assert all(c.source_rows == c.target_rows for c in counted.values())
    for busy in ("office", "activity", "activity_change", "activity_conflict", "sync_package",
                 "catalog_change", "trusted_key", "export_watermark", "activity_sync_state",
                 "activity_version_seen", "activity_list_index", "progress_link"):
        assert counted[busy].target_rows > 0, busy
    assert report.location == server_url  # no password to hide here
    assert fractions[-1][0] == 1.0 and fractions[-2][0] == 0.99  # the work was foreseen
    assert [f for f, _ in fractions] == sorted(f for f, _ in fractions)
    # Checked here again, independently of the move's own comparison.
    assert table_contents(server_url) == table_contents(hq_folder / "tenpoint.sqlite")


def test_the_moved_database_opens_and_takes_the_next_package(source, hq_folder, server_url,
                                                              sites_folder):
    expected = count_activities(source, ActivityQuery(include_deleted=True))
    move_to_server(source, server_url)
    source.close()
    server = open_database(server_url, folder=hq_folder)
    try:
        assert local_office(server).name == "UNHCR HQ"
        assert count_activities(server, ActivityQuery(include_deleted=True)) == expected
        # New rows take ids after the copied ones (the sequences were moved on).
        create_activity(server, sample(title="First on the server"), "hq")
        report = apply_import(server, read_packages([sites_folder / "later.xlsx"]), "tester",
                              trusted_fingerprints=_fingerprints(sites_folder))
        outcome = report.packages[0]
        assert outcome.status == "accepted" and outcome.new == 1
        after = count_activities(server, ActivityQuery(include_deleted=True))
        assert after.total == expected.total + 2
    finally:
        server.close()


def _fingerprints(sites_folder: Path) -> tuple[str, ...]:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from db.installation.signing import KEY_FILE_NAME
    from exporters.signature import fingerprint, public_key_text

    key = (sites_folder / "nairobi" / KEY_FILE_NAME).read_bytes()
    return (fingerprint(public_key_text(load_pem_private_key(key, None))),)


# --- all or nothing -----------------------------------------------------------------------
def test_a_database_holding_data_is_refused_and_left_as_it_was(source, server_url, tmp_path):
    filled = open_database(server_url, folder=tmp_path)
    load_catalog(filled)
    filled.close()
    before = row_counts(server_url)
    with pytest.raises(TransferError) as refused:
        move_to_server(source, server_url)
    assert refused.value.code == "target_not_empty" and refused.value.table
    assert row_counts(server_url) == before


def test_a_failure_midway_leaves_the_server_empty(source, server_url, monkeypatch):
    copy = transfer._copy_table

    def failing(reading, writing, table, steps):
        if table.name == "activity_item_link":  # after the activities and the catalog
            raise RuntimeError("disk full")
        copy(reading, writing, table, steps)

    monkeypatch.setattr(transfer, "_copy_table", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        move_to_server(source, server_url)
    assert_empty(server_url)
    monkeypatch.undo()
    move_to_server(source, server_url)  # and it can be run again
    assert row_counts(server_url)["activity"] > 0


def test_a_value_the_server_refuses_stops_the_move(hq_folder, server_url):
    path = hq_folder / "tenpoint.sqlite"
    with sqlite3.connect(path) as raw:  # PostgreSQL text cannot hold a NUL character
        raw.execute("UPDATE activity SET outcome = 'before' || char(0) || 'after' "
                    "WHERE rowid = (SELECT max(rowid) FROM activity)")
    raw.close()
    source = open_database(path)
    try:
        with pytest.raises(TransferError) as failed:
            move_to_server(source, server_url)
    finally:
        source.close()
    assert (failed.value.code, failed.value.table) == ("copy_failed", "activity")
    assert failed.value.detail
    assert_empty(server_url)


def test_a_difference_found_by_the_comparison_rolls_everything_back(source, server_url,
                                                                    monkeypatch):
    complete = transfer._complete

    def altering(writing):
        complete(writing)
        # Only the local office: the compilation's office is a headquarters too, and which of
        # two differing rows the comparison names first follows the random local UUID.
        writing.exec_driver_sql("UPDATE office SET name = 'Altered' WHERE is_local")

    monkeypatch.setattr(transfer, "_complete", altering)
    with pytest.raises(TransferError) as different:
        move_to_server(source, server_url)
    error = different.value
    assert (error.code, error.table, error.column) == ("different", "office", "name")
    assert error.key == (local_office(source).uuid,)
    assert_empty(server_url)


def test_a_row_missing_on_the_server_is_named_by_its_key(source, server_url, monkeypatch):
    complete = transfer._complete

    def dropping(writing):
        complete(writing)
        writing.exec_driver_sql("DELETE FROM activity_item_link WHERE item_code = "
                                "(SELECT min(item_code) FROM activity_item_link)")

    monkeypatch.setattr(transfer, "_complete", dropping)
    with pytest.raises(TransferError) as different:
        move_to_server(source, server_url)
    error = different.value
    assert (error.code, error.table, error.column) == ("different", "activity_item_link", None)
    assert len(error.key) == 2
    assert_empty(server_url)


def test_a_cancel_rolls_everything_back(source, server_url):
    seen = []

    def cancelled() -> bool:
        return len(seen) > 0

    with pytest.raises(TransferError) as stopped:
        move_to_server(source, server_url, progress=lambda f, t: seen.append(t),
                       cancelled=cancelled)
    assert stopped.value.code == "cancelled"
    assert_empty(server_url)


def test_a_file_another_program_writes_to_is_not_moved(source, hq_folder, server_url):
    source.engine.dispose()  # new connections wait 0.1 s for a lock, not 5 s
    event.listen(source.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA busy_timeout=100"))
    other = sqlite3.connect(hq_folder / "tenpoint.sqlite", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(TransferError) as busy:
            move_to_server(source, server_url)
    finally:
        other.close()
    assert busy.value.code == "source_busy" and "locked" in busy.value.detail
    assert_empty(server_url)


def test_only_a_local_file_moves_and_only_to_a_server_url(source, server_url, tmp_path):
    with pytest.raises(TransferError) as not_url:
        move_to_server(source, str(tmp_path / "other.sqlite"))
    assert not_url.value.code == "not_server_url"
    server = open_database(server_url, folder=tmp_path)
    try:
        with pytest.raises(TransferError) as on_server:
            move_to_server(server, server_url)
        assert on_server.value.code == "source_is_server"
    finally:
        server.close()
