"""Everything the main window does once the database is open, in one place: the areas'
companions (editing activities, searching the catalog), the office's identity and the dialogs
and the Sync area that write to the database; on a shared server, the watch for other
officers' changes.

The window and its areas show from the first frame on without the database libraries;
desktop/startup.py imports this module after that frame and hands a DatabaseSide to the
window (MainWindow.attach). Nothing else imports it, so the first screen never waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.installation.office import OfficeIdentity, local_office
from desktop.activities.editing import ActivityEditing
from desktop.backups.dialog import BackupsDialog
from desktop.browser.lookup import CatalogLookup
from desktop.progress.area import ProgressArea
from desktop.server_watch import ServerWatch
from desktop.setup_dialog import SetupDialog
from desktop.sync.area import SyncArea

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from desktop.activities.area import ActivitiesArea
    from desktop.context import AppContext


class DatabaseSide:
    """Builds what needs the open database, for the window of one context."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def activity_editing(self, area: ActivitiesArea) -> ActivityEditing:
        return ActivityEditing(area, self.context)

    def catalog_lookup(self) -> CatalogLookup:
        return CatalogLookup(self.context)

    def identity(self) -> OfficeIdentity | None:
        """This installation's office, or None before the first-start setup."""
        return local_office(self.context.database)

    def setup_dialog(self, parent: QWidget) -> SetupDialog:
        return SetupDialog(self.context, parent)

    def backups_dialog(self, parent: QWidget) -> BackupsDialog:
        return BackupsDialog(self.context, parent)

    def sync_area(self) -> SyncArea:
        return SyncArea(self.context)

    def progress_area(self) -> ProgressArea:
        return ProgressArea(self.context)

    def server_watch(self, parent: QObject) -> ServerWatch | None:
        """What tells the window of other officers' imports on a shared server (not started);
        None on this computer's own database file."""
        if not self.context.on_server:
            return None
        return ServerWatch(self.context.database, parent)
