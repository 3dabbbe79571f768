"""The Backups dialog as a person uses it: back up now, restore after confirming, or cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.activities.service import create_activity, delete_activity, get_activity
from db.installation.office import setup_office
from db.storage.backups import list_backups
from tests.db.sync.helpers import activity_state, sample
from tests.desktop.window_support import main_window


@pytest.fixture
def window(qtbot, app_context):
    setup_office(app_context.database, "UNHCR Nairobi", "KE")
    win = main_window(app_context)
    qtbot.addWidget(win)
    win.show()
    return win


def open_dialog(qtbot, window):
    window.backups_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "backups_dialog", None) is not None
                    and window.backups_dialog.isVisible())
    return window.backups_dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def back_up(qtbot, dialog) -> None:
    rows = dialog.table.rowCount()
    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows + 1 and dialog.worker is None)


def test_back_up_now_adds_a_row(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 0
    back_up(qtbot, dialog)
    assert dialog.table.item(0, 1).text() == "on request"
    assert dialog.table.item(0, 4).text() == "UNHCR Nairobi"
    assert "Backup written" in dialog.status_label.text()


def test_keep_setting_is_saved_and_rotates_the_next_backup(qtbot, window, app_context):
    dialog = open_dialog(qtbot, window)
    for _ in range(3):
        back_up(qtbot, dialog)
    dialog.keep_spin.setValue(2)
    assert app_context.settings.backup_keep() == 2
    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.worker is None and "Backup written"
                    in dialog.status_label.text() and dialog.table.rowCount() == 2)


def start_restore(qtbot, dialog, row: int) -> QMessageBox:
    dialog.table.selectRow(row)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible())
    return dialog.confirm_box


def test_restore_after_confirming_brings_back_a_deleted_activity(qtbot, window, app_context):
    database = app_context.database
    activity = create_activity(database, sample(title="Radio spots"), "amina")
    dialog = open_dialog(qtbot, window)
    back_up(qtbot, dialog)
    delete_activity(database, activity.uuid, "amina")
    window.activities.refresh()
    qtbot.waitUntil(lambda: not window.activities.model.index_of(activity.uuid).isValid())
    box = start_restore(qtbot, dialog, 0)
    assert "backup of the current state is taken first" in box.text()
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert get_activity(database, activity.uuid).deleted_at is None
    reasons = [b.reason for b in list_backups(app_context.paths.backups)]
    assert sorted(reasons) == ["manual", "restore"]
    assert [dialog.table.item(r, 1).text() for r in range(2)] == [
        "before a restore", "on request"]
    qtbot.waitUntil(lambda: window.activities.model.index_of(activity.uuid).isValid())


def test_cancelling_the_confirmation_changes_nothing(qtbot, window, app_context):
    database = app_context.database
    activity = create_activity(database, sample(), "amina")
    dialog = open_dialog(qtbot, window)
    back_up(qtbot, dialog)
    delete_activity(database, activity.uuid, "amina")
    before = activity_state(database)
    box = start_restore(qtbot, dialog, 0)
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.worker is None
    assert activity_state(database) == before
    assert [b.reason for b in list_backups(app_context.paths.backups)] == ["manual"]
