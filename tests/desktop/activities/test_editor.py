"""The activity editor: messages next to the faulty fields, no silent loss, no overwriting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.activities.queries import ActivityQuery, activity_page, catalog_choices
from db.activities.service import country_options, get_activity, update_activity
from desktop.activities.editor import ActivityEditor
from exporters.activity import ActivityContent
from tests.desktop.activities.support import record, record_of_another_office


@pytest.fixture
def open_editor(qtbot, context, office):
    """Opens an editor (new, or on a record) the way the Activities area does."""
    choices = catalog_choices(context.database)

    def make(saved=None, item_codes=("DES-SR-III-01",)):
        editor = ActivityEditor(context, choices, country_options(context.database, saved),
                                saved, item_codes)
        qtbot.addWidget(editor)
        editor.open()
        return editor
    return make


def own_titles(database) -> list[str]:
    return [r.title for r in activity_page(database, ActivityQuery(), 0, 500) if r.editable]


def test_each_problem_is_named_next_to_its_field(qtbot, open_editor, context):
    editor = open_editor(item_codes=())
    editor.inputs["start_date"].set_value(date(2026, 5, 1))
    editor.inputs["end_date"].set_value(date(2026, 4, 1))
    editor.inputs["title"].setText("x" * 301)
    assert not editor.save()
    errors = {name: box.error() for name, box in editor.boxes.items() if box.error()}
    assert errors == {
        "title": "The title has 301 characters. At most 300 characters fit.",
        "item_codes": "Link at least one catalog item that this activity follows up on.",
        "end_date": "The end date (2026-04-01) is before the start date.",
    }
    assert editor.isVisible() and own_titles(context.database) == []


def test_a_problem_disappears_as_soon_as_it_is_corrected(qtbot, open_editor):
    editor = open_editor()
    assert not editor.save()
    assert editor.boxes["title"].error() == "Give the activity a title."
    qtbot.keyClicks(editor.inputs["title"], "Reception assessment")
    assert editor.boxes["title"].error() == ""
    assert editor.save() and not editor.isVisible()


def test_a_country_typed_that_is_not_in_the_list_is_flagged_not_dropped(qtbot, open_editor):
    editor = open_editor()
    editor.inputs["title"].setText("Typo in the country")
    editor.inputs["country_iso2"].setEditText("Kenyaa")
    assert not editor.save()
    assert "KENYAA" in editor.boxes["country_iso2"].error()
    editor.inputs["country_iso2"].setEditText("kenya (ke)")
    assert editor.current_input().country_iso2 == "KE"



def test_another_country_is_named_next_to_its_field_and_not_saved(qtbot, open_editor, context):
    editor = open_editor()
    editor.inputs["title"].setText("Cross-border visit")
    editor.inputs["country_iso2"].set_value("DJ")
    assert not editor.save()
    assert "\"DJ\" is another country" in editor.boxes["country_iso2"].error()
    assert own_titles(context.database) == []

def test_every_field_is_saved_as_typed(qtbot, open_editor, context):
    editor = open_editor(item_codes=("SAN-SR-3-02",))
    editor.inputs["title"].setText("Coast guard training")
    editor.inputs["description"].setPlainText("Two days\non rescue at sea")
    editor.inputs["country_iso2"].set_value(None)
    editor.inputs["country_iso2"].set_value("KE")
    editor.inputs["lead_organisation"].setText("Coast Guard Command")
    editor.inputs["partners"].setText("IOM, UNHCR")
    editor.inputs["kind"].setCurrentIndex(editor.inputs["kind"].findData("capacity_building"))
    editor.inputs["status"].setCurrentIndex(editor.inputs["status"].findData("completed"))
    editor.inputs["start_date"].set_value(date(2026, 3, 2))
    editor.inputs["progress_notes"].setPlainText("Done")
    editor.inputs["outcome"].setPlainText("40 officers trained")
    editor.inputs["evidence"].setPlainText("https://example.org/report.pdf")
    qtbot.keyClicks(editor.inputs["people_reached"], "40")
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    stored = get_activity(context.database, saved.args[0])
    assert (stored.title, stored.description, stored.country_iso2) == (
        "Coast guard training", "Two days\non rescue at sea", "KE")
    assert (stored.kind, stored.status, stored.start_date, stored.end_date) == (
        "capacity_building", "completed", date(2026, 3, 2), None)
    assert (stored.partners, stored.outcome, stored.people_reached) == (
        "IOM, UNHCR", "40 officers trained", 40)
    assert stored.item_codes == ("SAN-SR-3-02",)


@pytest.mark.parametrize("typed", ["about 50", "12.5", "50+", "1e3"])
def test_people_reached_that_is_no_whole_number_is_refused_next_to_its_field(
        qtbot, open_editor, context, typed):
    """"about 50" is not silently saved as 50: the person is told and decides."""
    editor = open_editor()
    editor.inputs["title"].setText("Outreach day")
    field = editor.inputs["people_reached"]
    qtbot.keyClicks(field, typed)
    assert field.text() == typed  # kept as typed, nothing dropped
    assert editor.is_modified()
    assert not editor.save()
    assert editor.boxes["people_reached"].error() == (
        f"\"{typed}\" is not a whole number. Type the number of people, e.g. 50, or leave "
        "it empty.")
    assert editor.isVisible() and own_titles(context.database) == []
    field.setText("50")
    assert editor.boxes["people_reached"].error() == ""  # re-checked as one types
    assert editor.save()
    assert get_activity(context.database, editor.record.uuid).people_reached == 50


def test_people_reached_below_zero_is_named_as_such(qtbot, open_editor):
    editor = open_editor()
    editor.inputs["title"].setText("Outreach day")
    qtbot.keyClicks(editor.inputs["people_reached"], "-12")
    assert not editor.save()
    assert editor.boxes["people_reached"].error() == (
        "The number of people reached cannot be negative.")


@pytest.mark.parametrize(("answer", "stays_open", "saved_titles"), [
    (QMessageBox.StandardButton.Cancel, True, []),
    (QMessageBox.StandardButton.Discard, False, []),
    (QMessageBox.StandardButton.Save, False, ["Half-typed"]),
], ids=["keep-editing", "discard", "save"])
def test_esc_with_unsaved_changes_asks_first(qtbot, open_editor, boxes, context, answer,
                                             stays_open, saved_titles):
    editor = open_editor()
    qtbot.keyClicks(editor.inputs["title"], "Half-typed")
    boxes.answer = answer
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert boxes.shown[0][1] == "Unsaved changes"
    assert editor.isVisible() == stays_open
    assert own_titles(context.database) == saved_titles


def test_esc_without_changes_just_closes(qtbot, open_editor, boxes):
    editor = open_editor()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and boxes.shown == []


def test_someone_elses_save_is_shown_not_overwritten(qtbot, open_editor, boxes, context):
    saved = record(context.database, "Original")
    editor = open_editor(get_activity(context.database, saved.uuid))
    update_activity(context.database, saved.uuid,
                    ActivityContent(title="Theirs", item_codes=saved.item_codes), "omar")
    editor.inputs["title"].setText("Mine")
    boxes.answer = QMessageBox.StandardButton.No
    assert not editor.save()
    assert "revision 2" in boxes.shown[0][2]
    assert editor.inputs["title"].text() == "Mine"  # still there to copy
    assert get_activity(context.database, saved.uuid).title == "Theirs"
    boxes.answer = QMessageBox.StandardButton.Yes
    assert not editor.save()
    assert editor.inputs["title"].text() == "Theirs" and not editor.is_modified()
    editor.inputs["title"].setText("Both")
    assert editor.save()
    assert get_activity(context.database, saved.uuid).title == "Both"


def test_the_picker_finds_items_by_words_and_links_the_chosen_ones(qtbot, open_editor):
    editor = open_editor()
    editor.inputs["item_codes"].choose_items()
    picker = editor.inputs["item_codes"].picker
    total = picker.filter.rowCount()
    qtbot.keyClicks(picker.search_edit, "trafficking victims")
    assert 0 < picker.filter.rowCount() < total
    linked = picker.filter.index(0, 0)
    picker.view.selectRow(0)
    code = linked.data(Qt.ItemDataRole.UserRole)
    assert picker.chosen_codes() == [code]
    qtbot.mouseClick(picker.buttons.button(picker.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert editor.inputs["item_codes"].value() == ("DES-SR-III-01", code)


def test_the_picker_does_not_offer_an_item_twice(qtbot, open_editor):
    editor = open_editor()
    editor.inputs["item_codes"].choose_items()
    picker = editor.inputs["item_codes"].picker
    picker.search_edit.setText("DES-SR-III-01")
    rows = [picker.filter.index(n, 0) for n in range(picker.filter.rowCount())]
    already = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole) == "DES-SR-III-01")
    assert not already.flags() & Qt.ItemFlag.ItemIsSelectable


def test_removing_linked_items_with_the_delete_key(qtbot, open_editor):
    editor = open_editor(item_codes=("DES-SR-III-01", "SAN-SR-3-02"))
    view = editor.inputs["item_codes"].list_view
    view.setCurrentIndex(editor.inputs["item_codes"].model.index(0, 0))
    view.setFocus()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.inputs["item_codes"].value() == ("SAN-SR-3-02",)
    assert editor.is_modified()


def test_a_deleted_activity_opens_read_only_saying_so(qtbot, open_editor, context):
    from db.activities.service import delete_activity

    saved = record(context.database, "Dropped")
    delete_activity(context.database, saved.uuid, "amina")
    editor = open_editor(get_activity(context.database, saved.uuid))
    assert editor.read_only and "deleted" in editor.banner.text()
    assert editor.buttons.button(editor.buttons.StandardButton.Cancel).text() == "Close"


def placeholders(editor) -> dict[str, str]:
    """The hint each field shows while empty (combo boxes: their line edit's)."""
    shown = {}
    for name, widget in editor.inputs.items():
        target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
        if target is not None and hasattr(target, "placeholderText"):
            shown[name] = target.placeholderText()
    return shown


def test_a_read_only_activity_shows_no_typing_hints_in_its_empty_fields(
        qtbot, open_editor, context):
    from db.activities.service import delete_activity

    editable = open_editor(item_codes=())
    assert placeholders(editable)["title"] == "What is being done, in a line"
    saved = record(context.database, "Dropped")
    delete_activity(context.database, saved.uuid, "amina")
    editor = open_editor(get_activity(context.database, saved.uuid))
    assert editor.read_only
    assert {name: hint for name, hint in placeholders(editor).items() if hint} == {}


def test_the_info_line_names_the_office_that_recorded_the_activity(
        qtbot, open_editor, context):
    editor = open_editor(get_activity(context.database, record(context.database, "Ours").uuid))
    assert editor.info_label.text().startswith("Recorded by Nairobi. Created by ")
    assert "local time, UTC" in editor.info_label.text()
    theirs = record_of_another_office(context.database, "Mogadishu", "SO")
    viewed = open_editor(get_activity(context.database, theirs))
    assert viewed.read_only and viewed.info_label.text().startswith("Recorded by Mogadishu.")
    assert {name: hint for name, hint in placeholders(viewed).items() if hint} == {}


def test_a_pasted_control_character_is_named_and_nothing_is_saved(qtbot, open_editor, context):
    """A NUL pasted from another program: neither database can store it alike, nor can a
    package carry it; the editor says which character, next to the field."""
    editor = open_editor()
    editor.inputs["title"].setText("Border\x00 monitoring")
    assert not editor.save()
    assert "U+0000" in editor.boxes["title"].error()
    assert "control character" in editor.boxes["title"].error()
    assert own_titles(context.database) == []
