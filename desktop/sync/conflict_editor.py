"""The activity editor opened on a conflict: saving records the edited version as its resolution."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from db.activities import ActivityRecord, get_activity
from db.activity_queries import catalog_choices
from db.catalog_queries import countries
from db.sync_conflicts import ConflictRecord, resolve_conflict
from db.sync_merge import CONTENT_FIELDS
from desktop.activities.editor import ActivityEditor
from desktop.context import AppContext


def merged_draft(record: ActivityRecord, conflict: ConflictRecord) -> ActivityRecord:
    """This installation's version, with the fields only the received version filled in."""
    values = dict(conflict.local.values)
    for name in CONTENT_FIELDS:
        if values.get(name) in (None, "") and conflict.incoming.values.get(name) not in (None, ""):
            values[name] = conflict.incoming.values[name]
    codes = tuple(sorted(set(conflict.local.item_codes) | set(conflict.incoming.item_codes)))
    return replace(record, **{n: _plain(values.get(n), n, record) for n in CONTENT_FIELDS},
                   item_codes=codes, deleted_at=None, editable=True)


def _plain(value: object, name: str, record: ActivityRecord) -> object:
    """Stored text fields are never None in the editor's record (None means "not set")."""
    if value is None and isinstance(getattr(record, name), str):
        return ""
    return value


class ConflictEditor(ActivityEditor):
    """ActivityEditor whose Save resolves the conflict with what the person typed."""

    def __init__(self, context: AppContext, conflict: ConflictRecord,
                 parent: QWidget | None = None) -> None:
        record = merged_draft(get_activity(context.database, conflict.activity_uuid), conflict)
        self.conflict = conflict
        super().__init__(context, catalog_choices(context.database), countries(context.database),
                         record, parent=parent)
        self.setWindowTitle(self.tr("Resolve conflict by editing: {title}").format(
            title=conflict.title))

    def _write(self, data) -> ActivityRecord:
        resolve_conflict(self.context.database, self.conflict.id, "edited", self.context.user,
                         edited=data)
        return get_activity(self.context.database, self.conflict.activity_uuid)
