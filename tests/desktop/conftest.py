"""Qt tests run offscreen, with Qt warnings treated as failures (pytest-qt's qt_log_level_fail)."""

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.context import open_context  # noqa: E402  (after the platform is chosen)


@pytest.fixture
def app_context(catalog_template, tmp_path):
    """An AppContext on a fresh data folder whose database already holds the catalog."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(catalog_template, data / "tenpoint.sqlite")
    context = open_context(str(data))
    yield context
    context.close()
