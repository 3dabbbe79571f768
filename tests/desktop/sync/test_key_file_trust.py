"""Trusting an office's key from the file its IT exported, instead of a fingerprint by phone:
the Trusted keys dialog's action, and the choice the import preview offers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.activities.service import create_activity
from db.installation.signing import (
    KEY_FILE_MAX_BYTES,
    export_key_file,
    own_fingerprint,
    trusted_keys,
)
from desktop.shared.folders import KEY_FILE, last_folder
from desktop.sync import keys_dialog as keys_module
from desktop.sync.keys_dialog import KeysDialog, choose_trusted_key_file
from tests.db.sync.helpers import sample


class PersonAtTheDialogs:
    """The file a person picks (None: Cancel) and whether they trust what they are shown;
    records the folder each file dialog opened in, the questions and the warnings."""

    def __init__(self, monkeypatch, chosen: Path | None, trusts: bool = True) -> None:
        self.chosen, self.trusts = chosen, trusts
        self.opened_in: list[str] = []
        self.questions: list[str] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._open))
        monkeypatch.setattr(keys_module.QMessageBox, "question", staticmethod(self._question))
        monkeypatch.setattr(keys_module.QMessageBox, "warning",
                            staticmethod(lambda *a, **k: self.warnings.append(a[2])))

    def _open(self, _parent, _title, folder, _filter):
        self.opened_in.append(folder)
        return (str(self.chosen), "") if self.chosen else ("", "")

    def _question(self, _parent, _title, text, *_buttons):
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.trusts else QMessageBox.StandardButton.No


@pytest.fixture
def nairobi_key(strangers) -> Path:
    _hq, nairobi = strangers
    folder = nairobi.folder / "from-it"
    folder.mkdir()
    return export_key_file(nairobi.database, folder / "nairobi-key.txt")


@pytest.fixture
def dialog(strangers, qtbot) -> KeysDialog:
    hq, _ = strangers
    shown = KeysDialog(hq.context)
    qtbot.addWidget(shown)
    return shown


def test_the_person_sees_whose_key_and_its_fingerprint_before_it_is_trusted(
        strangers, nairobi_key, dialog, monkeypatch):
    hq, nairobi = strangers
    person = PersonAtTheDialogs(monkeypatch, nairobi_key, trusts=False)
    dialog.trust_file_button.click()
    [question] = person.questions
    assert "Nairobi" in question and nairobi.identity.uuid in question
    assert own_fingerprint(nairobi.database) in question
    assert trusted_keys(hq.database) == [] and dialog.model.rowCount() == 0  # declined
    person.trusts = True
    dialog.trust_file_button.click()
    [key] = trusted_keys(hq.database)
    assert (key.office_id, key.source) == (nairobi.identity.uuid, "file")
    assert key.fingerprint in person.questions[-1] and key.fingerprint in (
        dialog.status_label.text())
    assert dialog.model.rowCount() == 1


def test_the_key_file_dialog_opens_where_the_last_key_file_was(strangers, nairobi_key,
                                                               dialog, monkeypatch):
    hq, _ = strangers
    person = PersonAtTheDialogs(monkeypatch, nairobi_key, trusts=False)
    dialog.trust_file_button.click()
    assert person.opened_in == [str(Path.home())]
    assert last_folder(hq.context.settings, KEY_FILE) == str(nairobi_key.parent)
    dialog.trust_file_button.click()
    assert person.opened_in[-1] == str(nairobi_key.parent)


def test_a_key_file_too_large_is_explained_and_trusts_nothing(strangers, dialog, monkeypatch):
    hq, _ = strangers
    large = hq.folder / "photo.txt"
    large.write_bytes(b"x" * (KEY_FILE_MAX_BYTES + 1))
    person = PersonAtTheDialogs(monkeypatch, large)
    dialog.trust_file_button.click()
    [warning] = person.warnings
    assert "too large to be a Tenpoint key file" in warning and str(large) in warning
    assert person.questions == [] and trusted_keys(hq.database) == []


def test_the_preview_gets_the_fingerprint_the_person_accepted_and_nothing_is_written(
        strangers, nairobi_key, monkeypatch):
    hq, nairobi = strangers
    before = hq.database_digest()
    person = PersonAtTheDialogs(monkeypatch, nairobi_key)
    accepted = choose_trusted_key_file(None, hq.context, nairobi.identity.uuid)
    assert accepted == own_fingerprint(nairobi.database)
    person.trusts = False
    assert choose_trusted_key_file(None, hq.context, nairobi.identity.uuid) is None
    person.chosen = None  # Cancel in the file dialog
    assert choose_trusted_key_file(None, hq.context) is None
    assert len(person.questions) == 2 and person.warnings == []
    assert hq.database_digest() == before  # the import registers the key, not the choice


def test_the_preview_refuses_a_key_file_of_another_office(strangers, nairobi_key,
                                                          monkeypatch):
    hq, _ = strangers
    person = PersonAtTheDialogs(monkeypatch, nairobi_key)
    assert choose_trusted_key_file(None, hq.context, hq.identity.uuid) is None
    [warning] = person.warnings
    assert "for Nairobi, not for the office whose package waits" in warning
    assert person.questions == []


def test_the_preview_trusts_the_key_file_of_the_office_whose_package_waits(
        strangers, nairobi_key, monkeypatch):
    """Instead of a fingerprint read out by phone: the office's key file, from the preview;
    the same key ticks the confirmation and the package becomes importable."""
    hq, nairobi = strangers
    create_activity(nairobi.database, sample(), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    person = PersonAtTheDialogs(monkeypatch, nairobi_key)
    [(fingerprint, check)] = dialog.key_boxes.items()
    assert not check.isChecked()
    with hq.qtbot.waitSignal(dialog.preview_changed, timeout=20000):
        dialog.trust_key_file(fingerprint, dialog.preview.packages[0])
    assert check.isChecked() and person.questions and not person.warnings
    assert dialog.apply_button.isEnabled()


def test_the_preview_refuses_a_key_file_of_another_key(strangers, tmp_path, monkeypatch):
    hq, nairobi = strangers
    create_activity(nairobi.database, sample(), "amina")
    dialog = hq.preview(monkeypatch, nairobi.export(monkeypatch))
    warned = []
    monkeypatch.setattr(dialog, "key_file", lambda _office: "0" * 32)
    monkeypatch.setattr("desktop.sync.preview_dialog.QMessageBox.warning",
                        staticmethod(lambda *a, **k: warned.append(a[2])))
    [(fingerprint, check)] = dialog.key_boxes.items()
    dialog.trust_key_file(fingerprint, dialog.preview.packages[0])
    assert not check.isChecked() and "was not made with the key of that file" in warned[0]
