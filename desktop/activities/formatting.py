"""How activity values read on screen: field names, history actions, dates and local times."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from desktop.labels import activity_kind_label, field_label, status_label  # noqa: F401

CONTEXT = "activities"

HISTORY_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("activities", "Created"),
    "updated": QT_TRANSLATE_NOOP("activities", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("activities", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("activities", "Restored"),
    "imported": QT_TRANSLATE_NOOP("activities", "Received in a package"),
    "conflict_resolved": QT_TRANSLATE_NOOP("activities", "Conflict resolved"),
}


def _translated(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def action_label(action: str) -> str:
    return _translated(HISTORY_ACTIONS, action)


def history_value(field: str | None, value: str | None) -> str:
    """A stored history value as a person reads it (status and kind codes translated)."""
    if value is None:
        return ""
    if field == "status":
        return status_label(value)
    if field == "kind":
        return activity_kind_label(value)
    return value


def date_text(value: date | None) -> str:
    """Dates are shown as ISO dates (2026-02-01): unambiguous across the offices' locales."""
    return value.isoformat() if value else ""


def local_time_text(value: datetime | None) -> str:
    """A stored UTC time in this computer's time zone, in the locale's short format."""
    if value is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
