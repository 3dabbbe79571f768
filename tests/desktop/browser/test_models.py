"""The browser's Qt models: consistent for Qt's views, and showing what a person needs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView

from db.activities.service import create_activity
from db.catalog.browse import BrowseFilter, catalog_tree
from db.catalog.follow_up import follow_up_summaries
from db.catalog.search import search_items
from db.installation.office import setup_office
from desktop.browser.html_delegate import HtmlDelegate
from desktop.browser.results_model import HIT_ROLE, HTML_ROLE, SearchResultsModel
from desktop.browser.tree_model import (
    CODE_COLUMN,
    CODE_ROLE,
    COUNT_COLUMN,
    STATUS_COLUMN,
    TEXT_COLUMN,
    CatalogTreeModel,
)
from exporters.activity import ActivityContent


def tree_model(database, filters: BrowseFilter | None = None) -> CatalogTreeModel:
    model = CatalogTreeModel()
    model.set_tree(catalog_tree(database, filters), follow_up_summaries(database))
    return model


def test_tree_model_is_consistent(qtmodeltester, database):
    qtmodeltester.check(tree_model(database))


def test_filtered_and_empty_tree_models_are_consistent(qtmodeltester, database):
    qtmodeltester.check(tree_model(database, BrowseFilter(item_kind="sub_item")))
    qtmodeltester.check(tree_model(database, BrowseFilter(event_code="SAN", item_kind="action")))


def test_tree_model_stays_consistent_when_follow_up_changes(qtmodeltester, qtbot, database):
    setup_office(database, "Nairobi", "KE")
    model = tree_model(database, BrowseFilter(event_codes=frozenset({"DES"})))
    qtmodeltester.check(model)
    create_activity(database, ActivityContent(title="x", item_codes=("DES-SR-I-01",)), "amina")
    index = model.index_of_code("DES-SR-I-01").siblingAtColumn(COUNT_COLUMN)
    with qtbot.waitSignal(model.dataChanged):
        model.set_summaries(follow_up_summaries(database))
    assert index.data() == "1"
    qtmodeltester.check(model)


def test_tree_rows_show_code_text_and_follow_up(database):
    model = tree_model(database)
    item = model.index_of_code("SJO-SR-3c-04")
    assert item.data() == "SJO-SR-3c-04"
    assert item.data(CODE_ROLE) == "SJO-SR-3c-04"
    assert item.siblingAtColumn(TEXT_COLUMN).data().startswith("iii. States are encouraged")
    assert item.siblingAtColumn(STATUS_COLUMN).data() == "No follow-up yet"
    event = model.index(0, CODE_COLUMN)
    assert (event.data(), event.siblingAtColumn(TEXT_COLUMN).data()) == (
        "Sana'a 2008", "Gulf of Aden")
    assert event.data(CODE_ROLE) is None
    # Branches tell how many of their asking items have follow-up; the 2011 compilation's
    # follow-up items report follow-up rather than ask for it, and count in neither figure.
    selected = model.index_of_code("document:SAN-SEL").siblingAtColumn(COUNT_COLUMN)
    assert selected.data() == "0 of 15"
    assert model.index(0, COUNT_COLUMN).data() == "0 of 74"  # Sana'a, before any office
    reported = model.index_of_code("SAN-SEL-F-01").siblingAtColumn(STATUS_COLUMN)
    assert reported.data() != "No follow-up yet"  # its own 2011 activity still shows
    # A section of reported follow-up only asks for nothing: no "0 of 0".
    assert model.index_of_code("section:SAN-SEL-F").siblingAtColumn(COUNT_COLUMN).data() == ""


def test_tree_tooltip_holds_the_whole_text_escaped(database):
    model = tree_model(database)
    tooltip = model.index_of_code("SAN-SR-3-02").siblingAtColumn(TEXT_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("<p><b>SAN-SR-3-02</b> Recommendation")
    assert "Crime prevention and victim protection" in tooltip


def test_parent_items_kept_for_context_are_dimmed(database):
    model = tree_model(database, BrowseFilter(item_kind="sub_item", event_code="SAN"))
    parent = model.index_of_code("SAN-SR-3-02")
    child = model.index_of_code("SAN-SR-3-02a")
    assert parent.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert child.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.matching_item_count() < model.item_count()


def results_model(database, text: str) -> SearchResultsModel:
    model = SearchResultsModel()
    model.set_result(search_items(database, text), follow_up_summaries(database))
    return model


def test_results_model_is_consistent(qtmodeltester, database):
    qtmodeltester.check(results_model(database, "detention"))
    qtmodeltester.check(results_model(database, "no such words here"))


def test_results_html_is_escaped_and_highlights_matches(database):
    model = results_model(database, "trafficking")
    hit = model.index(0).data(HIT_ROLE)
    html = model.index(0).data(HTML_ROLE)
    assert f"<b>{hit.code}</b>" in html
    assert 'color:#000000;">trafficking</span>' in html.lower() or \
        '">trafficking</span>' in html.lower()
    assert "No follow-up yet" in html or "latest" in html


def test_results_show_follow_up(database):
    model = results_model(database, "SAN-SEL-F-13")
    assert "1 activity, latest Completed" in model.index(0).data(HTML_ROLE)


def test_the_delegate_paints_results_and_wraps_them_to_the_view(qtbot, database):
    view = QListView()
    qtbot.addWidget(view)
    model = results_model(database, "detention")
    view.setModel(model)
    delegate = HtmlDelegate(view, HTML_ROLE)
    view.setItemDelegate(delegate)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    narrow = view.sizeHintForIndex(model.index(0)).height()
    view.resize(1000, 400)
    wide = view.sizeHintForIndex(model.index(0)).height()
    assert narrow > wide > 0
    assert not view.grab().isNull()


def test_invalid_indexes_give_nothing(database):
    model = results_model(database, "detention")
    assert model.data(QModelIndex()) is None
    assert tree_model(database).data(QModelIndex()) is None
