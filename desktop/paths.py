"""Where this installation keeps its data: one module decides, --data-dir overrides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop import APP_NAME, ORGANIZATION

DATABASE_FILE = "tenpoint.sqlite"
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
