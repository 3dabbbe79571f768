"""An import of many new activities writes the list index, full text and progress rows in
bulk (db/sync/bulk_index.py): the rows must be the ones the per-row triggers write."""

from __future__ import annotations

import pytest

from db.activities.service import create_activity, delete_activity
from db.storage import bulk_insert
from db.sync import apply, bulk_index, package_merge
from db.sync.importing import preview_import
from tests.db.sync.helpers import (
    Site,
    full_text_hits,
    read_in_process,
    sample,
    table_dump,
    trigger_definitions,
)

CODES = (("DES-SR-III-01",), ("DES-SR-III-01", "DES-AP-I-A03"), ("DES-SR-I-01",))


@pytest.fixture
def package(catalog_template, tmp_path):
    """A Nairobi package of varied activities: one link or two, evidence or none, one deleted."""
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    records = [create_activity(nairobi.database, sample(
        title=f"Border monitoring training {n}", item_codes=CODES[n % 3],
        evidence="Mission report" if n % 4 == 0 else " ",
        description="Asylum law review" if n % 2 else ""), "amina") for n in range(12)]
    delete_activity(nairobi.database, records[5].uuid, "amina")
    path = nairobi.export()
    nairobi.close()
    return path


def _indexes(site: Site) -> dict:
    database = site.database
    return {
        "list": table_dump(database, "SELECT uuid, title, status, kind, country_iso2, "
                           "lead_organisation, start_date, end_date, updated_at, "
                           "owner_office_uuid, read_only, owner_name, deleted, item_codes, "
                           "area_mask FROM activity_list_index ORDER BY uuid"),
        "progress": table_dump(database, "SELECT * FROM progress_link "
                               "ORDER BY item_code, activity_uuid"),
        "text": {word: full_text_hits(database, word)
                 for word in ("border", "asylum", "mission", "training")},
        "triggers": trigger_definitions(database),
        "activities": table_dump(database, "SELECT * FROM activity ORDER BY uuid"),
        "history": table_dump(database, "SELECT activity_uuid, changed_by, CASE office_uuid "
                              "WHEN (SELECT uuid FROM office WHERE is_local) THEN 'here' "
                              "ELSE office_uuid END, action, field, old_value, new_value, note "
                              "FROM activity_change "
                              "ORDER BY activity_uuid, action, field, new_value"),
    }


def _received(catalog_template, folder, package, minimum: int, monkeypatch) -> dict:
    monkeypatch.setattr(bulk_index, "BULK_MINIMUM", minimum)
    monkeypatch.setattr(bulk_insert, "COPY_FROM", minimum)  # PostgreSQL: COPY, or INSERTs
    hq = Site(catalog_template, folder, "UNHCR HQ", None, hq=True)
    report = hq.receive(package, reader=read_in_process)
    assert report.packages[0].status == "accepted" and report.packages[0].new == 12
    found = _indexes(hq)
    hq.close()
    return found


def test_bulk_written_index_rows_equal_the_triggers_rows(catalog_template, tmp_path, package,
                                                         monkeypatch):
    """Search, the list, Progress and the activities with their history are the same after a
    bulk import as after a row-by-row one, and the triggers are back as they were."""
    by_triggers = _received(catalog_template, tmp_path / "a", package, 10**9, monkeypatch)
    in_bulk = _received(catalog_template, tmp_path / "b", package, 1, monkeypatch)
    assert in_bulk == by_triggers
    assert len(by_triggers["list"]) >= 12 and by_triggers["text"]["border"]
    names = {name for name, _sql in in_bulk["triggers"]}
    assert set(bulk_index.INSERT_TRIGGERS) <= names


def test_a_preview_or_a_failed_import_leaves_the_triggers_in_place(catalog_template, tmp_path,
                                                                   package, monkeypatch):
    """The triggers are paused inside the import's transaction: a rollback resumes them, and
    the next activity typed is listed by them."""
    monkeypatch.setattr(bulk_index, "BULK_MINIMUM", 1)
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    before_all = _indexes(hq)
    before = before_all["triggers"]
    preview = preview_import(hq.database, read_in_process([package]), "tester",
                             trusted_fingerprints=hq.peer_fingerprints())
    assert preview.packages[0].new == 12
    assert _indexes(hq)["triggers"] == before

    def broken(*_args):
        raise RuntimeError("disk full")
    monkeypatch.setattr(apply, "_insert_history", broken)
    with pytest.raises(RuntimeError):
        hq.receive(package, reader=read_in_process)
    after = _indexes(hq)
    assert after == {**before_all, "triggers": before}
    typed = create_activity(hq.database, sample(title="Typed after the failure",
                                                item_codes=CODES[1]), "amina")
    listed = table_dump(hq.database, "SELECT item_codes FROM activity_list_index "
                        "WHERE uuid = :uuid", {"uuid": typed.uuid})
    assert listed == [("DES-AP-I-A03, DES-SR-III-01",)]  # the triggers run again
    hq.close()


@pytest.mark.postgresql_only
def test_the_server_plans_the_next_package_knowing_the_rows_just_imported(
        catalog_template, tmp_path, package, monkeypatch):
    """PostgreSQL's statistics of the activities and of the list count those the import
    brought, before its commit (planned for the tables as they were, each later lookup read
    the whole table, and the list filtered slower)."""
    monkeypatch.setattr(bulk_index, "BULK_MINIMUM", 1)
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    hq.receive(package, reader=read_in_process)
    tables = ("activity", "activity_item_link", "activity_list_index")
    counted = table_dump(hq.database, "SELECT relname, reltuples FROM pg_class WHERE relname "
                         f"IN {tables} ORDER BY relname")
    held = table_dump(hq.database, " UNION ALL ".join(
        f"SELECT '{name}', count(*) FROM {name}" for name in sorted(tables)))
    assert counted == held
    hq.close()


@pytest.mark.postgresql_only
def test_each_package_is_looked_up_with_statistics_counting_the_packages_before_it(
        catalog_template, tmp_path, package, monkeypatch):
    """Within one import of several packages, the lookups of each package are planned for
    the activities and links the packages before it added (the lists' tables are analysed
    once, before the commit: the test above)."""
    monkeypatch.setattr(bulk_index, "BULK_MINIMUM", 1)
    kampala = Site(catalog_template, tmp_path / "kampala", "Kampala", "UG")
    for n in range(3):
        create_activity(kampala.database, sample(title=f"Reception centre {n}",
                                                 country_iso2="UG"), "amina")
    second = kampala.export()
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    kampala.close()
    seen = []

    def counting(session, uuids):
        seen.append([tuple(row) for row in session.connection().exec_driver_sql(
            "SELECT (SELECT reltuples FROM pg_class WHERE relname = 'activity'), "
            "(SELECT count(*) FROM activity), "
            "(SELECT reltuples FROM pg_class WHERE relname = 'activity_item_link'), "
            "(SELECT count(*) FROM activity_item_link)")][0])
        return held(session, uuids)
    held = package_merge.held_activities
    monkeypatch.setattr(package_merge, "held_activities", counting)
    outcomes = hq.receive(package, second, reader=read_in_process).packages
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    later = seen[-1]  # the package merged second
    assert later[0] == later[1] > 0 and later[2] == later[3] > 0, later
    hq.close()
