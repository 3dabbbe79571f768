"""The activity editor opened on a conflict: saving records the edited version as its resolution."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from db.activities.queries import catalog_choices
from db.activities.service import ActivityRecord, country_options, get_activity
from db.sync.conflicts import ConflictRecord, merged_draft, resolve_conflict
from desktop.activities.editor import ActivityEditor
from desktop.context import AppContext


class ConflictEditor(ActivityEditor):
    """ActivityEditor whose Save resolves the conflict with what the person typed."""

    def __init__(self, context: AppContext, conflict: ConflictRecord,
                 parent: QWidget | None = None) -> None:
        record = replace(get_activity(context.database, conflict.activity_uuid),
                         **merged_draft(conflict).values(), deleted_at=None, editable=True)
        self.conflict = conflict
        super().__init__(context, catalog_choices(context.database),
                         country_options(context.database, record), record, parent=parent)
        self.setWindowTitle(self.tr("Resolve conflict by editing: {title}").format(
            title=conflict.title))

    def _write(self, data) -> ActivityRecord:
        resolve_conflict(self.context.database, self.conflict.id, "edited", self.context.user,
                         edited=data)
        return get_activity(self.context.database, self.conflict.activity_uuid)
