"""Where file dialogs open: the folder last used for the same purpose, kept in the data
folder's settings, else the home folder."""

from __future__ import annotations

from pathlib import Path

from desktop.settings import Settings

# The purposes a folder is remembered for: each dialog opens where its own kind of file was.
EXPORT_PACKAGE = "export_package"
IMPORT_PACKAGE = "import_package"
REPORT = "report"
KEY_FILE = "key_file"  # office key files, trusted or exported (Sync > Trusted keys)


def last_folder(settings: Settings, purpose: str) -> str:
    """The folder last used for purpose while it still exists, else the home folder."""
    folder = settings.folder(purpose)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def remember_folder(settings: Settings, purpose: str, folder: str | Path) -> None:
    """Open the next dialog for purpose in folder (the chosen file's folder, or the chosen
    folder)."""
    settings.set_folder(purpose, str(folder))
    settings.sync()
