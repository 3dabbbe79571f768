"""The two callbacks long work takes: progress(done, total) and cancelled(); the GUI runs the
work off its thread and answers them (desktop/shared/workers.py)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def no_progress(_done: int, _total: int) -> None:
    """For callers that show no progress."""


def never_cancelled() -> bool:
    """For callers that offer no Cancel."""
    return False
