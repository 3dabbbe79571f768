"""The main window says which office and database this installation uses."""

from __future__ import annotations

import pytest

from db.offices import setup_office
from desktop.context import open_context
from desktop.main_window import MainWindow


@pytest.fixture
def context(tmp_path):
    ctx = open_context(str(tmp_path / "data"))
    yield ctx
    ctx.close()


def test_window_shows_office_country_regions_and_database(qtbot, context):
    setup_office(context.database, "Djibouti office", "DJ")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.office_panel
    assert "Djibouti office" in panel.office_label.text()
    assert "(DJ)" in panel.country_label.text()
    assert "Sana'a" in panel.regions_label.text()
    assert panel.database_label.text() == str(context.paths.database)
    assert "Djibouti office" in window.statusBar().currentMessage()


def test_window_before_setup_tells_how_to_set_up(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert "tenpoint setup" in window.office_panel.office_label.text()


def test_catalog_summary_lists_the_six_events(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    model = window.catalog_view.model
    assert model.rowCount() == 6
    assert model.item(0, 0).text().startswith("SAN")
    assert model.item(0, 0).rowCount() >= 2  # Summary Report and Selected page at least


def test_catalog_summary_model_is_consistent(qtmodeltester, qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtmodeltester.check(window.catalog_view.model)
