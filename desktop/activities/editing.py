"""What the Activities area does once the database is open: the editor (on a new activity, a
saved one, or a conflict's draft), duplicate, delete and the history; and the list's country
names and Sync column.

The area itself shows the list from the first frame on, without the database libraries
(desktop/startup.py); this module brings them, and the start-up hands it to the area.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from db.activities.service import (
    country_options,
    delete_activity,
    duplicate_activity,
    get_activity,
)
from db.catalog.queries import countries
from db.errors import TenpointDataError
from db.storage.local_office import read_local_office
from db.sync.status import activity_sync_states
from desktop.activities.editor import ActivityEditor
from desktop.activities.history import HistoryDialog
from desktop.shared.countries import country_label
from desktop.shared.messages import activity_error_message
from desktop.shared.translate import translate

if TYPE_CHECKING:
    from db.activities.queries import ActivityListRow
    from desktop.activities.area import ActivitiesArea
    from desktop.context import AppContext


NO_OFFICE_YET = QT_TRANSLATE_NOOP(
    "ActivitiesArea", "This installation has no office yet. Set up the office (its name and "
    "country) before recording activities.")


class ActivityEditing:
    """The Activities area's dialogs and changes; the area is their parent and is told what
    changed (its list reloads and selects the activity).

    One activity, one editor: opening an activity whose editor is open raises that editor,
    so no second copy is left behind to report the first one's save as someone else's.
    """

    def __init__(self, area: ActivitiesArea, context: AppContext) -> None:
        self.area = area
        self.context = context
        self.editor: ActivityEditor | None = None  # the one opened or raised last
        self.editors: dict[str, ActivityEditor] = {}  # open editors by activity UUID
        self.history: HistoryDialog | None = None

    # --- what the list shows -------------------------------------------------------------
    def country_names(self) -> dict[str, str]:
        """Each country's name in the interface language, by code."""
        return {code: country_label(code, name)
                for code, name in countries(self.context.database)}

    def sync_states(self, activity_uuids: list[str]) -> dict[str, str]:
        """Not yet sent / sent / received by headquarters / changed since, for own rows."""
        return activity_sync_states(self.context.database, activity_uuids)

    # --- the editor ----------------------------------------------------------------------
    def new_activity(self, item_codes: Sequence[str]) -> None:
        """The editor on a new activity with these catalog items already linked."""
        with self.context.database.reading() as sql:
            office = read_local_office(sql)
        if office is None:
            QMessageBox.information(self.area, translate("ActivitiesArea", "New activity"),
                                    translate("ActivitiesArea", NO_OFFICE_YET))
            return
        self._open_editor(None, item_codes)

    def open_activity(self, activity_uuid: str) -> None:
        """The editor on a saved activity: editable if this office may change it; its open
        editor, raised, if it has one."""
        if self._raise_open(activity_uuid):
            return
        try:
            record = get_activity(self.context.database, activity_uuid)
        except TenpointDataError as error:
            QMessageBox.warning(self.area, translate("ActivitiesArea", "Activity"),
                                activity_error_message(error))
            return
        self._open_editor(record, ())

    def _open_editor(self, record, item_codes: Sequence[str]) -> None:
        """The editor on record (None: a new activity, in the office's country)."""
        self._show(ActivityEditor(self.context, self.area.choices(),
                                  country_options(self.context.database, record), record,
                                  item_codes, self.area))

    def _show(self, editor: ActivityEditor) -> None:
        self.editor = editor
        if editor.record is not None:
            activity_uuid = editor.record.uuid
            self.editors[activity_uuid] = editor
            editor.finished.connect(lambda _result: self._closed(activity_uuid, editor))
        editor.saved.connect(self.area.changed)
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def _closed(self, activity_uuid: str, editor: ActivityEditor) -> None:
        if self.editors.get(activity_uuid) is editor:
            del self.editors[activity_uuid]

    def _open_editor_of(self, activity_uuid: str) -> ActivityEditor | None:
        editor = self.editors.get(activity_uuid)
        return editor if editor is not None and editor.isVisible() else None

    def _raise_open(self, activity_uuid: str) -> bool:
        """Raise the editor open on this activity, if there is one."""
        editor = self._open_editor_of(activity_uuid)
        if editor is None:
            return False
        self._raise(editor)
        return True

    def _raise(self, editor: ActivityEditor) -> None:
        self.editor = editor
        if editor.isMinimized():
            editor.showNormal()
        editor.raise_()
        editor.activateWindow()

    # --- changes without the editor ------------------------------------------------------
    def duplicate(self, row: ActivityListRow) -> None:
        """Copy the activity as a new one of this office, then open the copy."""
        try:
            copy = duplicate_activity(self.context.database, row.uuid, self.context.user)
        except TenpointDataError as error:
            QMessageBox.warning(self.area, translate("ActivitiesArea", "Duplicate"),
                                activity_error_message(error))
            return
        self.area.changed(copy.uuid)
        self.open_activity(copy.uuid)

    def delete(self, row: ActivityListRow) -> None:
        """Mark the activity deleted, after asking."""
        question = translate(
            "ActivitiesArea", "Delete the activity \"{title}\"?\n\nIt is kept, marked deleted "
            "(tick \"Show deleted\" to see it), so that the deletion reaches the other offices "
            "with the next package.")
        answer = QMessageBox.question(
            self.area, translate("ActivitiesArea", "Delete activity"),
            question.format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_activity(self.context.database, row.uuid, self.context.user)
        except TenpointDataError as error:
            QMessageBox.warning(self.area, translate("ActivitiesArea", "Delete activity"),
                                activity_error_message(error))
            return
        self.area.changed(row.uuid)

    def show_history(self, row: ActivityListRow) -> None:
        self.history = HistoryDialog(self.context, row.uuid, row.title, self.area)
        self.history.finished.connect(self.history.deleteLater)
        self.history.open()
