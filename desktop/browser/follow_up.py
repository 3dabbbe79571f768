"""How the browser words and colours an item's follow-up state, shared by tree and results."""

from __future__ import annotations

from PySide6.QtGui import QColor

from db.catalog.browse import FollowUpSummary
from desktop.shared.labels import status_label
from desktop.shared.translate import translate

# Amber reads as "needs attention" without looking like an error, on light and dark themes.
NO_FOLLOW_UP_COLOR = QColor(196, 110, 0)
DIMMED_COLOR = QColor(128, 128, 128)



def count_text(count: int) -> str:
    """ "1 activity" / "3 activities" (English's singular comes from tenpoint_en.qm)."""
    return translate("follow_up", "%Ln activities", None, count)


def counting_text() -> str:
    """Shown while the follow-up figures are still being read."""
    return "…"


def counting_tooltip() -> str:
    return translate("follow_up", "Counting the follow-up activities…")


def no_follow_up_text() -> str:
    return translate("follow_up", "No follow-up yet")


def summary_text(summary: FollowUpSummary | None) -> str:
    """One line: "2 activities, latest Ongoing" or the no-follow-up marker."""
    if summary is None:
        return no_follow_up_text()
    return translate("follow_up", "{count}, latest {status}").format(
        count=count_text(summary.activities), status=status_label(summary.latest_status))


def coverage_text(followed: int, total: int) -> str:
    """For an event, document or section: how many of its items have follow-up."""
    return translate("follow_up", "{followed} of {total}").format(followed=followed, total=total)


def coverage_tooltip(followed: int, total: int) -> str:
    return translate("follow_up", "Items with follow-up activities: {followed} of {total}").format(
        followed=followed, total=total)
