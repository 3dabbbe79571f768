"""The browser's counts and the catalog's names Tenpoint wrote in the person's language: plural
forms ("1 activity"), region and action-area names, whole sentences."""

from __future__ import annotations

import pytest

from db.installation.office import setup_office
from desktop.browser.follow_up import count_text, counting_text
from desktop.browser.tree_model import COUNT_COLUMN, TEXT_COLUMN
from tests.desktop.browser.helpers import make_context
from tests.desktop.shared.translation_support import translation
from tests.desktop.window_support import browser_area
from tools.translations.update import catalog_names

WEST_AFRICA = "West Africa"
REGIONS = "Showing the events of your office's regions: {regions}."


@pytest.fixture
def context(database, tmp_path):
    return make_context(database, tmp_path / "data-folder")


def shown_area(qtbot, context):
    area = browser_area(context)
    qtbot.addWidget(area)
    area.wait_for_follow_up()
    return area


def test_one_activity_is_counted_in_the_singular():
    assert count_text(1) == "1 activity"
    assert count_text(1234) == "1,234 activities"


def test_a_single_region_is_named_in_the_singular_and_in_french(qtbot, context, database,
                                                                tmp_path):
    setup_office(database, "Dakar office", "SN")
    assert shown_area(qtbot, context).scope_label.text() == \
        "Showing the events of your office's region: West Africa."
    messages = {("catalog", WEST_AFRICA): "Afrique de l’Ouest",
                ("BrowserArea", REGIONS): ("Événements de la région de votre bureau : {regions}.",
                                           "Événements des régions de votre bureau : {regions}.")}
    with translation(tmp_path, "fr", messages):
        area = shown_area(qtbot, context)
        events = [area.tree_model.index(row, TEXT_COLUMN).data()
                  for row in range(area.tree_model.rowCount())]
    assert area.scope_label.text() == "Événements de la région de votre bureau : " \
                                      "Afrique de l’Ouest."
    assert "Afrique de l’Ouest" in events and WEST_AFRICA not in events


def test_an_items_action_areas_are_named_in_the_persons_language(qtbot, context, database,
                                                                  tmp_path):
    with database.reading() as sql:
        code = sql.scalar("SELECT item_code FROM item_action_area ORDER BY item_code LIMIT 1")
    marked = {("catalog", name): f"«{name}»" for name in catalog_names()}
    with translation(tmp_path, "fr", marked):
        area = shown_area(qtbot, context)
        area.select_item(code)
        text = area.detail_pane.browser.toPlainText()
        offered = [area.filter_bar.area_combo.itemText(row)
                   for row in range(1, area.filter_bar.area_combo.count())]
    assert "«" in text
    assert offered and all("«" in entry for entry in offered)


def test_a_section_summary_counts_items_and_followed_ones_apart(qtbot, context, tmp_path):
    area = shown_area(qtbot, context)
    section = area.tree_model.index_of_code("section:SAN-SR-3")
    qtbot.waitUntil(lambda: section.siblingAtColumn(COUNT_COLUMN).data() != counting_text())
    messages = {("BrowserArea", "%Ln items here."): ("%Ln элемент.", "%Ln элемента.",
                                                     "%Ln элементов."),
                ("BrowserArea", "%Ln of them have follow-up activities."): (
                    "Из них %Ln с мероприятиями.", "Из них %Ln с мероприятиями.",
                    "Из них %Ln с мероприятиями.")}
    with translation(tmp_path, "ru", messages):
        area.tree_view.setCurrentIndex(section)
        text = area.detail_pane.browser.toPlainText()
    assert "15 элементов. Из них 0 с мероприятиями." in text
