"""The application object and how it reports errors: the exception hook, the error report
dialog, the sentence for a start that cannot go on."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.errors import TenpointDataError
from db.resources import app_version, icons_dir
from desktop import APP_NAME, ORGANIZATION
from desktop.config import ConfigError, config_error_message
from desktop.shared.messages import error_message
from desktop.shared.translate import translate

log = logging.getLogger(__name__)


def application_icon() -> QIcon:
    """The Tenpoint icon in every size shipped (resources/icons)."""
    icon = QIcon()
    for png in sorted(icons_dir().glob("tenpoint-*.png")):
        icon.addFile(str(png))
    return icon



def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named before any path or setting is looked up."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(app_version())
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setWindowIcon(application_icon())
    return app


def error_report_box(report: str) -> QMessageBox:
    """A dialog for an unexpected error, with a button that copies the report."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "Unexpected error"),
                      translate("app", "Tenpoint met an unexpected error. It has been written to "
                                       "the log file; the application keeps running where it can."))
    box.setDetailedText(report)
    box.copy_button = box.addButton(translate("app", "Copy "
                                                     "report"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.copy_button.clicked.disconnect()  # keep the dialog open after copying
    box.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(report))
    return box


def show_error_report(report: str) -> None:
    error_report_box(report).exec()


def install_exception_hook() -> None:
    """Unexpected errors go to the log and to a dialog instead of ending the application."""
    def hook(exc_type, exc, tb) -> None:
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", report)
        show_error_report(report)
    sys.excepthook = hook


def startup_error_message(error: Exception) -> str | None:
    """The sentence for an expected start-up failure; None for a bug."""
    if isinstance(error, TenpointDataError):
        return error_message(error)
    if isinstance(error, ConfigError):
        return config_error_message(error)
    return None


def show_startup_error(message: str, parent: QWidget | None = None) -> None:
    """Tell the person why Tenpoint cannot start (the start-up window stays behind it)."""
    QMessageBox.critical(parent, translate("app", "Tenpoint cannot start"), message)


def report_unexpected(error: Exception) -> None:
    """An unexpected start-up failure, logged and shown like any other bug."""
    sys.excepthook(type(error), error, error.__traceback__)
