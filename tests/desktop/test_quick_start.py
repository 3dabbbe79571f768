"""The quick start: the main window shows the real catalog and activities before the database
is open, and what a person asks for meanwhile waits for it instead of failing."""

from __future__ import annotations

import shutil

import pytest

from db.activities.service import create_activity
from db.installation.office import setup_office
from db.storage.database import open_database
from desktop.activities.table_model import COLUMN_OF_SORT
from desktop.context import quick_context
from desktop.database_side import DatabaseSide
from desktop.main_window import MainWindow
from desktop.opening import open_context
from exporters.activity import ActivityContent


@pytest.fixture
def data_dir(catalog_template, tmp_path):
    """A data folder whose database holds the catalog, an office and one activity."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(catalog_template, data / "tenpoint.sqlite")
    database = open_database(data / "tenpoint.sqlite")
    setup_office(database, "Nairobi", "KE")
    create_activity(database, ActivityContent(title="Border training",
                                            item_codes=("DES-SR-III-01",)), "amina")
    database.close()
    return data


@pytest.fixture
def quick_window(qtbot, data_dir):
    context = quick_context(str(data_dir))
    assert context is not None and not context.ready
    window = MainWindow(context)
    qtbot.addWidget(window)
    yield window
    window.browser.wait_for_follow_up()
    context.close()


def shown(window: MainWindow) -> tuple[list, list]:
    """The tree's rows (two levels) and the list's titles, as a person sees them."""
    tree = window.browser.tree_model
    rows = []
    for event in range(tree.rowCount()):
        parent = tree.index(event, 0)
        rows.append(parent.data())
        rows += [tree.index(row, 0, parent).data() for row in range(tree.rowCount(parent))]
    table = window.activities.model
    titles = [table.index(row, COLUMN_OF_SORT["title"]).data()
              for row in range(table.rowCount())]
    return rows, titles


def test_the_quick_window_shows_what_the_full_one_shows(qtbot, data_dir, quick_window):
    full_context = open_context(str(data_dir))
    try:
        full = MainWindow(full_context, DatabaseSide(full_context))
        qtbot.addWidget(full)
        assert shown(quick_window) == shown(full)
        assert "Border training" in shown(quick_window)[1]
        full.browser.wait_for_follow_up()
    finally:
        full_context.close()


def test_new_activity_before_the_database_is_open_waits_for_it(qtbot, data_dir, quick_window):
    quick_window.new_activity()  # Ctrl+N in the first second
    assert quick_window.activities.editor is None
    assert not quick_window.tabs.isTabEnabled(
        quick_window.tabs.indexOf(quick_window.sync_placeholder))
    quick_window.attach(DatabaseSide(open_context(str(data_dir))))
    editor = quick_window.activities.editor
    assert editor is not None and editor.isVisible()
    assert quick_window.office_status.text().startswith("Office: Nairobi")
    assert quick_window.tabs.isTabEnabled(quick_window.tabs.indexOf(quick_window.sync))
    editor.reject()


def test_a_search_typed_before_the_database_is_open_is_answered_after(qtbot, data_dir,
                                                                       quick_window):
    browser = quick_window.browser
    browser.search_field.setText("detention")
    browser._search_now()  # Enter: no waiting for the typing pause
    assert browser.views.currentWidget() is browser.tree_view
    quick_window.attach(DatabaseSide(open_context(str(data_dir))))
    assert browser.views.currentWidget() is browser.results_view
    assert browser.results_model.rowCount() > 0
    with qtbot.waitSignal(browser.follow_up_updated, timeout=10_000):
        pass  # the follow-up figures are counted once the database is open


def test_no_quick_start_for_a_new_data_folder(tmp_path):
    assert quick_context(str(tmp_path / "new")) is None
