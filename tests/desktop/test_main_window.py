"""The main window: first-start setup, status bar, shortcuts and wiring between the areas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.installation.office import local_office, setup_office
from desktop import main_window as main_window_module
from desktop.database_side import DatabaseSide
from desktop.main_window import MainWindow, small_screen
from desktop.shared.bidi import plain
from tests.desktop.window_support import main_window


@pytest.fixture
def context(app_context):
    return app_context


@pytest.fixture
def window(qtbot, context):
    setup_office(context.database, "Djibouti office", "DJ")
    win = main_window(context)
    qtbot.addWidget(win)
    win.show()
    return win


def test_status_bar_shows_office_country_and_database(window, context):
    assert "Djibouti office" in window.office_status.text()
    assert "(DJ)" in window.country_status.text()
    assert plain(window.database_status.text()) == str(context.paths.database)


def test_first_start_asks_for_the_office_and_saves_it(qtbot, context):
    win = main_window(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.setup_dialog is not None and win.setup_dialog.isVisible())
    dialog = win.setup_dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Bureau de Dakar")
    dialog.select_country("SN")
    assert "Dakar 2008" in dialog.regions_label.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert local_office(context.database).name == "Bureau de Dakar"
    assert "Bureau de Dakar" in win.office_status.text()


def test_headquarters_needs_no_country_in_the_dialog(qtbot, context):
    win = main_window(context)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.setup_dialog is not None)
    dialog = win.setup_dialog
    dialog.name_edit.setText("UNHCR HQ")
    dialog.hq_check.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert local_office(context.database).is_headquarters


def test_add_follow_up_from_the_browser_opens_the_editor_on_the_activities_tab(window,
                                                                            monkeypatch):
    calls = []
    monkeypatch.setattr(window.activities, "new_activity", lambda codes=(): calls.append(codes))
    window.browser.add_activity_requested.emit("DES-SR-III-01")
    assert calls == [["DES-SR-III-01"]]
    assert window.tabs.currentWidget() is window.activities


def test_ctrl_n_starts_a_new_activity(qtbot, window, monkeypatch):
    calls = []
    monkeypatch.setattr(window.activities, "new_activity", lambda codes=(): calls.append(codes))
    window.new_activity_action.trigger()
    assert calls == [()] and window.tabs.currentWidget() is window.activities
    assert window.new_activity_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_window_geometry_is_remembered_between_runs(qtbot, context):
    setup_office(context.database, "Office", "KE")
    first = main_window(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 650)  # default height is 720
    qtbot.waitUntil(lambda: first.height() == 650)
    size = first.size()
    first.close()
    second = main_window(context)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size


def test_ctrl_f_goes_to_the_search_of_the_visible_area(qtbot, window):
    window.activateWindow()
    window.tabs.setCurrentWidget(window.browser)
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.browser.isAncestorOf(window.focusWidget()))
    window.tabs.setCurrentWidget(window.activities)
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.activities.isAncestorOf(window.focusWidget()))


def test_the_sync_tab_waits_for_the_database_side(qtbot, context):
    """Its workbook libraries come with the database side, after the first paint."""
    setup_office(context.database, "Office", "KE")
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.sync is None
    assert not win.tabs.isTabEnabled(win.tabs.indexOf(win.sync_placeholder))
    win.attach(DatabaseSide(context))
    assert win.tabs.indexOf(win.sync) == 2 and win.tabs.isTabEnabled(2)
    assert win.tabs.tabText(2) == "&Sync"


def test_ctrl_n_on_the_recommendations_links_the_selected_item(qtbot, window, monkeypatch):
    """As the detail pane's "Add follow-up activity" does; elsewhere a plain new activity."""
    calls = []
    monkeypatch.setattr(window.activities, "new_activity", lambda codes=(): calls.append(codes))
    window.tabs.setCurrentWidget(window.browser)
    window.browser.select_item("SAN-SR-3-02")
    assert window.browser.detail_pane.current_code() == "SAN-SR-3-02"
    window.new_activity_action.trigger()
    assert calls == [["SAN-SR-3-02"]] and window.tabs.currentWidget() is window.activities
    window.new_activity_action.trigger()  # on the Activities tab: nothing linked
    assert calls[-1] == ()
    window.tabs.setCurrentWidget(window.browser)
    window.browser.detail_pane.show_placeholder()  # no item selected
    window.new_activity_action.trigger()
    assert calls[-1] == ()


def open_first_start_dialog(qtbot, context):
    win = main_window(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.setup_dialog is not None and win.setup_dialog.isVisible())
    dialog = win.setup_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return win, dialog


def test_first_start_never_saves_a_country_that_was_not_shown(qtbot, context):
    """A name the box does not know, then Down and Enter: refused, said next to the box."""
    _win, dialog = open_first_start_dialog(qtbot, context)
    combo = dialog.country_combo
    assert combo.currentText() == "" and combo.lineEdit().placeholderText() == "(no country)"
    qtbot.keyClicks(dialog.name_edit, "Bureau de Nairobi")
    combo.setFocus()
    qtbot.keyClicks(combo, "Kenyaa")
    assert combo.currentText() == "Kenyaa"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert local_office(context.database) is None and dialog.isVisible()
    assert combo.currentText() == "Kenyaa"  # not replaced by another country
    assert dialog.error_label.text() == (
        "\"Kenyaa\" is not a country of the list. Type part of its name or its code and "
        "choose it from the list.")
    combo.lineEdit().setText("kenya")
    assert "Dar es Salaam 2010" in dialog.regions_label.text()
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert local_office(context.database).country_iso2 == "KE"


def test_a_country_chosen_then_edited_is_what_the_box_shows(qtbot, context):
    _win, dialog = open_first_start_dialog(qtbot, context)
    dialog.name_edit.setText("Bureau")
    dialog.select_country("SN")
    dialog.country_combo.lineEdit().setText("Senegall")  # the index still says Senegal
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert local_office(context.database) is None and "Senegall" in dialog.error_label.text()
    dialog.country_combo.lineEdit().clear()  # no country and not headquarters: not complete
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


class FakeScreen:
    def __init__(self, width: int, height: int) -> None:
        self._size = QSize(width, height)

    def size(self) -> QSize:
        return self._size


def test_a_laptop_screen_counts_as_small():
    assert small_screen(FakeScreen(1366, 768)) and small_screen(FakeScreen(1280, 720))
    assert small_screen(FakeScreen(1920, 768))  # too short for 720 pixels and a task bar
    assert not small_screen(FakeScreen(1920, 1080)) and not small_screen(None)


def test_a_first_start_on_a_small_screen_opens_maximised(qtbot, context, monkeypatch):
    setup_office(context.database, "Office", "KE")
    monkeypatch.setattr(main_window_module, "small_screen", lambda screen: True)
    win = main_window(context)
    qtbot.addWidget(win)
    assert win.windowState() & Qt.WindowState.WindowMaximized


def test_a_first_start_on_a_large_screen_and_a_later_start_are_not_maximised(
        qtbot, context, monkeypatch):
    setup_office(context.database, "Office", "KE")
    monkeypatch.setattr(main_window_module, "small_screen", lambda screen: False)
    first = main_window(context)
    qtbot.addWidget(first)
    assert not first.windowState() & Qt.WindowState.WindowMaximized
    assert (first.width(), first.height()) == (1200, 720)
    first.show()
    first.close()  # saves its geometry
    monkeypatch.setattr(main_window_module, "small_screen", lambda screen: True)
    second = main_window(context)
    qtbot.addWidget(second)
    assert not second.windowState() & Qt.WindowState.WindowMaximized
