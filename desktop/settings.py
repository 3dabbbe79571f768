"""Typed access to QSettings: every key named once with its default; window state kept apart."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from db.storage.backups import DEFAULT_KEEP
from desktop.translations import LANGUAGE_SETTING, language_setting

# Preferences (what a person chooses) and window state (what the window remembers) live in
# separate groups, so resetting the layout never loses a preference.
PREFERENCES = "preferences"
WINDOW_STATE = "window"
# The folder a file dialog last used, by purpose (desktop/shared/folders.py names them)
FOLDERS = "folders"


class Settings:
    """The application's settings; pass one instance to the widgets that need it."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._settings = qsettings or QSettings()

    # --- preferences ---------------------------------------------------------------------
    def show_all_regions(self) -> bool:
        return self._settings.value(f"{PREFERENCES}/show_all_regions", False, type=bool)

    def set_show_all_regions(self, value: bool) -> None:
        self._settings.setValue(f"{PREFERENCES}/show_all_regions", value)

    def source_details_shown(self) -> bool:
        """Whether the detail pane opens an item's source details (closed unless asked for)."""
        return self._settings.value(f"{PREFERENCES}/source_details_shown", False, type=bool)

    def set_source_details_shown(self, value: bool) -> None:
        self._settings.setValue(f"{PREFERENCES}/source_details_shown", value)

    def backup_keep(self) -> int:
        """How many backups rotation keeps (db/storage/backups.py); at least one."""
        value = self._settings.value(f"{PREFERENCES}/backup_keep", DEFAULT_KEEP, type=int)
        return max(int(value), 1)

    def set_backup_keep(self, value: int) -> None:
        self._settings.setValue(f"{PREFERENCES}/backup_keep", max(int(value), 1))

    def folder(self, purpose: str) -> str | None:
        """The folder last chosen in a file dialog for purpose, or None."""
        value = self._settings.value(f"{FOLDERS}/{purpose}")
        return value if isinstance(value, str) and value else None

    def set_folder(self, purpose: str, folder: str) -> None:
        self._settings.setValue(f"{FOLDERS}/{purpose}", folder)

    def language(self) -> str | None:
        """The interface language the person chose (desktop/translations.py), if any."""
        return language_setting(self._settings)

    def set_language(self, code: str) -> None:
        self._settings.setValue(LANGUAGE_SETTING, code)

    # --- window state --------------------------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        """Saved geometry or header/splitter state for key (e.g. "activities/header")."""
        value = self._settings.value(f"{WINDOW_STATE}/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"{WINDOW_STATE}/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
