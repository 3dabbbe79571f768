"""Password-protected packages in the Sync area: protecting an export, opening an import."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit

from db.activities.service import create_activity, get_activity
from db.sync.exporting import export_office_package
from desktop.shared.sync_messages import PROBLEMS, problem_message
from desktop.sync import password_dialog
from desktop.sync.password_dialog import PasswordDialog
from exporters.encryption import (
    PASSWORD_REQUIRED,
    WRONG_PASSWORD,
    decrypt_file,
    is_encrypted_workbook,
)
from tests.db.sync.helpers import sample
from tests.desktop.sync.support import Installation

PASSWORD = "Dadaab-2026!"





def answer_passwords(monkeypatch, *answers: str | None) -> list[tuple[str, bool]]:
    """The password dialog answers these in turn (None: Cancel); returns what it was asked
    (file name, whether it said the last password was wrong)."""
    asked, queue = [], list(answers)

    def fake(parent, file_name, wrong):
        asked.append((file_name, wrong))
        return queue.pop(0)
    monkeypatch.setattr(password_dialog, "ask_password", fake)
    return asked


def protected_package(site: Installation, name: str = "protected.xlsx"):
    path = site.folder / name
    export_office_package(site.database, path, password=PASSWORD)
    return path


def problem_codes(outcome) -> list[str]:
    return [p.code for p in outcome.problems]


def test_export_is_possible_only_when_both_passwords_match(sites):
    _, nairobi = sites
    panel = nairobi.area.export_panel
    panel.refresh()
    assert panel.export_button.isEnabled() and not panel.password_fields.isVisibleTo(panel)
    panel.protect_check.setChecked(True)
    assert panel.password_fields.isVisibleTo(panel)
    assert panel.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert panel.confirm_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not panel.export_button.isEnabled() and panel.password_reason.text()
    panel.password_edit.setText(PASSWORD)
    assert not panel.export_button.isEnabled()
    panel.confirm_edit.setText(PASSWORD[:-1])
    assert not panel.export_button.isEnabled() and "differ" in panel.password_reason.text()
    assert not panel.template_button.isEnabled()
    panel.confirm_edit.setText(PASSWORD)
    assert panel.export_button.isEnabled() and not panel.password_reason.isVisibleTo(panel)
    panel.protect_check.setChecked(False)
    assert panel.export_button.isEnabled() and panel.password_edit.text() == ""


def test_a_protected_export_is_encrypted_and_the_password_is_not_kept(
        sites, monkeypatch, tmp_path):
    _, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    panel = nairobi.area.export_panel
    panel.refresh()
    panel.protect_check.setChecked(True)
    panel.password_edit.setText(PASSWORD)
    panel.confirm_edit.setText(PASSWORD)
    path = nairobi.export(monkeypatch)
    assert is_encrypted_workbook(path)
    assert "password" in panel.result_label.text()
    decrypt_file(path, tmp_path / "plain.xlsx", PASSWORD)
    nairobi.area.save_state()
    nairobi.context.settings.sync()
    kept = [p for p in nairobi.folder.rglob("*") if p.is_file()]  # settings, logs, database
    assert "settings.ini" in [p.name for p in kept]
    for secret in (PASSWORD.encode(), PASSWORD.encode("utf-16-le")):
        assert not [p.name for p in kept if secret in p.read_bytes()]


def test_an_encrypted_package_imports_after_a_wrong_then_the_right_password(
        sites, monkeypatch):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    path = protected_package(nairobi)
    asked = answer_passwords(monkeypatch, "dadaab-2026!", PASSWORD)
    dialog = hq.preview(monkeypatch, path)
    assert asked == [("protected.xlsx", False), ("protected.xlsx", True)]
    assert dialog.preview.packages[0].new == 1
    hq.apply(dialog)
    assert get_activity(hq.database, record.uuid).title == record.title


def test_cancel_leaves_only_that_file_rejected_with_its_message(sites, monkeypatch):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    protected = protected_package(nairobi)
    plain = nairobi.export(monkeypatch)
    asked = answer_passwords(monkeypatch, None)
    dialog = hq.preview(monkeypatch, protected, plain)
    assert asked == [("protected.xlsx", False)]
    locked, opened = dialog.preview.packages
    assert locked.status == "rejected" and problem_codes(locked) == [PASSWORD_REQUIRED]
    assert opened.status != "rejected" and opened.new == 1
    dialog.packages_view.selectRow(0)
    shown = [dialog.problems_model.index(r, c).data()
             for r in range(dialog.problems_model.rowCount())
             for c in range(dialog.problems_model.columnCount())]
    message = problem_message(locked.problems[0])
    assert PASSWORD_REQUIRED in PROBLEMS and message in shown  # worded, not the bare code


def test_three_wrong_passwords_stop_the_asking(sites, monkeypatch):
    hq, nairobi = sites
    path = protected_package(nairobi)
    asked = answer_passwords(monkeypatch, "one", "two", "three")
    dialog = hq.preview(monkeypatch, path)
    assert [wrong for _, wrong in asked] == [False, True, True]
    assert problem_codes(dialog.preview.packages[0]) == [WRONG_PASSWORD]


def test_plain_packages_never_ask_for_a_password(sites, monkeypatch):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    asked = answer_passwords(monkeypatch)
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    assert asked == [] and dialog.preview.packages[0].new == 1


def test_the_password_dialog_names_the_file_and_says_when_the_last_was_wrong(qtbot):
    first = PasswordDialog("nairobi.xlsx", wrong=False)
    again = PasswordDialog("nairobi.xlsx", wrong=True)
    for dialog in (first, again):
        qtbot.addWidget(dialog)
    assert not first.error_label.isVisibleTo(first)
    assert again.error_label.isVisibleTo(again)
    assert again.error_label.text() == "The password is not correct."
    assert first.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not first.ok_button.isEnabled()
    first.edit.setText(PASSWORD)
    assert first.ok_button.isEnabled() and first.password() == PASSWORD


def test_a_template_written_here_is_protected_too(sites, monkeypatch):
    _, nairobi = sites
    panel = nairobi.area.export_panel
    panel.refresh()
    panel.protect_check.setChecked(True)
    panel.password_edit.setText(PASSWORD)
    panel.confirm_edit.setText(PASSWORD)
    path = nairobi.folder / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    with nairobi.qtbot.waitSignal(panel.exported, timeout=20000):
        panel.template_button.click()
    assert is_encrypted_workbook(path)
