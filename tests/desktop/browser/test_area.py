"""The browser as a person uses it: search, filters, regions, the detail pane and its links."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from db.activities.service import create_activity
from db.installation.office import setup_office
from db.models import CatalogItem
from desktop.browser.area import BrowserArea
from desktop.browser.results_model import HTML_ROLE
from desktop.browser.tree_model import CODE_COLUMN, STATUS_COLUMN
from exporters.activity import ActivityContent
from tests.desktop.browser.helpers import click_link, link_cursor, make_context
from tests.desktop.window_support import browser_area


@pytest.fixture
def context(database, tmp_path):
    return make_context(database, tmp_path / "data-folder")


@pytest.fixture
def office(database):
    return setup_office(database, "Nairobi office", "KE")


@pytest.fixture
def area(qtbot, context, office):
    widget = browser_area(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.wait_for_follow_up()
    return widget


def top_level(area: BrowserArea) -> list[str]:
    model = area.tree_model
    return [model.index(row, CODE_COLUMN).data() for row in range(model.rowCount())]


def tree_items(area: BrowserArea) -> list:
    model = area.tree_model
    nodes, stack = [], [model.index(row, 0) for row in range(model.rowCount())]
    while stack:
        index = stack.pop()
        node = model.node(index)
        if node.level == "item":
            nodes.append(node)
        stack += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return nodes


def type_search(qtbot, area: BrowserArea, text: str) -> None:
    qtbot.keyClicks(area.search_field, text)
    qtbot.waitUntil(lambda: area.views.currentWidget() is area.results_view
                    and area.results_model.rowCount() > 0, timeout=3000)


# --- searching -------------------------------------------------------------------------------


def test_typing_a_query_shows_ranked_results_with_the_matches_highlighted(qtbot, area):
    type_search(qtbot, area, "detention")
    model = area.results_model
    hits = [model.hit(row) for row in range(model.rowCount())]
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    first = model.index(0).data(HTML_ROLE)
    assert 'background-color:#ffe066; color:#000000;">Detention</span>' in first \
        or '">detention</span>' in first
    assert "Results for “detention”" in area.count_label.text()
    assert str(model.rowCount()) in area.count_label.text()


def test_results_wait_until_typing_pauses(qtbot, area):
    """As-you-type without searching on every keystroke."""
    qtbot.keyClicks(area.search_field, "refug")
    assert area.views.currentWidget() is area.tree_view
    qtbot.waitUntil(lambda: area.views.currentWidget() is area.results_view, timeout=3000)


def test_the_results_stay_within_the_office_regions(qtbot, area):
    type_search(qtbot, area, "detention")
    events = {area.results_model.hit(r).event_code for r in range(area.results_model.rowCount())}
    assert events <= {"SAN", "DES"}


def test_a_search_in_the_office_regions_says_other_regions_have_matches(qtbot, area):
    """"stateless": 1 match in Nairobi's regions, 15 in all; one click shows them all."""
    type_search(qtbot, area, "stateless")
    scoped = area.results_model.rowCount()
    text = area.count_label.text()
    assert f"{scoped} in your regions" in text and "in all regions" in text
    assert area.show_all_button.isVisible()
    qtbot.mouseClick(area.show_all_button, Qt.MouseButton.LeftButton)
    assert area.regions_check.isChecked()
    assert area.results_model.rowCount() > scoped
    assert "in all regions" not in area.count_label.text()
    assert not area.show_all_button.isVisible()


def test_no_match_in_the_office_regions_but_elsewhere_says_so(qtbot, area):
    area.search_field.setText("SJO-")
    area._reload()
    assert area.results_model.rowCount() == 0
    assert "No item in your regions" in area.count_label.text()
    assert area.show_all_button.isVisible()


def test_a_code_lists_the_items_with_that_code(qtbot, area):
    type_search(qtbot, area, "des-sr-viii")
    model = area.results_model
    assert model.hit(0).code == "DES-SR-VIII-01"
    assert model.rowCount() == 9
    assert "code starts with" in area.count_label.text()


def test_a_query_without_match_says_so(qtbot, area):
    area.search_field.setText("xylophone")
    area._reload()
    assert area.results_model.rowCount() == 0
    assert "No item matches “xylophone”" in area.count_label.text()


def test_escape_clears_the_search_and_brings_back_the_tree(qtbot, area):
    type_search(qtbot, area, "detention")
    qtbot.keyClick(area.search_field, Qt.Key.Key_Escape)
    assert area.search_field.text() == ""
    assert area.views.currentWidget() is area.tree_view


def test_enter_opens_the_best_result(qtbot, area):
    qtbot.keyClicks(area.search_field, "detention")
    qtbot.keyClick(area.search_field, Qt.Key.Key_Return)
    best = area.results_model.hit(0).code
    assert area.detail_pane.current_code() == best
    assert area.results_view.hasFocus()


def test_focus_search_selects_the_text_to_type_over(qtbot, area):
    area.search_field.setText("old words")
    area.focus_search()
    assert area.search_field.hasFocus()
    assert area.search_field.selectedText() == "old words"


# --- filters ----------------------------------------------------------------------------------


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_combine_and_clear_at_once(qtbot, area):
    bar = area.filter_bar
    assert not bar.clear_button.isEnabled()
    choose(bar.event_combo, "DES")
    choose(bar.kind_combo, "action")
    choose(bar.area_combo, 10)
    items = [node for node in tree_items(area) if node.matches]
    assert items and all(n.code.startswith("DES-AP-") and n.item_kind == "action"
                         for n in items)
    assert f"{len(items)}" in area.count_label.text()
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert (bar.event_combo.currentIndex(), bar.kind_combo.currentIndex(),
            bar.area_combo.currentIndex(), bar.document_combo.currentIndex()) == (0, 0, 0, 0)
    assert len(tree_items(area)) == 278  # Sana'a and Dar es Salaam, every item
    assert not bar.clear_button.isEnabled()


def test_the_follow_up_filters_show_what_nobody_followed_up_and_what_is_overdue(
        qtbot, area, database):
    create_activity(database, ActivityContent(
        title="Border training", item_codes=("DES-SR-III-01",), status="ongoing",
        end_date=date(2020, 1, 1)), "amina")
    area.refresh()
    bar = area.filter_bar
    choose(bar.event_combo, "DES")
    choose(bar.follow_up_combo, "none")
    codes = {node.code for node in tree_items(area) if node.matches}
    assert "DES-SR-III-01" not in codes and "DES-SR-III-02" in codes
    choose(bar.follow_up_combo, "overdue")
    assert [node.code for node in tree_items(area) if node.matches] == ["DES-SR-III-01"]
    assert bar.follow_up_combo.currentText() == "Follow-up overdue"
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.follow_up_combo.currentIndex() == 0


def test_the_document_list_follows_the_chosen_event(qtbot, area):
    bar = area.filter_bar
    choose(bar.event_combo, "SAN")
    documents = [bar.document_combo.itemData(i) for i in range(1, bar.document_combo.count())]
    assert documents == ["SAN-SR", "SAN-SEL"]


def test_filters_narrow_the_search_results(qtbot, area):
    type_search(qtbot, area, "detention")
    everything = area.results_model.rowCount()
    choose(area.filter_bar.kind_combo, "action")
    model = area.results_model
    assert 0 < model.rowCount() < everything
    assert all(model.hit(r).kind == "action" for r in range(model.rowCount()))


def test_filters_with_no_match_say_so(qtbot, area):
    choose(area.filter_bar.event_combo, "SAN")
    choose(area.filter_bar.kind_combo, "action")
    assert area.tree_model.rowCount() == 0
    assert area.count_label.text() == "No item matches these filters."


# --- regions ----------------------------------------------------------------------------------


def test_a_field_office_sees_its_regions_and_can_show_all(qtbot, area, context):
    assert top_level(area) == ["Sana'a 2008", "Dar es Salaam 2010"]
    assert "Gulf of Aden" in area.scope_label.text()
    area.regions_check.click()
    assert len(top_level(area)) == 6
    assert context.settings.show_all_regions()
    assert area.filter_bar.event_combo.count() == 7  # "All events" and the six


def test_show_all_regions_is_remembered(qtbot, context, office):
    context.settings.set_show_all_regions(True)
    area = browser_area(context)
    qtbot.addWidget(area)
    assert area.regions_check.isChecked()
    assert len(top_level(area)) == 6


def test_headquarters_sees_every_region_without_a_switch(qtbot, context, database):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    area = browser_area(context)
    qtbot.addWidget(area)
    assert len(top_level(area)) == 6
    assert not area.regions_check.isEnabled()


def test_setting_up_the_office_later_narrows_the_tree_on_refresh(qtbot, context, database):
    """Before setup every event shows; once the office is set up, its region's."""
    area = browser_area(context)
    qtbot.addWidget(area)
    assert len(top_level(area)) == 6
    setup_office(database, "Sana'a office", "YE")
    area.refresh()
    assert top_level(area) == ["Sana'a 2008"]
    assert area.regions_check.isEnabled()


# --- the detail pane ------------------------------------------------------------------------


def test_selecting_an_item_in_the_tree_fills_the_detail_pane(qtbot, area):
    index = area.tree_model.index_of_code("DES-SR-VIII-04")
    area.tree_view.setCurrentIndex(index)
    text = area.detail_pane.browser.toPlainText()
    assert area.detail_pane.current_code() == "DES-SR-VIII-04"
    assert "Cited as" in text and "VIII (iv)" in text
    assert "Dar es Salaam 2010" in text and "Summary Report (DES-SR)" in text
    assert "10-Point Plan action areas" in text
    assert "Cited by" in text
    assert "No follow-up activity recorded yet." in text


def test_a_nested_section_is_shown_with_its_parent(qtbot, area):
    area.select_item("SJO-SR-3c-04")
    text = area.detail_pane.browser.toPlainText()
    assert "3. Differentiated processes" in text and "c. Unaccompanied/separated children" in text
    assert "outside your office's region" in area.detail_pane.notice_label.text()


def test_an_action_lists_its_doubtful_links_with_the_reason_in_the_source_details(
        qtbot, area):
    area.select_item("DES-AP-I-A11")
    area.detail_pane.set_source_details_shown(True)
    text = area.detail_pane.browser.toPlainText()
    assert "Cites (printed as “I (iii)”)" in text
    assert ("This reference may point to the wrong item: I (iii) is about training judges "
            "and prosecutors") in text


def test_clicking_a_cross_reference_goes_to_that_item_and_back(qtbot, area):
    area.select_item("DES-AP-I-A01")
    click_link(qtbot, area.detail_pane.browser, "item:DES-SR-I-02")
    assert area.detail_pane.current_code() == "DES-SR-I-02"
    assert area.tree_view.currentIndex() == area.tree_model.index_of_code("DES-SR-I-02")
    assert "DES-AP-I-A01" in area.detail_pane.browser.toPlainText()  # cited by
    assert area.detail_pane.back_button.isEnabled()
    qtbot.mouseClick(area.detail_pane.back_button, Qt.MouseButton.LeftButton)
    assert area.detail_pane.current_code() == "DES-AP-I-A01"
    assert not area.detail_pane.back_button.isEnabled()


def test_sub_items_link_to_their_parent(qtbot, area):
    area.select_item("SAN-SR-3-02c")
    click_link(qtbot, area.detail_pane.browser, "item:SAN-SR-3-02")
    assert area.detail_pane.current_code() == "SAN-SR-3-02"
    assert link_cursor(area.detail_pane.browser, "item:SAN-SR-3-02f") is not None


def test_the_sanaa_annex_note_is_shown(qtbot, area):
    area.select_item("SAN-SR-3-06")
    assert "Repeated word for word in Annex I" in area.detail_pane.browser.toPlainText()


def test_add_follow_up_activity_emits_the_item_code(qtbot, area):
    area.select_item("des-sr-iii-01")  # as typed: any case
    with qtbot.waitSignal(area.add_activity_requested) as signal:
        qtbot.mouseClick(area.detail_pane.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["DES-SR-III-01"]


def test_nothing_to_add_to_before_an_item_is_chosen(qtbot, area):
    assert not area.detail_pane.add_button.isEnabled()
    assert "No item selected" in area.detail_pane.browser.toPlainText()


def test_a_linked_activity_opens_from_the_detail_pane(qtbot, area, database):
    record = create_activity(database, ActivityContent(
        title="Asylum law review", item_codes=("DES-SR-III-01",), status="ongoing"), "amina")
    area.select_item("DES-SR-III-01")
    assert "Asylum law review (Ongoing)" in area.detail_pane.browser.toPlainText()
    with qtbot.waitSignal(area.activity_open_requested) as signal:
        click_link(qtbot, area.detail_pane.browser, f"activity:{record.uuid}")
    assert signal.args == [record.uuid]


def test_refresh_shows_new_follow_up_in_the_tree_and_the_detail(qtbot, area, database):
    """Items without follow-up are marked; an activity recorded elsewhere shows after refresh."""
    area.select_item("DES-SR-IV-04")
    status = area.tree_model.index_of_code("DES-SR-IV-04").siblingAtColumn(STATUS_COLUMN)
    assert status.data() == "No follow-up yet"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    create_activity(database, ActivityContent(
        title="Border training", item_codes=("DES-SR-IV-04",), status="completed"), "amina")
    with qtbot.waitSignal(area.follow_up_updated):
        area.refresh()
        assert "Border training (Completed)" in area.detail_pane.browser.toPlainText()
    assert status.data() == "Completed"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is None


def test_follow_up_is_counted_in_the_background(qtbot, context, office):
    """The tree shows at once; the figures follow without freezing the window."""
    area = browser_area(context)
    qtbot.addWidget(area)
    status = area.tree_model.index_of_code("SAN-SR-3-02").siblingAtColumn(STATUS_COLUMN)
    assert status.data() == "…"  # no event loop has run: the read cannot have reported
    with qtbot.waitSignal(area.follow_up_updated, timeout=5000):
        pass
    assert status.data() == "No follow-up yet"


def test_select_item_clears_filters_that_hide_it(qtbot, area):
    choose(area.filter_bar.kind_combo, "action")
    area.select_item("SAN-SR-3-02")
    assert area.filter_bar.kind_combo.currentIndex() == 0
    assert area.tree_view.currentIndex() == area.tree_model.index_of_code("SAN-SR-3-02")


def test_going_to_an_item_outside_the_region_keeps_the_filters(qtbot, area):
    """Clearing them would not bring it into the tree; the pane says what would."""
    choose(area.filter_bar.kind_combo, "action")
    area.select_item("SJO-SR-3c-04")
    assert area.filter_bar.kind_combo.currentData() == "action"
    assert area.detail_pane.current_code() == "SJO-SR-3c-04"
    assert "Show all regions" in area.detail_pane.notice_label.text()


def test_an_unknown_code_is_reported_in_the_pane(qtbot, area):
    area.select_item("NOPE-1")
    assert "No catalog item has the code \"NOPE-1\"" in area.detail_pane.browser.toPlainText()
    assert not area.detail_pane.add_button.isEnabled()


def test_a_retired_item_is_shown_as_such(qtbot, context, office, database):
    with database.session() as session:
        session.get(CatalogItem, "SAN-SR-1-01").retired = True
    area = browser_area(context)
    qtbot.addWidget(area)
    area.select_item("SAN-SR-1-01")
    assert "Retired: this item is no longer in the current catalog" in \
        area.detail_pane.browser.toPlainText()
    assert not area.detail_pane.add_button.isEnabled()
    assert not area.tree_model.index_of_code("SAN-SR-1-01").isValid()  # hidden by default
    area.filter_bar.retired_check.setChecked(True)
    text = area.tree_model.index_of_code("SAN-SR-1-01").siblingAtColumn(1).data()
    assert text.startswith("(retired)")


def test_choosing_a_section_summarises_its_follow_up(qtbot, area):
    section = area.tree_model.index_of_code("section:SAN-SR-3")
    area.tree_view.setCurrentIndex(section)
    assert "15 items here. 0 of them have follow-up activities." in \
        area.detail_pane.browser.toPlainText()


# --- remembered layout --------------------------------------------------------------------------


def test_splitter_and_column_widths_are_remembered(qtbot, area, context, office):
    area.splitter.setSizes([400, 800])
    area.tree_view.header().resizeSection(CODE_COLUMN, 222)
    area.save_state()
    again = browser_area(context)
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    again.restore_state()
    qtbot.waitExposed(again)
    assert again.tree_view.header().sectionSize(CODE_COLUMN) == 222
    left, right = again.splitter.sizes()
    assert left < right
