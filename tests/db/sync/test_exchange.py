"""Offices and headquarters exchanging packages: the guarantees of issue 5, case by case."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from db.activities.service import (
    activity_history,
    create_activity,
    delete_activity,
    get_activity,
    update_activity,
)
from db.sync.conflicts import open_conflicts, resolve_conflict
from db.sync.exporting import export_template
from db.sync.importing import apply_import, preview_import, read_packages
from db.sync.status import activity_sync_states, package_history
from tests.conftest import FIXTURES
from tests.db.sync.helpers import Site, activity_state, sample, stored_state
from tests.workbook_cells import fill_row


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    kampala = Site(catalog_template, tmp_path / "kampala", "Kampala", "UG")
    yield hq, nairobi, kampala
    for site in (hq, nairobi, kampala):
        site.close()


def test_an_office_package_arrives_at_headquarters_with_everything(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(item_codes=("DES-SR-III-01",
                                                                  "DES-AP-I-A03")), "amina")
    report = hq.receive(nairobi.export())
    assert report.packages[0].status == "accepted" and report.packages[0].new == 1
    copy = get_activity(hq.database, record.uuid)
    assert (copy.title, copy.item_codes, copy.owner_office_name) == (
        record.title, ("DES-AP-I-A03", "DES-SR-III-01"), "Nairobi")
    assert copy.version_vector == record.version_vector
    assert copy.editable  # headquarters may edit any office's activity
    # The office's own entry travels; headquarters adds who imported it.
    assert [h.action for h in activity_history(hq.database, record.uuid)] == [
        "created", "imported"]


def test_importing_the_same_package_again_changes_nothing(sites):
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    hq.receive(package)
    before = activity_state(hq.database)
    again = hq.receive(package).packages[0]
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    assert again.previously_imported_at is not None
    assert activity_state(hq.database) == before


def test_preview_changes_nothing_and_predicts_the_apply(sites):
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    reads = read_packages([nairobi.export()])
    before = stored_state(hq.database)
    preview = preview_import(hq.database, reads, "hq")
    assert stored_state(hq.database) == before
    applied = apply_import(hq.database, preview, "hq")
    assert preview.packages[0].counts() == applied.packages[0].counts()


def test_an_older_package_never_overwrites_newer_data(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    old = nairobi.export()
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    new = nairobi.export()
    hq.receive(new)
    outcome = hq.receive(old).packages[0]
    assert (outcome.unchanged, outcome.outdated) == (1, 1)
    assert get_activity(hq.database, record.uuid).status == "completed"


def test_deletions_travel_and_win_over_unchanged_copies(sites):
    hq, nairobi, kampala = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    kampala.receive(hq.export(region_code="EHSA"))
    delete_activity(nairobi.database, record.uuid, "amina")
    outcome = hq.receive(nairobi.export(changed_only=True)).packages[0]
    assert (outcome.updated, outcome.deleted) == (1, 1)
    assert get_activity(hq.database, record.uuid).deleted_at is not None
    kampala.receive(hq.export(region_code="EHSA"))
    assert get_activity(kampala.database, record.uuid).deleted_at is not None


def test_a_deletion_does_not_win_over_a_later_edit(sites):
    """An edit headquarters made without knowing of the deletion is kept: a person decides."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(outcome="Bill passed"), "hq")
    delete_activity(nairobi.database, record.uuid, "amina")
    outcome = hq.receive(nairobi.export()).packages[0]
    assert outcome.conflicts == 1
    kept = get_activity(hq.database, record.uuid)
    assert kept.deleted_at is None and kept.outcome == "Bill passed"
    [conflict] = open_conflicts(hq.database)
    assert conflict.incoming.deleted and conflict.differing_fields() == ("deleted",)


def test_concurrent_edits_are_kept_shown_and_resolved_with_history(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(title="HQ wording"), "hq")
    update_activity(nairobi.database, record.uuid, sample(title="Office wording"), "amina")
    assert hq.receive(nairobi.export()).packages[0].conflicts == 1
    [conflict] = open_conflicts(hq.database)
    assert (conflict.local.values["title"], conflict.incoming.values["title"]) == (
        "HQ wording", "Office wording")
    assert get_activity(hq.database, record.uuid).open_conflicts == 1
    resolve_conflict(hq.database, conflict.id, "incoming", "hq-reviewer")
    resolved = get_activity(hq.database, record.uuid)
    assert resolved.title == "Office wording" and resolved.open_conflicts == 0
    entries = [h for h in activity_history(hq.database, record.uuid)
               if h.action == "conflict_resolved"]
    assert {e.field for e in entries} == {None, "title"}
    assert all("kept_incoming" in e.note for e in entries)
    # The decision travels: the office takes it, and nothing is left in conflict anywhere.
    outcome = nairobi.receive(hq.export(office_uuid=nairobi.uuid)).packages[0]
    assert outcome.updated == 1 and outcome.conflicts == 0
    assert get_activity(nairobi.database, record.uuid).title == "Office wording"
    assert hq.receive(nairobi.export()).packages[0].conflicts == 0


def test_the_other_side_of_a_conflict_closes_when_the_resolution_arrives(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(title="HQ"), "hq")
    update_activity(nairobi.database, record.uuid, sample(title="Office"), "amina")
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))  # the office sees the conflict too
    hq.receive(nairobi.export())
    [at_office] = open_conflicts(nairobi.database)
    resolve_conflict(hq.database, open_conflicts(hq.database)[0].id, "local", "hq")
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert open_conflicts(nairobi.database) == []
    assert get_activity(nairobi.database, record.uuid).title == "HQ"
    assert at_office.id  # it existed, and was closed as superseded


def test_an_office_may_send_only_its_own_activities(sites):
    hq, nairobi, kampala = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    kampala.receive(hq.export(region_code="EHSA"))
    assert not get_activity(kampala.database, record.uuid).editable  # read-only there
    package = kampala.export()
    book = load_workbook(package)  # a hand-made attempt: Nairobi's row pasted in
    rows = read_packages([nairobi.export()])[0].content.activities
    sheet = book["Activities"]
    sheet.append([rows[0].activity_id, "Taken over", "DES-SR-III-01", "planned", None, None,
                  "", "", None, None, None, "", "", "", "", nairobi.uuid, "Nairobi", 9,
                  f'{{"{kampala.uuid}": 9}}'])
    book.save(package)
    outcome = hq.receive(package, accept_unsigned=True).packages[0]  # edited: no signature
    assert outcome.status == "rejected"
    assert [p.code for p in outcome.problems] == ["checksum_mismatch", "not_owner"]
    assert get_activity(hq.database, record.uuid).title == record.title


def test_packages_go_only_where_they_are_meant(sites):
    hq, nairobi, kampala = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    before = stored_state(kampala.database)
    outcome = kampala.receive(package).packages[0]
    assert outcome.status == "rejected" and outcome.problems[0].code == "wrong_recipient"
    assert stored_state(kampala.database) == before
    to_nairobi = hq.export(office_uuid=(hq.receive(package), nairobi.uuid)[1])
    assert kampala.receive(to_nairobi).packages[0].status == "rejected"
    to_west_africa = hq.export(region_code="WAF")  # Kenya and Uganda are not in it
    outcome = kampala.receive(to_west_africa).packages[0]
    assert outcome.status == "rejected" and outcome.problems[0].column == "region"
    assert kampala.receive(hq.export(region_code="EHSA")).packages[0].status == "accepted"


def test_a_rejected_row_leaves_the_whole_package_out_unless_valid_rows_are_chosen(sites,
                                                                                  tmp_path):
    hq, nairobi, _ = sites
    for title in ("One", "Two", "Three"):
        create_activity(nairobi.database, sample(title=title), "amina")
    package = nairobi.export()
    book = load_workbook(package)
    book["Activities"]["C3"] = "NOPE-99"  # an unknown item code in the second row
    book.save(package)
    before = stored_state(hq.database)
    outcome = hq.receive(package, accept_unsigned=True).packages[0]  # edited after signing
    assert (outcome.status, outcome.rejected, outcome.new) == ("rejected", 1, 2)
    [problem] = [p for p in outcome.problems if p.code != "checksum_mismatch"]
    assert (problem.sheet, problem.row, problem.column, problem.value, problem.code) == (
        "Activities", 3, "Item codes", "NOPE-99", "unknown_item_code")
    assert stored_state(hq.database) == before
    errors = tmp_path / "errors.xlsx"
    report = hq.receive(package, valid_rows_only=True, error_workbook=errors,
                        accept_unsigned=True)
    assert report.packages[0].status == "partial" and report.packages[0].new == 2
    sheet = load_workbook(errors)["Problems"]
    assert [c.value for c in sheet[2]][:5] == ["package-1.xlsx", "Activities", 3,
                                                "Item codes", "NOPE-99"]
    rejected = load_workbook(errors)["Rejected Activities"]
    assert [rejected["B2"].value, rejected["D2"].value, rejected["E2"].value] == [
        3, "Two", "NOPE-99"]


def test_a_filled_template_imported_twice_creates_no_duplicates(sites, tmp_path):
    hq, nairobi, _ = sites
    path = tmp_path / "kigali.xlsx"
    export_template(hq.database, path, office_name="Kigali", country="RW", rows=5)
    book = load_workbook(path)
    sheet = book["Activities"]
    fill_row(sheet, 2, {"Title": "Radio spots", "Item codes": "DES-SR-III-01"})
    fill_row(sheet, 4, {"Title": "Training", "Item codes": "des-ap-i-a03",
                        "Status": "Completed"})
    book.save(path)
    first = hq.receive(path, accept_unsigned=True).packages[0]  # templates are never signed
    assert (first.status, first.new, first.blank_template_rows) == ("accepted", 2, 3)
    again = hq.receive(path, accept_unsigned=True).packages[0]
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    fill_row(sheet, 2, {"Title": "Radio spots (corrected)"})
    book.save(path)
    corrected = hq.receive(path, accept_unsigned=True).packages[0]
    assert (corrected.new, corrected.updated, corrected.unchanged) == (0, 1, 1)
    titles = sorted(r[2] for r in activity_state(hq.database))
    assert titles == ["Radio spots (corrected)", "Training"]


def test_the_libreoffice_fixtures_import_with_no_change(sites):
    """The real files: a package re-saved by LibreOffice, then one edited by hand.

    They were made before packages were signed, so they import only as unsigned data."""
    hq = sites[0]
    packages = FIXTURES / "packages"
    first = hq.receive(packages / "nairobi-office.xlsx", accept_unsigned=True).packages[0]
    assert (first.status, first.new, first.deleted) == ("accepted", 5, 1)
    state = activity_state(hq.database)
    for name in ("nairobi-office-libreoffice.xlsx", "nairobi-office-hand-edited.xlsx"):
        outcome = hq.receive(packages / name, accept_unsigned=True).packages[0]
        assert (outcome.status, outcome.unchanged, outcome.checksum_matches) == (
            "accepted", 5, True)
        assert activity_state(hq.database) == state
    filled = hq.receive(packages / "nairobi-template-filled.xlsx",
                        accept_unsigned=True).packages[0]
    assert (filled.status, filled.new) == ("accepted", 3)


def test_hq_acknowledges_what_it_holds_and_the_office_sees_it(sites):
    hq, nairobi, _ = sites
    first = create_activity(nairobi.database, sample(title="First"), "amina")
    assert activity_sync_states(nairobi.database, [first.uuid]) == {first.uuid: "not_sent"}
    hq.receive(nairobi.export())
    assert activity_sync_states(nairobi.database, [first.uuid]) == {first.uuid: "sent"}
    outcome = nairobi.receive(hq.export(office_uuid=nairobi.uuid)).packages[0]
    assert outcome.acknowledged == 1
    assert activity_sync_states(nairobi.database, [first.uuid]) == {first.uuid: "received"}
    update_activity(nairobi.database, first.uuid, sample(title="First, again"), "amina")
    assert activity_sync_states(nairobi.database, [first.uuid]) == {first.uuid: "changed"}
    directions = [(p.direction, p.kind) for p in package_history(nairobi.database)]
    assert directions == [("received", "hq_update"), ("sent", "office")]


def test_changed_only_exports_what_changed_since_the_last_export(sites):
    _, nairobi, _ = sites
    one = create_activity(nairobi.database, sample(title="One"), "amina")
    create_activity(nairobi.database, sample(title="Two"), "amina")
    nairobi.export()
    update_activity(nairobi.database, one.uuid, sample(title="One, edited"), "amina")
    rows = read_packages([nairobi.export(changed_only=True)])[0].content.activities
    assert [r.title for r in rows] == ["One, edited"]
    assert read_packages([nairobi.export(changed_only=True)])[0].content.activities == ()
