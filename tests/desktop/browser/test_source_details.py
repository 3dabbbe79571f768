"""The detail pane's "Source details": closed until a person opens them, then remembered."""

from __future__ import annotations

import pytest

from db.installation.office import setup_office
from tests.desktop.browser.helpers import click_link, link_cursor, make_context
from tests.desktop.window_support import browser_area

ITEM = "DES-AP-I-A11"  # cites I (iii), a link the catalog doubts, and carries a catalog note
DOUBT = ("This reference may point to the wrong item: I (iii) is about training judges and "
         "prosecutors")
EDITORIAL = ("line 2206 of the June 2011 compilation", "Catalog notes",
             "may point to the wrong item", "Suspect", "inventory 3.2")


@pytest.fixture
def context(database, tmp_path):
    setup_office(database, "Nairobi office", "KE")
    return make_context(database, tmp_path / "data-folder")


def shown_area(qtbot, context):
    area = browser_area(context)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.select_item(ITEM)
    return area


def test_a_field_officer_sees_no_editorial_material_until_asking_for_it(qtbot, context):
    pane = shown_area(qtbot, context).detail_pane
    text = pane.browser.toPlainText()
    assert "Review and reform national legislation" in text
    assert "Cites (printed as “I (iii)”)" in text and "DES-SR-I-03" in text
    for editorial in EDITORIAL:
        assert editorial not in text
    assert "Show source details" in text
    assert not context.settings.source_details_shown()


def test_opening_the_source_details_shows_them_in_plain_words_and_is_remembered(
        qtbot, context):
    pane = shown_area(qtbot, context).detail_pane
    click_link(qtbot, pane.browser, "details:show")
    text = pane.browser.toPlainText()
    assert pane.current_code() == ITEM
    assert DOUBT in text and "Suspect" not in text
    assert "line 2206 of the June 2011 compilation" in text
    assert "Catalog notes" in text and "inventory 3.2" in text
    assert link_cursor(pane.browser, "details:show") is None
    assert context.settings.source_details_shown()

    other = shown_area(qtbot, context).detail_pane  # the next start of the browser
    assert DOUBT in other.browser.toPlainText()
    click_link(qtbot, other.browser, "details:hide")
    assert DOUBT not in other.browser.toPlainText()
    assert "Show source details" in other.browser.toPlainText()
    assert not context.settings.source_details_shown()


def test_opening_the_details_keeps_the_item_and_its_notice(qtbot, context):
    area = shown_area(qtbot, context)
    area.select_item("SJO-SR-3c-04")  # outside the office's region: a notice above the item
    pane = area.detail_pane
    notice = pane.notice_label.text()
    assert notice
    click_link(qtbot, pane.browser, "details:show")
    assert pane.current_code() == "SJO-SR-3c-04"
    assert pane.notice_label.text() == notice and pane.notice_label.isVisible()
