"""Headquarters edits the catalog from the browser: the editor's form, its live checks, and the
tree, search and item shown after a change; a field office is offered none of it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.activities.service import create_activity, get_activity
from db.catalog.changes import item_history
from db.installation.office import setup_office
from desktop.browser.area import BrowserArea
from desktop.browser.catalog_editor import CatalogEditDialog
from exporters import catalog_edits as edits
from exporters.activity import ActivityContent
from tests.db.sync.helpers import table_dump
from tests.desktop.browser.helpers import click_link, make_context, shown_area

OLD, SURVIVOR = "DES-SR-III-01", "DES-SR-III-02"


@pytest.fixture
def context(database, tmp_path):
    return make_context(database, tmp_path / "data-folder")


@pytest.fixture
def hq_area(qtbot, context, database):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    return shown_area(qtbot, context)


def open_editor(area: BrowserArea, action: str) -> CatalogEditDialog:
    area.catalog_menu.update_actions()  # as when the menu opens
    entry = area.catalog_menu.actions[action]
    assert entry.isEnabled(), entry.toolTip()
    entry.trigger()
    dialog = area.catalog_menu.edit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_field_office_is_offered_no_editing(qtbot, context, database):
    setup_office(database, "Nairobi office", "KE")
    area = shown_area(qtbot, context)
    assert area.catalog_menu.button.isHidden()


def test_headquarters_adds_an_item_through_the_editor_and_sees_it_in_the_tree(qtbot, hq_area,
                                                                             database):
    area = hq_area
    assert not area.catalog_menu.button.isHidden()
    area.tree_view.setCurrentIndex(area.tree_model.index_of_code("section:SAN-SR-3"))
    dialog = open_editor(area, edits.ADD_ITEM)
    assert dialog.inputs["section_code"].read() == "SAN-SR-3"  # placed where the tree is
    qtbot.keyClicks(dialog.inputs["code"].widget, "san-sr-3-90")
    kind = dialog.inputs["kind"].widget
    kind.setCurrentIndex(kind.findData("recommendation"))
    qtbot.keyClicks(dialog.inputs["label"].widget, "90.")
    dialog.inputs["text"].write("Establish reception centres for mixed flows at the border")
    dialog.inputs["action_areas"].widget.buttons[3].click()
    dialog.note_edit.setPlainText("Agreed at the 2013 follow-up meeting")
    assert dialog.check_now() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    index = area.tree_model.index_of_code("SAN-SR-3-90")
    assert index.isValid()
    assert area.tree_model.node(index.parent()).code == "SAN-SR-3"
    assert area.detail_pane.current_code() == "SAN-SR-3-90"
    page = area.detail_pane.browser.toPlainText()
    assert "Establish reception centres" in page
    assert "Catalog history" in page and "Added" in page and "amina" in page
    assert "Agreed at the 2013 follow-up meeting" in page
    assert [entry.action for entry in item_history(database, "SAN-SR-3-90")] == [edits.ADD_ITEM]
    qtbot.keyClicks(area.search_field, "reception centres")
    qtbot.waitUntil(lambda: area.results_model.row_of_code("SAN-SR-3-90") >= 0, timeout=3000)


def test_a_bad_code_is_worded_beside_its_field_and_nothing_is_written(qtbot, hq_area,
                                                                      database):
    before = table_dump(database, "select code from document order by code")
    dialog = open_editor(hq_area, edits.ADD_DOCUMENT)
    qtbot.keyClicks(dialog.inputs["code"].widget, "NBO-OD")
    dialog.inputs["event_code"].write("NOPE")
    dialog.check_now()
    error = dialog.error_labels["event_code"]
    assert error.isVisible()
    assert error.text() == 'Event: the catalog has nothing with the code "NOPE".'
    assert dialog.error_labels["title"].isHidden()  # not yet filled in: said on Save
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_labels["title"].text() == "Title is required."
    assert table_dump(database, "select code from document order by code") == before
    assert table_dump(database, "select count(*) from catalog_change") == [(0,)]
    qtbot.keyClicks(dialog.inputs["code"].widget, "\b" * 6 + "DES-SR")  # a code in use
    dialog.check_now()
    assert "already has \"DES-SR\"" in dialog.error_labels["code"].text()


def _answer_warnings(monkeypatch, answer) -> list[str]:
    """QMessageBox.warning answers `answer`; the texts it was asked are listed."""
    asked = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return answer
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return asked


def test_esc_asks_before_a_typed_change_is_lost(qtbot, hq_area, database, monkeypatch):
    """Esc on an untouched form closes it; once something is typed it asks first: Cancel
    keeps the form as it was, Discard closes it and nothing is written."""
    dialog = open_editor(hq_area, edits.ADD_DOCUMENT)
    asked = _answer_warnings(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []

    dialog = open_editor(hq_area, edits.ADD_DOCUMENT)
    qtbot.keyClicks(dialog.inputs["code"].widget, "NBO-OD")
    dialog.note_edit.setPlainText("Agreed in Nairobi")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["This catalog change is not saved. Save it?"]
    assert dialog.isVisible() and dialog.inputs["code"].read() == "NBO-OD"
    asked = _answer_warnings(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.close()
    assert len(asked) == 1 and not dialog.isVisible()
    assert table_dump(database, "select count(*) from catalog_change") == [(0,)]


def test_a_2011_item_is_annotated_or_merged_never_corrected(qtbot, hq_area):
    hq_area.select_item(OLD)
    hq_area.catalog_menu.update_actions()
    correct = hq_area.catalog_menu.actions[edits.CORRECT]
    assert not correct.isEnabled()
    assert "printed in the June 2011 compilation" in correct.toolTip()
    assert hq_area.catalog_menu.actions[edits.ANNOTATE].isEnabled()
    assert hq_area.catalog_menu.actions[edits.SUPERSEDE].text().endswith(f"{OLD}…")
    dialog = open_editor(hq_area, edits.ANNOTATE)
    dialog.inputs["text"].write("Read with the 2013 outcome document.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page = hq_area.detail_pane.browser.toPlainText()
    assert "Notes from headquarters" in page
    assert "Read with the 2013 outcome document. (amina" in page


def test_a_merged_item_says_so_links_to_the_survivor_and_hides_until_asked(qtbot, hq_area,
                                                                           database):
    activity = create_activity(database, ActivityContent(
        title="Border officials trained", start_date=date(2024, 3, 1), item_codes=(OLD,)),
        user="amina")
    area = hq_area
    area.select_item(OLD)
    assert area.tree_model.index_of_code(OLD).isValid()
    dialog = open_editor(area, edits.SUPERSEDE)
    assert dialog.inputs["code"].read() == OLD
    qtbot.keyClicks(dialog.inputs["into"].widget.lineEdit(), SURVIVOR)
    dialog.note_edit.setPlainText("Same recommendation, printed twice")
    assert dialog.check_now() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    pane = area.detail_pane
    assert pane.current_code() == OLD
    page = pane.browser.toPlainText()
    assert f"Merged into {SURVIVOR}" in page
    assert "Same recommendation, printed twice" in page  # the history's why
    assert "Show retired items" in pane.notice_label.text()
    assert not area.tree_model.index_of_code(OLD).isValid()  # hidden by default
    assert get_activity(database, activity.uuid).item_codes == (SURVIVOR,)
    area.filter_bar.retired_check.setChecked(True)
    assert area.tree_model.index_of_code(OLD).isValid()
    area.filter_bar.retired_check.setChecked(False)
    assert not area.tree_model.index_of_code(OLD).isValid()
    click_link(qtbot, pane.browser, f"item:{SURVIVOR}")
    assert pane.current_code() == SURVIVOR
    page = pane.browser.toPlainText()
    assert f"{OLD} merged into this item" in page
    assert "Takes the place of" in page
