"""The two views of the browser's left side: the catalog tree and the ranked results list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTreeView, QWidget

from desktop.browser.html_delegate import HtmlDelegate
from desktop.browser.results_model import HTML_ROLE, RESULT_STYLE_SHEET, SearchResultsModel
from desktop.browser.tree_model import (
    CODE_COLUMN,
    COUNT_COLUMN,
    STATUS_COLUMN,
    TEXT_COLUMN,
    CatalogTreeModel,
)
from desktop.shared.bidi import ContentDirectionDelegate
from desktop.shared.column_share import fit_sections
from desktop.shared.labels import status_label

# The deepest code shown, under an event, a document and two levels of sections.
WIDEST_CODE = "MNL-DP-ANX2-03g"
# The share of the tree's width the recommendations' text keeps at least: where the other
# columns want more (a long translation, a narrow window), they narrow and elide instead,
# each cell whole in its tooltip.
TEXT_SHARE = 0.4


class CatalogTreeView(QTreeView):
    """The tree with its columns sized: code, text (stretching), follow-up, status."""

    def __init__(self, model: CatalogTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        # English catalog texts and codes keep left to right in an Arabic window.
        self.setItemDelegate(ContentDirectionDelegate(self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Catalog tree"))
        metrics = self.fontMetrics()
        self.setIndentation(metrics.horizontalAdvance("M") + 4)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Widths from the widest expected text, not ResizeToContents: that asks every row
        # of the 659-item tree for its size at each layout (tens of thousands of calls).
        self.wanted_widths = {
            CODE_COLUMN: self.indentation() * 5 + metrics.horizontalAdvance(WIDEST_CODE) + 12,
            COUNT_COLUMN: metrics.horizontalAdvance(self.tr("999 of 999")) + 24,
            STATUS_COLUMN: max(metrics.horizontalAdvance(text) for text in (
                self.tr("No follow-up yet"), self.tr("Latest status"),
                status_label("suspended"), status_label("cancelled"))) + 24,
        }
        self.fit_columns()

    def fit_columns(self) -> None:
        """The code, follow-up and status columns at their wanted widths, narrowed alike
        where the text would keep less than TEXT_SHARE of the width."""
        fit_sections(self.header(), self.wanted_widths, TEXT_SHARE,
                     width=self.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def show_index(self, index: QModelIndex) -> None:
        """Make the row current and visible, opening the branches above it."""
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def clear_current(self) -> None:
        self.selectionModel().clearCurrentIndex()
        self.clearSelection()


class SearchResultsView(QListView):
    """The results, each painted as rich text wrapped to the view's width."""

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(HtmlDelegate(self, HTML_ROLE, RESULT_STYLE_SHEET))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay out the first results at once and the rest in the background (long lists).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(25)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Search results"))

    def show_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def clear_current(self) -> None:
        self.selectionModel().clearCurrentIndex()
        self.clearSelection()
