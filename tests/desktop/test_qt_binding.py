"""The Qt binding keeps its references to None, True and False.

PySide6 6.12.0 on CPython 3.11 lost one reference to None on each `setEnabled` or unset `data`,
and one to True on each signal emission; after enough of them the interpreter freed True and
aborted (`Fatal Python error: bool_dealloc`), at exit or mid-use. From Python 3.12 these
singletons are immortal, which is why Tenpoint needs 3.12 (README, "Which Python"). The counts
below are the probe that found it: on 3.11 with that binding they fail.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QPushButton

TIMES = 1_000


class Emitter(QObject):
    plain = Signal()
    with_value = Signal(bool)


def references_lost(call, singleton) -> int:
    """How many references to singleton `TIMES` calls of `call` lost (0 when none)."""
    gc.collect()
    before = sys.getrefcount(singleton)
    for _ in range(TIMES):
        call()
    return before - sys.getrefcount(singleton)


class Widgets:
    """The objects the calls are made on, alive for the whole test."""

    def __init__(self, qtbot) -> None:
        self.button = QPushButton()
        qtbot.addWidget(self.button)
        self.item = QStandardItem()
        self.emitter = Emitter()
        self.emitter.with_value.connect(lambda value: None)


# name: (the call on Widgets, the singleton it returns or passes); the first three leaked.
CALLS_THAT_LEAKED = {
    "QPushButton.setEnabled(True)": (lambda w: w.button.setEnabled(True), None),
    "QStandardItem.data(unset role)":
        (lambda w: w.item.data(Qt.ItemDataRole.UserRole + 5), None),
    "Signal.emit() without a slot": (lambda w: w.emitter.plain.emit(), True),
    "Signal.emit(False) to a slot": (lambda w: w.emitter.with_value.emit(False), False),
    "QPushButton.isEnabled()": (lambda w: w.button.isEnabled(), True),
}


@pytest.mark.parametrize("name", CALLS_THAT_LEAKED)
def test_ordinary_calls_keep_their_references_to_none_true_false(qtbot, name):
    widgets = Widgets(qtbot)
    call, singleton = CALLS_THAT_LEAKED[name]
    assert references_lost(lambda: call(widgets), singleton) == 0, (
        f"{name} loses references to {singleton!r}: this Python and Qt binding abort "
        "(see README, 'Which Python')")


def test_the_interpreter_makes_none_true_and_false_immortal():
    """The guard that holds even if a binding loses a reference: Python 3.12's immortal
    singletons (PEP 683). A 3.11 environment would fail here before it fails in use."""
    assert sys.version_info >= (3, 12), f"Tenpoint needs Python 3.12+, not {sys.version}"
    immortal = 2**29  # 3.12 sets them to 2**32-1 (or 3 << 30); a live count is far lower
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) >= immortal
