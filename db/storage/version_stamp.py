"""The Tenpoint version that last opened a database: in SQLite's header (user_version), on a
server in the comment of alembic_version.

When an older build meets a schema it does not know, this tells it which version to install.
Neither place is a table of Tenpoint's (nor in the models), so the stamp survives every schema
change and costs no migration; pg_dump keeps the comment as a SQLite copy keeps the header.
SQLite's field holds one 32-bit integer: major * 1_000_000 + minor * 1_000 + patch (0 =
unknown); the comment says "Tenpoint 1.2.3" for a database administrator to read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # db/storage/backups.py decodes stamps without SQLAlchemy (a quick start)
    from sqlalchemy import Engine

_RELEASE = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")
_PART_LIMIT = 1000
_MAJOR_LIMIT = 2147  # user_version is a signed 32-bit integer
COMMENT_PREFIX = "Tenpoint "  # the comment on a server's alembic_version: "Tenpoint 1.2.3"
MAY_COMMENT = ("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class "
               "WHERE oid = to_regclass('alembic_version')")


def encode_version(version: str) -> int:
    """The user_version value for "1.2.3" (suffixes such as "rc1" or "+local" ignored); 0 if
    the version cannot be encoded."""
    match = _RELEASE.match(version or "")
    if not match:
        return 0
    major, minor, patch = (int(part or 0) for part in match.groups())
    if major >= _MAJOR_LIMIT or minor >= _PART_LIMIT or patch >= _PART_LIMIT:
        return 0
    return major * 1_000_000 + minor * 1_000 + patch


def decode_version(value: int) -> str | None:
    """"1.2.3" for a stored user_version, None when nothing was recorded."""
    if value <= 0:
        return None
    major, rest = divmod(value, 1_000_000)
    minor, patch = divmod(rest, 1_000)
    return f"{major}.{minor}.{patch}"


def read_version_stamp(engine: Engine) -> str | None:
    """The version that last opened the database, if one recorded it."""
    with engine.connect() as connection:
        return decode_version(_stored(connection))


def write_version_stamp(engine: Engine, version: str) -> None:
    """Record this build's version; written only when it differs, so opening stays read-only
    for an unchanged database."""
    value = encode_version(version)
    if not value:
        return
    with engine.begin() as connection:
        if _stored(connection) == value:
            return
        if connection.dialect.name == "postgresql":
            # Only the table's owner may comment on it: an officer signed in as a role of
            # their own leaves the stamp to the one who migrates (who owns the schema).
            if not connection.exec_driver_sql(MAY_COMMENT).scalar():
                return
            # COMMENT takes no bound parameters; the text is digits and dots computed above.
            connection.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS "
                                       f"'{COMMENT_PREFIX}{decode_version(value)}'")
        else:
            # PRAGMA takes no bound parameters; value is an int computed above.
            connection.exec_driver_sql(f"PRAGMA user_version = {value:d}")


def _stored(connection) -> int:
    """The stamp as its number (0: none recorded)."""
    if connection.dialect.name != "postgresql":
        return int(connection.exec_driver_sql("PRAGMA user_version").scalar())
    comment = connection.exec_driver_sql(
        "SELECT obj_description(to_regclass('alembic_version'), 'pg_class')").scalar()
    return stamp_of_comment(comment)


def stamp_of_comment(comment: str | None) -> int:
    """The stamp a server's comment on alembic_version records (0: none)."""
    if not comment or not comment.startswith(COMMENT_PREFIX):
        return 0
    return encode_version(comment[len(COMMENT_PREFIX):])
