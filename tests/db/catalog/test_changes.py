"""Headquarters changes the catalog: additions, corrections, retirements and supersessions,
all-or-nothing, logged, and with every activity link kept."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.activities.service import activity_history, create_activity, get_activity
from db.catalog.changes import CatalogEditError, item_history, record_edits
from db.catalog.loader import load_catalog
from db.catalog.queries import item_detail
from db.catalog.search import search_items
from db.installation.office import setup_office
from exporters.catalog_edits import (
    ADD_DOCUMENT,
    ADD_EVENT,
    ADD_ITEM,
    ADD_SECTION,
    ANNOTATE,
    CORRECT,
    PARTICIPATION,
    RETIRE,
    SUPERSEDE,
    CatalogEdit,
)
from tests.db.sync.helpers import sample, table_dump

OLD, SURVIVOR = "DES-SR-III-01", "DES-SR-III-02"


def new_event_edits() -> list[CatalogEdit]:
    """A follow-up meeting with one document, one section and three recommendations."""
    return [
        CatalogEdit(ADD_EVENT, {"code": "NBO", "title": "Regional follow-up meeting, Nairobi",
                                "short_name": "Nairobi 2013", "kind": "follow_up_meeting",
                                "city": "Nairobi", "country_iso2": "ke",
                                "start_date": "2013-05-06", "end_date": "2013-05-07",
                                "region_code": "EHSA"}),
        CatalogEdit(PARTICIPATION, {"code": "NBO", "country_iso2": "KE",
                                    "role": "participant"}),
        CatalogEdit(ADD_DOCUMENT, {"code": "NBO-OD", "event_code": "NBO",
                                   "kind": "outcome_document", "title": "Outcome document",
                                   "issued_on": "2013-05-07",
                                   "reference": "UNHCR/NBO/2013/1"}),
        CatalogEdit(ADD_SECTION, {"code": "NBO-OD-A", "document_code": "NBO-OD",
                                  "label": "A.", "title": "Protection-sensitive entry"}),
        *[CatalogEdit(ADD_ITEM, {"code": f"NBO-OD-A-0{n}", "section_code": "NBO-OD-A",
                                 "kind": "recommendation", "label": f"{n}.",
                                 "text": f"Recommendation {n} on reception of mixed flows",
                                 "action_areas": "2, 3"})
          for n in (1, 2, 3)],
    ]


@pytest.fixture
def hq(database):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    return database


def test_headquarters_adds_an_event_and_the_browser_search_and_regions_see_it(hq):
    outcome = record_edits(hq, new_event_edits(), "hq-officer")
    assert (outcome.from_edition, outcome.to_edition) == (0, 7)
    item = item_detail(hq, "NBO-OD-A-02")
    assert item.text == "Recommendation 2 on reception of mixed flows"
    assert [number for number, _name, _basis in item.action_areas] == [2, 3]
    assert "NBO-OD-A-01" in {hit.code for hit in search_items(hq, "reception").hits}
    regions = table_dump(hq, "select event_code from participation where country_iso2='KE' "
                             "and event_code='NBO'")
    assert regions == [("NBO",)]
    assert table_dump(hq, "select edition from catalog_state") == [(7,)]
    assert [e.action for e in item_history(hq, "NBO-OD-A-02")] == [ADD_ITEM]


def test_one_bad_edit_refuses_the_whole_batch_and_names_each_problem(hq):
    before = table_dump(hq, "select count(*) from catalog_item")
    edits = new_event_edits() + [
        CatalogEdit(ADD_ITEM, {"code": OLD, "section_code": "NBO-OD-A", "kind": "recommendation",
                               "text": "duplicate"}, row=9),
        CatalogEdit(ADD_ITEM, {"code": "NBO-X", "section_code": "NOPE", "kind": "recommendation",
                               "text": "unknown parent"}),
        CatalogEdit(SUPERSEDE, {"code": OLD, "into": OLD}),
    ]
    with pytest.raises(CatalogEditError) as raised:
        record_edits(hq, edits, "hq-officer")
    assert [(i, f, c) for i, f, c, _ in raised.value.problems] == [
        (7, "code", "duplicate_code"), (8, "section_code", "unknown_code"),
        (9, "into", "into_itself")]
    assert table_dump(hq, "select count(*) from catalog_item") == before
    assert table_dump(hq, "select count(*) from catalog_change") == [(0,)]


def test_a_dry_run_counts_and_leaves_the_database_as_it_was(hq):
    outcome = record_edits(hq, new_event_edits(), "hq-officer", dry_run=True)
    assert outcome.to_edition == 7 and not outcome.problems
    assert table_dump(hq, "select count(*) from event where code='NBO'") == [(0,)]
    assert table_dump(hq, "select edition from catalog_state") == [(0,)]


def test_2011_texts_are_never_rewritten_but_can_be_annotated(hq):
    original = item_detail(hq, OLD).text
    with pytest.raises(CatalogEditError) as raised:
        record_edits(hq, [CatalogEdit(CORRECT, {"code": OLD, "field": "text", "value": "x"})],
                     "hq")
    assert raised.value.problems[0][2] == "source_text"
    record_edits(hq, [CatalogEdit(ANNOTATE, {"code": OLD, "text": "See the 2013 update."})], "hq")
    assert item_detail(hq, OLD).text == original
    assert item_history(hq, OLD)[0].values["text"] == "See the 2013 update."


def test_items_headquarters_added_can_be_corrected(hq):
    record_edits(hq, new_event_edits(), "hq")
    record_edits(hq, [CatalogEdit(CORRECT, {"code": "NBO-OD-A-01", "field": "text",
                                            "value": "Corrected wording"}, note="typo")], "hq")
    assert item_detail(hq, "NBO-OD-A-01").text == "Corrected wording"
    assert [e.action for e in item_history(hq, "NBO-OD-A-01")] == [ADD_ITEM, CORRECT]


def test_superseding_moves_every_link_with_a_history_entry(hq):
    record = create_activity(hq, sample(item_codes=(OLD,)), "amina")
    both = create_activity(hq, sample(item_codes=(OLD, SURVIVOR)), "amina")
    outcome = record_edits(hq, [CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq")
    assert outcome.links_moved == 2
    assert get_activity(hq, record.uuid).item_codes == (SURVIVOR,)
    assert get_activity(hq, both.uuid).item_codes == (SURVIVOR,)
    moved = activity_history(hq, record.uuid)[-1]
    assert (moved.field, moved.old_value, moved.new_value) == ("item_codes", OLD, SURVIVOR)
    assert get_activity(hq, record.uuid).revision == record.revision  # not an edit
    detail = item_detail(hq, OLD)
    assert detail.retired
    assert [e.action for e in item_history(hq, SURVIVOR)] == [SUPERSEDE]


def test_no_merge_into_a_retired_item(hq):
    record_edits(hq, [CatalogEdit(RETIRE, {"code": SURVIVOR})], "hq")
    with pytest.raises(CatalogEditError) as raised:
        record_edits(hq, [CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq")
    assert raised.value.problems[0][1:3] == ("into", "into_retired")


def test_a_retired_item_keeps_its_links(hq):
    record = create_activity(hq, sample(item_codes=(OLD,)), "amina")
    record_edits(hq, [CatalogEdit(RETIRE, {"code": OLD})], "hq")
    assert get_activity(hq, record.uuid).item_codes == (OLD,)
    assert item_detail(hq, OLD).retired


def test_field_offices_do_not_edit_the_catalog(database):
    setup_office(database, "Nairobi", "KE")
    with pytest.raises(CatalogEditError) as raised:
        record_edits(database, [CatalogEdit(RETIRE, {"code": OLD})], "amina")
    assert raised.value.problems[0][2] == "not_headquarters"


def test_the_log_is_append_only(hq):
    record_edits(hq, [CatalogEdit(RETIRE, {"code": OLD})], "hq")
    with pytest.raises(Exception, match="append-only"), hq.engine.begin() as connection:
        connection.execute(text("delete from catalog_change"))


def test_a_newer_bundled_catalog_keeps_headquarters_changes(hq, tmp_path):
    import json
    import shutil

    from db.resources import catalog_dir
    record_edits(hq, new_event_edits() + [CatalogEdit(RETIRE, {"code": OLD})], "hq")
    newer = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), newer)
    meta = json.loads((newer / "meta.json").read_text())
    (newer / "meta.json").write_text(json.dumps({**meta, "catalog_version": 2}))
    load_catalog(hq, newer)
    assert item_detail(hq, OLD).retired
    assert [n for n, _, _ in item_detail(hq, "NBO-OD-A-03").action_areas] == [2, 3]
    assert table_dump(hq, "select count(*) from participation where event_code='NBO'") == [(1,)]
    assert not item_detail(hq, "NBO-OD-A-03").retired
