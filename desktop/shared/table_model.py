"""One read-only table model for lists of plain records, its columns declared once per list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop.shared.translate import translate

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROOT = QModelIndex()  # the invisible root; an invalid index never changes


@dataclass(frozen=True)
class Column:
    """A column: its header (translated in the model's context) and what it shows."""

    header: str
    value: Callable[[object], str]
    sort_value: Callable[[object], object] | None = None
    alignment: Qt.AlignmentFlag = LEFT


class RecordTableModel(QAbstractTableModel):
    """Rows of plain records; the record itself is under ROW_ROLE, its raw value under SORT_ROLE.

    highlighted(record) says which rows to emphasise (a conflict's differing fields).
    """

    def __init__(self, columns: Sequence[Column], records: Sequence[object] = (),
                 highlighted: Callable[[object], bool] | None = None, parent=None,
                 context: str = "SyncTableModel") -> None:
        super().__init__(parent)
        self._context = context  # where lupdate filed the headers
        self._columns = tuple(columns)
        self._records = list(records)
        self._highlighted = highlighted or (lambda record: False)

    def set_records(self, records: Sequence[object]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[object]:
        return list(self._records)

    def record(self, row: int) -> object:
        return self._records[row]

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return translate(self._context, self._columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(record)
        if role == SORT_ROLE:
            return (column.sort_value or column.value)(record)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return self._emphasis(record, role)

    def _emphasis(self, record: object, role: int):
        if not self._highlighted(record):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Highlight).lighter(180)
        return None
