"""This installation's own office, looked up in one place for every reader: the services'
sessions, the quick start's plain sqlite3 connection and a backup file."""

from __future__ import annotations

from dataclasses import dataclass

from db.errors import NoOfficeError
from db.storage.quick_read import SqlReader

LOCAL_OFFICE_SQL = ("SELECT uuid, name, country_iso2, is_headquarters FROM office "
                    "WHERE is_local = TRUE")


@dataclass(frozen=True)
class LocalOffice:
    """Who this installation is, as stored (db/installation/office.py adds its regions)."""

    uuid: str
    name: str
    country_iso2: str | None
    is_headquarters: bool

    @property
    def own_country(self) -> str | None:
        """The one country whose activities this office records; None for headquarters,
        which follows every country."""
        return None if self.is_headquarters else self.country_iso2


def read_local_office(sql: SqlReader) -> LocalOffice | None:
    """This installation's office, or None before it is set up."""
    row = sql.first(LOCAL_OFFICE_SQL)
    return None if row is None else LocalOffice(row[0], row[1], row[2], bool(row[3]))


def require_local_office(sql: SqlReader) -> LocalOffice:
    """This installation's office; NoOfficeError before it is set up (tenpoint setup)."""
    office = read_local_office(sql)
    if office is None:
        raise NoOfficeError()
    return office
