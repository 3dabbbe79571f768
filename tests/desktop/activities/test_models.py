"""The Activities area's Qt models: consistent for Qt, paged, sorted by the service."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from db.activities.queries import ActivityQuery, catalog_choices, office_names
from db.activities.service import activity_history, update_activity
from desktop.activities.history import HistoryModel
from desktop.activities.picker import CatalogChoiceModel, ChoiceFilter
from desktop.activities.table_model import (
    COLUMN_OF_SORT,
    PAGE_SIZE,
    ROW_ROLE,
    SORT_ROLE,
    ActivityTableModel,
)
from exporters.activity import ActivityContent
from tests.desktop.activities.support import bulk_activities, record

BULK = 2 * PAGE_SIZE + 50


def test_the_table_model_passes_the_model_tester(qtmodeltester, database, office):
    record(database, "Checked")
    model = ActivityTableModel(database)
    model.set_query(ActivityQuery(include_deleted=True))
    qtmodeltester.check(model)


def test_pages_load_as_the_view_asks_for_more(database, office):
    bulk_activities(database, office.uuid, BULK)
    model = ActivityTableModel(database)
    model.set_query(ActivityQuery(owner_office_uuid=office.uuid, sort="title",
                                  descending=False))
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BULK and not model.canFetchMore(QModelIndex())
    titles = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert titles == [f"Bulk {n:04d}" for n in range(BULK)]


def test_scrolling_to_the_end_of_the_list_fetches_the_next_page(qtbot, area, office):
    bulk_activities(area.context.database, office.uuid, BULK)
    area.refresh()
    assert area.model.rowCount() == PAGE_SIZE
    area.view.scrollToBottom()
    qtbot.waitUntil(lambda: area.model.rowCount() > PAGE_SIZE)


def test_sorting_asks_the_service_and_keeps_sort_values_raw(database, office):
    bulk_activities(database, office.uuid, 30)
    model = ActivityTableModel(database)
    model.set_query(ActivityQuery(owner_office_uuid=office.uuid))
    model.sort(COLUMN_OF_SORT["title"], Qt.SortOrder.DescendingOrder)
    assert (model.query.sort, model.query.descending) == ("title", True)
    assert model.index(0, 0).data() == "Bulk 0029"
    assert model.index(0, 0).data(SORT_ROLE) == "bulk 0029"
    assert model.index(0, 0).data(ROW_ROLE).title == "Bulk 0029"


def test_an_edit_keeps_the_rows_already_loaded(database, office):
    bulk_activities(database, office.uuid, BULK)
    model = ActivityTableModel(database)
    model.set_query(ActivityQuery(owner_office_uuid=office.uuid, sort="title"))
    model.fetchMore(QModelIndex())
    model.reload()
    assert model.rowCount() == 2 * PAGE_SIZE


def test_the_history_model_passes_the_model_tester(qtmodeltester, database, office):
    saved = record(database, "Traced")
    update_activity(database, saved.uuid, ActivityContent(
        title="Traced", item_codes=saved.item_codes, description="long " * 50), "omar")
    model = HistoryModel(activity_history(database, saved.uuid), office_names(database))
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Description"
    assert len(model.index(0, 6).data()) <= 80  # one line in the table
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole).startswith("long long")


def test_the_picker_models_pass_the_model_tester(qtmodeltester, database):
    model = CatalogChoiceModel(catalog_choices(database), {"DES-SR-III-01"})
    qtmodeltester.check(model)
    proxy = ChoiceFilter()
    proxy.setSourceModel(model)
    proxy.set_words("border")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_the_linked_items_model_passes_the_model_tester(qtmodeltester, qtbot, area):
    area.new_activity(("DES-SR-III-01", "SAN-SR-3-02"))
    qtmodeltester.check(area.editor.inputs["item_codes"].model)
