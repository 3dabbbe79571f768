"""Other officers' work, seen on this screen: a watcher of the shared database's changes.

On a headquarters' PostgreSQL database an import, a conflict resolved or a catalog change
made by another officer is announced when it commits (db/storage/server.py announce_change:
NOTIFY on the channel tenpoint_changes). ServerWatch listens on a connection of its own in a
QThread that sleeps in select() on that connection's socket and on a wake-up socket: it wakes
when a notification arrives or when it is told to stop, never to poll. The window is told on
the GUI thread, once per burst (an import of many packages announces each), and reads its
lists again as after an import made here (desktop/main_window.py).

Announcements of this process's own connections are left out: the window refreshed itself
after its own import already. A connection the server or the network drops is made again
quietly, waiting longer each time (up to a minute); after it is back the window refreshes
once, since what others did meanwhile was not heard. stop() ends the thread and closes its
connection; the window calls it when it closes and when the application quits (a QThread
still running when Qt destroys it aborts the program).
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from db.storage.database import Database
from db.storage.server import CHANGES_CHANNEL, OwnBackends, listening

if TYPE_CHECKING:  # psycopg loads only where a shared database is watched, in run()
    import psycopg

log = logging.getLogger(__name__)

# What announce_change calls a catalog change (its payload starts so): the catalog's views
# read it again too. Any other payload changed activities, conflicts or packages.
CATALOG = "catalog"
# Sent by the watcher itself after a lost connection came back: anything may have changed.
RECONNECTED = "reconnected"
# A burst of announcements (one per package of an import) makes one refresh.
GATHER_MS = 300
FIRST_RETRY_S, LAST_RETRY_S = 2.0, 60.0
class ListenerThread(QThread):
    """LISTENs on its own connection and emits notified(what) for each announcement of
    another process; reconnects when the connection is lost, until stop()."""

    notified = Signal(str)

    def __init__(self, url: str, own: OwnBackends | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.own = own
        self._stopping = threading.Event()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self.connected = threading.Event()  # set while listening (for tests)

    def run(self) -> None:
        import psycopg

        retry, heard_before = FIRST_RETRY_S, False
        while not self._stopping.is_set():
            try:
                with listening(self.url) as connection:
                    if heard_before:
                        log.info("listening on the shared database again")
                        self.notified.emit(RECONNECTED)
                    heard_before, retry = True, FIRST_RETRY_S
                    self.connected.set()
                    self._listen(connection)
            except (psycopg.Error, OSError) as error:  # the server went away, or is not back
                log.info("no news from the shared database (%s: %s); trying again in %.0f s",
                         type(error).__name__, " ".join(str(error).split()), retry)
            finally:
                self.connected.clear()
            if self._sleep(retry):
                return
            retry = min(retry * 2, LAST_RETRY_S)

    def _listen(self, connection: psycopg.Connection) -> None:
        """Until stop(): each announcement of another process, as it arrives."""
        while True:
            ready, _, _ = select.select([connection.fileno(), self._wake_reader], [], [])
            if self._wake_reader in ready:
                return
            for what in self._received(connection):
                self.notified.emit(what)

    def _received(self, connection: psycopg.Connection) -> Iterator[str]:
        # timeout=0: read what the socket holds now; a connection the server closed raises.
        for notify in connection.notifies(timeout=0):
            if notify.channel == CHANGES_CHANNEL and (self.own is None or
                                                      notify.pid not in self.own):
                yield notify.payload

    def _sleep(self, seconds: float) -> bool:
        """Wait before trying again; True if stop() came meanwhile."""
        select.select([self._wake_reader], [], [], seconds)
        return self._stopping.is_set()

    def stop(self) -> None:
        """End the thread (at once, or when a connection attempt in progress ends) and close
        its connection; waits for it."""
        self._stopping.set()
        with contextlib.suppress(OSError):  # already closed: stopped before
            self._wake_writer.send(b"x")
        self.wait()
        for end in (self._wake_reader, self._wake_writer):
            end.close()


class ServerWatch(QObject):
    """Tells the window that other officers changed the shared database.

    Signals: changed() once per burst of announcements, after which every list reads again;
    catalog_changed() before it when the burst changed the catalog.
    """

    changed = Signal()
    catalog_changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = OwnBackends(database.engine)
        self._thread = ListenerThread(database.url, self._own, self)
        self._thread.notified.connect(self._heard)
        self._heard_what: set[str] = set()
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._tell)
        self._stopped = False
        self.location = database.location

    @property
    def listening(self) -> bool:
        """Whether the listening connection is up now."""
        return self._thread.connected.is_set()

    def start(self) -> None:
        log.info("listening for other officers' changes on %s", self.location)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (safe to call more than once, and before start())."""
        self._stopped = True
        self._thread.stop()
        self._own.forget()
        self._gather.stop()

    def _heard(self, what: str) -> None:
        if self._stopped:  # posted by the thread just before it stopped
            return
        self._heard_what.add(what)
        if not self._gather.isActive():
            self._gather.start()

    def _tell(self) -> None:
        heard, self._heard_what = self._heard_what, set()
        if any(what.startswith(CATALOG) or what == RECONNECTED for what in heard):
            self.catalog_changed.emit()
        self.changed.emit()
