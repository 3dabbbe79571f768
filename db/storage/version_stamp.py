"""The Tenpoint version that last opened a database, kept in SQLite's header (user_version).

When an older build meets a schema it does not know, this tells it which version to install.
The header field needs no table, so it survives every schema change and costs no migration.
It holds one 32-bit integer: major * 1_000_000 + minor * 1_000 + patch (0 = unknown).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # db/storage/backups.py decodes stamps without SQLAlchemy (a quick start)
    from sqlalchemy import Engine

_RELEASE = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")
_PART_LIMIT = 1000
_MAJOR_LIMIT = 2147  # user_version is a signed 32-bit integer


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
        return decode_version(int(connection.exec_driver_sql("PRAGMA user_version").scalar()))


def write_version_stamp(engine: Engine, version: str) -> None:
    """Record this build's version; written only when it differs, so opening stays read-only
    for an unchanged database."""
    value = encode_version(version)
    if not value:
        return
    with engine.begin() as connection:
        stored = connection.exec_driver_sql("PRAGMA user_version").scalar()
        if stored != value:
            # PRAGMA takes no bound parameters; value is an int computed above.
            connection.exec_driver_sql(f"PRAGMA user_version = {value:d}")
