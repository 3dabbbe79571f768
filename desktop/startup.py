"""The first seconds: a window paints at once, the database opens on a worker thread, then the
main window replaces it.

Importing the database libraries costs about a second and opening (or migrating) the database
more, so they happen on a worker thread while the start-up window shows progress. On a quick
start (a database that needs nothing done first, see db/storage/quick_read.py) the worker hands over
a context that reads with plain sqlite3, the main window shows from it, and only then do the
database libraries load, the worker waiting for continue_loading() (both share one GIL).
With TENPOINT_STARTUP_PROBE=1 the times of the first paint and of the main window's first
paint are printed and the application quits (benchmarks/startup_bench.py reads them).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import threading
import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from db.resources import app_version, icons_dir
from desktop.config import Preconfiguration

log = logging.getLogger(__name__)

PROBE_VARIABLE = "TENPOINT_STARTUP_PROBE"
LOAD_ANYWAY_MS = 500


def application_icon() -> QIcon:
    """The Tenpoint icon in every size shipped (resources/icons)."""
    icon = QIcon()
    for png in sorted(icons_dir().glob("tenpoint-*.png")):
        icon.addFile(str(png))
    return icon


class StartupWindow(QWidget):
    """What a person sees while the database opens.

    Centred with rich text rather than alignment flags: the first touch of PySide6's Qt
    namespace costs 45 ms, which the first frame should not wait for.
    """

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Tenpoint"))
        logo = icons_dir() / "tenpoint-64.png"
        title = self.tr("Tenpoint {version}").format(version=app_version())
        self.title_label = QLabel(f'<p align="center"><img src="{escape(logo.as_uri())}">'
                                  f"</p><p align=\"center\"><b>{escape(title)}</b></p>")
        status = self.tr("Opening the database in {folder}...").format(folder=data_dir)
        self.status_label = QLabel(f'<p align="center">{escape(status)}</p>')
        self.status_label.setWordWrap(True)
        progress = QProgressBar()
        progress.setRange(0, 0)  # busy: opening has no measurable steps
        progress.setTextVisible(False)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.status_label, progress):
            layout.addWidget(widget)
        self.setMinimumWidth(480)


class ContextLoader(QObject):
    """Imports the database side and opens the context on a worker thread.

    Signals: quick_loaded(AppContext) for a quick start, then (after go()) loaded(AppContext);
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
        self.context = None  # also kept here, for a start abandoned before it arrived
        self.quick_context = None
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
            import desktop.main_window  # loads the window's modules here, too

            if self.quick and self._quick_start():
                self._go.wait()
                if self._abandoned:
                    return
            started = time.perf_counter()
            for module in desktop.main_window.DATABASE_MODULES:
                importlib.import_module(module)
            from desktop.context import open_context

            imported = time.perf_counter()
            context = open_context(self.data_dir, self.config)
        except Exception as error:  # every failure is shown by the GUI thread
            self.failed.emit(error)
            return
        finally:
            gc.enable()
        # In the log, so a slow start on some laptop can be explained.
        log.info("start-up: imports %.2f s, database and catalog %.2f s",
                 imported - started, time.perf_counter() - imported)
        self.context = context
        self.loaded.emit(context)

    def _quick_start(self) -> bool:
        """Hand over a context that reads before the database is open, if this one allows."""
        from desktop.context import quick_context

        try:
            self.quick_context = quick_context(self.data_dir, self.config)
        except Exception:  # the full opening meets it again, and reports it
            log.exception("quick start not possible")
            return False
        if self.quick_context is None:
            return False
        self.quick_loaded.emit(self.quick_context)
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
    (call continue_loading() when the window shows); ready(AppContext) on the GUI thread once
    the context is open; failed(Exception) when it could not be opened.
    """

    quick_ready = Signal(object)
    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: Path, config: Preconfiguration, quick: bool = False) -> None:
        super().__init__()
        self.window = StartupWindow(data_dir)
        self.context = None
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
        """After a quick start: load the database libraries and open the database now."""
        self._loader.go()

    def _loaded(self, context) -> None:
        self.context = context
        self._thread.quit()
        self.ready.emit(context)

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
        if self.context is None and self._loader.context is not None:
            self._loader.context.close()
