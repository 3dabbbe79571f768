"""The Dar es Salaam Action Plan's targets: how far each is from its threshold, and for the one
a person opens, the countries that count, the activities behind them and the gap."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.progress.targets import TargetProgress
from desktop.progress.charts import BarChart
from desktop.progress.tables import figures_over_detail, number_text, record_view
from desktop.shared.bidi import select_row
from desktop.shared.labels import status_label, target_unit_label
from desktop.shared.table_model import RIGHT, ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate

CONTEXT = "ProgressTables"


def unit_text(target: TargetProgress) -> str:
    return target_unit_label(target.unit)


def reached_text(target: TargetProgress) -> str:
    if target.reached:
        return translate("ProgressTables", "Reached")
    return translate("ProgressTables", "%Ln to go", None, target.gap)


def threshold_text(target: TargetProgress) -> str:
    """The threshold with what it counts, in the plural form of its number."""
    if target.unit == "countries":
        return translate("ProgressTables", "%Ln countries", None, target.threshold)
    return translate("ProgressTables", "%Ln achievements", None, target.threshold)


def share_reached(target: TargetProgress) -> int:
    """How far toward its threshold a target is, in per cent (at most 100)."""
    return min(target.achieved * 100 // max(target.threshold, 1), 100)


TARGET_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Target"), lambda t: t.code),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Progress"), reached_text,
           lambda t: -t.gap),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Achieved"), lambda t: number_text(t.achieved),
           lambda t: t.achieved, RIGHT),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Threshold"), lambda t: number_text(t.threshold),
           lambda t: t.threshold, RIGHT),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Counts"), unit_text),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Text"), lambda t: t.text),
]

ACTIVITY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Activity"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Status"), lambda a: status_label(a.status)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Country"), lambda a: a.country_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Office"), lambda a: a.office_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Counts toward the target"),
           lambda a: translate("ProgressTables", "yes") if a.counts
           else translate("ProgressTables", "no")),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Evidence"), lambda a: a.evidence),
]


class TargetsPage(QWidget):
    """Signals: detail_requested(str code) when a target is opened (show_detail answers it);
    activity_open_requested(str uuid)."""

    detail_requested = Signal(str)
    activity_open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets: list[TargetProgress] = []
        self.rule_label = QLabel(self.tr(
            "An activity counts toward a target when it is linked to the target or to one of "
            "the actions that serve it, and is completed, or ongoing with evidence recorded."))
        self.rule_label.setWordWrap(True)
        # Targets count countries or achievements, from 1 to 13: the chart compares them by
        # the share of their threshold reached, the table beside it gives the numbers.
        self.chart = BarChart([self.tr("Share of the threshold reached (%)")], stacked=False)
        self.table = record_view(RecordTableModel(TARGET_COLUMNS, context=CONTEXT), stretch=5)
        self.detail_label = QLabel(self.tr("Select a target to see the countries and "
                                           "activities that count toward it."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activities = record_view(RecordTableModel(ACTIVITY_COLUMNS, context=CONTEXT))
        self._lay_out()
        self.chart.bar_clicked.connect(self._bar_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.activities.activated.connect(self._activity_activated)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_label)
        layout.addWidget(figures_over_detail(self.chart, self.table, self.detail_label,
                                             self.activities), 1)

    def show_targets(self, targets: list[TargetProgress]) -> None:
        current = self._current_code()
        self.targets = targets
        self.table.model().set_records(targets)
        self.chart.set_title(self.tr("Progress towards each target"))
        # "I-T1" rather than "DES-AP-I-T1": 25 full codes do not fit down the side.
        self.chart.set_data([target.code.removeprefix("DES-AP-") for target in targets],
                            [[share_reached(target) for target in targets]], maximum=100)
        codes = [target.code for target in targets]
        self.select(codes.index(current) if current in codes else -1)
        if current not in codes:
            self.show_detail(None)

    def _current_code(self) -> str | None:
        index = self.table.currentIndex()
        target = index.data(ROW_ROLE) if index.isValid() else None
        return target.code if target else None

    def _bar_clicked(self, group: int, _series: int) -> None:
        self.select(group)

    def select(self, row: int) -> None:
        """Open a target: select its row, which shows its detail."""
        if 0 <= row < len(self.targets):
            select_row(self.table, row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = current.data(ROW_ROLE) if current.isValid() else None
        self.show_detail(target)
        if target is not None:
            self.detail_requested.emit(target.code)  # its activities, read off the GUI thread

    def show_detail(self, target: TargetProgress | None) -> None:
        """A target's countries and gap, and its activities once they are read (a detail
        that arrives after another target was opened is not shown)."""
        if target is not None and target.code != self._current_code():
            return
        if target is None:
            self.activities.model().set_records([])
            self.detail_label.setText(self.tr("Select a target to see the countries and "
                                              "activities that count toward it."))
            return
        countries = QLocale().createSeparatedList([
            f"{country.name} ({number_text(country.activities)})"
            for country in target.countries]) or self.tr("none yet")
        self.detail_label.setText(self.tr(
            "{code}: {text}\nThreshold: {threshold} (\u201c{source}\u201d). Achieved: "
            "{achieved}. {progress}.\nCountries that count: {countries}").format(
            code=target.code, text=target.text, threshold=threshold_text(target),
            source=target.source_text, achieved=number_text(target.achieved),
            progress=reached_text(target), countries=countries))
        self.activities.model().set_records(list(target.activities))

    def _activity_activated(self, index: QModelIndex) -> None:
        activity = index.data(ROW_ROLE)
        if activity is not None:
            self.activity_open_requested.emit(activity.uuid)

