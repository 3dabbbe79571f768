"""Dates and times as plain SQL returns them: ISO text from SQLite, which has no date type;
date and naive-UTC datetime objects from PostgreSQL, whose columns are DATE and TIMESTAMP."""

from __future__ import annotations

from datetime import UTC, date, datetime


def read_date(value: str | date | None) -> date | None:
    """A stored date (None stays None)."""
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_utc(value: str | datetime | None) -> datetime | None:
    """A stored UTC time, made timezone-aware (None stays None)."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)
