"""What a report holds: the scope's events, their asking items and the follow-up under each,
the activities, and the data it was made from (offices, their latest package)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from db.progress.scope import (
    ProgressScope,
    activity_conditions,
    item_conditions,
    joined,
    linked_item_condition,
    source_order,
)
from db.progress.values import read_date, read_utc
from db.storage.database import Database
from db.storage.sql_dialect import string_list


@dataclass(frozen=True)
class ReportActivity:
    """One follow-up activity as a report prints it."""

    uuid: str
    title: str
    status: str
    country_iso2: str | None
    country_name: str
    office_name: str
    lead_organisation: str
    start_date: date | None
    end_date: date | None
    evidence: str
    updated_at: datetime  # UTC
    item_codes: tuple[str, ...]


@dataclass(frozen=True)
class ReportItem:
    """An item that asks something, with the follow-up linked to it (in the report's scope)."""

    code: str
    label: str
    kind: str
    section: str  # the section's label and title
    text: str
    activities: tuple[ReportActivity, ...]


@dataclass(frozen=True)
class ReportEvent:
    """An event of the scope and its asking items, in source order."""

    code: str
    short_name: str
    title: str
    region_name: str
    items: tuple[ReportItem, ...]


@dataclass(frozen=True)
class DataSource:
    """An office whose activities a report counts, and how current they are."""

    office_name: str
    country_name: str
    activities: int
    latest_package_at: datetime | None  # UTC; None for this installation's own office
    is_local: bool


@dataclass(frozen=True)
class StatusCounts:
    """Activities of one country, event or office counted by status."""

    key: str
    name: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# What activities are counted by: the SQL of the key and name, and the joins they need.
STATUS_GROUPINGS = {
    "country": ("coalesce(a.country_iso2, '')", "coalesce(country.name, '')",
                "LEFT JOIN country ON country.iso2 = a.country_iso2"),
    "office": ("office.uuid", "office.name", "JOIN office ON office.uuid = a.owner_office_uuid"),
    "event": ("event.code", "event.short_name",
              "JOIN activity_item_link AS l ON l.activity_uuid = a.uuid "
              "JOIN catalog_item ON catalog_item.code = l.item_code "
              "JOIN document ON document.code = catalog_item.document_code "
              "JOIN event ON event.code = document.event_code"),
}


def activities_where(scope: ProgressScope) -> tuple[str, dict]:
    """The activities in scope: their own filters, and linked to an item the scope picks."""
    clauses, params = activity_conditions(scope, "a")
    items, item_params = linked_item_condition(scope, "a.uuid")
    return joined([*clauses, *items]), {**params, **item_params}


def status_counts(database: Database, scope: ProgressScope, by: str) -> list[StatusCounts]:
    """Activities in scope by status, per country, office or event (an activity linked to
    items of two events counts in each)."""
    key, name, joins = STATUS_GROUPINGS[by]
    where, params = activities_where(scope)
    if by == "event":  # the event's own items only, not every event the activity touches
        item_clauses, item_params = item_conditions(scope, asking_only=False)
        where, params = f"{where} AND {joined(item_clauses)}", {**params, **item_params}
    order = "min(event.ordinal)" if by == "event" else "2"
    with database.reading() as reader:
        rows = reader.all(
            f"SELECT {key}, {name}, a.status, count(DISTINCT a.uuid), {order} FROM activity AS a "
            f"{joins} WHERE {where} GROUP BY 1, 2, 3 ORDER BY 5, 1", params)
    grouped: dict[str, StatusCounts] = {}
    for group, group_name, status, count, _order in rows:
        grouped.setdefault(group, StatusCounts(group, group_name, {}))
        grouped[group].counts[status] = count
    return list(grouped.values())


def report_activities(database: Database, scope: ProgressScope,
                      narrower: tuple[str, dict] | None = None, status: str | None = None
                      ) -> list[ReportActivity]:
    """The activities in scope, with their linked items, by office then title; narrower adds
    a condition on the activity a (and its parameters), status keeps one status."""
    where, params = activities_where(scope)
    if narrower is not None:
        where, params = f"{where} AND {narrower[0]}", {**params, **narrower[1]}
    if status is not None:
        where, params = f"{where} AND a.status = :only_status", {**params, "only_status": status}
    with database.reading() as reader:
        # The item codes joined in any order; sorted when read (_report_activity).
        codes = string_list(reader.dialect, "item_code", " ")
        rows = reader.all(
            "SELECT a.uuid, a.title, a.status, a.country_iso2, coalesce(country.name, ''), "
            "office.name, a.lead_organisation, a.start_date, a.end_date, a.evidence, "
            f"a.updated_at, (SELECT {codes} FROM activity_item_link "
            "WHERE activity_uuid = a.uuid) FROM activity AS a "
            "JOIN office ON office.uuid = a.owner_office_uuid "
            "LEFT JOIN country ON country.iso2 = a.country_iso2 "
            f"WHERE {where} ORDER BY office.name, a.title, a.uuid", params)
    return [_report_activity(row) for row in rows]


def _report_activity(row) -> ReportActivity:
    (uuid, title, status, iso2, country, office, lead, start, end, evidence, updated,
     codes) = row
    return ReportActivity(uuid, title, status, iso2, country, office, lead, read_date(start),
                          read_date(end), evidence, read_utc(updated),
                          tuple(sorted((codes or "").split())))


def report_events(database: Database, scope: ProgressScope,
                  activities: list[ReportActivity] | None = None) -> list[ReportEvent]:
    """The scope's events, each with its asking items in source order and under each item
    the activities in scope that follow it up."""
    activities = report_activities(database, scope) if activities is None else activities
    by_item: dict[str, list[ReportActivity]] = {}
    for activity in activities:
        for code in activity.item_codes:
            by_item.setdefault(code, []).append(activity)
    clauses, params = item_conditions(scope)
    with database.reading() as reader:
        rows = reader.all(
            "SELECT event.code, event.short_name, event.title, region.name, catalog_item.code, "
            "catalog_item.label, catalog_item.kind, trim(coalesce(section.label, '') || ' ' || "
            "section.title), catalog_item.text FROM catalog_item "
            "JOIN document ON document.code = catalog_item.document_code "
            "JOIN event ON event.code = document.event_code "
            "JOIN region ON region.code = event.region_code "
            "JOIN section ON section.code = catalog_item.section_code "
            f"WHERE {joined(clauses)} ORDER BY {source_order(reader.dialect)}", params)
    events: dict[str, tuple[tuple, list[ReportItem]]] = {}
    for event, short, title, region, code, label, kind, section, text in rows:
        item = ReportItem(code, label, kind, section, text, tuple(by_item.get(code, ())))
        events.setdefault(event, ((event, short, title, region), []))[1].append(item)
    return [ReportEvent(*head, tuple(items)) for head, items in events.values()]


def data_sources(database: Database, scope: ProgressScope) -> list[DataSource]:
    """The offices whose activities the scope counts, with the time their latest package was
    made (how current a report of them is)."""
    where, params = activities_where(scope)
    with database.reading() as reader:
        rows = reader.all(
            "SELECT office.name, coalesce(country.name, ''), count(*), office.is_local, "
            "(SELECT max(created_at) FROM sync_package WHERE direction = 'received' "
            "AND sync_package.office_uuid = office.uuid) FROM activity AS a "
            "JOIN office ON office.uuid = a.owner_office_uuid "
            "LEFT JOIN country ON country.iso2 = office.country_iso2 "
            f"WHERE {where} GROUP BY office.uuid, country.name ORDER BY office.name", params)
    return [DataSource(name, country, count, read_utc(latest), bool(is_local))
            for name, country, count, is_local, latest in rows]


@dataclass(frozen=True)
class ScopeNames:
    """The names of what a scope chose, as a report states them ("" where nothing is chosen)."""

    region: str = ""
    country: str = ""
    office: str = ""
    event: str = ""
    area: str = ""


def scope_names(database: Database, scope: ProgressScope) -> ScopeNames:
    """The chosen region's, country's, office's, event's and action area's names."""
    lookups = (("region", "SELECT name FROM region WHERE code = :v", scope.region_code),
               ("country", "SELECT name FROM country WHERE iso2 = :v", scope.country_iso2),
               ("office", "SELECT name FROM office WHERE uuid = :v", scope.office_uuid),
               ("event", "SELECT short_name || ' — ' || title FROM event WHERE code = :v",
                scope.event_code),
               ("area", "SELECT number || '. ' || name FROM action_area WHERE number = :v",
                scope.area_number))
    names: dict[str, str] = {}
    with database.reading() as reader:
        for name, sql, value in lookups:
            if value is not None:
                names[name] = reader.scalar(sql, {"v": value}) or str(value)
    return ScopeNames(**names)
