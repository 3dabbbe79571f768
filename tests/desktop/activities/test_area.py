"""The Activities area as a field officer uses it: record, find, edit, trace, copy, delete."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox

from db.activities.queries import ActivityQuery, activity_page
from db.activities.service import get_activity, update_activity
from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.catalog.loader import historical_activity_uuid
from desktop.activities.editor import ActivityEditor
from desktop.activities.table_model import COLUMN_OF_SORT, ROW_ROLE
from desktop.shared.formatting import time_zone_text
from exporters.activity import ActivityContent
from tests.desktop.activities.support import record, record_of_another_office
from tests.desktop.window_support import activities_area

KENYA_HISTORICAL = 32  # the 2011 compilation's, of Sana'a 2008 and Dar es Salaam 2010


def rows_shown(area) -> list:
    return [area.model.index(n, 0).data(ROW_ROLE) for n in range(area.model.rowCount())]


def select(area, title: str) -> None:
    for number, row in enumerate(rows_shown(area)):
        if row.title == title:
            area.view.selectRow(number)
            return
    raise AssertionError(f"{title!r} is not listed")


def save_with_ctrl_s(qtbot, editor) -> None:
    """Shortcuts reach only the active window, as on a desktop."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)



def test_a_country_office_is_offered_only_its_own_country(area):
    area.new_activity(["DES-SR-III-01"])
    combo = area.editor.inputs["country_iso2"]
    assert [combo.itemData(row) for row in range(combo.count())] == [None, "KE"]
    area.editor.inputs["title"].setText("Cross-border visit")
    combo.setEditText("djibouti")  # typed, not offered: named as another country
    assert not area.editor.save()
    assert "\"DJ\" is another country" in area.editor.boxes["country_iso2"].error()
    area.editor.done(0)

def test_record_find_edit_trace_duplicate_and_delete_an_activity(qtbot, area, boxes):
    """The whole daily flow, through the widgets a person uses."""
    area.new_activity(["DES-SR-III-01"])
    editor = area.editor
    assert editor.inputs["item_codes"].value() == ("DES-SR-III-01",)
    assert editor.inputs["country_iso2"].value() == "KE"  # the office's country by default
    qtbot.keyClicks(editor.inputs["title"], "Border officials training")
    editor.inputs["status"].setCurrentIndex(editor.inputs["status"].findData("ongoing"))
    save_with_ctrl_s(qtbot, editor)

    assert rows_shown(area)[0].title == "Border officials training"
    summary = area.filter_bar.summary_label.text()
    assert summary.startswith("1 activity") and "1 ongoing" in summary

    select(area, "Border officials training")
    assert area.open_action.text() == "&Edit"
    area.open_selected()
    editor = area.editor
    editor.inputs["status"].setCurrentIndex(editor.inputs["status"].findData("completed"))
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert rows_shown(area)[0].status == "completed"

    select(area, "Border officials training")
    area.show_history()
    history = area.history.model
    assert history.rowCount() == 2
    newest = [history.index(0, column).data() for column in range(7)]
    assert newest[1:] == ["amina", "Nairobi", "Changed", "Status", "Ongoing", "Completed"]
    area.history.close()

    area.duplicate_selected()
    area.editor.reject()  # nothing changed in the copy: closes without asking
    copies = [r for r in rows_shown(area) if r.title == "Border officials training"]
    assert len(copies) == 2

    select(area, "Border officials training")
    gone = area.selected_row()
    boxes.answer = QMessageBox.StandardButton.Yes
    area.delete_selected()
    assert boxes.shown[-1][0] == "question" and "Show deleted" in boxes.shown[-1][2]
    assert gone.uuid not in {r.uuid for r in rows_shown(area)}
    area.filter_bar.deleted_check.setChecked(True)
    shown = next(r for r in rows_shown(area) if r.uuid == gone.uuid)
    number = rows_shown(area).index(shown)
    assert area.model.index(number, 1).data() == "Deleted (Completed)"
    assert area.model.index(number, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert get_activity(area.context.database, gone.uuid).deleted_at is not None


def test_delete_asks_first_and_no_keeps_the_activity(qtbot, area, boxes):
    record(area.context.database, "Keep me")
    area.refresh()
    select(area, "Keep me")
    boxes.answer = QMessageBox.StandardButton.No
    area.delete_selected()
    assert "Keep me" in [r.title for r in rows_shown(area)]


def test_the_2011_activities_open_read_only_and_cannot_be_deleted(qtbot, area, boxes):
    area.filter_bar.baseline_check.setChecked(True)
    area.filter_bar.item_edit.setText("SAN-SEL-F-01")
    qtbot.waitUntil(lambda: area.model.counts.matching == 1)
    area.view.selectRow(0)
    assert not area.delete_action.isEnabled()
    assert area.open_action.text() == "&View"
    area.delete_selected()
    assert boxes.shown == []  # not even asked
    area.open_selected()
    editor = area.editor
    assert editor.read_only and editor.inputs["title"].isReadOnly()
    assert not editor.save_button.isVisible() and not editor.inputs["status"].isEnabled()
    assert "UNHCR compilation" in editor.banner.text()
    assert editor.info_label.text().startswith("Reported in the June 2011 compilation")
    assert "Created" not in editor.info_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and not editor.save()
    uuid = historical_activity_uuid("SAN-SEL-F-01")
    assert get_activity(area.context.database, uuid).revision == 1


def test_filters_narrow_the_list_and_update_the_counts(qtbot, area):
    database = area.context.database
    record(database, "Coast guard workshop", status="planned", kind="capacity_building")
    record(database, "Asylum law review", status="ongoing", items=("SAN-SR-3-02",))
    area.refresh()
    bar = area.filter_bar
    qtbot.keyClicks(bar.text_edit, "coast GUARD")
    qtbot.waitUntil(lambda: area.model.counts.matching == 1)
    assert bar.summary_label.text() == "1 of 2 activities; 1 planned"
    bar.clear()
    bar.item_edit.setText("SAN-SR-3")
    qtbot.waitUntil(lambda: [r.title for r in rows_shown(area)] == ["Asylum law review"])
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("planned"))
    assert area.model.counts.matching == 0
    assert area.pages.currentIndex() == 1 and "No activity matches" in area.empty_label.text()
    qtbot.mouseClick(area.empty_button, Qt.MouseButton.LeftButton)  # "Clear filters"
    assert area.model.counts.matching == 2 and area.pages.currentIndex() == 0
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("capacity_building"))
    assert [r.title for r in rows_shown(area)] == ["Coast guard workshop"]


def test_clicking_a_header_sorts_the_whole_list(qtbot, area):
    for title in ("beta", "Alpha", "gamma"):
        record(area.context.database, title)
    area.filter_bar.owner_combo.setCurrentIndex(1)  # this office's activities
    header = area.view.horizontalHeader()
    position = header.sectionViewportPosition(COLUMN_OF_SORT["title"]) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(position, 5))
    titles = [r.title for r in rows_shown(area)]
    assert area.model.query.sort == "title"
    assert titles in (["Alpha", "beta", "gamma"], ["gamma", "beta", "Alpha"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(position, 5))
    assert [r.title for r in rows_shown(area)] == list(reversed(titles))


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot, area):
    area.activateWindow()
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.filter_bar.text_edit)


def test_new_activity_without_an_office_says_what_to_do(qtbot, context, boxes):
    widget = activities_area(context)
    qtbot.addWidget(widget)
    widget.new_activity(["DES-SR-III-01"])
    assert widget.editor is None
    assert "no office" in boxes.shown[0][2]


def test_an_item_from_the_browser_opens_the_editor_with_it_linked(qtbot, area):
    area.new_activity(("SAN-SR-3-02", "DES-SR-III-01"))
    assert area.editor.inputs["item_codes"].value() == ("SAN-SR-3-02", "DES-SR-III-01")
    assert area.editor.isVisible() and area.editor.windowTitle() == "New activity"


def test_open_activity_by_uuid_and_a_change_signal_after_saving(qtbot, area):
    saved = record(area.context.database, "From the detail pane")
    area.open_activity(saved.uuid)
    editor = area.editor
    assert editor.inputs["title"].text() == "From the detail pane"
    editor.inputs["title"].setText("Renamed")
    with qtbot.waitSignal(area.activities_changed):
        editor.save()
    assert area.selected_row().title == "Renamed"


def test_column_widths_and_sort_order_are_remembered(qtbot, area, context):
    area.model.sort(COLUMN_OF_SORT["title"], Qt.SortOrder.AscendingOrder)
    area.view.horizontalHeader().setSortIndicator(COLUMN_OF_SORT["title"],
                                                  Qt.SortOrder.AscendingOrder)
    linked = COLUMN_OF_SORT["item_codes"]  # the short columns fit their texts instead
    area.view.horizontalHeader().resizeSection(linked, 377)
    area.save_state()
    again = activities_area(context)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.view.horizontalHeader().sectionSize(linked) == 377
    assert (again.model.query.sort, again.model.query.descending) == ("title", False)


def test_refresh_shows_changes_made_elsewhere_and_keeps_the_selection(qtbot, area):
    saved = record(area.context.database, "Before")
    area.refresh()
    select(area, "Before")
    update_activity(area.context.database, saved.uuid,
                    ActivityContent(title="After", item_codes=saved.item_codes), "omar")
    area.refresh()
    assert area.selected_row().title == "After"
    rows = activity_page(area.context.database, ActivityQuery(), 0, 5)
    assert rows[0].title == "After"


def open_editors(area) -> list[ActivityEditor]:
    return [editor for editor in area.findChildren(ActivityEditor) if editor.isVisible()]


def test_double_clicking_an_activity_opens_one_editor_and_opening_it_again_raises_it(
        qtbot, area, boxes):
    saved = record(area.context.database, "Only one editor")
    area.refresh()
    rect = area.view.visualRect(area.model.index_of(saved.uuid))
    # a double-click as the platform delivers it: press, release, then the double-click
    qtbot.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(open_editors(area)) == 1
    first = open_editors(area)[0]
    area.open_activity(saved.uuid)  # again: from the browser, the Progress area, Enter
    qtbot.keyClick(area.view, Qt.Key.Key_Return)
    assert open_editors(area) == [first] and area.editor is first
    first.inputs["title"].setText("Only one editor, renamed")
    assert first.save()
    assert open_editors(area) == [] and boxes.shown == []  # no stale copy left to complain
    assert get_activity(area.context.database, saved.uuid).title == "Only one editor, renamed"
    area.open_activity(saved.uuid)  # closed: opens afresh, on the saved version
    assert area.editor is not first and area.editor.record.revision == 2


def test_two_activities_open_side_by_side(qtbot, area):
    one, two = record(area.context.database, "One"), record(area.context.database, "Two")
    area.open_activity(one.uuid)
    area.open_activity(two.uuid)
    assert {editor.record.title for editor in open_editors(area)} == {"One", "Two"}


def test_the_2011_baseline_is_shown_only_when_asked_and_only_of_the_offices_regions(
        qtbot, area):
    """A new Kenyan office sees no activities yet, not 67 of every region."""
    bar = area.filter_bar
    assert not bar.baseline_check.isChecked()
    assert area.model.counts.total == 0 and area.pages.currentIndex() == 1
    assert "No follow-up activities are recorded yet" in area.empty_label.text()
    assert COMPILATION_OFFICE_UUID not in [bar.owner_combo.itemData(n)
                                           for n in range(bar.owner_combo.count())]
    bar.baseline_check.setChecked(True)
    rows = rows_shown(area)
    assert len(rows) == KENYA_HISTORICAL and area.pages.currentIndex() == 0
    assert {code.split("-")[0] for row in rows for code in row.item_codes} == {"SAN", "DES"}
    column = COLUMN_OF_SORT["updated_at"]
    assert area.model.index(0, column).data() == "June 2011"
    assert area.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == (
        "Reported in the June 2011 compilation")
    bar.clear()
    assert not bar.baseline_check.isChecked() and area.model.counts.total == 0


def test_refresh_offers_an_office_whose_activities_just_arrived(qtbot, area):
    """At headquarters, an office imported a moment ago is in "All offices" at once."""
    bar = area.filter_bar

    def owners() -> list[str]:
        return [bar.owner_combo.itemText(n) for n in range(bar.owner_combo.count())]
    assert "Kampala" not in owners()
    bar.owner_combo.setCurrentIndex(1)  # this office
    kampala = record_of_another_office(area.context.database, "Kampala", "UG")
    area.refresh()
    assert "Kampala" in owners()
    assert bar.owner_combo.currentText() == "Nairobi"  # the choice made is kept
    bar.owner_combo.setCurrentIndex(bar.owner_combo.findText("Kampala"))
    assert [row.uuid for row in rows_shown(area)] == [kampala]


def test_short_columns_fit_their_texts_and_the_title_takes_the_rest(qtbot, area, context):
    """At 1366 pixels no date, sync state or office is cut off, even after a layout saved
    before the columns fitted their texts is restored."""
    record(context.database, "Well-founded fear")
    area.refresh()
    area.resize(1366, 700)
    area.save_state()
    again = activities_area(context)
    qtbot.addWidget(again)
    again.resize(1366, 700)
    again.show()
    again.restore_state()
    names = ("start_date", "end_date", "sync", "owner", "updated_at")
    for view in (area.view, again.view):
        header = view.horizontalHeader()
        assert header.sectionResizeMode(COLUMN_OF_SORT["title"]) == QHeaderView.ResizeMode.Stretch

        def fitted(view=view, header=header) -> bool:
            return all(header.sectionSize(COLUMN_OF_SORT[name]) >= max(
                view.sizeHintForColumn(COLUMN_OF_SORT[name]),
                header.sectionSizeHint(COLUMN_OF_SORT[name])) for name in names)
        qtbot.waitUntil(fitted)
        for name in names:  # sized to their texts by the area (ShareKeeper), not by the person
            column = COLUMN_OF_SORT[name]
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed


def test_last_changed_shows_an_iso_date_in_local_time_and_says_so(area, context):
    saved = record(context.database, "Well-founded fear")
    area.refresh()
    index = area.model.index_of(saved.uuid).siblingAtColumn(COLUMN_OF_SORT["updated_at"])
    local = saved.updated_at.astimezone()
    assert index.data().startswith(local.date().isoformat() + " ")
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith(
        f", local time ({time_zone_text(saved.updated_at)})")
    assert "local time (UTC" in area.model.headerData(
        COLUMN_OF_SORT["updated_at"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
