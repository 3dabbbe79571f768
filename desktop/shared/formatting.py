"""How values read on screen and on the command line: dates, the one way local times are
shown, sizes, and stored history values."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QLocale

from desktop.shared.labels import activity_kind_label, status_label
from desktop.shared.translate import translate


def date_text(value: date | None) -> str:
    """Dates are shown as ISO dates (2026-02-01): unambiguous across the offices' locales."""
    return value.isoformat() if value else ""


def local_time_text(value: datetime | None) -> str:
    """A stored UTC time in this computer's time zone, in the locale's short format: the one
    way Tenpoint shows a moment, in windows and on the command line alike."""
    if value is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    """Sizes as people read them: kB below a megabyte, MB above."""
    if size < 1_000_000:
        return translate("backups", "{size} kB").format(size=max(size // 1000, 1))
    return translate("backups", "{size:.1f} MB").format(size=size / 1e6)


def history_value(field: str | None, value: str | None) -> str:
    """A stored history value as a person reads it (status and kind codes translated)."""
    if value is None:
        return ""
    if field == "status":
        return status_label(value)
    if field == "kind":
        return activity_kind_label(value)
    return value
