"""A delegate that paints a row's rich text (search results with their highlighted matches)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

PADDING = 6
# Laying out rich text is the slow part of showing results; heights are kept per text and width.
HEIGHT_CACHE_SIZE = 4000


class HtmlDelegate(QStyledItemDelegate):
    """Paints the HTML a model gives under html_role, wrapped to the view's width.

    style_sheet colours classes in unselected rows; selected rows use the selection's colour.
    """

    def __init__(self, view: QAbstractItemView, html_role: int, style_sheet: str = "") -> None:
        super().__init__(view)
        self._view = view
        self._html_role = html_role
        self._style_sheet = style_sheet
        self._heights: dict[tuple[str, int], int] = {}

    def _document(self, option: QStyleOptionViewItem, index, width: int,
                  selected: bool = False) -> QTextDocument:
        document = QTextDocument()
        if not selected:
            document.setDefaultStyleSheet(self._style_sheet)
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        # The catalog's English texts read left to right, in an Arabic window too.
        text_option = document.defaultTextOption()
        text_option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        document.setDefaultTextOption(text_option)
        document.setHtml(index.data(self._html_role) or "")
        document.setTextWidth(max(width, 80))
        return document

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        # The view's width, not option.rect: list views ask for size hints without a rect.
        return self._view.viewport().width() - 2 * PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, index, option.rect.width() - 2 * PADDING, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        painter.setClipRect(0, 0, option.rect.width() - 2 * PADDING,
                            option.rect.height() - 2 * PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()
        # A faint rule between results, so each reads as one block.
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._text_width(option)
        key = (index.data(self._html_role) or "", width)
        height = self._heights.get(key)
        if height is None:
            self.initStyleOption(option, index)
            height = int(self._document(option, index, width).size().height()) + 2 * PADDING
            if len(self._heights) >= HEIGHT_CACHE_SIZE:
                self._heights.clear()
            self._heights[key] = height
        # Never wider than the viewport: a results list has no horizontal scrolling.
        return QSize(max(width, 0), height)

