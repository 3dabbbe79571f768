"""Installations with a Sync area each, and the user's moves in it (file dialogs patched)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from db.installation.office import setup_office
from db.installation.signing import export_key_file, register_key_file
from desktop.opening import open_context
from desktop.sync.area import SyncArea


class Installation:
    """One data folder (database, settings) and the Sync area a person sees there."""

    def __init__(self, qtbot, template: Path, folder: Path, name: str, country: str | None,
                 hq: bool = False) -> None:
        folder.mkdir(parents=True)
        shutil.copy(template, folder / "tenpoint.sqlite")
        self.folder = folder
        self.context = open_context(str(folder))
        self.identity = setup_office(self.context.database, name, country, is_headquarters=hq)
        self.area = SyncArea(self.context)
        qtbot.addWidget(self.area)
        self.qtbot = qtbot
        self.sent = 0

    @property
    def database(self):
        return self.context.database

    def database_digest(self) -> str:
        """The database file and its write-ahead log, byte for byte."""
        digest = hashlib.sha256()
        for suffix in ("", "-wal"):
            path = self.folder / f"tenpoint.sqlite{suffix}"
            if path.exists():
                digest.update(path.read_bytes())
        return digest.hexdigest()

    def export(self, monkeypatch, **choices) -> Path:
        """Press Export and save under a new name; wait until the file is recorded."""
        self.sent += 1
        path = self.folder / f"{self.identity.name.lower().replace(' ', '-')}-{self.sent}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(path), "")))
        panel = self.area.export_panel
        panel.refresh()
        if "office_uuid" in choices:
            panel.office_radio.setChecked(True)
            panel.office_combo.setCurrentIndex(panel.office_combo.findData(
                choices["office_uuid"]))
        if choices.get("changed_only"):
            panel.changed_radio.setChecked(True)
        with self.qtbot.waitSignal(panel.exported, timeout=20000):
            (panel.update_button if self.identity.is_headquarters
             else panel.export_button).click()
        return path

    def preview(self, monkeypatch, *paths: Path):
        """Choose files to import and wait for the preview dialog."""
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
        self.area.preview_dialog = None
        self.area.import_files_button.click()
        self.qtbot.waitUntil(lambda: self.area.preview_dialog is not None
                             and self.area.preview_dialog.isVisible(), timeout=20000)
        return self.area.preview_dialog

    def apply(self, dialog, button=None) -> None:
        """Press Import (or the given button) in the preview; wait for the summary."""
        self.area.summary_box = None
        with self.qtbot.waitSignal(self.area.activities_changed, timeout=20000):
            (button or dialog.apply_button).click()
        self.qtbot.waitUntil(lambda: self.area.summary_box is not None)
        self.area.summary_box.close()

    def accept_unsigned(self, dialog) -> None:
        """Tick "Import as unsigned data" (the packages were edited after export); wait for
        the preview computed with that choice."""
        with self.qtbot.waitSignal(dialog.preview_changed, timeout=20000):
            dialog.unsigned_box.setChecked(True)

    def close(self) -> None:
        self.area.close()
        self.context.close()


def trust_each_other(sites: list[Installation]) -> None:
    """Each installation registers the others' keys from files, as IT would beforehand."""
    for site in sites:
        key_file = export_key_file(site.database, site.folder / "key.txt")
        for other in sites:
            if other is not site:
                register_key_file(other.database, key_file, "it")
