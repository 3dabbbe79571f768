"""Helpers for the browser tests: a context on the test database, clicking rich-text links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from db.catalog.loader import CatalogLoadReport
from db.storage.database import Database
from desktop.context import AppContext
from desktop.paths import DataPaths
from tests.desktop.window_support import browser_area


def make_context(database: Database, folder: Path) -> AppContext:
    """An application context on an already open test database (catalog loaded)."""
    return AppContext(DataPaths(folder).create(), database,
                      CatalogLoadReport(None, 0, 0, 0, 0, 0), user="amina")


def link_cursor(browser: QTextBrowser, href: str) -> QTextCursor | None:
    """A cursor inside the first link to href, or None if the page has no such link."""
    document = browser.document()
    cursor = QTextCursor(document)
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        if cursor.charFormat().anchorHref() == href:
            return cursor
    return None


def click_link(qtbot, browser: QTextBrowser, href: str) -> None:
    """Click the link as a person would: scroll it into view, press and release on it."""
    cursor = link_cursor(browser, href)
    assert cursor is not None, f"no link to {href}"
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # on the link's second character, not between two
    assert browser.anchorAt(point) == href
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def shown_area(qtbot, context: AppContext):
    """The browser area shown at 1280x720, its follow-up figures loaded."""
    area = browser_area(context)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    qtbot.waitExposed(area)
    area.wait_for_follow_up()
    return area
