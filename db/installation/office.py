"""This installation's office identity: read it, set it up, and derive its regions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from db.catalog.regions import EventReason, RegionInfo, event_reasons, regions_of
from db.errors import IdentityExistsError, InvalidIdentityError, UnknownCountryError
from db.installation.signing import installation_key
from db.models import Country, Office, utc_now
from db.storage.database import Database
from db.storage.local_office import LocalOffice, read_local_office
from db.storage.quick_read import sql_of

MAX_OFFICE_NAME = 200
# What a change of identity changes (identity_changes): the GUI words each for the person.
NAME, COUNTRY, ROLE = "name", "country", "role"


@dataclass(frozen=True)
class OfficeIdentity:
    """Who this installation is; packages carry it."""

    uuid: str
    name: str
    country_iso2: str | None
    country_name: str | None
    is_headquarters: bool
    regions: tuple[RegionInfo, ...]


def country_regions(database: Database, country_iso2: str) -> tuple[RegionInfo, ...]:
    """Regions of a country (for the setup dialog's preview); unknown codes raise."""
    with database.session() as session:
        code = _known_country(session, country_iso2)
        return regions_of(sql_of(session), code)


def country_event_reasons(database: Database, country_iso2: str) -> tuple[EventReason, ...]:
    """Why an office of this country follows each of its events (for the setup dialog);
    unknown codes raise."""
    with database.session() as session:
        code = _known_country(session, country_iso2)
        return event_reasons(sql_of(session), code)


def _known_country(session: Session, country_iso2: str) -> str:
    code = (country_iso2 or "").strip().upper()
    if len(code) != 2 or session.get(Country, code) is None:
        raise UnknownCountryError(country_iso2)
    return code


def _identity(session: Session, office: LocalOffice) -> OfficeIdentity:
    country = session.get(Country, office.country_iso2) if office.country_iso2 else None
    regions = regions_of(sql_of(session), office.country_iso2) if office.country_iso2 else ()
    return OfficeIdentity(office.uuid, office.name, office.country_iso2,
                          country.name if country else None, office.is_headquarters, regions)


def local_office(database: Database) -> OfficeIdentity | None:
    """This installation's identity, or None before setup."""
    with database.session() as session:
        office = read_local_office(sql_of(session))
        return _identity(session, office) if office else None


def _valid(session: Session, name: str, country_iso2: str | None,
           is_headquarters: bool) -> tuple[str, str | None]:
    """The name and country as they would be stored; what cannot be stored raises.

    A field office names its country; headquarters may name any country or none.
    """
    clean_name = " ".join((name or "").split())
    if not clean_name or len(clean_name) > MAX_OFFICE_NAME:
        raise InvalidIdentityError("office_name", name or "")
    country = None
    if country_iso2 or not is_headquarters:
        country = _known_country(session, country_iso2 or "")
    return clean_name, country


def _changes(office: Office, name: str, country: str | None,
             is_headquarters: bool) -> tuple[str, ...]:
    stored = ((NAME, office.name, name), (COUNTRY, office.country_iso2, country),
              (ROLE, office.is_headquarters, is_headquarters))
    return tuple(code for code, held, given in stored if held != given)


def _local_row(session: Session) -> Office | None:
    found = read_local_office(sql_of(session))
    return session.get(Office, found.uuid) if found else None


def identity_changes(database: Database, name: str, country_iso2: str | None,
                     is_headquarters: bool = False) -> tuple[str, ...]:
    """What saving this identity would change in the one set up (NAME, COUNTRY, ROLE): what
    setup_office refuses without force. None before setup; invalid values raise as there."""
    with database.session() as session:
        clean_name, country = _valid(session, name, country_iso2, is_headquarters)
        office = _local_row(session)
        return () if office is None else _changes(office, clean_name, country, is_headquarters)


def setup_office(database: Database, name: str, country_iso2: str | None,
                 is_headquarters: bool = False, force: bool = False) -> OfficeIdentity:
    """Set this installation's identity.

    A field office names its country; headquarters may name any country or none. An existing
    identity changes only with force, since packages already sent carry it; the office keeps
    its UUID (and its signing key) then, so its activities stay its own.
    """
    with database.session() as session:
        clean_name, country = _valid(session, name, country_iso2, is_headquarters)
        office = _local_row(session)
        now = utc_now()
        if office is None:
            office = Office(uuid=str(uuid.uuid4()), name=clean_name, is_local=True,
                            created_at=now, updated_at=now)
            session.add(office)
        elif not force and _changes(office, clean_name, country, is_headquarters):
            raise IdentityExistsError(office.name, office.country_iso2)
        office.name = clean_name
        office.country_iso2 = country
        office.is_headquarters = is_headquarters
        office.updated_at = now
        session.flush()
        identity = _identity(session, read_local_office(sql_of(session)))
    installation_key(database)  # the office signs its packages from the first one on
    return identity
