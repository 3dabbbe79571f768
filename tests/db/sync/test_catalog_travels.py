"""Headquarters' catalog changes travel to the offices in its updates, and every follow-up
link survives a merge of items at both ends, whatever order the packages arrive in."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.activities.service import activity_history, create_activity, get_activity, update_activity
from db.catalog.browse import catalog_tree
from db.catalog.changes import record_edits
from db.catalog.queries import item_detail
from db.installation.office import country_regions
from db.storage.sql_dialect import string_list
from exporters.catalog_edits import ADD_ITEM, RETIRE, SUPERSEDE, CatalogEdit
from tests.db.catalog.test_changes import OLD, SURVIVOR, new_event_edits
from tests.db.sync.helpers import Site, activity_state, read_in_process, sample, table_dump


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    hq.close()
    nairobi.close()


def catalog_state(site: Site) -> list[tuple]:
    areas = string_list(site.database.engine.dialect.name, "CAST(area_number AS TEXT)", ",")
    return table_dump(site.database, f"""
        select c.code, c.text, c.retired, c.superseded_by, c.edition,
               (select {areas} from (select area_number from item_action_area a
                 where a.item_code = c.code order by area_number) as areas)
        from catalog_item c order by c.code""")


def links(site: Site, activity_uuid: str) -> tuple[str, ...]:
    return get_activity(site.database, activity_uuid).item_codes


def test_round_trip_new_event_and_a_merge_reach_the_office_and_come_back(sites):
    hq, nairobi = sites
    before_merge = create_activity(nairobi.database, sample(item_codes=(OLD,)), "amina")
    hq.receive(nairobi.export())
    record_edits(hq.database, new_event_edits()
                 + [CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq-officer")
    assert links(hq, before_merge.uuid) == (SURVIVOR,)

    report = nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert report.packages[0].status == "accepted"
    assert catalog_state(nairobi) == catalog_state(hq)
    followed = {code for region in country_regions(nairobi.database, "KE")
                for code in region.event_codes}
    assert "NBO" in followed  # Kenya takes part: the office follows the new event
    assert "NBO" in [node.code for node in catalog_tree(nairobi.database)]
    assert links(nairobi, before_merge.uuid) == (SURVIVOR,)
    moved = [h for h in activity_history(nairobi.database, before_merge.uuid)
             if h.field == "item_codes"]
    assert len(moved) == 1 and moved[0].new_value == SURVIVOR  # stored once at the office

    linked = create_activity(nairobi.database, sample(item_codes=("NBO-OD-A-02",)), "amina")
    report = hq.receive(nairobi.export())
    assert report.packages[0].status == "accepted"
    assert links(hq, linked.uuid) == ("NBO-OD-A-02",)
    assert activity_state(hq.database) == activity_state(nairobi.database)


def test_an_office_package_made_before_the_merge_lands_on_the_survivor_with_a_note(sites):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(item_codes=(OLD,)), "amina")
    package = nairobi.export()  # made with the old catalog
    record_edits(hq.database, [CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq")
    report = hq.receive(package)
    assert report.packages[0].status == "accepted" and report.packages[0].new == 1
    assert links(hq, record.uuid) == (SURVIVOR,)
    note = [h for h in activity_history(hq.database, record.uuid) if h.field == "item_codes"]
    assert note and "superseded by" in note[0].note
    # The office receives the merge: its copy moves the same way, with the same entry.
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert activity_state(hq.database) == activity_state(nairobi.database)
    assert [h.note for h in activity_history(nairobi.database, record.uuid)
            if h.field == "item_codes"] == [note[0].note]


def test_a_package_linking_a_retired_item_is_accepted_and_keeps_the_link(sites):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(item_codes=(OLD,)), "amina")
    record_edits(hq.database, [CatalogEdit(RETIRE, {"code": OLD})], "hq")
    report = hq.receive(nairobi.export())
    assert report.packages[0].status == "accepted"
    assert links(hq, record.uuid) == (OLD,)


def test_an_office_two_editions_behind_ends_at_the_latest(sites):
    hq, nairobi = sites
    record_edits(hq.database, new_event_edits()[:4], "hq")
    record_edits(hq.database, new_event_edits()[4:], "hq")
    record_edits(hq.database, [CatalogEdit(RETIRE, {"code": "NBO-OD-A-03"})], "hq")
    nairobi.receive(hq.export(region_code="EHSA"))
    assert table_dump(nairobi.database, "select edition from catalog_state") == [(8,)]
    assert catalog_state(nairobi) == catalog_state(hq)
    again = nairobi.receive(hq.export(region_code="EHSA"))
    assert again.packages[0].counts()["catalog_changes"] == 0


def test_a_forged_catalog_change_breaks_the_signature(sites, tmp_path):
    from openpyxl import load_workbook
    hq, nairobi = sites
    record_edits(hq.database, [CatalogEdit(RETIRE, {"code": OLD})], "hq")
    package = hq.export(region_code="EHSA")
    workbook = load_workbook(package)
    sheet = workbook["Catalog changes"]
    sheet.cell(row=2, column=7).value = SURVIVOR  # retire another item instead
    workbook.save(package)
    report = nairobi.receive(package)
    assert report.packages[0].status == "rejected"
    assert not item_detail(nairobi.database, SURVIVOR).retired


# --- any order -------------------------------------------------------------------------------

STEPS = st.lists(st.sampled_from(["edit", "merge", "add", "office", "hq"]), min_size=4,
                 max_size=10)


@pytest.mark.slow
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS, seed=st.integers(0, 10_000))
def test_catalog_changes_and_edits_in_any_order_end_alike(catalog_template, tmp_path_factory,
                                                          steps, seed):
    """Headquarters edits the catalog, the office edits activities, packages are delivered late
    and shuffled: after everything is delivered both ends hold the same catalog and
    activities."""
    folder = tmp_path_factory.mktemp("order")
    hq = Site(catalog_template, folder / "hq", "UNHCR HQ", None, hq=True)
    office = Site(catalog_template, folder / "office", "Nairobi", "KE")
    shuffle = random.Random(seed)
    to_office, to_hq = [], []
    pool = [OLD, SURVIVOR, "DES-SR-III-03", "DES-SR-III-04"]
    record = create_activity(office.database, sample(item_codes=(OLD,)), "amina")
    hq.receive(office.export(), reader=read_in_process)  # headquarters knows the office
    try:
        for number, step in enumerate(steps):
            if step == "edit":
                current = get_activity(office.database, record.uuid)
                codes = tuple(sorted({*current.item_codes, shuffle.choice(pool)}))
                update_activity(office.database, record.uuid,
                                sample(item_codes=codes, title=f"Edit {number}"), "amina",
                                current.revision)
            elif step == "merge":
                live = [c for c in pool if not item_detail(hq.database, c).retired]
                if len(live) > 1:
                    old, into = shuffle.sample(live, 2)
                    record_edits(hq.database, [CatalogEdit(SUPERSEDE,
                                                           {"code": old, "into": into})], "hq")
            elif step == "add":
                code = f"NEW-{number}"
                record_edits(hq.database, [CatalogEdit(ADD_ITEM, {
                    "code": code, "section_code": "DES-SR-III", "kind": "recommendation",
                    "text": f"Added {number}"})], "hq")
            elif step == "office":
                to_hq.append(office.export())
            else:
                to_office.append(hq.export(office_uuid=office.uuid))
            if shuffle.random() < 0.3 and to_hq:
                hq.receive(to_hq.pop(shuffle.randrange(len(to_hq))), reader=read_in_process)
            if shuffle.random() < 0.3 and to_office:
                office.receive(to_office.pop(shuffle.randrange(len(to_office))),
                               reader=read_in_process)
        for path in to_hq:
            hq.receive(path, reader=read_in_process)
        for path in to_office:
            office.receive(path, reader=read_in_process)
        hq.receive(office.export(), reader=read_in_process)
        office.receive(hq.export(office_uuid=office.uuid), reader=read_in_process)
        assert catalog_state(office) == catalog_state(hq)
        assert activity_state(office.database) == activity_state(hq.database)
    finally:
        hq.close()
        office.close()
