"""The Progress area as a person uses it: figures for the filters, drill-down from a chart to
the items, a target opened, late follow-up per office, and the report exported."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.progress.charts import ROW_HEIGHT
from desktop.shared.folders import REPORT, last_folder
from tests.desktop.progress.helpers import make, show_page, wait_for_figures
from tests.desktop.window_support import main_window


def table_rows(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_coverage_shows_every_event_with_its_figures_in_chart_and_table(area):
    rows = {row[0]: row for row in table_rows(area.coverage_page.table)}
    assert list(rows) == ["Sana'a 2008", "Dakar 2008", "San José 2009", "Dar es Salaam 2010",
                          "Almaty 2011", "Manila 2010"]
    des = rows["Dar es Salaam 2010"]
    assert des[1:3] == ["1", "1"]  # completed, ongoing
    assert des[-3:] == ["155", "1 %", "10"]  # items, followed up, reported in 2011
    chart = area.coverage_page.chart
    assert chart.group_count() == 6
    assert area.coverage_page.summary_label.text().startswith(
        "Items with follow-up: 2 of 575 (0 %). The 2011 compilation reported ")


def test_a_filter_narrows_the_figures(qtbot, area):
    bar = area.filter_bar
    bar.country_combo.setCurrentIndex(bar.country_combo.findData("TZ"))
    qtbot.waitUntil(lambda: area.shown["coverage"] is not None
                    and area.shown["coverage"].scope.country_iso2 == "TZ", timeout=10_000)
    des = {row[0]: row for row in table_rows(area.coverage_page.table)}["Dar es Salaam 2010"]
    assert des[1:3] == ["0", "1"]
    assert "Tanzania" in area.status_label.text()
    bar.clear_button.click()
    qtbot.waitUntil(lambda: area.shown["coverage"] is not None
                    and area.shown["coverage"].scope.country_iso2 is None, timeout=10_000)


def test_a_click_on_a_bar_lists_the_items_behind_it_and_opens_one(qtbot, area):
    page = area.coverage_page
    page.chart.click(3, 0)  # Dar es Salaam, completed
    qtbot.waitUntil(lambda: page.items.model().rowCount() == 1, timeout=10_000)
    assert table_rows(page.items)[0][0] == "DES-SR-I-01"
    assert "Dar es Salaam 2010: Completed: 1 item. Double-click it" in page.items_label.text()
    with qtbot.waitSignal(area.item_open_requested) as opened:
        page.items.activated.emit(page.items.model().index(0, 0))
    assert opened.args == ["DES-SR-I-01"]


def test_a_click_on_a_number_lists_the_items_without_follow_up(qtbot, area):
    page = area.coverage_page
    none_column = 6
    page.table.clicked.emit(page.table.model().index(3, none_column))
    qtbot.waitUntil(lambda: page.items.model().rowCount() == 153, timeout=10_000)


def test_grouping_by_action_area(qtbot, area):
    page = area.coverage_page
    page.grouping_combo.setCurrentIndex(page.grouping_combo.findData("area"))
    qtbot.waitUntil(lambda: area.shown["coverage"].grouping == "area", timeout=10_000)
    assert page.table.model().rowCount() == 10
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Action area"


def test_a_target_opened_shows_its_countries_activities_and_gap(qtbot, app_context, area):
    make(app_context, ["DES-AP-I-T1"], title="Review in Kenya", country="KE")
    area.refresh()
    show_page(qtbot, area, "targets")
    assert any(target.achieved for target in area.shown["targets"].targets)
    page = area.targets_page
    assert page.table.model().rowCount() == 25
    # Each target's label gets its row: the chart scrolls rather than eliding them.
    assert page.chart.minimumHeight() >= 25 * ROW_HEIGHT
    page.chart.click(0, 0)  # the first target, DES-AP-I-T1
    assert "DES-AP-I-T1" in page.detail_label.text()
    assert "Kenya" in page.detail_label.text() and "3 to go" in page.detail_label.text()
    qtbot.waitUntil(lambda: page.activities.model().rowCount() == 1, timeout=10_000)
    assert table_rows(page.activities)[0][0] == "Review in Kenya"
    with qtbot.waitSignal(area.activity_open_requested):
        page.activities.activated.emit(page.activities.model().index(0, 0))


def test_late_follow_up_per_office(qtbot, area):
    assert area.shown["late"] is None  # read only once its page is shown
    show_page(qtbot, area, "late")
    page = area.late_page
    assert table_rows(page.offices) == [["UNHCR HQ", "1", "1", "0"]]
    assert [row[0] for row in table_rows(page.late)] == ["Ratification"]
    page.offices.clicked.emit(page.offices.model().index(0, 0))
    qtbot.waitUntil(lambda: "UNHCR HQ:" in page.late_label.text(), timeout=10_000)


def test_the_window_has_a_progress_tab_that_reads_when_shown_and_opens_what_it_lists(
        qtbot, app_context, headquarters):
    window = main_window(app_context)
    qtbot.addWidget(window)
    window.show()
    progress = window.progress
    assert window.tabs.tabText(3) == "&Progress" and progress is not None
    qtbot.wait(200)
    # Hidden behind the first tab, the area reads nothing at start-up or after an edit.
    make(app_context, ["DES-SR-I-01"], title="New one")
    window.activities.activities_changed.emit()
    qtbot.wait(200)
    assert progress.shown["coverage"] is None and not progress.loader.running()
    window.tabs.setCurrentWidget(progress)
    wait_for_figures(qtbot, progress)
    assert progress.shown["coverage"].rows[3].followed_up == 1  # the edit made meanwhile
    progress.item_open_requested.emit("DES-SR-I-01")
    assert window.tabs.currentWidget() is window.browser
    progress.wait_for_reads()


def test_export_report_writes_the_workbook_off_the_gui_thread(qtbot, area, tmp_path,
                                                                monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    path = tmp_path / "report.xlsx"
    area.report_export.write(area.filter_bar.scope(), path)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    # The next report's dialog opens where this one went.
    assert last_folder(area.context.settings, REPORT) == str(tmp_path)
    assert path.exists() and "2 activities" in shown[0]


def test_activity_over_time_by_year_and_status_drills_to_the_activities(qtbot, area):
    show_page(qtbot, area, "timeline")
    page = area.timeline_page
    rows = table_rows(page.table)
    assert [row[0] for row in rows] == [str(datetime.now(UTC).year)]  # recorded this year
    assert rows[0][1:3] == ["1", "1"] and rows[0][-1] == "2"  # completed, ongoing; in all
    page.chart.click(0, 1)  # this year, ongoing
    qtbot.waitUntil(lambda: page.activities.model().rowCount() == 1, timeout=10_000)
    assert table_rows(page.activities)[0][0] == "Ratification"
    with qtbot.waitSignal(area.activity_open_requested):
        page.activities.activated.emit(page.activities.model().index(0, 0))
