"""Starting the GUI: the application object, the context, the error hook and the main window."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import TenpointDataError
from desktop import APP_NAME, ORGANIZATION
from desktop.context import AppContext, app_version, open_context
from desktop.main_window import MainWindow
from desktop.messages import error_message

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named before any path or setting is looked up."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(app_version())
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    return app


def show_error_report(report: str) -> None:
    """A dialog for an unexpected error, with a button that copies the report."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Unexpected error"),
                      _tr("Tenpoint met an unexpected error. It has been written to the log "
                          "file; the application keeps running where it can."))
    box.setDetailedText(report)
    copy = box.addButton(_tr("Copy report"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.exec()


def install_exception_hook() -> None:
    """Unexpected errors go to the log and to a dialog instead of ending the application."""
    def hook(exc_type, exc, tb) -> None:
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", report)
        show_error_report(report)
    sys.excepthook = hook


def run_gui(data_dir: str | None) -> int:
    """Open the main window on the data folder's database; returns the exit code."""
    app = make_application()
    try:
        context = open_context(data_dir)
    except TenpointDataError as error:
        QMessageBox.critical(None, _tr("Tenpoint cannot start"), error_message(error))
        return 1
    install_exception_hook()
    window = build_main_window(context)
    window.show()
    try:
        return app.exec()
    finally:
        context.close()


def build_main_window(context: AppContext) -> MainWindow:
    """The main window at a size that fits a 1366x768 laptop screen."""
    window = MainWindow(context)
    window.resize(1100, 720)
    return window

