"""Small things seen on screen in the Sync area: where file dialogs open, the update's file
name and region, the empty history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from db.activities.service import create_activity
from desktop.shared.folders import (
    EXPORT_PACKAGE,
    IMPORT_PACKAGE,
    last_folder,
    remember_folder,
)
from tests.db.sync.helpers import sample


def asked_save(monkeypatch, answer: Path | None) -> list[str]:
    """Patch the save dialog: record the path it was opened on, answer with answer."""
    asked: list[str] = []

    def ask(parent, title, where, *args, **kwargs):
        asked.append(where)
        return (str(answer) if answer else "", "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def test_the_export_dialog_opens_in_the_folder_last_exported_to(sites, monkeypatch, qtbot,
                                                                tmp_path):
    _, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    outbox = tmp_path / "usb-stick"
    outbox.mkdir()
    panel = nairobi.area.export_panel
    panel.refresh()
    asked = asked_save(monkeypatch, outbox / "package.xlsx")
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.export_button.click()
    assert Path(asked[0]).parent == Path.home()  # nothing chosen yet: the home folder
    assert last_folder(nairobi.context.settings, EXPORT_PACKAGE) == str(outbox)
    asked = asked_save(monkeypatch, None)
    panel.export_button.click()
    assert Path(asked[0]).parent == outbox
    # each purpose has its own folder: importing still starts at home
    assert last_folder(nairobi.context.settings, IMPORT_PACKAGE) == str(Path.home())


def test_the_import_dialog_opens_in_the_folder_last_imported_from(sites, monkeypatch,
                                                                  tmp_path):
    hq, _ = sites
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    opened: list[str] = []

    def choose(parent, title, where, *args, **kwargs):
        opened.append(where)
        return str(inbox)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    hq.area.import_folder()
    hq.area.import_folder()
    assert opened == [str(Path.home()), str(inbox)]
    assert last_folder(hq.context.settings, IMPORT_PACKAGE) == str(inbox)


def test_a_remembered_folder_that_is_gone_falls_back_to_home(sites, tmp_path):
    hq, _ = sites
    remember_folder(hq.context.settings, EXPORT_PACKAGE, tmp_path / "unplugged")
    assert last_folder(hq.context.settings, EXPORT_PACKAGE) == str(Path.home())


def test_the_update_is_for_the_first_region_in_conference_order_and_named_for_it(
        sites, monkeypatch):
    hq, _ = sites
    panel = hq.area.export_panel
    panel.refresh()
    assert panel.region_radio.isChecked()  # no field office known yet
    assert panel.region_combo.currentData() == "GOA"  # Gulf of Aden, the first conference
    asked = asked_save(monkeypatch, None)
    panel.update_button.click()
    assert Path(asked[0]).name.startswith("tenpoint-unhcr-hq-update-gulf-of-aden-")
    # the choice made is kept when the lists are read again
    panel.region_combo.setCurrentIndex(panel.region_combo.findData("APAC"))
    panel.refresh()
    assert panel.region_combo.currentData() == "APAC"


def test_the_update_for_an_office_names_the_office(sites, monkeypatch):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    panel = hq.area.export_panel
    panel.refresh()
    panel.office_radio.setChecked(True)
    asked = asked_save(monkeypatch, None)
    panel.update_button.click()
    assert Path(asked[0]).name.startswith("tenpoint-unhcr-hq-update-nairobi-")


def test_the_empty_history_says_no_package_was_sent_or_received_yet(sites, monkeypatch):
    hq, nairobi = sites
    history = nairobi.area.history
    history.refresh()
    assert history.pages.currentWidget() is history.empty_label
    assert history.empty_label.text() == "No package sent or received yet."
    create_activity(nairobi.database, sample(), "amina")
    nairobi.export(monkeypatch)
    history.refresh()
    assert history.pages.currentWidget() is history.view
