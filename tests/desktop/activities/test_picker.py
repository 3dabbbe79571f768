"""The item picker in the activity editor: the office's regions first, all on request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.activities.queries import catalog_choices
from db.activities.service import country_options
from db.installation.office import setup_office
from desktop.activities.editor import ActivityEditor
from desktop.activities.picker import CODE_ROLE, ItemPickerDialog

OUTSIDE = "SJO-"  # San José: not one of Nairobi's regions


@pytest.fixture
def choices(context):
    return catalog_choices(context.database)


def open_picker(qtbot, context, choices, item_codes=()
                ) -> tuple[ActivityEditor, ItemPickerDialog]:
    """The picker as a person opens it: Add items… in an activity editor (returned too: it
    must outlive the test's look at its picker)."""
    editor = ActivityEditor(context, choices, country_options(context.database, None), None,
                            item_codes)
    qtbot.addWidget(editor)
    editor.open()
    editor.inputs["item_codes"].choose_items()
    return editor, editor.inputs["item_codes"].picker


def shown_codes(picker: ItemPickerDialog) -> list[str]:
    return [picker.filter.index(row, 0).data(CODE_ROLE)
            for row in range(picker.filter.rowCount())]


def event_of(choices) -> dict[str, str]:
    return {choice.code: choice.event_code for choice in choices}


def test_a_field_office_is_offered_its_regions_items_and_can_show_all(
        qtbot, context, office, choices):
    outside = next(c.code for c in choices if c.code.startswith(OUTSIDE) and not c.retired)
    _editor, picker = open_picker(qtbot, context, choices, ("DES-SR-III-01", outside))
    events = event_of(choices)
    shown = shown_codes(picker)
    assert {events[code] for code in shown if code != outside} == {"SAN", "DES"}
    assert outside in shown  # linked already: stays listed, as linked
    assert "of your regions" in picker.count_label.text()
    assert not picker.regions_check.isChecked() and picker.regions_check.isEnabled()
    everything = sum(not c.retired for c in choices)
    assert len(shown) < everything
    qtbot.mouseClick(picker.regions_check, Qt.MouseButton.LeftButton)
    assert picker.filter.rowCount() == everything
    assert f"of {everything} items shown" in picker.count_label.text()
    qtbot.keyClicks(picker.search_edit, OUTSIDE)
    assert picker.filter.rowCount() > 1
    qtbot.mouseClick(picker.regions_check, Qt.MouseButton.LeftButton)
    assert shown_codes(picker) == [outside]


def test_headquarters_is_offered_every_item(qtbot, context, database, choices):
    setup_office(database, "UNHCR HQ", "CH", is_headquarters=True)
    _editor, picker = open_picker(qtbot, context, choices)
    assert picker.filter.rowCount() == sum(not c.retired for c in choices)
    assert picker.regions_check.isChecked() and not picker.regions_check.isEnabled()
