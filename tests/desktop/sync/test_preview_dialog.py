"""The import preview as a person reads it: a package waiting for a decision is not rejected."""

from __future__ import annotations

from openpyxl import load_workbook

from db.activities.service import create_activity, get_activity
from db.sync.importing import PackageOutcome
from desktop.sync.messages import status_label
from desktop.sync.preview_dialog import PACKAGE_COLUMNS, ImportPreviewDialog, result_label
from exporters import problems
from exporters.problems import Problem
from tests.db.sync.helpers import sample
from tests.db.sync.test_edited_packages import set_cell

RESULT = [column.header for column in PACKAGE_COLUMNS].index("Result")




def result_shown(dialog: ImportPreviewDialog, row: int = 0) -> str:
    return dialog.packages_model.index(row, RESULT).data()


def test_a_package_waiting_for_its_key_to_be_confirmed_says_so(strangers, monkeypatch):
    hq, nairobi = strangers
    create_activity(nairobi.database, sample(), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    assert dialog.preview.packages[0].status == "rejected"
    assert result_shown(dialog) == "Waiting for your confirmation"
    assert dialog.undecided_label.isVisibleTo(dialog)
    [check] = dialog.key_boxes.values()
    with hq.qtbot.waitSignal(dialog.preview_changed, timeout=20000):
        check.setChecked(True)
    assert not dialog.undecided_label.isVisibleTo(dialog)  # decided: nothing left out
    assert result_shown(dialog) == status_label("accepted")
    with hq.qtbot.waitSignal(dialog.preview_changed, timeout=20000):
        check.setChecked(False)
    assert dialog.undecided_label.isVisibleTo(dialog)
    assert result_shown(dialog) == "Waiting for your confirmation"


def test_an_unsigned_package_waits_for_a_decision(strangers, monkeypatch):
    hq, nairobi = strangers
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    book = load_workbook(package)
    book["Activities"]["B2"] = "Retitled after export"
    book.save(package)
    dialog = hq.preview(monkeypatch, package)
    assert result_shown(dialog) == "Waiting for your decision"
    hq.accept_unsigned(dialog)
    assert not dialog.undecided_label.isVisibleTo(dialog)


def test_a_package_kept_out_by_anything_else_is_rejected():
    def outcome(*codes: str) -> PackageOutcome:
        return PackageOutcome("a.xlsx", "rejected", problems=tuple(
            Problem("a.xlsx", "Manifest", None, "signature", None, code) for code in codes))
    assert result_label(outcome(problems.UNTRUSTED_KEY)) == "Waiting for your confirmation"
    assert result_label(outcome(problems.UNTRUSTED_KEY, problems.KEY_MISMATCH)) \
        == status_label("rejected")
    assert result_label(outcome()) == status_label("rejected")


def activity_table(dialog: ImportPreviewDialog) -> list[list[str]]:
    model = dialog.activities_model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_cells_typed_after_export_are_listed_before_anything_is_decided(sites, monkeypatch):
    """A package imported, then corrected in Excel: the preview lists each changed cell,
    old and new, and says what importing it does, before the person decides."""
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    create_activity(nairobi.database, sample(title="Workshop"), "amina")
    package = nairobi.export(monkeypatch)
    hq.apply(hq.preview(monkeypatch, package))
    set_cell(package, record.uuid, "Status", "Completed")
    set_cell(package, record.uuid, "Progress notes", "Adopted by parliament")
    dialog = hq.preview(monkeypatch, package)
    assert result_shown(dialog) == "Waiting for your decision"  # edited: unsigned data
    assert dialog.details.currentIndex() == 0 and dialog.activities_view.isVisibleTo(dialog)
    title, edited = "National asylum law review", "Edited in the file after export"
    assert [line[:1] + line[2:] for line in activity_table(dialog)] == [  # all but Row
        [title, edited, "Status", "Ongoing", "Completed"],
        [title, edited, "Progress notes", "", "Adopted by parliament"]]
    assert dialog.details.tabText(0) == "Activities: 1 of 2"
    notes = dialog.notes_label.text()
    assert "Already imported" not in notes and "A copy of this package was imported" in notes
    dialog.show_unchanged.setChecked(True)
    assert [line[0] for line in activity_table(dialog)] == [title, title, "Workshop"]
    hq.accept_unsigned(dialog)
    hq.apply(dialog)
    held = get_activity(hq.database, record.uuid)
    assert (held.status, held.progress_notes) == ("completed", "Adopted by parliament")
