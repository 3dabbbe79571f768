"""The conflicts queue: both versions side by side, differences marked, and the decision."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import TenpointDataError
from db.sync.conflicts import ConflictRecord, open_conflicts, resolve_conflict
from desktop.context import AppContext
from desktop.shared.bidi import ContentDirectionDelegate, select_row
from desktop.shared.formatting import local_time_text
from desktop.shared.labels import field_label
from desktop.shared.messages import activity_error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.table_model import ROW_ROLE, Column, RecordTableModel
from desktop.sync.comparison import FieldComparison, comparison, html_text, marked_difference
from desktop.sync.merge_dialog import MergeDialog
from desktop.sync.messages import resolution_label

CONFLICT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Activity"), lambda c: c.title),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Recorded by"), lambda c: c.owner_office_name),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Received from"),
           lambda c: c.sender_office_name or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Detected"),
           lambda c: local_time_text(c.detected_at), lambda c: c.detected_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Differs in"),
           lambda c: QLocale().createSeparatedList([field_label(n)
                                                    for n in c.differing_fields()])),
)
COMPARISON_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Field"), lambda f: field_label(f.field)),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "This installation's version (mine)"),
           lambda f: f.mine),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Received version (theirs)"),
           lambda f: f.theirs),
)


class ConflictsPanel(QWidget):
    """Open conflicts; Keep mine / Keep theirs record the decision via db/, Merge opens the
    merge dialog, field by field, whose Save records the merged version.

    Signals: resolved(int) with the conflict's number after its decision was saved.
    """

    resolved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list_model = RecordTableModel(CONFLICT_COLUMNS, parent=self)
        # The lines compared; shown in full by the comparison area below, not in a table
        # (a table cuts long texts to its row height).
        self.comparison_model = RecordTableModel(COMPARISON_COLUMNS,
                                                 highlighted=lambda f: f.differs, parent=self)
        self.list_view = self._view(self.list_model)
        self.comparison_area = QScrollArea()
        self.comparison_area.setWidgetResizable(True)
        self.comparison_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comparison_area.setFrameShape(QFrame.Shape.StyledPanel)
        # field name -> (label of mine, label of theirs), for the lines shown now
        self.comparison_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.merge_dialog: MergeDialog | None = None
        self._build()
        self.list_view.selectionModel().selectionChanged.connect(self._show_selected)

    def _view(self, model: RecordTableModel) -> QTableView:
        view = QTableView()
        view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _build(self) -> None:
        self.empty_label = QLabel(self.tr(
            "No open conflicts. When this installation and another one change the same "
            "activity between two packages, both versions are kept and shown here until you "
            "decide."), wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explain_label = QLabel(wordWrap=True)
        # What the last decision did, when it left no conflict to select and explain.
        self.resolved_label = QLabel(wordWrap=True, visible=False)
        self.keep_mine_button = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"))
        self.edit_button = QPushButton(self.tr("Mer&ge..."))
        self.edit_button.setToolTip(self.tr(
            "Choose field by field between the two versions, correct the result, and save it"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve("local"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve("incoming"))
        self.edit_button.clicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explain_label, 1)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.comparison_area, 1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.resolved_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_conflict()
        conflicts = open_conflicts(self.context.database)
        self.resolved_label.hide()
        self.list_model.set_records(conflicts)
        self.empty_label.setVisible(not conflicts)
        self.splitter.setVisible(bool(conflicts))
        ids = [c.id for c in conflicts]
        keep = ids.index(selected.id) if selected and selected.id in ids else 0
        if conflicts:
            select_row(self.list_view, keep)
            self.list_view.resizeColumnsToContents()
        self._show_selected()

    def count(self) -> int:
        return self.list_model.rowCount()

    def selected_conflict(self) -> ConflictRecord | None:
        rows = self.list_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_selected(self, *args) -> None:
        conflict = self.selected_conflict()
        self.comparison_model.set_records(comparison(conflict) if conflict else [])
        self._show_comparison(self.comparison_model.records())
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            button.setEnabled(conflict is not None)
        self.explain_label.setText(self.tr(
            "Fields in bold differ, their differing words marked. Your decision is saved in "
            "the activity's history and travels with the next package.") if conflict else "")

    def _show_comparison(self, lines: list[FieldComparison]) -> None:
        """Every field, both versions in full side by side (wrapping), the differing fields
        first with their differing words marked, then the fields both versions share."""
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(8)
        self.comparison_labels = {}
        if lines:
            for column, header in enumerate((
                    self.tr("Field"), self.tr("This installation's version (mine)"),
                    self.tr("Received version (theirs)"))):
                grid.addWidget(self._cell(f"<b>{html.escape(header)}</b>", column > 0),
                               0, column)
        ordered = [line for line in lines if line.differs] + \
            [line for line in lines if not line.differs]
        for row, line in enumerate(ordered, start=1):
            name = html.escape(field_label(line.field))
            if line.differs:
                mine, theirs = marked_difference(line.mine, line.theirs)
                name = f"<b>{name}</b>"
            else:
                mine, theirs = html_text(line.mine), html_text(line.theirs)
            cells = (self._cell(name), self._cell(mine, True), self._cell(theirs, True))
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            self.comparison_labels[line.field] = (cells[1], cells[2])
        grid.setRowStretch(len(ordered) + 1, 1)
        self.comparison_area.setWidget(grid_widget)  # the previous lines go with their widget

    @staticmethod
    def _cell(rich_text: str, value: bool = False) -> QLabel:
        label = QLabel(rich_text)
        if value:  # the two versions share the width left, whatever their length; they wrap
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 12)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- deciding ------------------------------------------------------------------------
    def resolve(self, choice: str) -> None:
        """Keep one of the two versions of the selected conflict."""
        conflict = self.selected_conflict()
        if conflict is None:
            return
        try:
            resolve_conflict(self.context.database, conflict.id, choice, self.context.user)
        except TenpointDataError as error:
            self._refused(error)
            return
        self._resolved(conflict.id, resolution_label(
            "kept_local" if choice == "local" else "kept_incoming"))

    def edit_selected(self) -> None:
        """Open the merge dialog on the selected conflict (window-modal); saving it there
        resolves the conflict."""
        conflict = self.selected_conflict()
        if conflict is None:
            return
        self.merge_dialog = MergeDialog(self.context, conflict, self)
        self.merge_dialog.finished.connect(
            lambda result: self._merge_finished(conflict.id, result))
        self.merge_dialog.open()

    def _merge_finished(self, conflict_id: int, result: int) -> None:
        self.merge_dialog.deleteLater()
        self.merge_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self._resolved(conflict_id, resolution_label("edited"))
        else:  # cancelled, or the conflict was resolved meanwhile (the dialog said so)
            self.refresh()

    def _refused(self, error: TenpointDataError) -> None:
        message = sync_error_message(error) or activity_error_message(error)
        self.refresh()
        QMessageBox.warning(self, self.tr("Conflict not resolved"), message)

    def _resolved(self, conflict_id: int, how: str) -> None:
        self.refresh()
        self.resolved.emit(conflict_id)  # the area refreshes what follows, this list too
        done = self.tr("Conflict resolved: {how}.").format(how=how)
        if self.count():  # said last: a refresh clears what the selection explained
            self.explain_label.setText(done)
        else:  # the list and its explanation are hidden: said above the empty list's text
            self.resolved_label.setText(done)
            self.resolved_label.show()
