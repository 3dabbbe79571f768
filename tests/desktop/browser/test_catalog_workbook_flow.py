"""Headquarters imports a catalog workbook from the browser: a preview of every row, Apply
all-or-nothing off the GUI thread, and the tree showing the new event at once; a workbook
with problems lists them by cell and changes nothing."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from db.catalog.workbook import export_catalog_template
from db.installation.office import setup_office
from tests.db.catalog.test_workbook import OLD, SURVIVOR, everything, filled, new_event_rows
from tests.desktop.browser.helpers import make_context, shown_area


@pytest.fixture
def hq_area(qtbot, database, tmp_path):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    return shown_area(qtbot, make_context(database, tmp_path / "data-folder"))


def previewed(qtbot, area, path):
    area.catalog_menu.with_workbook_flow(lambda flow: flow.import_workbook(path))
    flow = area.catalog_menu.workbook_flow
    qtbot.waitUntil(lambda: flow.worker is None and flow.preview is not None, timeout=30_000)
    return flow, flow.preview


def test_a_workbook_is_previewed_then_applied_and_the_tree_shows_it(qtbot, hq_area, database,
                                                                     tmp_path, monkeypatch):
    area = hq_area
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    path = filled(export_catalog_template(database, tmp_path / "catalog.xlsx"), new_event_rows())
    flow, preview = previewed(qtbot, area, path)
    lines = [preview.rows.item(i).text() for i in range(preview.rows.count())]
    assert len(lines) == 8 and any("NBO-OD-A-02" in line for line in lines)
    assert preview.apply_button.text() == "Apply 8 changes"
    assert area.tree_model.index_of_code("event:NBO").isValid() is False  # not yet
    with qtbot.waitSignal(flow.applied, timeout=30_000):
        preview.accept()
    qtbot.waitUntil(lambda: flow.worker is None, timeout=30_000)
    assert area.tree_model.index_of_code("event:NBO").isValid()
    assert area._lookup.item(OLD).superseded_by == SURVIVOR
    assert said == ["8 changes applied; the catalog is now at edition 8. Offices receive them "
                    "with their next update."]


def test_a_workbook_with_a_problem_lists_its_cell_and_changes_nothing(qtbot, hq_area, database,
                                                                     tmp_path):
    area = hq_area
    rows = new_event_rows()
    rows["Changes"] = [{"Code": OLD, "What to do": "Merge into another item",
                        "Superseded by": OLD}]
    path = filled(export_catalog_template(database, tmp_path / "catalog.xlsx"), rows)
    before = everything(database)
    _flow, preview = previewed(qtbot, area, path)
    assert not preview.can_apply
    problems = [preview.rows.item(i).text() for i in range(preview.rows.count())]
    assert len(problems) == 1
    assert "Changes" in problems[0] and "row 2" in problems[0] and OLD in problems[0]
    assert "cannot be merged into itself" in problems[0]
    assert everything(database) == before
    assert load_workbook(path)["Changes"]["A2"].value  # the file itself is left as it was
