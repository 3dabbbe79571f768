"""A table keeping its main column's share measures the rows in view, not thousands: at
100,000 activities every filter and every page would otherwise read a thousand rows again."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QTableView

from desktop.shared.column_share import ShareKeeper


class CountingModel(QAbstractTableModel):
    """5,000 rows of three columns that count how many cells were read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else 5000

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            self.reads += 1
            return f"row {index.row()} column {index.column()}"
        return None


def test_refitting_reads_the_rows_in_view_only(qtbot):
    model = CountingModel()
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    keeper = ShareKeeper(view, 0, 0.4, fit=(1, 2), chosen={})
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    model.reads = 0
    keeper.refit()
    shown = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert 0 < model.reads <= 2 * shown + 4  # two fitted columns, the rows in view
