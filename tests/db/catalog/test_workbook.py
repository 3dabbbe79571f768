"""A catalog workbook at headquarters: its template lists the catalog's codes, a filled one
applies all-or-nothing, and each refusal names its sheet, row and column, the database
left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect

from db.activities.service import create_activity, get_activity
from db.catalog.changes import item_history, record_edits
from db.catalog.queries import item_detail
from db.catalog.workbook import (
    NOT_HEADQUARTERS,
    apply_catalog_workbook,
    export_catalog_template,
    import_catalog_workbook,
)
from db.installation.office import setup_office
from exporters import catalog_edits as edits
from exporters.catalog_sheets import CellProblem
from exporters.catalog_workbook import CatalogLists, write_catalog_template
from exporters.catalog_workbook_reader import read_catalog_workbook
from tests.db.sync.helpers import sample, table_dump
from tests.workbook_cells import fill_row

OLD, SURVIVOR, RETIRED = "DES-SR-III-01", "DES-SR-III-02", "DES-SR-III-03"
OTHER = "DES-SR-III-04"
EVENT = {"Code": "NBO", "Title": "Regional follow-up meeting, Nairobi",
         "Short name": "Nairobi 2013", "Kind": "Follow-up meeting", "City": "Nairobi",
         "Country": "KE", "Start date": "2013-05-06", "End date": "2013-05-07",
         "Region": "EHSA"}
DOCUMENT = {"Code": "NBO-OD", "Event": "NBO", "Kind": "Outcome document",
            "Title": "Outcome document", "Issued on": "2013-05-07",
            "Source reference (symbol, publication or link)": "UNHCR/NBO/2013/1"}
SECTION = {"Code": "NBO-OD-A", "Document": "NBO-OD", "Number as printed": "A.",
           "Title": "Protection-sensitive entry"}


def item(number: int, **changes) -> dict:
    return {"Code": f"NBO-OD-A-0{number}", "Section": "NBO-OD-A", "Kind": "Recommendation",
            "Number as printed": f"{number}.", "Action areas": "2, 3",
            "Text": f"Recommendation {number} on reception of mixed flows", **changes}


def new_event_rows() -> dict[str, list[dict]]:
    """A follow-up meeting with three recommendations, and two old items merged."""
    return {"Events": [EVENT],
            "Countries in events": [{"Event": "NBO", "Country": "KE",
                                     "Part in the event": "Participant"}],
            "Documents": [DOCUMENT], "Sections": [SECTION],
            "Items": [item(1), item(2), item(3)],
            "Changes": [{"Code": OLD, "What to do": "Merge into another item",
                         "Superseded by": SURVIVOR,
                         "Why (kept in the history)": "the same recommendation"}]}


@pytest.fixture
def hq(database):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    return database


@pytest.fixture
def template(hq, tmp_path) -> Path:
    return export_catalog_template(hq, tmp_path / "catalog.xlsx")


def filled(template: Path, rows: dict[str, list[dict]], name: str = "filled.xlsx") -> Path:
    workbook = load_workbook(template)
    for sheet, values in rows.items():
        for number, row in enumerate(values, 2):
            fill_row(workbook[sheet], number, row)
    target = template.with_name(name)
    workbook.save(target)
    return target


def everything(database) -> dict[str, list]:
    """Every row of every table: what "unchanged" means."""
    with database.engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
    return {name: sorted(map(repr, table_dump(database, f'select * from "{name}"')))
            for name in names}


def test_the_template_offers_the_catalog_s_codes(template):
    lists = load_workbook(template)["Lists"]
    values = {cell.value for column in lists.iter_cols() for cell in column}
    assert {"DES", "DES-SR", OLD, "KE", "EHSA"} <= values


def test_a_filled_workbook_adds_an_event_and_merges_two_items(hq, template):
    activity = create_activity(hq, sample(item_codes=(OLD,)), "hq-officer").uuid
    path = filled(template, new_event_rows())
    preview = import_catalog_workbook(hq, path, "hq-officer", dry_run=True)
    assert not preview.refused and not preview.applied
    assert (preview.from_edition, preview.to_edition, preview.links_moved) == (0, 8, 1)
    assert table_dump(hq, "select count(*) from event where code = 'NBO'") == [(0,)]
    outcome = import_catalog_workbook(hq, path, "hq-officer")
    assert outcome.applied and outcome.to_edition == 8
    assert outcome.counts == {edits.ADD_EVENT: 1, edits.PARTICIPATION: 1, edits.ADD_DOCUMENT: 1,
                              edits.ADD_SECTION: 1, edits.ADD_ITEM: 3, edits.SUPERSEDE: 1}
    detail = item_detail(hq, "NBO-OD-A-02")
    assert detail.text == "Recommendation 2 on reception of mixed flows"
    assert [number for number, _name, _basis in detail.action_areas] == [2, 3]
    assert get_activity(hq, activity).item_codes == (SURVIVOR,)
    assert [e.note for e in item_history(hq, OLD)] == ["the same recommendation"]
    taken = list((hq.folder / "backups").glob("*-import.*"))
    if hq.is_server:  # one transaction; the server's backups are its administrator's
        assert not taken, "a server import takes no backup of its own"
    else:
        assert [b.suffix for b in taken] == [".sqlite"], "backed up before applying"


REFUSALS = {
    "duplicate code": ({"Items": [item(1, Code=OLD)]},
                       ("duplicate_code", "Items", 2, "Code", OLD)),
    "unknown parent": ({"Sections": [{**SECTION, "Code": "NBO-OD-B", "Document": "NOWHERE"}]},
                       ("unknown_code", "Sections", 2, "Document", "NOWHERE")),
    "unknown parent item": ({"Items": [item(9, **{"Part of": "DES-X"})]},
                            ("unknown_code", "Items", 2, "Part of", "DES-X")),
    "merge into itself": ({"Changes": [{"Code": OTHER, "What to do": "Merge into another item",
                                        "Superseded by": OTHER}]},
                          ("into_itself", "Changes", 2, "Superseded by", OTHER)),
    "merge into a retired item": ({"Changes": [
        {"Code": OTHER, "What to do": "Merge into another item", "Superseded by": RETIRED}]},
        ("retired", "Changes", 2, "Superseded by", RETIRED)),
    "no action": ({"Changes": [{"Code": OTHER}]},
                  ("required", "Changes", 2, "What to do", None)),
    # A value where the row's change takes none is refused, never dropped without a word.
    "a merge target on a row that retires": ({"Changes": [
        {"Code": OTHER, "What to do": "Retire an item", "Superseded by": SURVIVOR}]},
        ("not_used", "Changes", 2, "Superseded by", SURVIVOR)),
    "a text on a row that merges": ({"Changes": [
        {"Code": OTHER, "What to do": "Merge into another item", "Superseded by": SURVIVOR,
         "New value or text": "Recommendation on mixed flows"}]},
        ("not_used", "Changes", 2, "New value or text", "Recommendation on mixed flows")),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_refused_workbook_names_the_cell_and_changes_nothing(hq, template, case):
    rows, (code, sheet, row, column, value) = REFUSALS[case]
    record_edits(hq, [edits.CatalogEdit(edits.RETIRE, {"code": RETIRED})], "hq-officer")
    create_activity(hq, sample(item_codes=(OLD,)), "hq-officer")
    # The rest of the workbook is good: one bad cell refuses it all.
    good = new_event_rows()
    for sheet_name, values in rows.items():
        good[sheet_name] = good[sheet_name] + values
    before = everything(hq)
    read = read_catalog_workbook(filled(template, good))
    outcome = apply_catalog_workbook(hq, read, "hq-officer")
    assert outcome.refused and not outcome.applied
    code = edits.INTO_RETIRED if code == "retired" else code
    row += len(new_event_rows()[sheet]) if sheet in new_event_rows() else 0
    assert [(p.code, p.sheet, p.row, p.column, p.value) for p in outcome.problems] == [
        (code, sheet, row, column, value)]
    assert everything(hq) == before


def test_every_problem_of_a_workbook_is_named_at_once(hq, template):
    read = read_catalog_workbook(filled(template, {
        "Events": [{**EVENT, "Start date": "soon", "Kind": "Congress"}],
        "Items": [item(1, Code=OLD, Section="NOWHERE")]}))
    outcome = apply_catalog_workbook(hq, read, "hq-officer", dry_run=True)
    assert [(p.sheet, p.row, p.column, p.code) for p in outcome.problems] == [
        ("Events", 2, "Kind", "bad_choice"), ("Events", 2, "Start date", "bad_date"),
        ("Items", 2, "Code", "duplicate_code"), ("Items", 2, "Section", "unknown_code")]


def test_a_field_office_is_told_only_headquarters_edits_the_catalog(database, tmp_path):
    setup_office(database, "Nairobi", "KE")
    hq_template = tmp_path / "catalog.xlsx"
    write_catalog_template(hq_template, CatalogLists())
    before = everything(database)
    read = read_catalog_workbook(filled(hq_template, {"Events": [EVENT]}))
    outcome = apply_catalog_workbook(database, read, "amina")
    assert outcome.problems == (CellProblem("filled.xlsx", NOT_HEADQUARTERS),)
    assert everything(database) == before
