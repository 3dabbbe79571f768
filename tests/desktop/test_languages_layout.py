"""What the screenshots in Arabic, Russian and a pseudo-translation (every text 40% longer)
found, kept found: texts that lose their room, a window not mirrored, mixed directions."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTableView, QWidget

from db.activities.service import create_activity
from db.errors import DatabaseTooNewError
from db.installation.office import setup_office
from db.models import CatalogItem
from db.sync.importing import ACCEPTED, REJECTED, ImportPreview, PackageOutcome
from desktop.activities.area import TITLE_SHARE, ActivitiesArea
from desktop.activities.history import NEW_VALUE, OLD_VALUE, VALUES_SHARE, HistoryDialog
from desktop.activities.table_model import COLUMN_OF_SORT
from desktop.browser.catalog_editor import code_combo, set_combo_code
from desktop.browser.detail_html import _merged_box, _table
from desktop.browser.filter_bar import FilterBar
from desktop.browser.search_field import SearchField
from desktop.browser.tree_model import TEXT_COLUMN, CatalogTreeModel
from desktop.browser.views import TEXT_SHARE, CatalogTreeView
from desktop.progress.charts import BarChart
from desktop.progress.tables import figures_over_detail
from desktop.shared.bidi import (
    LEFT_TO_RIGHT_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    plain,
    select_row,
    starts_right_to_left,
)
from desktop.shared.column_share import FLOOR, shared_widths
from desktop.shared.flow_layout import FlowLayout, combo_wanted_width
from desktop.shared.messages import error_message
from desktop.sync.area import SyncArea
from desktop.sync.preview_dialog import ImportPreviewDialog
from exporters.problems import Problem
from tests.db.sync.helpers import sample
from tests.desktop.shared.translation_support import translation
from tests.desktop.window_support import activities_area, browser_area

LONG = "Ŝţàţûŝ ďé ļà ďéŕñîèŕé ŝûîţé ďöññéé àû ŝûîvî ŵŵŵŵŵ ŵŵŵŵŵ ŵŵŵ"


@contextmanager
def right_to_left():
    app = QGuiApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_catalog_text_keeps_its_share_of_the_tree_under_a_long_translation(
        qtbot, tmp_path):
    messages = {("CatalogTreeView", "Latest status"): LONG,
                ("CatalogTreeView", "No follow-up yet"): LONG,
                ("CatalogTreeView", "999 of 999"): "999 ŵŵŵŵŵ ŵŵŵŵŵ ŵŵŵŵŵ 999"}
    with translation(tmp_path, "fr", messages):
        view = CatalogTreeView(CatalogTreeModel())
    qtbot.addWidget(view)
    view.resize(720, 400)
    view.show()
    qtbot.waitExposed(view)
    width = view.viewport().width()
    assert view.header().sectionSize(TEXT_COLUMN) >= width * TEXT_SHARE - 2


def test_the_tree_columns_keep_their_widths_where_there_is_room(qtbot):
    view = CatalogTreeView(CatalogTreeModel())
    qtbot.addWidget(view)
    view.resize(1300, 400)
    view.show()
    qtbot.waitExposed(view)
    for column, wanted in view.wanted_widths.items():
        assert view.header().sectionSize(column) == wanted


def test_the_search_placeholder_isolates_its_examples_and_shortcut(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    text = field.placeholderText()
    for piece in ("detention", "DES-SR-VIII"):
        assert f"{LEFT_TO_RIGHT_ISOLATE}{piece}{POP_DIRECTIONAL_ISOLATE}" in text
    assert plain(text).startswith("Search codes and texts, e.g. detention or DES-SR-VIII (")


def test_the_item_facts_put_their_names_on_the_right_in_arabic():
    rows = [("Name", "value")]
    assert _table(rows).index("Name") < _table(rows).index("value")
    with right_to_left():
        mirrored = _table(rows)
    assert mirrored.index("value") < mirrored.index("Name")
    assert "padding-left" in mirrored


def test_a_chart_is_mirrored_in_arabic(qtbot):
    with right_to_left():
        chart = BarChart(["a", "b"])
    qtbot.addWidget(chart)
    assert chart.values.isReverse()
    assert chart.categories.alignment() == Qt.AlignmentFlag.AlignRight
    plain_chart = BarChart(["a", "b"])
    qtbot.addWidget(plain_chart)
    assert not plain_chart.values.isReverse()
    assert plain_chart.categories.alignment() == Qt.AlignmentFlag.AlignLeft


def test_the_other_columns_give_up_header_room_first_then_narrow_alike():
    wanted, least = {1: 300, 2: 100, 3: 100}, {1: 100, 2: 100, 3: 100}
    assert shared_widths(wanted, 1000, least) == wanted
    assert shared_widths(wanted, 400, least) == {1: 200, 2: 100, 3: 100}
    assert shared_widths(wanted, 150, least) == {1: 50, 2: 50, 3: 50}
    assert shared_widths({1: 100}, 10, None) == {1: FLOOR}


def listed_activities(qtbot, app_context, width: int) -> ActivitiesArea:
    """The Activities area with two activities listed, at width."""
    setup_office(app_context.database, "Nairobi", "KE")
    create_activity(app_context.database, sample(), "amina")
    create_activity(app_context.database, sample(title="Statelessness mapping",
                                                 status="planned"), "amina")
    area = activities_area(app_context)
    qtbot.addWidget(area)
    area.resize(width, 600)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: area.view.isVisible() and area.model.rowCount() == 2)
    return area


def test_the_activity_title_keeps_its_share_under_a_long_translation(qtbot, tmp_path,
                                                                      app_context):
    long_headers = {("ActivityTableModel", header): LONG for header in (
        "Status", "Sync", "Kind", "Linked items", "Country", "Lead organisation", "Start",
        "End", "Recorded by", "Last changed")}
    with translation(tmp_path, "fr", long_headers):
        area = listed_activities(qtbot, app_context, 1366)
        view = area.view
        title = COLUMN_OF_SORT["title"]
        width = view.viewport().width()
        qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(title)
                        >= width * TITLE_SHARE - 2)
        header = view.horizontalHeader()
        shown = sum(header.sectionSize(c) for c in range(header.count()))
        assert shown <= width + 2  # no column pushed out of sight
        assert view.model().headerData(COLUMN_OF_SORT["status"], Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole) == LONG


def test_the_activity_columns_fit_their_headers_where_there_is_room(qtbot, app_context):
    area = listed_activities(qtbot, app_context, 1800)
    header = area.view.horizontalHeader()
    status = COLUMN_OF_SORT["status"]
    qtbot.waitUntil(lambda: header.sectionSize(status) >= header.sectionSizeHint(status))
    for name in ("kind", "owner", "updated_at", "item_codes"):
        column = COLUMN_OF_SORT[name]
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
        assert header.sectionSize(column) >= area.view.sizeHintForColumn(column) \
            or name == "item_codes"


def test_a_filter_list_shows_its_choice_whole_and_the_row_wraps(qtbot, tmp_path):
    long_choice = "Wíth ör wíthöüt föllöw-üp ŵŵŵŵŵ ŵŵŵŵŵ"
    with translation(tmp_path, "fr", {("FilterBar", "With or without follow-up"): long_choice,
                                      ("FilterBar", "Show retired items"): LONG}):
        bar = FilterBar()
    qtbot.addWidget(bar)
    bar.resize(900, 200)
    bar.show()
    qtbot.waitExposed(bar)
    combo = bar.follow_up_combo
    assert combo.currentText() == long_choice
    qtbot.waitUntil(lambda: combo.width() >= combo_wanted_width(combo))
    assert bar.retired_check.width() >= bar.retired_check.sizeHint().width()
    assert bar.retired_check.y() > combo.y()  # on a second line
    assert bar.layout().heightForWidth(900) > bar.layout().heightForWidth(5000)


def test_wrapped_buttons_keep_their_texts_in_right_to_left_too(qtbot):
    with right_to_left():
        row = QWidget()
        layout = FlowLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = [QPushButton(text) for text in (LONG, LONG, "OK")]
        for button in buttons:
            layout.addWidget(button)
        qtbot.addWidget(row)
        row.resize(buttons[0].sizeHint().width() + 40, layout.heightForWidth(
            buttons[0].sizeHint().width() + 40))
        row.show()
        qtbot.waitExposed(row)
        for button in buttons:
            assert button.width() >= button.sizeHint().width()
        assert buttons[1].y() > buttons[0].y()
        # mirrored: each line starts at the right edge
        assert buttons[0].geometry().right() == row.width() - 1
        assert buttons[2].geometry().right() == row.width() - 1


def test_the_sync_side_panel_wraps_its_import_buttons_under_a_long_translation(
        qtbot, tmp_path, app_context):
    messages = {("SyncArea", text): f"{text} ŵŵŵŵŵ ŵŵŵŵŵ ŵŵŵŵŵ" for text in (
        "Import &files...", "Import a f&older...", "Trusted &keys...")}
    with translation(tmp_path, "fr", messages):
        area = SyncArea(app_context)
    qtbot.addWidget(area)
    area.resize(1366, 700)
    area.show()
    qtbot.waitExposed(area)
    buttons = (area.import_files_button, area.import_folder_button, area.keys_button)
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
    label = area.import_label
    assert label.height() >= label.heightForWidth(label.width())  # the intro not clipped


def test_the_chart_legend_shows_long_names_whole_on_several_lines(qtbot):
    names = [LONG, "Öñgöíñg ŵŵŵŵŵ", LONG + " 2"]
    chart = BarChart(names)
    split = figures_over_detail(chart, QTableView(), QLabel(), QTableView())
    qtbot.addWidget(split)
    split.resize(700, 600)
    split.show()
    qtbot.waitExposed(split)
    legend = chart.legend_row
    assert not chart.chart_.legend().isVisible()
    assert [label.text() for label in legend.names] == names
    for label in legend.names:
        assert label.width() >= label.sizeHint().width()
    chart.set_series_names(["a", "b", "c"])
    assert [label.text() for label in legend.names] == ["a", "b", "c"]


def test_a_path_in_an_error_message_keeps_its_direction_in_arabic(qtbot):
    error = DatabaseTooNewError("/home/amina/tenpoint.sqlite", "0009", "0007", "2.1.0")
    assert LEFT_TO_RIGHT_ISOLATE not in error_message(error)  # the command line's text
    with right_to_left():
        text = error_message(error)
    assert f"{LEFT_TO_RIGHT_ISOLATE}/home/amina/tenpoint.sqlite{POP_DIRECTIONAL_ISOLATE}" \
        in text


def test_the_chart_legend_stays_in_view_while_a_long_chart_scrolls(qtbot):
    chart = BarChart([LONG, "Öñgöíñg ŵŵŵŵŵ"])
    events = [f"Event {number}" for number in range(40)]
    chart.set_data(events, [[1.0] * 40, [2.0] * 40])  # taller than the room it gets
    table = QTableView()
    split = figures_over_detail(chart, table, QLabel(), QTableView())
    qtbot.addWidget(split)
    split.resize(1300, 500)
    split.show()
    qtbot.waitExposed(split)
    legend = chart.legend_row
    scroll = split.findChild(QScrollArea)
    assert not scroll.isAncestorOf(legend)  # the chart scrolls, its legend does not
    qtbot.waitUntil(lambda: legend.visibleRegion().boundingRect().height() == legend.height())
    assert legend.mapTo(split, legend.rect().bottomLeft()).y() < split.height()
    assert abs(legend.width() - table.width()) < 20  # the legend takes no room from the table


def test_a_table_row_is_selected_right_to_left_before_the_columns_fill_the_table(qtbot):
    with right_to_left():
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(QStandardItemModel(3, 2))
        view.resize(600, 300)  # two narrow columns: nothing under the right edge
        select_row(view, 1)
        assert [index.row() for index in view.selectionModel().selectedRows()] == [1]
        assert view.currentIndex().row() == 1


def test_the_import_preview_opens_on_a_package_with_its_tabs_named_in_arabic(qtbot):
    problem = Problem("b.xlsx", "Activities", 3, "Title", None, "required")
    preview = ImportPreview((PackageOutcome("a.xlsx", ACCEPTED, unchanged=3),
                             PackageOutcome("b.xlsx", REJECTED, problems=(problem,))), ())
    with right_to_left():
        dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.selected_outcome().file == "b.xlsx"  # the rejected one, to read first
    tabs = [dialog.details.tabText(index) for index in range(dialog.details.count())]
    assert all(tabs) and "b.xlsx" in tabs[1]


def test_a_code_chosen_in_a_catalog_list_shows_its_code_not_the_end_of_its_title(qtbot):
    title = "Ensuring protection for refugees arriving in mixed migratory movements " * 2
    combo = code_combo([("DES-SR-III", title), ("DES-SR-IV", title)], optional=False)
    qtbot.addWidget(combo)
    combo.resize(300, 30)
    combo.show()
    qtbot.waitExposed(combo)
    set_combo_code(combo, "DES-SR-III")
    assert combo.currentText().startswith("DES-SR-III")
    assert combo.lineEdit().cursorPosition() == 0


def test_the_history_keeps_room_for_the_old_and_new_values_under_a_long_translation(
        qtbot, tmp_path, app_context):
    setup_office(app_context.database, "Nairobi", "KE")
    record = create_activity(app_context.database, sample(), "amina")
    long_headers = {("HistoryModel", header): LONG for header in (
        "When", "Who", "Office", "What", "Field")}
    with translation(tmp_path, "fr", long_headers), right_to_left():
        dialog = HistoryDialog(app_context, record.uuid, record.title)
        qtbot.addWidget(dialog)
        dialog.resize(1000, 560)
        dialog.show()
        qtbot.waitExposed(dialog)
        view = dialog.view
        header = view.horizontalHeader()
        width = view.viewport().width()
        qtbot.waitUntil(lambda: header.sectionSize(OLD_VALUE) >= width * VALUES_SHARE - 2)
        assert header.sectionSize(NEW_VALUE) >= header.sectionSizeHint(NEW_VALUE) \
            or header.sectionSize(NEW_VALUE) >= width * VALUES_SHARE / 2
        shown = sum(header.sectionSize(c) for c in range(header.count()))
        assert shown <= width + 2  # no column pushed out of sight
        assert view.selectionModel().selectedRows()  # the newest entry, selected


def test_a_retired_item_keeps_its_english_text_left_to_right_in_arabic(qtbot, tmp_path,
                                                                       app_context):
    with app_context.database.session() as session:
        session.get(CatalogItem, "SAN-SR-1-01").retired = True
    marker = {("CatalogTreeModel", "(retired) {text}"): "(مستبعد) {text}"}
    with translation(tmp_path, "ar", marker), right_to_left():
        area = browser_area(app_context)
        qtbot.addWidget(area)
        area.filter_bar.retired_check.setChecked(True)
        index = area.tree_model.index_of_code("SAN-SR-1-01")
        text = index.siblingAtColumn(TEXT_COLUMN).data()
    assert "(مستبعد)" in text
    assert not starts_right_to_left(text)  # the row runs, and is cut, as its English text


def test_a_merged_item_s_english_excerpt_is_a_paragraph_of_its_own(qtbot):
    item = SimpleNamespace(superseded_by="DES-SR-III-02",
                           superseded_by_text="Capacity-building efforts should be increased")
    with right_to_left():
        document = QTextDocument()
        document.setHtml(_merged_box(item))
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block.text())
        block = block.next()
    excerpt = [text for text in blocks if "Capacity-building" in text]
    assert excerpt and "Merged into" not in excerpt[0]
    assert not starts_right_to_left(excerpt[0])



def test_the_linked_item_field_s_example_is_whole_in_its_tip_under_a_long_translation(
        qtbot, tmp_path, app_context):
    hint = "Ítém çödé, é.g. DÉŠ-ŠR-ÍÍÍ-01 ŵŵŵŵŵ ŵŵŵŵŵ ŵŵŵŵŵ"
    with translation(tmp_path, "fr", {("ActivityFilterBar", "Item code, e.g. DES-SR-III-01"):
                                      hint}):
        area = listed_activities(qtbot, app_context, 1366)
    edit = area.filter_bar.item_edit
    assert edit.placeholderText() == hint
    assert edit.toolTip() == hint  # the field is narrower than its example: whole here
    assert area.minimumSizeHint().width() < 1366  # the field never widens the window
