"""Long work off the GUI thread: a worker running a plain function, and its progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

# The function a worker runs: it reports progress(done, total) and checks cancelled() often.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class _Task(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker._run()


class Worker(QObject):
    """Runs one job on its own pool thread; it never touches a widget.

    Signals:
        progress(int, int): done and total, as the job reports them.
        finished(object): the job's result.
        failed(object): the exception the job raised (OperationCancelled after Cancel).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._last_step = None
        # A pool owned here: deleting the worker waits for its thread.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def start(self) -> None:
        self._pool.start(_Task(self))

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it then fails with OperationCancelled."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)

    def _report(self, done: int, total: int) -> None:
        # Per-mille steps only: thousands of row callbacks must not flood the GUI thread.
        step = (done * 1000 // total) if total else done
        if step != self._last_step:
            self._last_step = step
            self.progress.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._job(self._report, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.failed.emit(error)
            return
        self.finished.emit(result)


class _ProgressRun(QObject):
    """Lives on the GUI thread, so the worker's signals reach it queued: the dialog and the
    callbacks are only ever touched here."""

    def __init__(self, worker: Worker, dialog: QProgressDialog, on_finished, on_failed) -> None:
        super().__init__(worker)
        self.worker, self.dialog = worker, dialog
        self.on_finished, self.on_failed = on_finished, on_failed
        worker.progress.connect(self.show_progress)
        worker.finished.connect(self.finish)
        worker.failed.connect(self.fail)
        dialog.canceled.connect(worker.cancel)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _end(self) -> None:
        self.dialog.canceled.disconnect(self.worker.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.worker.deleteLater()

    @Slot(object)
    def finish(self, result: object) -> None:
        self._end()
        self.on_finished(result)

    @Slot(object)
    def fail(self, error: Exception) -> None:
        self._end()
        self.on_failed(error)


def run_with_progress(parent: QWidget, label: str, job: Job,
                      on_finished: Callable[[object], None],
                      on_failed: Callable[[Exception], None]) -> Worker:
    """Start job in a worker behind a progress dialog whose Cancel stops it."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    cancel_button = QPushButton(dialog.tr("Cancel"))
    dialog.setCancelButton(cancel_button)  # kept, so tests press it as a person would
    dialog.setWindowTitle(parent.window().windowTitle() or label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick jobs end before a dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    worker = Worker(job, parent)
    worker.dialog, worker.cancel_button = dialog, cancel_button
    _ProgressRun(worker, dialog, on_finished, on_failed)
    worker.start()
    return worker
