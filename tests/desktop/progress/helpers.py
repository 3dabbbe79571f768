"""Recording activities and waiting for the Progress area's background reads."""

from __future__ import annotations

from db.activities.service import create_activity
from exporters.activity import ActivityContent


def make(context, items, status="completed", country="KE", **fields):
    return create_activity(context.database, ActivityContent(
        title=fields.pop("title", "Follow-up"), item_codes=tuple(items), status=status,
        country_iso2=country, evidence=fields.pop("evidence", "Report"), **fields), "amina")


def wait_for_figures(qtbot, area, page="coverage"):
    qtbot.waitUntil(lambda: not area.loader.running() and area.shown[page] is not None,
                    timeout=10_000)


def show_page(qtbot, area, page):
    widget = {"targets": area.targets_page, "late": area.late_page,
              "timeline": area.timeline_page}[page]
    area.pages.setCurrentWidget(widget)
    wait_for_figures(qtbot, area, page)
