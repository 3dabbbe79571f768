"""Unexpected errors: logged to the data folder and shown with a "Copy report" button."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as app_module


def test_copy_report_puts_the_traceback_on_the_clipboard_and_keeps_the_dialog(qtbot):
    box = app_module.error_report_box("Traceback: boom")
    qtbot.addWidget(box)
    box.show()
    box.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback: boom"
    assert box.isVisible()


def test_the_exception_hook_logs_and_shows_the_report(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_exception_hook()
    try:
        raise RuntimeError("disk vanished")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert "disk vanished" in shown[0]
    assert "disk vanished" in caplog.text
