"""Horizontal bar charts drawn with QtCharts, built once and refilled, readable in greyscale.

The chart's series, sets and axes are made once and only their values change afterwards:
replacing them would delete C++ objects that Python wrappers still point at.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QWidget

# Colours far apart in lightness as well as hue, so the bars stay apart in greyscale print;
# the patterns tell neighbours apart where the lightness is close.
PALETTE = (
    (QColor("#1b5e20"), Qt.BrushStyle.SolidPattern),  # dark green
    (QColor("#66bb6a"), Qt.BrushStyle.SolidPattern),  # light green
    (QColor("#1565c0"), Qt.BrushStyle.Dense3Pattern),  # blue, dotted
    (QColor("#ef6c00"), Qt.BrushStyle.BDiagPattern),  # orange, hatched
    (QColor("#6d4c41"), Qt.BrushStyle.DiagCrossPattern),  # brown, cross-hatched
    (QColor("#d7d7d7"), Qt.BrushStyle.SolidPattern),  # light grey: nothing yet
)


MINIMUM_HEIGHT = 220
ROW_HEIGHT = 26  # pixels per group: QtCharts elides a label given less


class BarChart(QChartView):
    """Groups down the side, one bar per group made of one segment per series (stacked) or
    one bar per series side by side; clicking a segment says which group and series.

    Signals: bar_clicked(int group, int series).
    """

    bar_clicked = Signal(int, int)

    def __init__(self, series_names: list[str], stacked: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        self.sets: list[QBarSet] = []
        for position, name in enumerate(series_names):
            self.sets.append(self._bar_set(name, position))
        self.series.append(self.sets)
        self.series.clicked.connect(self._clicked)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.chart_ = QChart()
        self.chart_.addSeries(self.series)
        self.chart_.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundRoundness(0)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MINIMUM_HEIGHT)

    def _bar_set(self, name: str, position: int) -> QBarSet:
        bar_set = QBarSet(name)
        colour, pattern = PALETTE[position % len(PALETTE)]
        bar_set.setBrush(QBrush(colour, pattern))
        bar_set.setBorderColor(QColor("#202020"))
        return bar_set

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    def set_series_names(self, names: list[str]) -> None:
        """Rename the series (after a change of language)."""
        for bar_set, name in zip(self.sets, names, strict=True):
            bar_set.setLabel(name)

    def set_data(self, categories: list[str], columns: list[list[float]],
                 maximum: float | None = None) -> None:
        """One list of values per series, each as long as categories (top group first); the
        value axis runs to maximum, or to the highest bar."""
        # A horizontal chart draws its first category at the bottom: reversed, it reads down.
        for bar_set, values in zip(self.sets, columns, strict=True):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([float(value) for value in reversed(values)])
        self.categories.setCategories([_short(name) for name in reversed(categories)])
        highest = maximum or max((sum(row) if self.stacked else max(row, default=0)
                                  for row in zip(*columns, strict=True)), default=0)
        self.values.setRange(0, max(highest, 1))
        self.values.setTickCount(min(int(max(highest, 1)), 5) + 1)
        self.values.applyNiceNumbers()  # ticks at 0, 50, 100 rather than 0, 31, 62
        # Room for every group's label: QtCharts elides and skips labels that do not fit
        # (the chart sits in a scroll area that scrolls when this is more than it has).
        self.setMinimumHeight(max(MINIMUM_HEIGHT, ROW_HEIGHT * len(categories) + 110))

    @property
    def stacked(self) -> bool:
        return isinstance(self.series, QHorizontalStackedBarSeries)

    def group_count(self) -> int:
        return self.sets[0].count() if self.sets else 0

    @Slot(int, QBarSet)
    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        self.click(self.group_count() - 1 - index, self.sets.index(bar_set))

    def click(self, group: int, series: int) -> None:
        """What a click on a segment does: group and series in reading order."""
        self.bar_clicked.emit(group, series)


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
