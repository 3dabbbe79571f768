"""Two offices and headquarters exchange packages through the Sync area, as people would."""

from __future__ import annotations

import gc
import tempfile

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.activities.service import (
    activity_history,
    create_activity,
    get_activity,
    update_activity,
)
from db.sync.importing import apply_import as real_apply_import
from db.sync.status import RECEIVED, activity_sync_states
from desktop.activities.table_model import COLUMN_OF_SORT
from desktop.shared.table_model import ROW_ROLE
from desktop.sync import area as area_module
from desktop.sync.merge_dialog import THEIRS, MergeDialog
from tests.db.sync.helpers import sample
from tests.desktop.sync.support import Installation, trust_each_other
from tests.desktop.window_support import main_window


@pytest.fixture
def sites(qtbot, catalog_template, tmp_path):
    """Headquarters, Nairobi (Kenya) and Sana'a (Yemen), each with its own data folder."""
    made = [Installation(qtbot, catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True),
            Installation(qtbot, catalog_template, tmp_path / "nairobi", "Nairobi", "KE"),
            Installation(qtbot, catalog_template, tmp_path / "sanaa", "Sanaa", "YE")]
    trust_each_other(made)
    yield made
    for site in made:
        site.close()


def counts(dialog) -> list[dict]:
    return [outcome.counts() for outcome in dialog.preview.packages]


def test_offices_and_headquarters_exchange_packages_and_resolve_a_conflict(
        sites, monkeypatch, qtbot):
    """The whole round: export, preview, apply, concurrent edits, Keep mine, history."""
    hq, nairobi, sanaa = sites
    record = create_activity(nairobi.database, sample(), "amina")
    create_activity(sanaa.database, sample(title="Reception centre", country_iso2="YE"),
                    "omar")
    packages = [nairobi.export(monkeypatch), sanaa.export(monkeypatch)]
    dialog = hq.preview(monkeypatch, *packages)
    assert [(c["new"], c["rejected"]) for c in counts(dialog)] == [(1, 0), (1, 0)]
    hq.apply(dialog)
    held = get_activity(hq.database, record.uuid)
    assert held.owner_office_name == "Nairobi"
    assert [r.direction for r in hq.area.history.model.records()] == ["received"] * 2

    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq-reviewer")
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch, changed_only=True))
    assert counts(dialog)[0]["conflicts"] == 1
    hq.apply(dialog)

    panel = hq.area.conflicts
    assert panel.count() == 1 and hq.area.tabs.tabText(0) == "Conflicts (1)"
    lines = panel.comparison_model.records()
    status = next(n for n, line in enumerate(lines) if line.field == "status")
    title = next(n for n, line in enumerate(lines) if line.field == "title")
    model = panel.comparison_model
    assert model.index(status, 1).data() == "Suspended" or lines[status].differs
    assert model.index(status, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(title, 0).data(Qt.ItemDataRole.FontRole) is None
    with qtbot.waitSignal(hq.area.activities_changed):
        panel.keep_mine_button.click()
    assert panel.count() == 0
    assert get_activity(hq.database, record.uuid).status == "suspended"
    assert any(h.action == "conflict_resolved" for h in activity_history(hq.database,
                                                                          record.uuid))

    update = hq.export(monkeypatch, office_uuid=nairobi.identity.uuid)
    dialog = nairobi.preview(monkeypatch, update)
    hq.area.refresh()
    assert hq.area.history.model.records()[0].direction == "sent"
    nairobi.apply(dialog)
    back = get_activity(nairobi.database, record.uuid)
    assert back.status == "suspended" and back.open_conflicts == 0
    assert activity_sync_states(nairobi.database)[record.uuid] == RECEIVED


def test_keep_theirs_takes_the_received_version(sites, monkeypatch, qtbot):
    """Keep theirs writes the office's edit at headquarters."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq")
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    with qtbot.waitSignal(hq.area.activities_changed):
        hq.area.conflicts.keep_theirs_button.click()
    assert get_activity(hq.database, record.uuid).status == "completed"
    said = hq.area.conflicts.resolved_label  # no conflict left: the list is hidden
    assert said.isVisibleTo(hq.area) and said.text() == (
        "Conflict resolved: kept the received version.")


def test_merge_starts_from_both_versions_and_saving_resolves_in_the_window(
        sites, monkeypatch, qtbot):
    """Merge opens the merge dialog on both versions; its Save resolves the conflict, and the
    window's other areas show the merged activity."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq")
    update_activity(nairobi.database, record.uuid,
                    sample(status="completed", outcome="Bill tabled"), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    window = main_window(hq.context)
    qtbot.addWidget(window)
    panel = window.sync.conflicts
    panel.list_view.selectRow(0)
    panel.edit_button.click()
    dialog = panel.merge_dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.choices["status"].result.value() == "suspended"  # this installation's
    assert dialog.choices["outcome"].result.value() == "Bill tabled"  # filled only in theirs
    dialog.choices["status"].radios[THEIRS].click()
    with qtbot.waitSignal(window.sync.activities_changed):
        assert dialog.save()
    assert panel.count() == 0
    assert "edited version" in panel.resolved_label.text()  # no conflict left
    saved = get_activity(hq.database, record.uuid)
    assert (saved.status, saved.outcome, saved.open_conflicts) == ("completed", "Bill tabled", 0)


def test_cancelling_the_preview_leaves_the_database_byte_for_byte_unchanged(
        sites, monkeypatch):
    """The preview merges inside a transaction it rolls back; Cancel writes nothing."""
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    before = hq.database_digest()
    dialog = hq.preview(monkeypatch, package)
    assert counts(dialog)[0]["new"] == 1
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert hq.database_digest() == before
    assert hq.area.history.model.rowCount() == 0
    assert "nothing was written" in hq.area.import_label.text()


def _break_status(path, value: str) -> int:
    """Write a status no list has into the first activity row; returns the sheet row."""
    book = load_workbook(path)
    sheet = book["Activities"]
    headers = [cell.value for cell in sheet[1]]
    column = headers.index("Status") + 1
    sheet.cell(2, column, value)
    book.save(path)
    return 2


def test_a_rejected_row_shows_its_sheet_row_column_and_value(sites, monkeypatch):
    """A person must be able to find the faulty cell; nothing is imported from that file."""
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    row = _break_status(package, "nearly")
    dialog = hq.preview(monkeypatch, package)
    hq.accept_unsigned(dialog)  # edited after export: no longer signed
    assert dialog.preview.packages[0].status == "rejected"
    assert not dialog.apply_button.isEnabled()
    assert dialog.valid_rows_button.isVisible()
    problems = dialog.problems_model
    shown = [[problems.index(0, c).data() for c in range(problems.columnCount())]]
    assert shown[0][:5] == [package.name, "Activities", str(row), "Status", "nearly"]
    assert "nearly" in shown[0][5]
    dialog.cancel_button.click()


def _previewed_with_a_rejected_row(hq, nairobi, monkeypatch):
    """The preview of a package of two activities, one with a status no list offers."""
    create_activity(nairobi.database, sample(), "amina")
    create_activity(nairobi.database, sample(title="Second"), "amina")
    package = nairobi.export(monkeypatch)
    _break_status(package, "bogus")
    dialog = hq.preview(monkeypatch, package)
    hq.accept_unsigned(dialog)
    return dialog


def test_importing_only_the_valid_rows_writes_the_error_workbook(sites, monkeypatch):
    """The explicit choice imports the good rows and lists the rejected ones in a workbook."""
    hq, nairobi, _ = sites
    dialog = _previewed_with_a_rejected_row(hq, nairobi, monkeypatch)
    errors = hq.folder / "rejected.xlsx"
    monkeypatch.setattr(area_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(errors), "")))
    hq.apply(dialog, dialog.valid_rows_button)
    assert errors.exists()
    received = hq.area.history.model.records()[0]
    assert received.summary["status"] == "partial" and received.summary["new"] == 1


def test_no_error_workbook_chosen_imports_nothing_and_says_so(sites, monkeypatch):
    """Valid rows only, then Cancel in the dialog asking where to list the rejected rows."""
    hq, nairobi, _ = sites
    dialog = _previewed_with_a_rejected_row(hq, nairobi, monkeypatch)
    before = hq.database_digest()
    monkeypatch.setattr(area_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("", "")))
    dialog.valid_rows_button.click()
    assert hq.area.import_label.text() == "Import cancelled: nothing was written."
    assert hq.area.preview_dialog is None and hq.area.worker is None
    assert hq.database_digest() == before


def test_cancel_during_a_long_import_stops_it_and_writes_nothing(sites, monkeypatch, qtbot):
    """Cancel in the progress dialog reaches the import, which rolls back."""
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    before = hq.database_digest()

    def slow_apply(*args, cancelled, **kwargs):
        qtbot_wait_until_cancelled(cancelled)
        return real_apply_import(*args, cancelled=cancelled, **kwargs)
    monkeypatch.setattr(area_module, "apply_import", slow_apply)
    dialog.apply_button.click()
    worker = hq.area.worker
    worker.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in hq.area.import_label.text(), timeout=20000)
    assert hq.database_digest() == before
    assert hq.area.history.model.rowCount() == 0
    assert "cancelled" in hq.area.import_label.text()


def qtbot_wait_until_cancelled(cancelled) -> None:
    """Stands for a long merge: runs until the person presses Cancel (or 10 s pass)."""
    import time
    deadline = time.monotonic() + 10
    while not cancelled() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_template_is_written_for_a_named_office_at_headquarters(sites, monkeypatch, qtbot):
    """Headquarters names an office and country; the template lands in the history."""
    hq, _, _ = sites
    path = hq.folder / "template.xlsx"
    monkeypatch.setattr(area_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    panel = hq.area.export_panel
    assert not panel.template_button.isEnabled()
    panel.template_office_edit.setText("Garissa")
    panel.template_country_combo.setCurrentIndex(panel.template_country_combo.findData("KE"))
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.template_button.click()
    assert path.exists()
    assert "Garissa" in panel.result_label.text()


def test_every_model_of_the_area_passes_the_model_tester(sites, monkeypatch, qtmodeltester):
    """Qt's own consistency checks on the conflicts, comparison, history and preview models."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq")
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    qtmodeltester.check(dialog.packages_model)
    qtmodeltester.check(dialog.problems_model)
    hq.apply(dialog)
    qtmodeltester.check(hq.area.conflicts.list_model)
    qtmodeltester.check(hq.area.conflicts.comparison_model)
    qtmodeltester.check(hq.area.history.model)
    qtmodeltester.check(hq.area.history.proxy)
    assert hq.area.conflicts.list_model.index(0, 0).data(ROW_ROLE).activity_uuid == record.uuid


def test_the_reading_process_starts_while_the_files_are_chosen(sites, monkeypatch):
    import desktop.sync.area as area_module

    hq = sites[0]
    events = []
    monkeypatch.setattr(area_module, "prepare_reading", lambda: events.append("prepare"))
    monkeypatch.setattr(area_module.QFileDialog, "getOpenFileNames", staticmethod(
        lambda *a, **k: events.append("dialog") or ([], "")))
    hq.area.import_files_button.click()
    assert events == ["prepare", "dialog"]


def test_a_row_typed_into_a_package_shows_in_the_preview_as_changed(sites, monkeypatch):
    """Load, append a row with a fresh ID and valid values, save: the preview says the cells
    were changed and how many rows were added, and offers only to import as unsigned data."""
    import uuid

    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    book = load_workbook(package)
    sheet = book["Activities"]
    row = [cell.value for cell in sheet[2]]
    row[0], row[1] = str(uuid.uuid4()), "Typed in by hand"
    for column, value in enumerate(row, start=1):
        sheet.cell(3, column, value)
    book.save(package)
    dialog = hq.preview(monkeypatch, package)
    [outcome] = dialog.preview.packages
    assert (outcome.status, outcome.signature, outcome.new) == ("rejected", "bad_signature", 2)
    problems = dialog.problems_model
    reasons = [problems.index(row, problems.columnCount() - 1).data()
               for row in range(problems.rowCount())]
    assert "Cells were changed after the package was exported (the checksum differs)." \
        in reasons
    notes = dialog.notes_label.text()
    assert "Cells were changed after the package was exported." in notes
    assert 'Rows added to the sheet "Activities" after export: 1' in notes
    assert dialog.unsigned_box is not None
    hq.accept_unsigned(dialog)
    assert dialog.preview.packages[0].status == "accepted"
    dialog.cancel_button.click()


def choose_folder(monkeypatch, folder) -> None:
    monkeypatch.setattr(area_module.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))


def test_a_folder_import_names_the_files_it_did_not_read(sites, monkeypatch, qtbot):
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    folder = hq.folder / "inbox"
    folder.mkdir()
    nairobi.export(monkeypatch).rename(folder / "nairobi.xlsx")
    (folder / "kampala.ods").write_bytes(b"")
    (folder / "~$nairobi.xlsx").write_bytes(b"")
    choose_folder(monkeypatch, folder)
    hq.area.import_folder_button.click()
    qtbot.waitUntil(lambda: hq.area.preview_dialog is not None
                    and hq.area.preview_dialog.isVisible(), timeout=20000)
    dialog = hq.area.preview_dialog
    assert [p.file for p in dialog.preview.packages] == ["nairobi.xlsx"]
    shown = dialog.not_read_label.text()
    assert not dialog.not_read_label.isHidden()
    assert f"Not read: {folder / 'kampala.ods'} (not an Excel workbook" in shown
    assert f"Not read: {folder / '~$nairobi.xlsx'} (the lock file" in shown
    dialog.cancel_button.click()


def test_a_folder_with_nothing_to_import_says_so(sites, monkeypatch):
    hq = sites[0]
    folder = hq.folder / "inbox"
    folder.mkdir()
    (folder / "kampala.ods").write_bytes(b"")
    choose_folder(monkeypatch, folder)
    hq.area.import_folder_button.click()
    assert hq.area.preview_dialog is None and hq.area.worker is None
    assert hq.area.import_label.text() == (
        f"No package (.xlsx) in {folder}; found: kampala.ods (not an Excel workbook: open it, "
        "save it as .xlsx and import that file).")


def test_every_view_shows_a_finished_export_and_import_at_once(sites, monkeypatch, qtbot):
    """No Refresh needed: the Sync column after an export, a new office's name in the
    Activities list's office filter after an import."""
    hq, nairobi, _ = sites
    own_areas = hq.area, nairobi.area
    try:
        _export_then_import_through_the_windows(hq, nairobi, monkeypatch, qtbot)
    finally:  # the sites close their own areas
        hq.area, nairobi.area = own_areas


def _export_then_import_through_the_windows(hq, nairobi, monkeypatch, qtbot) -> None:
    record = create_activity(nairobi.database, sample(), "amina")
    office_window = main_window(nairobi.context)
    qtbot.addWidget(office_window)
    nairobi.area = office_window.sync  # export from the window's own Sync area
    listed = office_window.activities.model
    sync_cell = lambda: listed.index(listed.index_of(record.uuid).row(),  # noqa: E731
                                     COLUMN_OF_SORT["sync"]).data()
    assert sync_cell() == "Not yet sent"
    package = nairobi.export(monkeypatch)
    assert sync_cell() == "Sent"

    hq_window = main_window(hq.context)
    qtbot.addWidget(hq_window)
    hq.area = hq_window.sync
    owners = hq_window.activities.filter_bar.owner_combo
    assert owners.findText("Nairobi") < 0
    hq.apply(hq.preview(monkeypatch, package))
    assert owners.findText("Nairobi") > 0
    owners.setCurrentIndex(owners.findText("Nairobi"))
    assert hq_window.activities.model.counts.matching == 1


@pytest.mark.parametrize("finish", ["import", "cancel"])
def test_a_finished_preview_leaves_no_rows_waiting_on_disk(sites, monkeypatch, qtbot, tmp_path,
                                                           finish):
    """Several files' rows wait in the user's temporary folder from the reading to the import
    (db/sync/read_store.py); once the preview is done with, imported or cancelled, they go,
    with the preview's plan of every row, instead of staying until the next import."""
    hq, nairobi, sanaa = sites
    create_activity(nairobi.database, sample(), "amina")
    create_activity(sanaa.database, sample(title="Reception centre", country_iso2="YE"),
                    "omar")
    packages = [nairobi.export(monkeypatch), sanaa.export(monkeypatch)]
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    dialog = hq.preview(monkeypatch, *packages)
    assert len(list(temporary.glob("tenpoint-read-*/*.pickle"))) == 2
    if finish == "import":
        hq.apply(dialog)
    else:
        dialog.cancel_button.click()
    del dialog

    def gone() -> bool:
        gc.collect()
        return not list(temporary.glob("tenpoint-read-*"))
    qtbot.waitUntil(gone, timeout=10000)
    assert hq.area.preview_dialog is None
