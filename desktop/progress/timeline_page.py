"""Activity over time: per year, the activities by status as a chart with its numbers beside
it; a click lists the activities behind a figure, a double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db.progress.report_data import ReportActivity, StatusCounts
from db.progress.scope import STATUS_ORDER
from desktop.progress.charts import BarChart
from desktop.progress.tables import figures_over_detail, number_text, record_view
from desktop.shared.formatting import date_text
from desktop.shared.labels import status_label
from desktop.shared.table_model import RIGHT, ROW_ROLE, Column, RecordTableModel

CONTEXT = "ProgressTables"


def _count_column(status: str) -> Column:
    return Column(status, lambda row: number_text(row.counts.get(status, 0)),
                  lambda row: row.counts.get(status, 0), RIGHT)


class _YearModel(RecordTableModel):
    """The count columns are headed by the translated status."""

    def __init__(self) -> None:
        super().__init__([Column(QT_TRANSLATE_NOOP("ProgressTables", "Year"),
                                 lambda row: row.name),
                          *(_count_column(status) for status in STATUS_ORDER),
                          Column(QT_TRANSLATE_NOOP("ProgressTables", "Activities"),
                                 lambda row: number_text(row.total), lambda row: row.total,
                                 RIGHT)],
                         context=CONTEXT)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 1 <= section <= len(STATUS_ORDER)):
            return status_label(STATUS_ORDER[section - 1])
        return super().headerData(section, orientation, role)


ACTIVITY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Activity"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Status"), lambda a: status_label(a.status)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Country"), lambda a: a.country_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Office"), lambda a: a.office_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Start date"), lambda a: date_text(a.start_date)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "End date"), lambda a: date_text(a.end_date)),
]


class TimelinePage(QWidget):
    """Signals: drill_requested(str year, str status or ""); activity_open_requested(str)."""

    drill_requested = Signal(str, str)
    activity_open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[StatusCounts] = []
        self.explain_label = QLabel(self.tr(
            "An activity counts in the year it started, or in the year it was recorded when "
            "it has no start date."))
        self.explain_label.setWordWrap(True)
        self.chart = BarChart([status_label(status) for status in STATUS_ORDER])
        self.table = record_view(_YearModel())
        self.activities_label = QLabel(self.tr("Click a bar or a number to list the "
                                               "activities behind it."))
        self.activities_label.setWordWrap(True)
        self.activities = record_view(RecordTableModel(ACTIVITY_COLUMNS, context=CONTEXT),
                                      stretch=0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain_label)
        layout.addWidget(figures_over_detail(self.chart, self.table, self.activities_label,
                                             self.activities), 1)
        self.chart.bar_clicked.connect(self._bar_clicked)
        self.table.clicked.connect(self._cell_clicked)
        self.activities.activated.connect(self._activity_activated)

    def show_years(self, years: list[StatusCounts]) -> None:
        self.years = years
        self.table.model().set_records(years)
        self.chart.set_title(self.tr("Activities by year and status"))
        self.chart.set_data([year.name for year in years],
                            [[year.counts.get(status, 0) for year in years]
                             for status in STATUS_ORDER])
        self.activities.model().set_records([])
        self.activities_label.setText(self.tr("Click a bar or a number to list the "
                                              "activities behind it."))

    def _bar_clicked(self, group: int, series: int) -> None:
        self.drill(group, STATUS_ORDER[series])

    def _cell_clicked(self, index: QModelIndex) -> None:
        column = index.column()
        self.drill(index.row(), STATUS_ORDER[column - 1]
                   if 1 <= column <= len(STATUS_ORDER) else "")

    def drill(self, row: int, status: str) -> None:
        if 0 <= row < len(self.years):
            self.drill_requested.emit(self.years[row].key, status)

    def show_activities(self, activities: list[ReportActivity], year: str, status: str) -> None:
        self.activities.model().set_records(activities)
        what = self.tr("{year}: {status}").format(year=year, status=status_label(status)) \
            if status else year
        self.activities_label.setText(self.tr("{what}: %Ln activities. Double-click one to open "
                                              "it.", "", len(activities)).format(what=what))

    def _activity_activated(self, index: QModelIndex) -> None:
        activity = index.data(ROW_ROLE)
        if activity is not None:
            self.activity_open_requested.emit(activity.uuid)
