"""Loading the catalog: first load, idempotent reloads, updates by code, activities untouched."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from db.catalog.loader import COMPILATION_OFFICE_UUID, historical_activity_uuid, load_catalog
from db.errors import CatalogDataError
from db.models import Activity, ActivityItemLink, CatalogItem, CatalogState, Office, utc_now
from db.resources import catalog_dir


def dump(database) -> dict[str, list[tuple]]:
    """Every row of every table, to compare database states exactly."""
    with database.engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
        return {t: sorted(map(tuple, connection.exec_driver_sql(f'select * from "{t}"')),
                          key=repr)
                for t in tables}


@pytest.fixture
def catalog_copy(tmp_path):
    """A copy of the bundled catalog that a test may edit."""
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    return folder


def edit_items(folder, document: str, edit) -> None:
    path = folder / "items" / f"{document}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def bump_version(folder, version: int) -> None:
    meta = json.loads((folder / "meta.json").read_text())
    meta["catalog_version"] = version
    (folder / "meta.json").write_text(json.dumps(meta))


def add_local_activity(database, item_code: str) -> str:
    now = utc_now()
    with database.session() as session:
        session.add(Office(uuid="office-1", name="Nairobi", country_iso2="KE", is_local=True,
                           created_at=now, updated_at=now))
        session.flush()  # no ORM relationship tells the unit of work the office comes first
        session.add(Activity(uuid="act-1", owner_office_uuid="office-1", title="Review law",
                             start_date=date(2026, 1, 5), created_at=now, created_by="amina",
                             updated_at=now, updated_by="amina"))
        session.flush()
        session.add(ActivityItemLink(activity_uuid="act-1", item_code=item_code))
    return "act-1"


def test_first_load_fills_the_catalog_and_records_its_version(database):
    with database.session() as session:
        state = session.get(CatalogState, 1)
        items = session.exec(select(CatalogItem)).all()
    assert state.version == json.loads((catalog_dir() / "meta.json").read_text())[
        "catalog_version"]
    assert len(items) > 600


def test_loading_the_same_version_again_changes_nothing(database):
    before = dump(database)
    report = load_catalog(database)
    assert not report.changed
    assert dump(database) == before


def test_historical_follow_ups_become_read_only_activities_of_the_2011_compilation(database):
    with database.session() as session:
        activities = session.exec(
            select(Activity).where(Activity.owner_office_uuid == COMPILATION_OFFICE_UUID)).all()
        links = session.exec(select(ActivityItemLink)).all()
    assert len(activities) == 67  # 66 follow-ups and the Almaty outcome
    assert all(a.read_only for a in activities)
    assert {a.status for a in activities} <= {"completed", "planned"}
    linked = {link.activity_uuid: link.item_code for link in links}
    assert linked[historical_activity_uuid("SAN-SEL-F-01")] == "SAN-SEL-F-01"


def test_a_newer_catalog_updates_items_by_code_and_never_touches_activities(
        database, catalog_copy):
    add_local_activity(database, "DES-SR-VIII-04")
    edit_items(catalog_copy, "DES-SR", lambda d: d["sections"][7]["items"][3].update(
        text="Revised wording of VIII (iv)."))
    # A newer catalog drops an item an activity cites: it stays, retired.
    edit_items(catalog_copy, "DES-SR", lambda d: d["sections"][7]["items"].pop(3))
    bump_version(catalog_copy, 99)
    with database.session() as session:
        activities_before = [a.model_dump() for a in session.exec(select(Activity))]
    report = load_catalog(database, catalog_copy)
    assert (report.to_version, report.items_retired) == (99, 1)
    with database.session() as session:
        retired = session.get(CatalogItem, "DES-SR-VIII-04")
        activities_after = [a.model_dump() for a in session.exec(select(Activity))]
        link = session.get(ActivityItemLink, ("act-1", "DES-SR-VIII-04"))
    assert retired.retired and link is not None
    assert activities_after == activities_before


def test_a_newer_catalog_with_changed_text_updates_that_item_only(database, catalog_copy):
    def reword(data):
        data["sections"][0]["items"][0]["text"] = "Reworded."
    edit_items(catalog_copy, "ALA-SR", reword)
    bump_version(catalog_copy, 99)
    report = load_catalog(database, catalog_copy)
    assert (report.items_added, report.items_updated, report.items_retired) == (0, 1, 0)
    with database.session() as session:
        assert session.get(CatalogItem, "ALA-SR-A1-01").text == "Reworded."


def test_an_older_catalog_never_replaces_a_newer_one(database, catalog_copy):
    bump_version(catalog_copy, 0)
    before = dump(database)
    assert not load_catalog(database, catalog_copy).changed
    assert dump(database) == before


def test_a_broken_catalog_leaves_the_database_exactly_as_it_was(database, catalog_copy):
    bump_version(catalog_copy, 99)
    (catalog_copy / "items" / "DES-AP.json").write_text("{ not json", encoding="utf-8")
    before = dump(database)
    with pytest.raises(CatalogDataError):
        load_catalog(database, catalog_copy)
    assert dump(database) == before


def test_a_catalog_with_a_dangling_reference_is_rolled_back(database, catalog_copy):
    """Foreign keys are checked at commit; a bad parent code undoes the whole load."""
    edit_items(catalog_copy, "SAN-SR", lambda d: d["sections"][0]["items"][0].update(
        parent="SAN-SR-9-99"))
    bump_version(catalog_copy, 99)
    before = dump(database)
    # SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    with pytest.raises(IntegrityError, match="(?i)foreign key"):
        load_catalog(database, catalog_copy)
    assert dump(database) == before
