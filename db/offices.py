"""This installation's office identity: read it, set it up, and derive its regions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from db.database import Database
from db.errors import IdentityExistsError, InvalidIdentityError, UnknownCountryError
from db.models import Country, Event, Office, Participation, Region, utc_now
from db.signing import installation_key

MAX_OFFICE_NAME = 200


@dataclass(frozen=True)
class RegionInfo:
    """A region and the events held for it."""

    code: str
    name: str
    event_codes: tuple[str, ...]
    event_names: tuple[str, ...]


@dataclass(frozen=True)
class OfficeIdentity:
    """Who this installation is; packages carry it."""

    uuid: str
    name: str
    country_iso2: str | None
    country_name: str | None
    is_headquarters: bool
    regions: tuple[RegionInfo, ...]


def regions_for_country(session: Session, country_iso2: str) -> tuple[RegionInfo, ...]:
    """The regions whose events count the country among the region's own states."""
    statement = (
        select(Region, Event)
        .join(Event, Event.region_code == Region.code)
        .join(Participation, Participation.event_code == Event.code)
        .where(Participation.country_iso2 == country_iso2, Participation.regional == True)  # noqa: E712
        .order_by(Event.ordinal)
    )
    found: dict[str, tuple[Region, list[Event]]] = {}
    for region, event in session.exec(statement):
        events = found.setdefault(region.code, (region, []))[1]
        if event not in events:
            events.append(event)
    return tuple(
        RegionInfo(region.code, region.name, tuple(e.code for e in events),
                   tuple(e.short_name for e in events))
        for region, events in found.values()
    )


def country_regions(database: Database, country_iso2: str) -> tuple[RegionInfo, ...]:
    """Regions of a country (for the setup dialog's preview); unknown codes raise."""
    with database.session() as session:
        code = _known_country(session, country_iso2)
        return regions_for_country(session, code)


def _known_country(session: Session, country_iso2: str) -> str:
    code = (country_iso2 or "").strip().upper()
    if len(code) != 2 or session.get(Country, code) is None:
        raise UnknownCountryError(country_iso2)
    return code


def _identity(session: Session, office: Office) -> OfficeIdentity:
    country = session.get(Country, office.country_iso2) if office.country_iso2 else None
    regions = regions_for_country(session, office.country_iso2) if office.country_iso2 else ()
    return OfficeIdentity(office.uuid, office.name, office.country_iso2,
                          country.name if country else None, office.is_headquarters, regions)


def local_office(database: Database) -> OfficeIdentity | None:
    """This installation's identity, or None before setup."""
    with database.session() as session:
        office = session.exec(select(Office).where(Office.is_local == True)).first()  # noqa: E712
        return _identity(session, office) if office else None


def setup_office(database: Database, name: str, country_iso2: str | None,
                 is_headquarters: bool = False, force: bool = False) -> OfficeIdentity:
    """Set this installation's identity.

    A field office names its country; headquarters may name any country or none. An existing
    identity changes only with force, since packages already sent carry it; the office keeps
    its UUID then, so its activities stay its own.
    """
    clean_name = " ".join((name or "").split())
    if not clean_name or len(clean_name) > MAX_OFFICE_NAME:
        raise InvalidIdentityError("office_name", name or "")
    with database.session() as session:
        country = None
        if country_iso2 or not is_headquarters:
            country = _known_country(session, country_iso2 or "")
        office = session.exec(select(Office).where(Office.is_local == True)).first()  # noqa: E712
        now = utc_now()
        if office is None:
            office = Office(uuid=str(uuid.uuid4()), name=clean_name, is_local=True,
                            created_at=now, updated_at=now)
            session.add(office)
        elif not force and (office.name, office.country_iso2, office.is_headquarters) != (
                clean_name, country, is_headquarters):
            raise IdentityExistsError(office.name, office.country_iso2)
        office.name = clean_name
        office.country_iso2 = country
        office.is_headquarters = is_headquarters
        office.updated_at = now
        session.flush()
        identity = _identity(session, office)
    installation_key(database)  # the office signs its packages from the first one on
    return identity
