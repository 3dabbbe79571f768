"""Reads for the Progress area off the GUI thread: one at a time per purpose, the newest wins.

Each request is a plain function of no arguments returning plain data; its result reaches the
GUI thread through a queued signal. A newer request on the same channel makes an older
result stale: it is dropped, so a quick run of filter changes shows only the last answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid

from desktop.shared.workers import Worker


class _Request(QObject):
    """Lives on the GUI thread beside its worker, so the worker's signals reach it queued."""

    def __init__(self, loader: Loader, channel: str, generation: int, worker: Worker,
                 deliver: Callable[[object], None]) -> None:
        super().__init__(worker)
        self.loader, self.channel, self.generation = loader, channel, generation
        self.worker, self.deliver = worker, deliver
        worker.finished.connect(self.finish)
        worker.failed.connect(self.fail)

    def _end(self) -> bool:
        """Release the worker; True if the answer is still wanted (the area that asked is
        still there, and asked nothing newer on this channel)."""
        self.worker.release()
        if not isValid(self.loader):
            return False
        self.loader.ended(self.worker)
        return self.loader.is_latest(self.channel, self.generation)

    @Slot(object)
    def finish(self, result: object) -> None:
        if self._end():
            self.deliver(result)

    @Slot(object)
    def fail(self, error: Exception) -> None:
        if self._end():
            self.loader.failed.emit(error)


class Loader(QObject):
    """Starts reads and hands their results to the GUI thread.

    Signals: busy(bool) while reads run; failed(object) with a read's exception.
    """

    busy = Signal(bool)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generations: dict[str, int] = {}
        self._running: set[Worker] = set()

    def load(self, channel: str, read: Callable[[], object],
             deliver: Callable[[object], None]) -> None:
        """Run read() off the GUI thread and give its result to deliver, unless a newer read
        on the same channel was asked for meanwhile."""
        generation = self._generations.get(channel, 0) + 1
        self._generations[channel] = generation
        worker = Worker(_ignoring_progress(read))
        _Request(self, channel, generation, worker, deliver)
        self._running.add(worker)
        self.busy.emit(True)
        worker.start()

    def is_latest(self, channel: str, generation: int) -> bool:
        return self._generations.get(channel) == generation

    def ended(self, worker: Worker) -> None:
        self._running.discard(worker)
        if not self._running:
            self.busy.emit(False)

    def running(self) -> bool:
        return bool(self._running)

    def wait(self) -> None:
        """Wait for every read to end (before the database closes)."""
        for worker in list(self._running):
            worker.wait()


def _ignoring_progress(read: Callable[[], object]):
    def job(_progress, _cancelled) -> object:
        return read()
    return job
