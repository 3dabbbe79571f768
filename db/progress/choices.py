"""What the Progress area's filters offer, and where a field office's view starts."""

from __future__ import annotations

from dataclasses import dataclass

from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.catalog.regions import regions_of
from db.storage.database import Database
from db.storage.local_office import read_local_office


@dataclass(frozen=True)
class ProgressChoices:
    """The filter lists: (code, name) pairs in the order people look for them."""

    regions: tuple[tuple[str, str], ...]
    events: tuple[tuple[str, str, str], ...]  # (code, short name, region code)
    countries: tuple[tuple[str, str], ...]  # the regions' states and countries with activities
    offices: tuple[tuple[str, str], ...]  # offices with activities (not the 2011 compilation)
    areas: tuple[tuple[int, str], ...]
    home_region: str | None  # a field office's first region: where its view starts
    is_headquarters: bool


def progress_choices(database: Database) -> ProgressChoices:
    """Read the filter lists and the local office's home region."""
    with database.reading() as reader:
        regions = reader.all("SELECT region.code, region.name FROM region JOIN event "
                             "ON event.region_code = region.code GROUP BY region.code "
                             "ORDER BY min(event.ordinal)")
        events = reader.all("SELECT code, short_name, region_code FROM event ORDER BY ordinal")
        countries = reader.all(
            "SELECT iso2, name FROM country WHERE iso2 IN (SELECT country_iso2 FROM "
            "participation WHERE regional = TRUE UNION SELECT DISTINCT country_iso2 FROM "
            "activity_list_index) ORDER BY name")  # its country index: 3 ms, not 60
        offices = reader.all(
            "SELECT uuid, name FROM office WHERE (uuid != :compilation AND uuid IN "
            "(SELECT owner_office_uuid FROM activity)) OR is_local = TRUE ORDER BY name",
            {"compilation": COMPILATION_OFFICE_UUID})
        areas = reader.all("SELECT number, name FROM action_area ORDER BY number")
        office = read_local_office(reader)
        home = None
        if office is not None and office.own_country:
            found = regions_of(reader, office.own_country)
            home = found[0].code if found else None
    return ProgressChoices(
        tuple(map(tuple, regions)), tuple(map(tuple, events)), tuple(map(tuple, countries)),
        tuple(map(tuple, offices)), tuple(map(tuple, areas)), home,
        bool(office and office.is_headquarters))
