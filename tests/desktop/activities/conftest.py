"""Fixtures of the Activities area tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db.catalog.loader import CatalogLoadReport
from db.installation.office import setup_office
from desktop.context import AppContext
from desktop.paths import DataPaths
from tests.desktop.activities.support import USER
from tests.desktop.window_support import activities_area


@pytest.fixture
def office(database):
    return setup_office(database, "Nairobi", "KE")


@pytest.fixture
def context(database, tmp_path):
    paths = DataPaths(tmp_path / "appdata").create()
    return AppContext(paths, database, CatalogLoadReport(None, 1, 0, 0, 0, 0), user=USER)


@pytest.fixture
def area(qtbot, context, office):
    widget = activities_area(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


class MessageBoxes:
    """Stands in for QMessageBox's static functions: answers as told and records the texts."""

    def __init__(self, monkeypatch) -> None:
        self.answer = QMessageBox.StandardButton.Yes
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._box(kind))

    def _box(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer
        return staticmethod(show)


@pytest.fixture
def boxes(monkeypatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)
