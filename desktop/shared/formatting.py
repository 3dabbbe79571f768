"""How values read on screen and on the command line: dates, the one way local times are
shown, sizes, and stored history values."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt

from desktop.shared.labels import activity_kind_label, status_label
from desktop.shared.translate import translate


def date_text(value: date | None) -> str:
    """Dates are shown as ISO dates (2026-02-01): unambiguous across the offices' locales."""
    return value.isoformat() if value else ""


def _local(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def local_time_text(value: datetime | None) -> str:
    """A stored UTC time in this computer's time zone: its date as an ISO date, as every date
    is shown, then the time in the locale's short format (2026-02-01 15:04). The one way
    Tenpoint shows a moment, in windows and on the command line alike."""
    if value is None:
        return ""
    local = _local(value)
    time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{local.date().toString(Qt.DateFormat.ISODate)} {time}"


def time_zone_text(value: datetime | None = None) -> str:
    """This computer's offset from UTC at that moment (now when None), as UTC+01:00: what a
    local time is told apart by."""
    local = _local(value) if value is not None else QDateTime.currentDateTime()
    hours, minutes = divmod(abs(local.offsetFromUtc()) // 60, 60)
    sign = "-" if local.offsetFromUtc() < 0 else "+"
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def size_text(size: int) -> str:
    """Sizes as people read them: kB below a megabyte, MB above, in the locale's digits."""
    locale = QLocale()
    if size < 1_000_000:
        return translate("backups", "{size} kB").format(size=locale.toString(max(size // 1000, 1)))
    return translate("backups", "{size} MB").format(size=locale.toString(size / 1e6, "f", 1))


def history_value(field: str | None, value: str | None) -> str:
    """A stored history value as a person reads it (status and kind codes translated)."""
    if value is None:
        return ""
    if field == "status":
        return status_label(value)
    if field == "kind":
        return activity_kind_label(value)
    return value
