"""Reads the follow-up summaries off the GUI thread: with 100,000 activities it takes ~0.5 s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from db.catalog.follow_up import follow_up_summaries

if TYPE_CHECKING:
    from db.storage.database import Database


class _Relay(QObject):
    """Carries the worker's result to the GUI thread (a QRunnable cannot emit signals)."""

    done = Signal(int, object)  # generation, {item code: FollowUpSummary}


class _ReadSummaries(QRunnable):
    def __init__(self, database: Database, generation: int, relay: _Relay) -> None:
        super().__init__()
        self._database = database
        self._generation = generation
        self._relay = relay

    def run(self) -> None:
        # Its own session and connection, opened inside the service call; no widget touched.
        self._relay.done.emit(self._generation, follow_up_summaries(self._database))


class FollowUpLoader(QObject):
    """Starts a fresh read on request and reports only the newest one.

    Signals:
        loaded(object): {item code: FollowUpSummary} of the latest request.
    """

    loaded = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._generation = 0
        # A pool of one thread, owned here: reads never overlap, and deleting the loader
        # waits for a read still running. Created before the relay, so it is deleted (and
        # waited for) before the relay the read reports to.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)

    def request(self) -> None:
        """Read again; an older read still running is ignored when it ends."""
        self._generation += 1
        self._pool.start(_ReadSummaries(self._database, self._generation, self._relay))

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the reads started so far are done and reported (shutdown, tests)."""
        done = self._pool.waitForDone(milliseconds)
        QCoreApplication.sendPostedEvents(self._relay)  # deliver the queued result now
        return done

    def _done(self, generation: int, summaries: dict) -> None:
        if generation == self._generation:
            self.loaded.emit(summaries)
