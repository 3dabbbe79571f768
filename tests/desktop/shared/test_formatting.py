"""One way to show a moment: an ISO date, the locale's short time, the zone named apart."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from desktop.shared.formatting import local_time_text, time_zone_text


def test_a_moment_reads_as_an_iso_date_and_a_local_time():
    moment = datetime(2026, 2, 1, 12, 30, tzinfo=UTC)
    text = local_time_text(moment)
    assert text.startswith(moment.astimezone().date().isoformat() + " ")
    assert local_time_text(None) == ""


def test_the_zone_is_named_by_its_offset_from_utc():
    moment = datetime(2026, 2, 1, 12, 30, tzinfo=UTC)
    offset = moment.astimezone().utcoffset()
    minutes = int(offset.total_seconds()) // 60
    expected = f"UTC{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    assert time_zone_text(moment) == expected
    assert re.fullmatch(r"UTC[+-]\d\d:\d\d", time_zone_text())
