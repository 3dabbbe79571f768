"""A row of widgets that wraps onto further lines when the width runs short.

A translation can make a row of buttons or filter lists much wider than the English one (a
pseudo-translation 40% longer, Russian, French); a plain QHBoxLayout then squeezes every widget
below its size and cuts its text. This row keeps each widget at the width it wants and moves
what does not fit to the next line, like Qt's flow layout example; on each line the widgets
added with a stretch share what room is left. It mirrors in a right-to-left window.

A combo box wants the width of its current choice (not of its longest entry, nor a fixed count
of characters), up to COMBO_MAX_CHARS characters, so the choice shows whole where there is
room.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
    QWidgetItem,
)

COMBO_MAX_CHARS = 45


def combo_wanted_width(combo: QComboBox) -> int:
    """The width that shows the combo's current text whole (up to COMBO_MAX_CHARS
    characters), never less than its own size hint."""
    metrics = combo.fontMetrics()
    text = min(metrics.horizontalAdvance(combo.currentText()),
               metrics.averageCharWidth() * COMBO_MAX_CHARS)
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    height = combo.sizeHint().height()
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, height), combo)
    return max(size.width() + 4, combo.sizeHint().width())


class FlowLayout(QLayout):
    """Widgets left to right (right to left in Arabic), wrapping onto new lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: list[int] = []
        if spacing >= 0:
            self.setSpacing(spacing)

    # --- QLayout's interface -------------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        """widget at the end of the row; with a stretch it shares the room left on its line."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._stretches.append(stretch)
        if isinstance(widget, QComboBox):  # its wanted width follows its choice
            widget.currentIndexChanged.connect(self.invalidate)
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self._stretches.append(0)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._stretches.pop(index)
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        visible = [(item, self._wanted(item)) for item in self._visible()]
        width = sum(size.width() for _, size in visible) \
            + self._gap() * max(len(visible) - 1, 0)
        height = max((size.height() for _, size in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single widget: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- laying out ----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return max(style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                       QSizePolicy.ControlType.PushButton,
                                       Qt.Orientation.Horizontal), 6)

    @staticmethod
    def _wanted(item: QLayoutItem) -> QSize:
        widget = item.widget()
        hint = item.sizeHint()
        if isinstance(widget, QComboBox):
            hint.setWidth(max(hint.width(), combo_wanted_width(widget)))
        return hint.expandedTo(item.minimumSize())

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, QSize, int]]]:
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        used = 0
        for item, stretch in zip(self._items, self._stretches, strict=True):
            if item.isEmpty():
                continue
            size = self._wanted(item)
            needed = size.width() + (gap if lines[-1] else 0)
            if lines[-1] and used + needed > width:
                lines.append([])
                used, needed = 0, size.width()
            lines[-1].append((item, size, stretch))
            used += needed
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        y = area.y()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() \
            else Qt.LayoutDirection.LeftToRight
        for number, line in enumerate(self._lines(area.width())):
            if number:
                y += gap
            height = max(size.height() for _, size, _ in line)
            widths = [min(size.width(), area.width()) for _, size, _ in line]
            room = area.width() - sum(widths) - gap * (len(line) - 1)
            stretches = sum(stretch for _, _, stretch in line)
            if room > 0 and stretches:
                for index, (_, _, stretch) in enumerate(line):
                    widths[index] += room * stretch // stretches
            x = area.x()
            for (item, size, _), width in zip(line, widths, strict=True):
                if apply:
                    item_height = min(size.height(), height)
                    place = QRect(QPoint(x, y + (height - item_height) // 2),
                                  QSize(width, item_height))
                    item.setGeometry(QStyle.visualRect(direction, area, place))
                x += width + gap
            y += height
        return y - area.y() + margins.top() + margins.bottom()
