"""The import preview as a person reads it: a package waiting for a decision is not rejected."""

from __future__ import annotations

from openpyxl import load_workbook

from db.activities.service import create_activity
from db.sync.importing import PackageOutcome
from desktop.sync.messages import status_label
from desktop.sync.preview_dialog import PACKAGE_COLUMNS, ImportPreviewDialog, result_label
from exporters import problems
from exporters.problems import Problem
from tests.db.sync.helpers import sample

RESULT = len(PACKAGE_COLUMNS) - 1




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
