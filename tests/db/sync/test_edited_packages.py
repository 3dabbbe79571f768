"""Packages edited in Excel after export: rows typed in or deleted, and what an import says."""

from __future__ import annotations

import uuid

import pytest
from openpyxl import load_workbook

from db.activities.service import (
    activity_history,
    create_activity,
    get_activity,
    update_activity,
)
from db.sync.importing import preview_import, read_packages
from exporters.reader import RowCount
from tests.db.sync.helpers import Site, sample


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    for site in (hq, nairobi):
        site.close()


def last_row(sheet) -> int:
    """The last row holding an activity ID (the sheet is formatted further down)."""
    return max(cell.row for cell in sheet["A"] if cell.value)


def add_row(path, **values) -> str:
    """As a person would: a new row under the last one, with a fresh ID; the other cells
    copied from the row above (complete and valid) unless given, by header."""
    book = load_workbook(path)
    sheet = book["Activities"]
    headers = [cell.value for cell in sheet[1]]
    above = last_row(sheet)
    new_id = str(uuid.uuid4())
    row = {header: sheet.cell(above, number).value
           for number, header in enumerate(headers, start=1)}
    row.update({"Activity ID": new_id, "Title": "Typed in by hand"}, **values)
    for number, header in enumerate(headers, start=1):
        sheet.cell(above + 1, number, row[header])
    book.save(path)
    return new_id


def delete_row(path, row: int) -> None:
    book = load_workbook(path)
    book["Activities"].delete_rows(row)
    book.save(path)


def only(report):
    [outcome] = report.packages
    return outcome


def codes(outcome) -> list[str]:
    return [p.code for p in outcome.problems]


def test_a_row_typed_into_a_signed_package_makes_it_unsigned_data(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    new_id = add_row(package)
    [read] = read_packages([package])
    assert read.checksum_matches is False
    assert read.row_counts == (RowCount("Activities", 1, 2),)
    preview = preview_import(hq.database, [read], "tester",
                             trusted_fingerprints=nairobi.peer_fingerprints())
    outcome = only(preview)
    assert (outcome.status, outcome.signature) == ("rejected", "bad_signature")
    assert {"signature_invalid", "checksum_mismatch"} <= set(codes(outcome))
    assert (outcome.row_counts[0].added, outcome.new) == (1, 2)
    accepted = only(hq.receive(package, accept_unsigned=True))
    assert (accepted.status, accepted.new, accepted.imported_unsigned) == ("accepted", 2, True)
    assert [c.note.split()[0] for c in activity_history(hq.database, new_id)
            if c.action == "imported"] == ["unsigned"]


def test_a_typed_row_the_reader_rejects_still_breaks_the_signature(sites):
    """The rows left verify, but the file is not the one exported: the signature covers the
    package's rows as exported, all of them."""
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    add_row(package, **{"Owner office ID": None, "Version": None, "Revision": None})
    [read] = read_packages([package])
    assert len(read.rejected_rows) == 1 and len(read.content.activities) == 1
    outcome = only(hq.receive(package, accept_unsigned=True))
    assert (outcome.signature, outcome.status) == ("bad_signature", "rejected")
    assert "checksum_mismatch" in codes(outcome)
    assert outcome.row_counts == (RowCount("Activities", 1, 2),)
    partial = only(hq.receive(package, accept_unsigned=True, valid_rows_only=True,
                              error_workbook=hq.folder / "errors.xlsx"))
    assert (partial.status, partial.new, partial.imported_unsigned) == ("partial", 1, True)


def test_a_deleted_row_is_an_activity_missing_from_the_copy_not_a_deletion(sites):
    hq, nairobi = sites
    kept = create_activity(nairobi.database, sample(), "amina")
    left_out = create_activity(nairobi.database, sample(title="Workshop"), "amina")
    hq.receive(nairobi.export())
    package = nairobi.export()
    book = load_workbook(package)
    ids = [cell.value for cell in book["Activities"]["A"]]
    delete_row(package, ids.index(left_out.uuid) + 1)
    outcome = only(hq.receive(package, accept_unsigned=True))
    assert outcome.row_counts == (RowCount("Activities", 2, 1),)
    assert (outcome.signature, outcome.status, outcome.deleted) == (
        "bad_signature", "accepted", 0)
    assert "checksum_mismatch" in codes(outcome)
    for record in (kept, left_out):
        assert get_activity(hq.database, record.uuid).deleted_at is None


def test_an_untouched_package_has_no_row_counts_to_report(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    outcome = only(hq.receive(nairobi.export()))
    assert (outcome.status, outcome.signature, outcome.row_counts) == (
        "accepted", "new_key", ())
    assert outcome.checksum_matches and not outcome.problems


def set_cell(path, activity_id: str, header: str, value) -> None:
    """As a person would in Excel: type over one cell of an activity's row, found by header."""
    book = load_workbook(path)
    sheet = book["Activities"]
    headers = [cell.value for cell in sheet[1]]
    id_column = headers.index("Activity ID") + 1
    [row] = [r for r in range(2, sheet.max_row + 1)
             if sheet.cell(r, id_column).value == activity_id]
    sheet.cell(row, headers.index(header) + 1, value)
    book.save(path)


def plan_of(outcome, activity_id: str):
    [plan] = [p for p in outcome.activities if p.activity_id == activity_id]
    return plan


def changed_cells(plan) -> dict[str, tuple[str, str]]:
    return {c.field: (c.held, c.incoming) for c in plan.changes}


def test_an_edit_typed_on_the_version_held_is_listed_then_arrives_as_an_update(sites):
    """Corrected in Excel after headquarters imported it: the preview lists every changed
    cell before anything is decided, and accepted it is an update made at headquarters,
    attributed as typed into the file, never a conflict with itself."""
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    hq.receive(package)
    set_cell(package, record.uuid, "Status", "Completed")
    set_cell(package, record.uuid, "Title", "National asylum law adopted")
    [read] = read_packages([package])
    preview = only(preview_import(hq.database, [read], "tester",
                                  trusted_fingerprints=nairobi.peer_fingerprints()))
    assert not preview.same_copy_imported  # not "the same package": its cells differ
    plan = plan_of(preview, record.uuid)
    assert plan.outcome == "edited"
    assert changed_cells(plan) == {
        "status": ("ongoing", "completed"),
        "title": ("National asylum law review", "National asylum law adopted")}
    outcome = only(hq.receive(package, accept_unsigned=True))
    assert (outcome.status, outcome.updated, outcome.edited, outcome.conflicts) == (
        "accepted", 1, 1, 0)
    held = get_activity(hq.database, record.uuid)
    assert (held.status, held.title) == ("completed", "National asylum law adopted")
    notes = {c.field: c.note for c in activity_history(hq.database, record.uuid)
             if c.action == "imported" and c.field}
    assert set(notes) == {"status", "title"}
    assert all(n.startswith("unsigned package") and n.endswith(
        "edited in a spreadsheet after export") for n in notes.values())
    again = only(hq.receive(package, accept_unsigned=True))
    assert (again.updated, again.conflicts, again.unchanged) == (0, 0, 1)


def test_an_edit_typed_on_a_version_changed_since_is_a_conflict(sites):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    first = nairobi.export()
    hq.receive(first)
    update_activity(nairobi.database, record.uuid, sample(status="suspended"), "amina",
                    expected_revision=get_activity(nairobi.database, record.uuid).revision)
    hq.receive(nairobi.export())
    set_cell(first, record.uuid, "Title", "Typed on the first copy")
    outcome = only(hq.receive(first, accept_unsigned=True))
    plan = plan_of(outcome, record.uuid)
    assert (plan.outcome, outcome.conflicts, outcome.outdated) == ("conflict", 1, 0)
    assert changed_cells(plan)["title"] == ("National asylum law review",
                                            "Typed on the first copy")
    assert get_activity(hq.database, record.uuid).status == "suspended"


def test_an_older_untouched_row_of_an_edited_copy_stays_older(sites):
    """Only typed cells count as news: the untouched rows of an edited copy keep the rule."""
    hq, nairobi = sites
    kept = create_activity(nairobi.database, sample(), "amina")
    typed = create_activity(nairobi.database, sample(title="Workshop"), "amina")
    first = nairobi.export()
    hq.receive(first)
    update_activity(nairobi.database, kept.uuid, sample(status="suspended"), "amina",
                    expected_revision=get_activity(nairobi.database, kept.uuid).revision)
    hq.receive(nairobi.export())
    set_cell(first, typed.uuid, "Title", "Workshop on profiling")
    outcome = only(hq.receive(first, accept_unsigned=True))
    assert (plan_of(outcome, kept.uuid).outcome, plan_of(outcome, typed.uuid).outcome) == (
        "outdated", "edited")
    assert get_activity(hq.database, kept.uuid).status == "suspended"


def test_a_clean_copy_imported_again_is_the_same_package(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    hq.receive(package)
    [read] = read_packages([package])
    outcome = only(preview_import(hq.database, [read], "tester",
                                  trusted_fingerprints=nairobi.peer_fingerprints()))
    assert outcome.same_copy_imported
    assert [p.outcome for p in outcome.activities] == ["unchanged"]
