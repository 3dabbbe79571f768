"""The regions of a country: those whose conferences count it among the region's own states.

One query for everyone who needs them: the office's identity and scope, the catalog browser,
the package lists and the update packages' recipients; and, for the people who see them, why
the office follows each conference (event_reasons).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.storage.local_office import read_local_office
from db.storage.quick_read import ReadSource, SqlReader
from db.storage.sql_dialect import position_of

# The events a country's office follows: those whose texts count the country among the
# region's own states, in whatever part (participant, invited, or only named).
_REGIONAL_EVENTS = ("FROM region JOIN event ON event.region_code = region.code "
                    "JOIN participation ON participation.event_code = event.code ")
_OF_COUNTRY = ("WHERE participation.country_iso2 = :country AND participation.regional = TRUE "
               "ORDER BY event.ordinal")
COUNTRY_REGIONS_SQL = ("SELECT region.code, region.name, event.code, event.short_name "
                       + _REGIONAL_EVENTS + _OF_COUNTRY)


def country_event_reasons_sql(dialect: str) -> str:
    """The rows of COUNTRY_REGIONS_SQL with the part the texts give the country, the words
    that say so, and the catalog item quoting those words, if one does (Kenya is named in one
    of Sana'a's selected follow-up activities, not among its participants)."""
    quoted = position_of(dialect, "participation.evidence", "catalog_item.text")
    quoting_item = (
        "LEFT JOIN catalog_item AS quoting ON quoting.code = (SELECT catalog_item.code "
        "FROM catalog_item JOIN document ON document.code = catalog_item.document_code "
        "WHERE document.event_code = event.code AND participation.evidence != '' "
        f"AND {quoted} > 0 ORDER BY catalog_item.code LIMIT 1) ")
    return ("SELECT region.code, region.name, event.code, event.short_name, "
            "participation.role, participation.evidence, quoting.code, quoting.kind "
            + _REGIONAL_EVENTS + quoting_item + _OF_COUNTRY)


# The parts a country can have in an event (db/models.py Participation.role), strongest
# first: an office follows an event for the strongest part its country had in it.
ROLES = ("participant", "invited", "observer", "mentioned")


@dataclass(frozen=True)
class RegionInfo:
    """A region and the events held for it."""

    code: str
    name: str
    event_codes: tuple[str, ...]
    event_names: tuple[str, ...]


@dataclass(frozen=True)
class EventReason:
    """Why a country's office follows an event: the strongest part the texts give the country
    (a ROLES code), their words that say so, and the catalog item quoting them, if any."""

    region_code: str
    region_name: str
    event_code: str
    event_name: str
    role: str
    evidence: str
    item_code: str | None = None
    item_kind: str | None = None


def regions_of(sql: SqlReader, country_iso2: str) -> tuple[RegionInfo, ...]:
    """The country's regions, each with its events, in conference order."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for region, name, event, event_name in sql.all(COUNTRY_REGIONS_SQL,
                                                   {"country": country_iso2}):
        found.setdefault(region, (name, {}))[1].setdefault(event, event_name)
    return tuple(RegionInfo(code, name, tuple(events), tuple(events.values()))
                 for code, (name, events) in found.items())


def _strength(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def event_reasons(sql: SqlReader, country_iso2: str) -> tuple[EventReason, ...]:
    """Each event of the country's regions, in conference order, with why its office follows
    it (the events of regions_of, one reason each)."""
    found: dict[str, EventReason] = {}
    for row in sql.all(country_event_reasons_sql(sql.dialect), {"country": country_iso2}):
        reason = EventReason(*row)
        held = found.get(reason.event_code)
        if held is None or _strength(reason.role) < _strength(held.role):
            found[reason.event_code] = reason
    return tuple(found.values())


def local_event_reasons(source: ReadSource) -> tuple[EventReason, ...]:
    """Why this installation's field office follows each of its events; none for
    headquarters (which follows every event) or before setup."""
    with source.reading() as sql:
        office = read_local_office(sql)
        if office is None or not office.own_country:
            return ()
        return event_reasons(sql, office.own_country)
