"""The program's entry and its first seconds: a window paints at once, the main window follows,
and the database side joins it a moment later.

This is the one module that defers imports, and it does so in three steps, all here:

1. main() parses the global options alone; a sub-command, --smoke-test or --help goes to
   desktop/cli.py, imported only then (the commands load the database libraries).
2. The start-up window paints before anything else loads (not even the application
   context); then a worker thread imports the main window's modules (Qt and plain-SQL reads
   only, import-linter keeps it so) and, on a quick start (a database that needs nothing done
   first, db/installation/quick_start.py), hands over a context that reads with plain
   sqlite3: the main window shows from it.
3. After the main window has painted, the worker imports the database side
   (desktop/database_side.py, with SQLAlchemy) and opens the database in full; the window
   takes both (MainWindow.attach). Loading them while the window is built would slow both
   (one GIL).

Every other module imports what it uses at its top. With TENPOINT_STARTUP_PROBE=1 the times
of the first paint and of the main window's first paint are printed and the application
quits (benchmarks/startup_bench.py reads them).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from db.resources import app_version, icons_dir
from desktop.app import (
    install_exception_hook,
    make_application,
    report_unexpected,
    show_startup_error,
    startup_error_message,
)
from desktop.config import (
    ConfigError,
    Preconfiguration,
    config_error_message,
    hidden_password,
    server_database,
)
from desktop.options import (
    data_dir_of,
    ensure_standard_streams,
    launch_parser,
    read_preconfiguration,
    wants_a_command,
)
from desktop.paths import DataPaths, default_data_dir
from desktop.shared.bidi import ltr
from desktop.translations import install_translators, saved_language

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.database_side import DatabaseSide
    from desktop.main_window import MainWindow

log = logging.getLogger(__name__)

PROBE_VARIABLE = "TENPOINT_STARTUP_PROBE"
LOAD_ANYWAY_MS = 500
EXIT_ERROR = 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tenpoint` program: the window, or the command line."""
    ensure_standard_streams()
    argv = sys.argv[1:] if argv is None else list(argv)
    if wants_a_command(argv):
        from desktop import cli  # step 1: only a command line loads the commands

        return cli.main(argv)
    options = launch_parser().parse_args(argv)
    try:
        config = read_preconfiguration(options.config)
    except ConfigError as error:
        return report_config_error(error)
    return run_gui(data_dir_of(options.data_dir, config), config)


def report_config_error(error: ConfigError) -> int:
    """On the terminal, and in a dialog: a window was wanted, there may be no terminal."""
    print(config_error_message(error), file=sys.stderr)
    make_application()
    show_startup_error(config_error_message(error))
    return EXIT_ERROR


class StartupWindow(QWidget):
    """What a person sees while the main window's modules load and the database opens.

    Centred with rich text rather than alignment flags: the first touch of PySide6's Qt
    namespace costs 45 ms, which the first frame should not wait for.
    """

    def __init__(self, data_dir: Path, config: Preconfiguration) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Tenpoint"))
        logo = icons_dir() / "tenpoint-64.png"
        title = self.tr("Tenpoint {version}").format(version=app_version())
        self.title_label = QLabel(f'<p align="center"><img src="{escape(logo.as_uri())}">'
                                  f"</p><p align=\"center\"><b>{escape(title)}</b></p>")
        status = self._opening_message(data_dir, config)
        self.status_label = QLabel(f'<p align="center">{escape(status)}</p>')
        self.status_label.setWordWrap(True)
        progress = QProgressBar()
        progress.setRange(0, 0)  # busy: opening has no measurable steps
        progress.setTextVisible(False)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.status_label, progress):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def _opening_message(self, data_dir: Path, config: Preconfiguration) -> str:
        """Where the database is: the data folder, or the headquarters' shared server."""
        try:
            url = server_database(config, DataPaths(data_dir))
        except ConfigError:  # the opening reports it, in full, in a moment
            url = None
        if url is not None:
            return self.tr("Opening the shared database {location}...").format(
                location=ltr(hidden_password(url)))
        return self.tr("Opening the database in {folder}...").format(folder=ltr(str(data_dir)))


class ContextLoader(QObject):
    """Steps 2 and 3 on a worker thread: the window's modules, a quick context, then the
    database side and the opened database.

    Signals: quick_loaded(AppContext) for a quick start, then (after go()) loaded(DatabaseSide);
    failed(Exception).
    """

    quick_loaded = Signal(object)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: str, config: Preconfiguration, quick: bool = False) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.config = config
        self.quick = quick
        self.side: DatabaseSide | None = None  # also kept here, for a start abandoned early
        self._go = threading.Event()
        self._abandoned = False

    def go(self, abandon: bool = False) -> None:
        """Let a quick start go on to the full opening (or, abandoned, end instead)."""
        self._abandoned = self._abandoned or abandon
        self._go.set()

    @Slot()
    def run(self) -> None:
        # The imports allocate many objects that all stay alive; collecting while they run
        # only costs time (about 8%).
        gc.disable()
        try:
            import desktop.main_window  # noqa: F401 - step 2: the window's modules, here
            from desktop.context import quick_context

            if self.quick and self._quick_start(quick_context):
                self._go.wait()
                if self._abandoned:
                    return
            started = time.perf_counter()
            from desktop.database_side import DatabaseSide  # step 3
            from desktop.opening import open_context

            imported = time.perf_counter()
            side = DatabaseSide(open_context(self.data_dir, self.config))
        except Exception as error:  # every failure is shown by the GUI thread
            self.failed.emit(error)
            return
        finally:
            gc.enable()
        # In the log, so a slow start on some laptop can be explained.
        log.info("start-up: imports %.2f s, database and catalog %.2f s",
                 imported - started, time.perf_counter() - imported)
        self.side = side
        self.loaded.emit(side)

    def _quick_start(self, quick_context) -> bool:
        """Hand over a context that reads before the database is open, if this one allows."""
        try:
            context = quick_context(self.data_dir, self.config)
        except Exception:  # the full opening meets it again, and reports it
            log.exception("quick start not possible")
            return False
        if context is None:
            return False
        self.quick_loaded.emit(context)
        return True


class _FirstPaint(QObject):
    """Calls back once, when the watched widget first paints."""

    def __init__(self, widget: QWidget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after the paint has finished
        return False


def after_first_paint(widget: QWidget, callback) -> None:
    """Run callback once widget has painted its first frame."""
    _FirstPaint(widget, callback)


class StartupProbe(QObject):
    """Prints when watched windows first paint; quits after the last one (benchmarks)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.labels: dict[QObject, tuple[str, bool]] = {}

    @staticmethod
    def wanted() -> bool:
        return bool(os.environ.get(PROBE_VARIABLE))

    def watch(self, window: QWidget, label: str, last: bool = False) -> None:
        self.labels[window] = (label, last)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched in self.labels:
            label, last = self.labels.pop(watched)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._report(label, last))
        return False

    def _report(self, label: str, last: bool) -> None:
        print(f"{label} {time.time():.4f}", flush=True)
        if last:
            self.app.quit()


class Startup(QObject):
    """Runs the start: start-up window, loader thread, then the main window or an error.

    Signals: quick_ready(AppContext) when quick is on and the database can be read at once
    (call continue_loading() when the window shows); ready(DatabaseSide) on the GUI thread
    once the database is open; failed(Exception) when it could not be opened.
    """

    quick_ready = Signal(object)
    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: Path, config: Preconfiguration, quick: bool = False) -> None:
        super().__init__()
        self.window = StartupWindow(data_dir, config)
        self.side: DatabaseSide | None = None
        self._thread = QThread()
        self._loader = ContextLoader(str(data_dir), config, quick)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.quick_loaded.connect(self.quick_ready)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)

    def start(self) -> None:
        """Show the window; the worker starts once it has painted. Started at once, its imports
        took the GIL from the GUI thread's own Python (event handlers) and delayed the first
        frame by about a tenth of a second, the main window no sooner (frozen build, 7 starts)."""
        self.window.show()
        after_first_paint(self.window, self._start_loading)
        # a window that is never exposed (another desktop) must not hold the start back
        QTimer.singleShot(LOAD_ANYWAY_MS, self._start_loading)

    def _start_loading(self) -> None:
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()

    def continue_loading(self) -> None:
        """After a quick start: load the database side and open the database now."""
        self._loader.go()

    def _loaded(self, side: DatabaseSide) -> None:
        self.side = side
        self._thread.quit()
        self.ready.emit(side)

    def _failed(self, error: Exception) -> None:
        self._thread.quit()
        self.failed.emit(error)

    def finish(self) -> None:
        """Close the start-up window and wait for the worker (the person may have closed the
        window while the database was still opening)."""
        self.window.close()
        self._loader.go(abandon=True)
        self._thread.quit()
        self._thread.wait()
        if self.side is None and self._loader.side is not None:
            self._loader.side.context.close()


def run_gui(data_dir: str | None, config: Preconfiguration | None = None) -> int:
    """Open the main window on the data folder's database; returns the exit code."""
    app = make_application()
    config = config or Preconfiguration()
    folder = Path(data_dir) if data_dir else default_data_dir()
    install_translators(app, config.language, saved_language(DataPaths(folder).settings))
    install_exception_hook()
    startup = Startup(folder, config, quick=True)
    probe = StartupProbe(app) if StartupProbe.wanted() else None
    if probe:
        probe.watch(startup.window, "first-paint")
    windows: list[MainWindow] = []  # the main window lives as long as the event loop

    def show_main_window(context: AppContext, side: DatabaseSide | None = None) -> None:
        from desktop.main_window import MainWindow  # loaded by the worker in step 2

        try:
            window = MainWindow(context, side)
        except Exception as error:  # a bug: reported, and the start ends instead of hanging
            report_unexpected(error)
            app.exit(1)
            return
        windows.append(window)
        window.language_switched.connect(lambda: replace_window(window))
        if probe:
            probe.watch(window, "main-window", last=True)
        if side is None:
            after_first_paint(window, startup.continue_loading)  # step 3 after the paint
        window.show()
        startup.window.close()

    def replace_window(old: MainWindow) -> None:
        """Another language: the same window built again in it, where the person was."""
        try:
            window = old.rebuilt()
        except Exception as error:  # a bug: reported, the old window stays
            report_unexpected(error)
            return
        windows[windows.index(old)] = window
        window.language_switched.connect(lambda: replace_window(window))

    def database_opened(side: DatabaseSide) -> None:
        if not windows:
            show_main_window(side.context, side)
            return
        try:
            windows[0].attach(side)
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
    opened = startup.side.context if startup.side else None
    if opened is not None and all(c.database is not opened.database for c in contexts):
        contexts.append(opened)
    return contexts
