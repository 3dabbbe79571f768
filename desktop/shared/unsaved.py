"""Closing a form that holds unsaved typing (Esc, Cancel, the window's close button): ask."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget, title: str, question: str, save: Callable[[], None]) -> bool:
    """Ask Save, Discard or Cancel; True when the person chose to discard. Save runs save,
    which closes the form itself once it succeeds (and keeps it open when it cannot)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.warning(parent, title, question,
                                 buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    if answer == buttons.Save:
        save()
    return answer == buttons.Discard
