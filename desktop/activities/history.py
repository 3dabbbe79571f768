"""An activity's history: who changed what and when, with old and new values; read-only."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import office_names
from db.activities.service import ChangeRecord, activity_history
from db.sync.apply import TYPED_NOTE, UNSIGNED_NOTE
from desktop.context import AppContext
from desktop.shared.bidi import ContentDirectionDelegate, ltr, select_row
from desktop.shared.column_share import ShareKeeper
from desktop.shared.formatting import history_value, local_time_text
from desktop.shared.labels import action_label, field_label
from desktop.shared.table_model import ROOT
from desktop.shared.translate import translate

GEOMETRY_KEY = "activities/history_geometry"
# The import's notes (db/sync/apply.py): "[unsigned ]package <id>[, <typed note>]".
IMPORT_NOTE = re.compile(rf"^(?P<unsigned>{UNSIGNED_NOTE} )?package (?P<id>\S+?)"
                         rf"(?P<typed>, {TYPED_NOTE})?$")
HEADERS = (QT_TRANSLATE_NOOP("HistoryModel", "When"), QT_TRANSLATE_NOOP("HistoryModel", "Who"),
           QT_TRANSLATE_NOOP("HistoryModel", "Office"),
           QT_TRANSLATE_NOOP("HistoryModel", "What"),
           QT_TRANSLATE_NOOP("HistoryModel", "Field"),
           QT_TRANSLATE_NOOP("HistoryModel", "Old value"),
           QT_TRANSLATE_NOOP("HistoryModel", "New value"))
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
WHAT, FIELD, OLD_VALUE, NEW_VALUE = 3, 4, 5, 6
VALUES_SHARE = 0.2  # the old value's least share of the width (the new one starts as wide)


def _one_line(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


class HistoryModel(QAbstractTableModel):
    """An activity's changes, newest first; nothing in it can be edited."""

    def __init__(self, changes: list[ChangeRecord], offices: dict[str, str],
                 parent=None) -> None:
        super().__init__(parent)
        self._changes = list(reversed(changes))
        self._offices = offices

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("HistoryModel", HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell_text(self, change: ChangeRecord, column: int) -> str:
        """The full text of one cell (the table shows long values on one line)."""
        return (local_time_text(change.changed_at), change.changed_by,
                self._offices.get(change.office_uuid or "", ""), self._what(change),
                field_label(change.field), history_value(change.field, change.old_value),
                history_value(change.field, change.new_value))[column]

    @staticmethod
    def _what(change: ChangeRecord) -> str:
        if not change.note:
            return action_label(change.action)
        return translate("HistoryModel", "{action} ({note})").format(
            action=action_label(change.action), note=note_text(change.note))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(self.cell_text(change, index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_text(change, index.column())
        if role == CHANGE_ROLE:
            return change
        return None


def note_text(note: str) -> str:
    """A history note as a person reads it: the import's notes worded, others as written."""
    found = IMPORT_NOTE.match(note)
    if found is None:
        return note
    text = translate("HistoryModel", "unsigned package {id}") if found["unsigned"] \
        else translate("HistoryModel", "package {id}")
    if found["typed"]:
        text = translate("HistoryModel", "{package}, edited in a spreadsheet after "
                                         "export").format(package=text)
    return text.format(id=ltr(found["id"]))  # an id starting with digits stays whole


class HistoryDialog(QDialog):
    """The history of one activity; select a line to read long old and new values whole."""

    def __init__(self, context: AppContext, activity_uuid: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        changes = activity_history(context.database, activity_uuid)
        self.model = HistoryModel(changes, office_names(context.database), self)
        self.view = self._make_view()
        self.old_text, self.new_text = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.old_text, self.new_text):
            edit.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self._values_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("%n entries, newest first. The history is kept as recorded "
                                 "and cannot be edited.", "", len(changes)))
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._show_values)
        if self.model.rowCount():
            select_row(self.view, 0)
        geometry = context.settings.state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 560)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.horizontalHeader().setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 4)
        # When, who, office and field fit their texts, what was done and the new value start
        # at a width: a long note or translation elides them (whole in their tooltips) rather
        # than squeezing the values' columns to nothing; the old value takes the room left.
        char = view.fontMetrics().averageCharWidth()
        self.columns = ShareKeeper(view, OLD_VALUE, VALUES_SHARE, (0, 1, 2, FIELD),
                                   {WHAT: char * 30 + 12, NEW_VALUE: char * 24 + 12})
        return view

    def _values_pane(self) -> QWidget:
        pane = QWidget()
        grid = QGridLayout(pane)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Old value:")), 0, 0)
        grid.addWidget(QLabel(self.tr("New value:")), 0, 1)
        grid.addWidget(self.old_text, 1, 0)
        grid.addWidget(self.new_text, 1, 1)
        return pane

    def _show_values(self, current: QModelIndex, _previous: QModelIndex) -> None:
        change = current.data(CHANGE_ROLE) if current.isValid() else None
        self.old_text.setPlainText(self.model.cell_text(change, 5) if change else "")
        self.new_text.setPlainText(self.model.cell_text(change, 6) if change else "")

    def done(self, result: int) -> None:
        self.context.settings.set_state(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
