"""A tab whose area is built the first time it is shown, so its heavy imports wait until then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DeferredArea(QWidget):
    """Holds the place of an area in a tab and builds it on first show (or first use)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.area: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The area, built now if it was not yet."""
        if self.area is None:
            self.area = self._factory()
            self.layout().addWidget(self.area)
        return self.area

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure()
        super().showEvent(event)
