"""Mixed directions: an English catalog text keeps left to right in an Arabic window, an
Arabic title keeps right to left in an English one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from desktop.shared.bidi import (
    ContentDirectionDelegate,
    emphasis,
    ltr,
    plain,
    starts_right_to_left,
)


@pytest.mark.parametrize(("text", "rtl"), [
    ("1. Root causes", False), ("DES-SR-III-01", False), ("0 من 60", True),
    ("مراجعة قانون اللجوء", True), ("2026", False), ("", False)])
def test_the_first_letter_with_a_direction_decides(text, rtl):
    assert starts_right_to_left(text) is rtl


def test_isolates_come_off_for_copying():
    assert plain(ltr("C:\\Tenpoint\\packages")) == "C:\\Tenpoint\\packages"


def cell_direction(qtbot, window_direction: Qt.LayoutDirection, text: str):
    model = QStandardItemModel()
    model.appendRow(QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(window_direction)
    view.setModel(model)
    delegate = ContentDirectionDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(0, 0))
    return option.direction


def test_a_catalog_text_is_laid_out_left_to_right_in_an_arabic_window(qtbot):
    assert cell_direction(qtbot, Qt.LayoutDirection.RightToLeft,
                          "1. Solutions through free movement") == Qt.LayoutDirection.LeftToRight


def test_an_arabic_title_is_laid_out_right_to_left_in_an_english_window(qtbot):
    assert cell_direction(qtbot, Qt.LayoutDirection.LeftToRight,
                          "ورشة عمل حول اللجوء") == Qt.LayoutDirection.RightToLeft


def test_arabic_emphasis_is_not_slanted(qapp):
    """Slanted Arabic does not exist (Linux fonts show empty boxes for it)."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert emphasis("لا يوجد") == "لا يوجد"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert emphasis("none yet") == "<i>none yet</i>"
