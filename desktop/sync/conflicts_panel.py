"""The conflicts queue: both versions side by side, differences marked, and the decision."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from db.sync.merge_rule import Version
from desktop.context import AppContext
from desktop.shared.formatting import history_value, local_time_text
from desktop.shared.labels import field_label
from desktop.shared.messages import activity_error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.table_model import ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate
from desktop.sync.messages import resolution_label
from exporters.activity import FIELDS

COMPARED_FIELDS = (*(spec.name for spec in FIELDS), "deleted")


@dataclass(frozen=True)
class FieldComparison:
    """One line of the side-by-side view."""

    field: str
    mine: str
    theirs: str
    differs: bool


def _value_text(version: Version, name: str) -> str:
    if name == "deleted":
        return translate("SyncArea", "deleted") if version.deleted else translate("SyncArea", "no")
    if name == "item_codes":
        return ", ".join(sorted(version.item_codes))
    value = version.values.get(name)
    if isinstance(value, date):
        return value.isoformat()
    return history_value(name, None if value is None else str(value))


def comparison(conflict: ConflictRecord) -> list[FieldComparison]:
    """Every field of both versions; the differing ones flagged."""
    differing = set(conflict.differing_fields())
    return [FieldComparison(name, _value_text(conflict.local, name),
                            _value_text(conflict.incoming, name), name in differing)
            for name in COMPARED_FIELDS]


# Words and the spaces between them: the diff compares words, the spaces keep the layout.
TOKENS = re.compile(r"\s+|\S+")
# A changed word: bold on a yellow ground, readable without telling colours apart.
MARK_OPEN = '<b style="background-color:#ffe066; color:#000000;">'
MARK_CLOSE = "</b>"


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _marked(tokens: list[str]) -> str:
    return "".join(_html(token) if token.isspace() else MARK_OPEN + _html(token) + MARK_CLOSE
                   for token in tokens)


def marked_difference(mine: str, theirs: str) -> tuple[str, str]:
    """Both texts as HTML-escaped rich text, the words that differ marked in each."""
    left, right = TOKENS.findall(mine), TOKENS.findall(theirs)
    mine_html, theirs_html = [], []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            mine_html.append(_html("".join(left[i1:i2])))
            theirs_html.append(_html("".join(right[j1:j2])))
        else:  # replace, delete (only mine has words) or insert (only theirs has)
            mine_html.append(_marked(left[i1:i2]))
            theirs_html.append(_marked(right[j1:j2]))
    return "".join(mine_html), "".join(theirs_html)


CONFLICT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Activity"), lambda c: c.title),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Recorded by"), lambda c: c.owner_office_name),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Received from"),
           lambda c: c.sender_office_name or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Detected"),
           lambda c: local_time_text(c.detected_at), lambda c: c.detected_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Differs in"),
           lambda c: ", ".join(field_label(n) for n in c.differing_fields())),
)
COMPARISON_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Field"), lambda f: field_label(f.field)),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "This installation's version (mine)"),
           lambda f: f.mine),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Received version (theirs)"),
           lambda f: f.theirs),
)


class ConflictsPanel(QWidget):
    """Open conflicts; Keep mine / Keep theirs record the decision via db/, Edit asks for the
    activity editor (the Activities area opens it, the main window passes the request on).

    Signals: resolved(int) with the conflict's number after its decision was saved;
    edit_requested(ConflictRecord) when the person chose to edit a merged version.
    """

    resolved = Signal(int)
    edit_requested = Signal(object)

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
        self._build()
        self.list_view.selectionModel().selectionChanged.connect(self._show_selected)

    def _view(self, model: RecordTableModel) -> QTableView:
        view = QTableView()
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
        self.keep_mine_button = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"))
        self.edit_button = QPushButton(self.tr("&Edit..."))
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
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_conflict()
        conflicts = open_conflicts(self.context.database)
        self.list_model.set_records(conflicts)
        self.empty_label.setVisible(not conflicts)
        self.splitter.setVisible(bool(conflicts))
        ids = [c.id for c in conflicts]
        keep = ids.index(selected.id) if selected and selected.id in ids else 0
        if conflicts:
            self.list_view.selectRow(keep)
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
                mine, theirs = _html(line.mine), _html(line.theirs)
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
        """Ask for the activity editor on a merged draft; saving it resolves the conflict."""
        conflict = self.selected_conflict()
        if conflict is not None:
            self.edit_requested.emit(conflict)

    def resolved_by_editing(self, conflict_id: int) -> None:
        """The editor saved a version that resolves this conflict."""
        self._resolved(conflict_id, resolution_label("edited"))

    def _refused(self, error: TenpointDataError) -> None:
        message = sync_error_message(error) or activity_error_message(error)
        self.refresh()
        QMessageBox.warning(self, self.tr("Conflict not resolved"), message)

    def _resolved(self, conflict_id: int, how: str) -> None:
        self.refresh()
        self.resolved.emit(conflict_id)  # the area refreshes what follows, this list too
        if not self.count():  # said last: a refresh clears what the selection explained
            self.explain_label.setText(self.tr("Conflict resolved: {how}.").format(how=how))
