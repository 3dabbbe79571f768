"""Long work off the GUI thread: a worker running a plain function, and its progress dialog.

A worker has no Qt parent and is kept in RUNNING until the GUI thread has its answer and its
thread has ended: closing a window must never delete a worker whose thread still runs (the
thread would emit from a deleted object), and the last reference to a Qt object must never
be dropped on a pool thread (shiboken would then delete it from there).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

# The function a worker runs: it reports progress(done, total) and checks cancelled() often.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]
RUNNING: set[Worker] = set()


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

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self._last_step = None
        self._pool = QThreadPool(self)  # its own thread, so wait() waits for this job only
        self._pool.setMaxThreadCount(1)

    def start(self) -> None:
        RUNNING.add(self)
        # A plain callable, not a QRunnable subclass: nothing Python-owned is deleted on the
        # pool thread when the job ends.
        self._pool.start(self._run)

    def release(self) -> None:
        """On the GUI thread, once its answer arrived: let the thread end, then let go."""
        self._pool.waitForDone()
        RUNNING.discard(self)
        self.deleteLater()

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

    def __init__(self, worker: Worker, dialog: QProgressDialog, owner: QWidget, on_finished,
                 on_failed) -> None:
        super().__init__(worker)
        self.worker, self.dialog, self.owner = worker, dialog, owner
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

    def _end(self) -> bool:
        """Close the dialog and release the worker; False if the window that asked is gone
        (its answer then has nowhere to go)."""
        if isValid(self.dialog):
            self.dialog.canceled.disconnect(self.worker.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        self.worker.release()
        return isValid(self.owner)

    @Slot(object)
    def finish(self, result: object) -> None:
        if self._end():
            self.on_finished(result)

    @Slot(object)
    def fail(self, error: Exception) -> None:
        if self._end():
            self.on_failed(error)


def run_with_progress(parent: QWidget, label: str, job: Job,
                      on_finished: Callable[[object], None],
                      on_failed: Callable[[Exception], None]) -> Worker:
    """Start job in a worker behind a progress dialog whose Cancel stops it."""
    # Qt's own Cancel button, worded by Qt's translations (qtbase_*.qm) and kept, so tests
    # press it as a person would.
    dialog = QProgressDialog(parent)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    cancel_button = dialog.findChild(QPushButton)
    dialog.setWindowTitle(parent.window().windowTitle() or label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick jobs end before a dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    worker = Worker(job)
    worker.dialog, worker.cancel_button = dialog, cancel_button
    _ProgressRun(worker, dialog, parent, on_finished, on_failed)
    worker.start()
    return worker
