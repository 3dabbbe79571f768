"""The read-only record tables of the Progress area's pages, and the layout they share: a chart
with its numbers beside it, and below them what a click on either lists."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.bidi import ContentDirectionDelegate
from desktop.shared.table_model import RecordTableModel
from desktop.shared.translate import translate


def number_text(value: int) -> str:
    """A figure as the person's language writes it: its digits and grouping ("1,234")."""
    return QLocale().toString(value)


def percent_text(share: int) -> str:
    """A share in per cent: where the sign goes, with or without a space, is the language's."""
    return translate("ProgressTables", "{number} %").format(number=number_text(share))


def record_view(model: RecordTableModel, stretch: int | None = None) -> QTableView:
    """A table of whole rows, one selected at a time, sized to its contents; the column
    stretch (a text) takes the room left."""
    view = QTableView()
    view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ChartWithLegend(QWidget):
    """A chart over its legend (which wraps its names onto further lines as needed); the
    chart scrolls when it needs more room, the legend stays in view below it."""

    def __init__(self, chart: QWidget, legend: QWidget) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(chart, 1)
        column.addWidget(legend)


def figures_over_detail(chart: QWidget, table: QTableView, label: QLabel,
                        detail: QTableView) -> QSplitter:
    """The chart and its table side by side, over the label and list of what was clicked."""
    figures = QSplitter(Qt.Orientation.Horizontal)
    scroll = QScrollArea()  # a chart of many groups scrolls rather than squeezing its labels
    legend = getattr(chart, "legend_row", None)
    scroll.setWidget(chart)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # the chart's legend below it, wrapping its names, out of the scrolling: always in view
    figures.addWidget(scroll if legend is None else ChartWithLegend(scroll, legend))
    figures.addWidget(table)
    # shared equally, whatever the table and the legend ask for (sizes this large outweigh
    # their minimum widths when the splitter first scales them to its width)
    figures.setSizes([10_000, 10_000])
    below = QWidget()
    below_layout = QVBoxLayout(below)
    below_layout.setContentsMargins(0, 0, 0, 0)
    below_layout.addWidget(label)
    below_layout.addWidget(detail)
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(figures)
    split.addWidget(below)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    return split
