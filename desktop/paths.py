"""Where this installation keeps its data: one module decides, --data-dir overrides.

A headquarters on a shared PostgreSQL server still has its data folder here (logs, settings,
its signing key, pg_dump backups); `tenpoint setup --hq --database URL` records that URL in
the folder's database.url, one line that IT can read, so that every later start of this
folder opens the server rather than tenpoint.sqlite. The `database` key of tenpoint.ini wins
over it (desktop/config.py server_database); delete the file to go back to the local file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop import APP_NAME, ORGANIZATION

DATABASE_FILE = "tenpoint.sqlite"
# The shared database's URL, when `tenpoint setup --hq --database` chose one (no password).
DATABASE_RECORD = "database.url"
# A portable copy keeps its data in this folder beside the executable (desktop/config.py).
PORTABLE_DATA_FOLDER = "TenpointData"


@dataclass(frozen=True)
class DataPaths:
    """The data folder and what lives in it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def database_record(self) -> Path:
        """database.url: the PostgreSQL URL this folder opens instead of its SQLite file."""
        return self.root / DATABASE_RECORD

    def recorded_database(self) -> str | None:
        """The URL in database.url (its first line that is not blank or a # comment)."""
        try:
            text = self.database_record.read_text(encoding="utf-8-sig")  # -sig: Notepad
        except FileNotFoundError:
            return None
        lines = (line.strip() for line in text.splitlines())
        return next((line for line in lines if line and not line.startswith("#")), None)

    def record_database(self, url: str) -> None:
        """Open url from now on (written whole under another name first, then renamed)."""
        temporary = self.database_record.with_suffix(".tmp")
        temporary.write_text(f"{url}\n", encoding="utf-8")
        temporary.replace(self.database_record)

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        """settings.ini: preferences and window state, carried by a portable copy."""
        return self.root / "settings.ini"

    def create(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The per-user application data folder (e.g. ~/.local/share/Tenpoint/Tenpoint)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def portable_data_dir(install_dir: Path) -> Path:
    """The data folder of a portable copy (e.g. on a USB stick), beside the executable."""
    return (install_dir / PORTABLE_DATA_FOLDER).resolve()


def data_paths(data_dir: str | Path | None) -> DataPaths:
    """The data paths for --data-dir, or the default folder."""
    root = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    return DataPaths(root).create()
