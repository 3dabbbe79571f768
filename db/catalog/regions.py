"""The regions of a country: those whose conferences count it among the region's own states.

One query for everyone who needs them: the office's identity and scope, the catalog browser,
the package lists and the update packages' recipients.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.storage.quick_read import SqlReader

COUNTRY_REGIONS_SQL = (
    "SELECT region.code, region.name, event.code, event.short_name FROM region "
    "JOIN event ON event.region_code = region.code "
    "JOIN participation ON participation.event_code = event.code "
    "WHERE participation.country_iso2 = :country AND participation.regional = 1 "
    "ORDER BY event.ordinal")


@dataclass(frozen=True)
class RegionInfo:
    """A region and the events held for it."""

    code: str
    name: str
    event_codes: tuple[str, ...]
    event_names: tuple[str, ...]


def regions_of(sql: SqlReader, country_iso2: str) -> tuple[RegionInfo, ...]:
    """The country's regions, each with its events, in conference order."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for region, name, event, event_name in sql.all(COUNTRY_REGIONS_SQL,
                                                   {"country": country_iso2}):
        found.setdefault(region, (name, {}))[1].setdefault(event, event_name)
    return tuple(RegionInfo(code, name, tuple(events), tuple(events.values()))
                 for code, (name, events) in found.items())
