"""Starting the GUI: the application object, a first frame at once, the error hook, then the
main window on the opened database.

Only Qt and light modules are imported here; the database libraries load on the start-up
worker (desktop/startup.py) after the first frame, so the window appears without waiting.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.errors import TenpointDataError
from db.resources import app_version
from desktop import APP_NAME, ORGANIZATION
from desktop.config import ConfigError, Preconfiguration, config_error_message
from desktop.paths import default_data_dir
from desktop.shared.messages import error_message
from desktop.shared.translate import translate
from desktop.startup import Startup, StartupProbe, after_first_paint, application_icon
from desktop.translations import install_translators

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.main_window import MainWindow

log = logging.getLogger(__name__)



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


def run_gui(data_dir: str | None, config: Preconfiguration | None = None) -> int:
    """Open the main window on the data folder's database; returns the exit code."""
    app = make_application()
    config = config or Preconfiguration()
    install_translators(app, config.language)
    install_exception_hook()
    startup = Startup(Path(data_dir) if data_dir else default_data_dir(), config, quick=True)
    probe = StartupProbe(app) if StartupProbe.wanted() else None
    if probe:
        probe.watch(startup.window, "first-paint")
    windows: list[MainWindow] = []  # the main window lives as long as the event loop

    def show_main_window(context: AppContext) -> None:
        try:
            window = build_main_window(context)
        except Exception as error:  # a bug: reported, and the start ends instead of hanging
            report_unexpected(error)
            app.exit(1)
            return
        windows.append(window)
        if probe:
            probe.watch(window, "main-window", last=True)
        if not context.ready:
            # The database libraries load once the window has painted: loading them while it
            # is built would slow both (one GIL).
            after_first_paint(window, startup.continue_loading)
        window.show()
        startup.window.close()

    def database_opened(context: AppContext) -> None:
        if not windows:
            show_main_window(context)
            return
        try:
            windows[0].attach(context)
        except Exception as error:  # a bug, as above
            report_unexpected(error)
            app.exit(1)

    def cannot_start(error: Exception) -> None:
        message = startup_error_message(error)
        if message is None:
            report_unexpected(error)
        else:
            log.error("cannot start: %s", error)
            show_startup_error(message, windows[0] if windows else startup.window)
        app.exit(1)

    startup.quick_ready.connect(show_main_window)
    startup.ready.connect(database_opened)
    startup.failed.connect(cannot_start)
    startup.start()
    try:
        return app.exec()
    finally:
        startup.finish()
        for context in _contexts_to_close(startup, windows):
            context.close()


def _contexts_to_close(startup: Startup, windows: list[MainWindow]) -> list[AppContext]:
    """The window's context, and the opened one if the window never took its database."""
    contexts = [window.context for window in windows]
    opened = startup.context
    if opened is not None and all(c.database is not opened.database for c in contexts):
        contexts.append(opened)
    return contexts


def report_unexpected(error: Exception) -> None:
    """An unexpected start-up failure, logged and shown like any other bug."""
    sys.excepthook(type(error), error, error.__traceback__)


def build_main_window(context: AppContext) -> MainWindow:
    """The main window on an open context (it sizes and places itself)."""
    from desktop.main_window import MainWindow

    return MainWindow(context)
