"""Mixed directions: what keeps its own direction inside a window or a sentence of another.

Under Arabic the window runs right to left and the bidirectional algorithm reorders what mixes
directions: "1. Root causes" would show as "Root causes .1", an item code or a file path would
run backwards. Each such piece is wrapped in a Unicode isolate, so it keeps its own direction
whatever surrounds it; in a left-to-right window the isolates change nothing.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

LEFT_TO_RIGHT_ISOLATE = "\u2066"  # codes, numbers, paths, the catalog's English texts
POP_DIRECTIONAL_ISOLATE = "\u2069"
LEFT_TO_RIGHT_MARK = "\u200e"


def ltr(text: str) -> str:
    """text that always runs left to right (an item code, a catalog text, a file path)."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def ltr_in_rtl(text: str) -> str:
    """text isolated left to right where the interface runs right to left (a file path in an
    Arabic message), unchanged elsewhere (a message printed on the command line)."""
    return ltr(text) if QGuiApplication.isRightToLeft() else text


def in_direction_of(text: str, sentence: str) -> str:
    """sentence, which frames text (an Arabic "(retired)" before an English catalog text),
    laid out in text's direction where the interface runs right to left: the catalog text
    then reads on from the left and is cut at its own end, not in the middle of the line."""
    if QGuiApplication.isRightToLeft() and text and not starts_right_to_left(text) \
            and starts_right_to_left(sentence):
        return LEFT_TO_RIGHT_MARK + sentence
    return sentence


def plain(text: str) -> str:
    """text without the isolates (to copy, compare or search it)."""
    return text.translate({ord(c): None for c in (LEFT_TO_RIGHT_ISOLATE,
                                                 POP_DIRECTIONAL_ISOLATE)})


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is Arabic or Hebrew (numbers and punctuation
    have none): "1. Root causes" runs left to right, "0 من 60" right to left."""
    return own_direction(text) == Qt.LayoutDirection.RightToLeft


def own_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of text's first letter that has one (the Unicode rule for a paragraph's
    direction); None when none has (numbers, punctuation)."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction == "L":
            return Qt.LayoutDirection.LeftToRight
        if direction in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class ContentDirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in its own text's direction, whatever the window's: an English
    catalog text or an item code stays left to right (and is cut on the right) inside an
    Arabic window, an Arabic title runs right to left inside an English one."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.direction = (Qt.LayoutDirection.RightToLeft
                                if starts_right_to_left(option.text)
                                else Qt.LayoutDirection.LeftToRight)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make the row current and selected. QTableView.selectRow selects nothing right to
    left while the columns do not fill the view (before it is shown, or when they are narrow):
    it starts from the column at the viewport's right edge, where there is none."""
    index = view.model().index(row, 0, view.rootIndex())
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def italic_allowed() -> bool:
    """Arabic script has no italics (and the Linux fonts have no slanted Arabic glyphs, which
    would show as empty boxes): in a right-to-left interface, emphasis is not slanted."""
    return not QGuiApplication.isRightToLeft()


def emphasis(html_text: str) -> str:
    """Rich text in italics where the interface's script has them, else as it is."""
    return f"<i>{html_text}</i>" if italic_allowed() else html_text
