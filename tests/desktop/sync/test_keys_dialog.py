"""Signatures in the Sync area: the Trusted keys dialog and the decisions in the import preview."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.activities.service import activity_history, create_activity
from db.installation.signing import export_key_file, own_fingerprint, trusted_keys
from desktop.sync import keys_dialog as keys_module
from desktop.sync.keys_dialog import KeysDialog
from tests.db.sync.helpers import sample


def shown_rows(dialog: KeysDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_keys_dialog_registers_lists_removes_and_exports(strangers, monkeypatch, qtbot):
    hq, nairobi = strangers
    key_file = export_key_file(nairobi.database, nairobi.folder / "nairobi-key.txt")
    hq.area.keys_button.click()
    dialog = hq.area.keys_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert own_fingerprint(hq.database) in dialog.own_label.text()
    assert shown_rows(dialog) == [] and not dialog.remove_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(key_file), "")))
    monkeypatch.setattr(keys_module.QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.trust_file_button.click()
    fingerprint = own_fingerprint(nairobi.database)
    [row] = shown_rows(dialog)
    assert (row[0], row[1], row[4]) == ("Nairobi", fingerprint, "From a key file")
    assert fingerprint in dialog.status_label.text()
    dialog.view.selectRow(0)
    asked = []
    monkeypatch.setattr(keys_module.QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    dialog.remove_button.click()
    assert len(trusted_keys(hq.database)) == 1 and "Nairobi" in asked[0]
    monkeypatch.setattr(keys_module.QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.remove_button.click()
    assert trusted_keys(hq.database) == [] and shown_rows(dialog) == []
    target = hq.folder / "hq-key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export_button.click()
    assert own_fingerprint(hq.database) in target.read_text()
    dialog.close()


def test_a_bad_key_file_is_explained_and_changes_nothing(strangers, monkeypatch, qtbot):
    hq, _ = strangers
    bad = hq.folder / "bad.txt"
    bad.write_text("office_id = x\npublic_key = not a key\n")
    dialog = KeysDialog(hq.context)
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(keys_module.QMessageBox, "warning",
                        staticmethod(lambda *a, **k: warnings.append(a[2])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    dialog.trust_file_button.click()
    assert "not a Tenpoint key file" in warnings[0] and trusted_keys(hq.database) == []


def test_a_new_office_key_is_imported_only_once_its_fingerprint_is_checked(strangers,
                                                                            monkeypatch):
    hq, nairobi = strangers
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    before = hq.database_digest()
    dialog = hq.preview(monkeypatch, package)
    [outcome] = dialog.preview.packages
    assert (outcome.status, outcome.signature) == ("rejected", "new_key")
    assert not dialog.apply_button.isEnabled()
    [check] = dialog.key_boxes.values()
    assert "Nairobi" in check.text() and dialog.unsigned_box is None
    fingerprint = own_fingerprint(nairobi.database)
    assert fingerprint in dialog.notes_label.text()
    with hq.qtbot.waitSignal(dialog.preview_changed, timeout=20000):
        check.setChecked(True)
    assert dialog.preview.packages[0].status == "accepted" and dialog.apply_button.isEnabled()
    assert hq.database_digest() == before  # deciding writes nothing; importing does
    hq.apply(dialog)
    [key] = trusted_keys(hq.database)
    assert (key.fingerprint, key.source) == (fingerprint, "confirmed")


def test_a_package_edited_after_export_is_imported_only_as_unsigned_data(strangers,
                                                                        monkeypatch):
    hq, nairobi = strangers
    record = create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export(monkeypatch)
    book = load_workbook(package)
    book["Activities"]["B2"] = "Retitled after export"
    book.save(package)
    dialog = hq.preview(monkeypatch, package)
    assert dialog.preview.packages[0].signature == "bad_signature"
    assert not dialog.apply_button.isEnabled() and dialog.key_boxes == {}
    labels = [dialog.packages_model.index(0, c).data()
              for c in range(dialog.packages_model.columnCount())]
    assert "Changed after signing" in labels
    hq.accept_unsigned(dialog)
    assert dialog.apply_button.isEnabled()
    hq.apply(dialog)
    notes = [c.note for c in activity_history(hq.database, record.uuid)
             if c.action == "imported"]
    assert notes and all(n.startswith("unsigned ") for n in notes)
