"""The Activities area's counts and labels in each language's own wording: plural forms ("1
activity"), lists, the editor's access keys and the catalog's names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from db.activities.queries import ActivityCounts, action_area_choices, catalog_choices
from db.activities.service import country_options
from db.catalog.browse import OfficeScope
from desktop.activities.editor import ACCESS_LABELS, ActivityEditor
from desktop.activities.filter_bar import ActivityFilterBar, summary_text
from desktop.activities.history import HistoryDialog
from desktop.activities.messages import problem_message
from desktop.activities.picker import ItemPickerDialog
from exporters import problems
from exporters.activity import BY_NAME
from tests.desktop.activities.support import record
from tests.desktop.shared.translation_support import translation

COOPERATION = "Cooperation among key partners"  # action area 1


def test_one_activity_is_counted_in_the_singular():
    assert summary_text(ActivityCounts(1, 1, {"ongoing": 1})) == "1 activity; 1 ongoing"
    assert summary_text(ActivityCounts(0, 0)) == "0 activities"


def test_the_counts_per_status_read_as_a_list_in_the_locales_digits():
    counts = ActivityCounts(2345, 1234, {"planned": 1000, "ongoing": 234}, deleted=1)
    assert summary_text(counts) == \
        "1,234 of 2,345 activities; 1,000 planned, 234 ongoing, and 1 deleted"


def test_a_translation_words_each_count_in_its_plural(tmp_path):
    messages = {("ActivityFilterBar", "%Ln activities"): ("%Ln мероприятие", "%Ln мероприятия",
                                                         "%Ln мероприятий"),
                ("labels", "%Ln ongoing", "activities with this status"): (
                    "%Ln выполняется", "%Ln выполняются", "%Ln выполняются"),
                ("ActivityFilterBar", "{activities}; {by_status}"): "{activities}: {by_status}"}
    with translation(tmp_path, "ru", messages):
        assert summary_text(ActivityCounts(21, 21, {"ongoing": 3})) == \
            "21 мероприятие: 3 выполняются"


def test_the_problems_with_a_count_have_plural_forms():
    assert problem_message("item_codes", problems.UNKNOWN_ITEM_CODE, ("XYZ-1",)) == \
        "This code is not in the catalog: XYZ-1."
    assert problem_message("item_codes", problems.UNKNOWN_ITEM_CODE, ("A", "B", "C")) == \
        "These codes are not in the catalog: A, B, and C."
    assert problem_message("description", problems.TOO_LONG, 20_001) == \
        "This text has 20,001 characters. At most 20,000 characters fit."


def editor_labels(qtbot, context) -> dict[str, str]:
    editor = ActivityEditor(context, catalog_choices(context.database),
                            country_options(context.database, None))
    qtbot.addWidget(editor)
    return {name: label.text() for name, widget in editor.inputs.items()
            for label in editor.findChildren(QLabel) if label.buddy() is widget}


def test_the_editors_access_keys_are_those_of_the_field_labels(qtbot, context, office):
    for name, label in ACCESS_LABELS.items():  # one wording: the declared label, with its &
        assert label.count("&") == 1 and label.replace("&", "") == BY_NAME[name].label
    labels = editor_labels(qtbot, context)
    assert labels["title"] == "&Title:" and labels["status"] == "Stat&us:"
    assert labels["kind"] == "Kind of activity:"


def test_a_language_places_its_own_access_key_and_colon(qtbot, context, office, tmp_path):
    messages = {("ActivityEditor", "&Title"): "&Название",
                ("ActivityEditor", "Stat&us"): "С&татус",
                ("ActivityEditor", "{field}:"): "{field} :"}
    with translation(tmp_path, "ru", messages):
        labels = editor_labels(qtbot, context)
    assert labels["title"] == "&Название :" and labels["status"] == "С&татус :"


def test_a_single_history_entry_is_counted_as_one(qtbot, context, office):
    created = record(context.database)
    dialog = HistoryDialog(context, created.uuid, created.title)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("1 entry.") for text in texts)


def test_the_picker_counts_one_item_in_the_singular(qtbot, context):
    choices = [c for c in catalog_choices(context.database) if not c.retired][:1]
    picker = ItemPickerDialog(choices, set(), scope=OfficeScope(None))
    qtbot.addWidget(picker)
    assert picker.count_label.text() == "1 of 1 item shown; 0 selected"
    picker.view.selectRow(0)
    assert picker.count_label.text() == "1 of 1 item shown; 1 selected"


def test_the_action_areas_are_offered_in_the_persons_language(qtbot, context, tmp_path):
    with translation(tmp_path, "fr", {("catalog", COOPERATION): "Coopération entre "
                                                               "partenaires clés"}):
        bar = ActivityFilterBar(action_area_choices(context.database), [], [])
    qtbot.addWidget(bar)
    combo = bar.area_combo
    assert "1. Coopération entre partenaires clés" in [combo.itemText(i)
                                                       for i in range(combo.count())]


def test_a_toolbar_tooltip_shows_no_access_key_marker(qtbot, area):
    assert area.new_action.toolTip().startswith("New activity (")
    assert "&" not in area.new_action.toolTip()
