"""The browser's search field: searches once typing pauses, Enter and Down go to the results."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.shared.bidi import ltr

# Long enough that a word is finished before the search runs, short enough to feel live.
SEARCH_DELAY_MS = 200


class SearchField(QLineEdit):
    """A line edit with a clear button that reports its text when the typing pauses.

    Signals:
        changed(): the text changed and typing paused (or Escape cleared it).
        submitted(): Enter or Down: search now and move to the results.
    """

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The examples and the shortcut are isolated: in Arabic each keeps its own direction
        # and its place in the sentence ("(Ctrl+F)" last, on the left).
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText) or "Ctrl+F"
        self.setPlaceholderText(
            self.tr("Search codes and texts, e.g. {word} or {code} ({shortcut})").format(
                word=ltr("detention"), code=ltr("DES-SR-VIII"), shortcut=ltr(shortcut)))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Search the catalog"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._submit)

    def cancel_pending(self) -> None:
        """The text is being searched now: no second search when the pause ends."""
        self._timer.stop()

    def _submit(self) -> None:
        self._timer.stop()
        self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._submit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._timer.stop()
            self.changed.emit()
            return
        super().keyPressEvent(event)
