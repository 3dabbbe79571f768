"""The content checksum's canonical forms: fast paths must equal the plain definitions."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from exporters.cells import utc_naive
from exporters.checksum import _moment


@pytest.mark.parametrize("value", [
    datetime(2026, 3, 1, 5, 6, 7, tzinfo=UTC),
    datetime(2026, 3, 1, 5, 6, 7, 999_999, tzinfo=UTC),  # cut, as utc_naive cuts
    datetime(5, 1, 1, tzinfo=UTC),  # a four-digit year however small
    datetime(2026, 3, 1, 5, 6, 7, tzinfo=timezone(timedelta(hours=3))),
    datetime(2026, 3, 1, 5, 6, 7),
])
def test_a_moment_is_its_utc_time_to_the_second(value):
    assert _moment([value]) == [utc_naive(value).isoformat()]


def test_a_missing_moment_is_empty():
    assert _moment([None]) == [""]
