"""A headquarters database on a PostgreSQL server: its URL, its engine, and what several
officers working on it at once need (one import at a time, news of finished imports).

Field offices keep the embedded SQLite file (db/storage/database.py); a headquarters that
outgrows one laptop points Tenpoint at a PostgreSQL database with a URL. The password never
has to be in that URL: libpq reads it from the user's password file (.pgpass / pgpass.conf)
or a service file (`postgresql:///?service=tenpoint`), and passes TLS settings (sslmode,
sslrootcert, ...) through as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

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

    connection = psycopg.connect(engine_url(url).set(drivername="postgresql")
                                 .render_as_string(hide_password=False), autocommit=True,
                                 application_name="tenpoint-listener")
    try:
        connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        yield connection
    finally:
        connection.close()
