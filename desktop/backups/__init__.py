"""Backups in the GUI and on the command line: translated wording shared by both."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REASONS = {
    "manual": QT_TRANSLATE_NOOP("backups", "on request"),
    "import": QT_TRANSLATE_NOOP("backups", "before an import"),
    "migration": QT_TRANSLATE_NOOP("backups", "before a schema upgrade"),
    "restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
    "other": QT_TRANSLATE_NOOP("backups", "other file"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("backups", REASONS.get(reason, REASONS["other"]))


def local_time(moment: datetime) -> str:
    """A UTC moment as this computer's local date and time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def size_text(size: int) -> str:
    """Sizes as people read them: kB below a megabyte, MB above."""
    if size < 1_000_000:
        return QCoreApplication.translate("backups", "{size} kB").format(
            size=max(size // 1000, 1))
    return QCoreApplication.translate("backups", "{size:.1f} MB").format(size=size / 1e6)
