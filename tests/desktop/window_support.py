"""The window and its areas as desktop/startup.py makes them: shown, then given the database
side (here at once, on a context whose database is open)."""

from __future__ import annotations

from desktop.activities.area import ActivitiesArea
from desktop.activities.editing import ActivityEditing
from desktop.browser.area import BrowserArea
from desktop.browser.lookup import CatalogLookup
from desktop.context import AppContext
from desktop.database_side import DatabaseSide
from desktop.main_window import MainWindow


def main_window(context: AppContext) -> MainWindow:
    return MainWindow(context, DatabaseSide(context))


def activities_area(context: AppContext) -> ActivitiesArea:
    area = ActivitiesArea(context)
    area.attach(ActivityEditing(area, context))
    return area


def browser_area(context: AppContext) -> BrowserArea:
    area = BrowserArea(context)
    area.attach(CatalogLookup(context))
    return area
