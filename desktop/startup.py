"""The first seconds: a window paints at once, the database opens on a worker thread, then the
main window replaces it.

Importing the database libraries costs about half a second and opening (or migrating) the
database more, so they happen on a worker thread while the start-up window shows progress.
With TENPOINT_STARTUP_PROBE=1 the times of the first paint and of the main window's first
paint are printed and the application quits (benchmarks/startup_bench.py reads them).
"""

from __future__ import annotations

import gc
import logging
import os
import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from db.resources import icons_dir
from desktop.config import Preconfiguration
from desktop.version import app_version

log = logging.getLogger(__name__)

PROBE_VARIABLE = "TENPOINT_STARTUP_PROBE"


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

    Signals: loaded(AppContext), failed(Exception).
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: str, config: Preconfiguration) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.config = config
        self.context = None  # also kept here, for a start abandoned before it arrived

    @Slot()
    def run(self) -> None:
        started = time.perf_counter()
        # The imports allocate many objects that all stay alive; collecting while they run
        # only costs time (about 8%).
        gc.disable()
        try:
            import desktop.main_window  # noqa: F401 - loads the window's modules here, too
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

    Signals: ready(AppContext) on the GUI thread once the context is open;
    failed(Exception) when it could not be opened.
    """

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: Path, config: Preconfiguration) -> None:
        super().__init__()
        self.window = StartupWindow(data_dir)
        self.context = None
        self._thread = QThread()
        self._loader = ContextLoader(str(data_dir), config)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)

    def start(self) -> None:
        """Show the window, then load at once: the worker's imports run while the window
        system maps and paints it."""
        self.window.show()
        self._thread.start()

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
        self._thread.quit()
        self._thread.wait()
        if self.context is None and self._loader.context is not None:
            self._loader.context.close()
