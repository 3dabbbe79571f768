"""A headquarters database on a PostgreSQL server: its URL, its engine, and what several
officers working on it at once need (one import at a time, news of finished imports).

Field offices keep the embedded SQLite file (db/storage/database.py); a headquarters that
outgrows one laptop points Tenpoint at a PostgreSQL database with a URL. The password never
has to be in that URL: libpq reads it from the user's password file (.pgpass / pgpass.conf)
or a service file (`postgresql:///?service=tenpoint`), and passes TLS settings (sslmode,
sslrootcert, ...) through as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from db.errors import ServerConnectionError

if TYPE_CHECKING:  # imported in the functions: the first screen asks is_server_url early
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
# Other officers learn of a finished import or catalog change on this channel.
CHANGES_CHANNEL = "tenpoint_changes"
# Headquarters' one signing key on a shared server (db/installation/signing.py).
SHARED_SIGNING_KEY = "shared_signing_key"
# pg_advisory_xact_lock keys: one import or conflict resolution writes at a time. A number
# of Tenpoint's own ("10PP" in ASCII), so it cannot collide with another application's.
WRITE_LOCK_KEY = 0x31305050
# The listening connection: a connection attempt that hangs (a server behind a dead VPN) ends
# in 10 s, so stopping never waits longer; TCP keepalives notice a silently dead network in
# about two minutes, so the watcher reconnects instead of waiting for news that cannot come.
# An option the URL (or its service file) sets already is left as it is.
LISTENER_OPTIONS = {"connect_timeout": "10", "keepalives": "1", "keepalives_idle": "60",
                    "keepalives_interval": "15", "keepalives_count": "4"}


def is_server_url(target: object) -> bool:
    """Whether target names a PostgreSQL database (a URL) rather than a SQLite file."""
    return isinstance(target, str) and target.split(":", 1)[0].split("+", 1)[0] in SCHEMES


def engine_url(url: str) -> URL:
    """The SQLAlchemy URL for a libpq-style URL, with Tenpoint's driver (psycopg 3)."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    return parsed.set(drivername=DRIVER)


# libpq reads a password from the query string too (?password=...).
SECRET_PARAMETERS = ("password",)


def display_url(url: str) -> str:
    """The URL as people may see it (logs, the title bar): the password left out, whether
    before the host or as a parameter."""
    parsed = engine_url(url).difference_update_query(SECRET_PARAMETERS)
    return parsed._replace(drivername="postgresql", password=None).render_as_string()


def has_password(url: str) -> bool:
    """Whether a password is written in the URL itself (refused in tenpoint.ini)."""
    parsed = engine_url(url)
    return parsed.password is not None or any(key in parsed.query for key in SECRET_PARAMETERS)


def make_server_engine(url: str) -> Engine:
    """An engine on the PostgreSQL database at url.

    pool_pre_ping: a connection the server closed (restart, idle timeout) is replaced rather
    than failing the next action. The application name shows Tenpoint's sessions in
    pg_stat_activity for the database administrator.
    """
    from sqlalchemy import create_engine

    return create_engine(engine_url(url), pool_pre_ping=True,
                         connect_args={"application_name": "tenpoint"})


def is_server(bind: Connection | Engine) -> bool:
    """Whether bind is on PostgreSQL."""
    return bind.dialect.name == "postgresql"


def take_write_lock(connection: Connection) -> None:
    """Wait until no other officer's import or resolution is writing, and hold that until
    this transaction ends (a transaction-level advisory lock: released by commit, rollback or
    a lost connection, never left behind). A no-op on SQLite, whose write lock is the file's."""
    if is_server(connection):
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)",
                                   {"key": WRITE_LOCK_KEY})


def announce_change(connection: Connection, what: str) -> None:
    """Tell the other officers' screens, when this transaction commits, that what changed
    (NOTIFY is delivered only on commit, so a rolled-back import announces nothing)."""
    if is_server(connection):
        connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(what)s)",
                                   {"channel": CHANGES_CHANNEL, "what": what})


@contextmanager
def listening(url: str) -> Iterator[object]:
    """A dedicated autocommit psycopg connection LISTENing on the changes channel; iterate
    its notifies(timeout=...) to learn of other officers' imports."""
    import psycopg

    connection = psycopg.connect(listener_url(url), autocommit=True,
                                 application_name="tenpoint-listener")
    try:
        connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        yield connection
    finally:
        connection.close()


def listener_url(url: str) -> str:
    """The listening connection's libpq URL: url with the LISTENER_OPTIONS it does not set."""
    parsed = engine_url(url).set(drivername="postgresql")
    missing = {key: value for key, value in LISTENER_OPTIONS.items() if key not in parsed.query}
    return parsed.update_query_dict(missing).render_as_string(hide_password=False)


@contextmanager
def server_errors(location: str | None) -> Iterator[None]:
    """A lost or refused connection to the server at location (None: a SQLite file, nothing
    to turn) becomes a ServerConnectionError naming it and what the server said."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as error:
        if location is None:
            raise
        raise ServerConnectionError(location, server_said(error)) from error


def server_said(error: Exception) -> str:
    """What libpq or the server said, on one line (its hints come indented on others)."""
    said = str(getattr(error, "orig", None) or error)
    return re.sub(r"\s+", " ", said).strip()


class OwnBackends:
    """The server processes (backend pids) of this application's own connections, so that
    their announcements are not taken for another officer's. Kept by the engine's pool
    events; a pid leaves when its connection closes (the server may give it to another)."""

    KEY = "tenpoint_backend_pid"
    EVENTS = ("checkout", "close", "detach")

    def __init__(self, engine: Engine) -> None:
        from sqlalchemy import event

        self.engine = engine
        self.pids: set[int] = set()
        for name, listener in self._listeners():
            event.listen(engine, name, listener)

    def __contains__(self, pid: int) -> bool:
        return pid in self.pids

    def _listeners(self):
        return zip(self.EVENTS, (self._checked_out, self._closed, self._closed), strict=True)

    def _checked_out(self, dbapi_connection, record, _proxy) -> None:
        pid = dbapi_connection.info.backend_pid
        record.info[self.KEY] = pid
        self.pids.add(pid)

    def _closed(self, _dbapi_connection, record) -> None:
        self.pids.discard(record.info.pop(self.KEY, None))

    def forget(self) -> None:
        """Stop following the engine (the watcher stopped)."""
        from sqlalchemy import event

        for name, listener in self._listeners():
            if event.contains(self.engine, name, listener):
                event.remove(self.engine, name, listener)
