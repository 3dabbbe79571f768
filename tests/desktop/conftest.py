"""Qt tests run offscreen, with Qt warnings treated as failures (pytest-qt's qt_log_level_fail)."""

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.opening import open_context
from desktop.translations import ENGLISH, language_switcher
from tools.translations.update import compile_all


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The interface in English as the application starts it: with the English plural forms
    ("1 activity"), from translation files compiled as dev.sh compiles them."""
    compile_all()
    language_switcher(qapp).switch(ENGLISH)


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A modal message box nobody answers would hang the run: fail the test instead, naming
    the box. Tests that expect one replace these again (the boxes fixture of
    tests/desktop/activities/conftest.py)."""
    def refuse(kind):
        def show(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected modal QMessageBox.{kind}: {title!r}: {text!r}")
        return staticmethod(show)
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, refuse(kind))


@pytest.fixture
def app_context(catalog_template, tmp_path):
    """An AppContext on a fresh data folder whose database already holds the catalog."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(catalog_template, data / "tenpoint.sqlite")
    context = open_context(str(data))
    yield context
    context.close()
