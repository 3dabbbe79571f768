"""Coverage: per event, document, section or action area, the asking items by the latest
status of their follow-up, as a chart with its numbers beside it; a click lists the items."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.progress.coverage import CoverageRow, CoveredItem
from db.progress.scope import NO_FOLLOW_UP, STATUS_ORDER
from desktop.progress.charts import BarChart
from desktop.progress.tables import figures_over_detail, number_text, percent_text, record_view
from desktop.shared.labels import catalog_label, kind_label, status_label
from desktop.shared.table_model import RIGHT, ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate

CONTEXT = "ProgressTables"
SERIES = (*STATUS_ORDER, NO_FOLLOW_UP)  # the chart's segments and the table's count columns
GROUPINGS = {
    "event": QT_TRANSLATE_NOOP("ProgressTables", "Event"),
    "document": QT_TRANSLATE_NOOP("ProgressTables", "Document"),
    "section": QT_TRANSLATE_NOOP("ProgressTables", "Section"),
    "area": QT_TRANSLATE_NOOP("ProgressTables", "Action area"),
}


def series_label(status: str) -> str:
    """A status, or "No follow-up yet" for the items without any."""
    if status == NO_FOLLOW_UP:
        return translate("ProgressTables", "No follow-up yet")
    return status_label(status)


def _share(part: int, whole: int) -> int:
    """part of whole in per cent, rounded down (nothing of nothing is 0)."""
    return part * 100 // max(whole, 1)


def named_rows(grouping: str, rows: list[CoverageRow]) -> list[CoverageRow]:
    """The rows with the names a person reads: an action area's in their language."""
    if grouping != "area":
        return rows
    return [replace(row, name=catalog_label(row.name)) for row in rows]


def _count_column(status: str) -> Column:
    return Column(status, lambda row: number_text(row.count(status)),
                  lambda row: row.count(status), RIGHT)


def coverage_columns() -> list[Column]:
    return [
        Column("", lambda row: row.name),  # headed by the grouping (_CoverageModel)
        *(_count_column(status) for status in SERIES),
        Column(QT_TRANSLATE_NOOP("ProgressTables", "Items"), lambda row: number_text(row.items),
               lambda row: row.items, RIGHT),
        Column(QT_TRANSLATE_NOOP("ProgressTables", "Followed up"),
               lambda row: percent_text(_share(row.followed_up, row.items)),
               lambda row: row.followed_up / max(row.items, 1), RIGHT),
        Column(QT_TRANSLATE_NOOP("ProgressTables", "Reported in 2011"),
               lambda row: number_text(row.baseline), lambda row: row.baseline, RIGHT),
    ]


ITEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Code"), lambda item: item.code),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Kind"), lambda item: kind_label(item.kind)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Text"), lambda item: item.text),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Latest status"),
           lambda item: series_label(item.status)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Activities"),
           lambda item: number_text(item.activities), lambda item: item.activities, RIGHT),
]


class _CoverageModel(RecordTableModel):
    """The first column is headed by the grouping, the counts by the translated status."""

    def __init__(self) -> None:
        super().__init__(coverage_columns(), context=CONTEXT)
        self.grouping = "event"

    def set_rows(self, grouping: str, rows: list[CoverageRow]) -> None:
        self.grouping = grouping
        self.set_records(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("ProgressTables", GROUPINGS[self.grouping])
            if 1 <= section <= len(SERIES):
                return series_label(SERIES[section - 1])
        return super().headerData(section, orientation, role)


class CoveragePage(QWidget):
    """Signals: grouping_changed(); drill_requested(str grouping, str key, str status or "",
    str what: the figure in words); item_open_requested(str code)."""

    grouping_changed = Signal()
    drill_requested = Signal(str, str, str, str)
    item_open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CoverageRow] = []
        self.grouping_combo = QComboBox()
        for code, label in GROUPINGS.items():
            self.grouping_combo.addItem(translate("ProgressTables", label), code)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.chart = BarChart([series_label(status) for status in SERIES])
        self.table = record_view(_CoverageModel())
        self.items_label = QLabel(self.tr("Click a bar or a number to list the items behind "
                                          "it."))
        self.items_label.setWordWrap(True)
        self.items = record_view(RecordTableModel(ITEM_COLUMNS, context=CONTEXT), stretch=2)
        self._lay_out()
        self.grouping_combo.currentIndexChanged.connect(self.grouping_changed)
        self.chart.bar_clicked.connect(self._bar_clicked)
        self.table.clicked.connect(self._cell_clicked)
        self.items.activated.connect(self._item_activated)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Group &by:"))
        label.setBuddy(self.grouping_combo)
        top.addWidget(label)
        top.addWidget(self.grouping_combo)
        top.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(figures_over_detail(self.chart, self.table, self.items_label,
                                             self.items), 1)

    def grouping(self) -> str:
        return self.grouping_combo.currentData()

    def show_rows(self, rows: list[CoverageRow]) -> None:
        """The figures for the current grouping, in chart and table."""
        self.rows = rows = named_rows(self.grouping(), rows)
        self.table.model().set_rows(self.grouping(), rows)
        self.chart.set_title(self.tr("Items by the latest status of their follow-up"))
        self.chart.set_data([row.name for row in rows],
                            [[row.count(status) for row in rows] for status in SERIES])
        self.summary_label.setText(self._summary_text())
        self.items.model().set_records([])
        self.items_label.setText(self.tr("Click a bar or a number to list the items behind it."))

    def _summary_text(self) -> str:
        """The items with follow-up in all groups, and what the 2011 compilation reported."""
        items = sum(row.items for row in self.rows)
        followed = sum(row.followed_up for row in self.rows)
        # Figures as labels: "2 of 575 items have" would agree with two numbers at once.
        coverage = self.tr("Items with follow-up: {followed} of {items} ({percent}).").format(
            followed=number_text(followed), items=number_text(items),
            percent=percent_text(_share(followed, items)))
        reported = self.tr("The 2011 compilation reported %Ln activities for them.", "",
                           sum(row.baseline for row in self.rows))
        return f"{coverage} {reported}"

    def _bar_clicked(self, group: int, series: int) -> None:
        self.drill(group, SERIES[series])

    def _cell_clicked(self, index: QModelIndex) -> None:
        column = index.column()
        status = SERIES[column - 1] if 1 <= column <= len(SERIES) else ""
        self.drill(index.row(), status)

    def drill(self, group: int, status: str) -> None:
        """Ask for the items behind a group's figure (all its items when status is "")."""
        if not 0 <= group < len(self.rows):
            return
        row = self.rows[group]
        what = (self.tr("{group}: {status}").format(group=row.name, status=series_label(status))
                if status else row.name)
        self.drill_requested.emit(self.grouping(), row.key, status, what)

    def show_items(self, items: list[CoveredItem], what: str) -> None:
        self.items.model().set_records(items)
        self.items_label.setText(self.tr("{what}: %Ln items. Double-click one to read it in "
                                         "Recommendations.", "", len(items)).format(what=what))

    def _item_activated(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if item is not None:
            self.item_open_requested.emit(item.code)
