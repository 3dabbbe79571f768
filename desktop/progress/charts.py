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
from PySide6.QtCore import QLocale, QMargins, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.shared.flow_layout import FlowLayout

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
        self.values.setLabelFormat("%.0f")  # localised numbers take no %d
        self.chart_ = QChart()
        # the axis numbers in the interface's digits, as the tables beside the chart show them
        self.chart_.setLocale(QLocale())
        self.chart_.setLocalizeNumbers(True)
        self.chart_.addSeries(self.series)
        # Right to left (Arabic), the chart is mirrored as the window is: the groups' names on
        # the right, the bars growing leftwards from them.
        rtl = QGuiApplication.isRightToLeft()
        self.values.setReverse(rtl)
        self.chart_.addAxis(self.categories, Qt.AlignmentFlag.AlignRight if rtl
                            else Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        # QtCharts lays its legend on one line and elides the names that do not fit (a long
        # translation, a narrow window): the legend is a row of widgets below instead, which
        # wraps and shows each name whole.
        self.chart_.legend().hide()
        self.legend_row = ChartLegend(self.sets)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundRoundness(0)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MINIMUM_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A little taller than its groups need (the size hint of a graphics view would be
        its whole scene): the scroll area around the chart and its wrapping legend, whose
        height follows the width, asks for this height plus the legend's."""
        return QSize(super().sizeHint().width(), self.minimumHeight() + 60)

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
        self.legend_row.update_names()

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


class ChartLegend(QWidget):
    """The chart's legend: a swatch of each series' colour and pattern and its whole name,
    wrapping onto further lines where the width runs short (mirrored in Arabic)."""

    SWATCH = 12

    def __init__(self, sets: list[QBarSet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sets = sets
        self.names: list[QLabel] = []
        layout = FlowLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        for bar_set in sets:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            swatch = QLabel()
            swatch.setPixmap(self._swatch(bar_set))
            name = QLabel(bar_set.label())
            row.addWidget(swatch)
            row.addWidget(name)
            self.names.append(name)
            layout.addWidget(entry)

    def _swatch(self, bar_set: QBarSet) -> QPixmap:
        pixmap = QPixmap(self.SWATCH, self.SWATCH)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setBrush(bar_set.brush())
        painter.setPen(bar_set.borderColor())
        painter.drawRect(0, 0, self.SWATCH - 1, self.SWATCH - 1)
        painter.end()
        return pixmap

    def update_names(self) -> None:
        for bar_set, name in zip(self.sets, self.names, strict=True):
            name.setText(bar_set.label())


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
