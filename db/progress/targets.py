"""Progress towards the Dar es Salaam Action Plan's targets: how far each measurable end is met."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from db.errors import CatalogDataError, UnknownItemError
from db.progress.scope import (
    STATUS_ORDER,
    ProgressScope,
    activity_conditions,
    item_conditions,
    joined,
)
from db.resources import catalog_dir
from db.storage.quick_read import ReadSource, SqlReader, in_list

INDICATORS_FILE = "target_indicators.json"
ACTION_PLAN_EVENT = "DES"
ALL = "all"  # the threshold of "in all countries"
UNITS = ("countries", "achievements")
# What a target counts: an activity linked to one of its counted items that is completed, or
# ongoing with evidence recorded (a claim of progress without a reference is not counted yet).
COUNTED_STATUSES = ("completed", "ongoing")
# Activities show counting ones first, then by status as figures show them.
_STATUS_RANK = ("CASE a.status " + " ".join(f"WHEN '{status}' THEN {n}" for n, status
                                          in enumerate(STATUS_ORDER)) + " ELSE 99 END")
# The rule in SQL, on progress_link (migration 0006), whose has_evidence says whether evidence
# was recorded (whitespace alone is none).
COUNTS_SQL = (f"(p.status = '{COUNTED_STATUSES[0]}' OR (p.status = '{COUNTED_STATUSES[1]}' "
              "AND p.has_evidence))")


@dataclass(frozen=True)
class TargetIndicator:
    """How a target is measured: its unit, threshold (None: all countries) and counted items."""

    code: str
    unit: str  # "countries" or "achievements"
    threshold: int | None
    source_text: str  # the phrase of the target's text that states the threshold
    counted_items: tuple[str, ...]  # the target and the actions that serve it


@dataclass(frozen=True)
class TargetActivity:
    """A live activity linked to a target's counted items; counts says whether it counts."""

    uuid: str
    title: str
    status: str
    country_iso2: str | None  # the activity's country, else its office's
    country_name: str
    office_name: str
    evidence: str
    counts: bool


@dataclass(frozen=True)
class TargetCountry:
    """A country with counting activities for a target, and how many."""

    iso2: str
    name: str
    activities: int


@dataclass(frozen=True)
class TargetProgress:
    """One target and how far the activities in scope have brought it."""

    code: str
    section_title: str
    text: str
    deadline_year: int
    unit: str
    threshold: int
    threshold_is_all: bool
    source_text: str
    achieved: int
    reached: bool
    gap: int  # how many countries or achievements are still missing
    countries: tuple[TargetCountry, ...]  # counting activities only
    activities: tuple[TargetActivity, ...]  # every live linked activity in scope


@dataclass(frozen=True)
class _Target:
    code: str
    section_title: str
    text: str
    deadline_year: int


# --- The curated indicators -------------------------------------------------------------------


@cache
def target_indicators() -> tuple[TargetIndicator, ...]:
    """The indicators of resources/catalog/target_indicators.json, in Action Plan order."""
    path = catalog_dir() / INDICATORS_FILE
    entries = json.loads(path.read_text(encoding="utf-8"))["targets"]
    return tuple(_indicator(entry) for entry in entries)


def _indicator(entry: dict) -> TargetIndicator:
    unit, threshold = entry["unit"], entry["threshold"]
    if not _valid(unit, threshold):
        raise CatalogDataError(INDICATORS_FILE, f"{entry['code']}: {unit} {threshold!r}")
    return TargetIndicator(code=entry["code"], unit=unit,
                           threshold=None if threshold == ALL else threshold,
                           source_text=entry["source_text"],
                           counted_items=tuple(entry["counted_items"]))


def _valid(unit: str, threshold: object) -> bool:
    """The threshold "all" only counts countries; any other is a positive number."""
    if threshold == ALL:
        return unit == "countries"
    return unit in UNITS and isinstance(threshold, int) and threshold > 0


# --- Progress -----------------------------------------------------------------------------------


def target_progress(database: ReadSource, scope: ProgressScope) -> list[TargetProgress]:
    """Every target the scope's event, region and area filters keep, in Action Plan order,
    with its countries and progress; its activities are listed by target_detail."""
    return _progress(database, scope, target_indicators(), listed=False)


def target_detail(database: ReadSource, scope: ProgressScope, code: str) -> TargetProgress:
    """One target with every activity linked to it; UnknownItemError when no indicator has
    the code or the scope leaves it out."""
    indicators = [each for each in target_indicators() if each.code == code]
    found = _progress(database, scope, indicators, listed=True) if indicators else []
    if not found:
        raise UnknownItemError(code)
    return found[0]


def _progress(database: ReadSource, scope: ProgressScope,
              indicators: Iterable[TargetIndicator], listed: bool) -> list[TargetProgress]:
    by_code = {indicator.code: indicator for indicator in indicators}
    with database.reading() as reader:
        targets = _targets(reader, scope, list(by_code))
        kept = [by_code[code] for code in targets]
        region = _region_countries(reader, scope)
        read = _activities if listed else _counting
        activities = read(reader, scope, kept)
    return [_measured(indicator, targets[indicator.code], region,
                      activities.get(indicator.code, ()), listed)
            for indicator in kept]


def _targets(reader: SqlReader, scope: ProgressScope, codes: list[str]) -> dict[str, _Target]:
    """The targets among codes that the scope keeps, by code in Action Plan order."""
    clauses, params = item_conditions(scope)
    among, among_params = in_list("catalog_item.code", "target", codes)
    rows = reader.all(
        "SELECT catalog_item.code, section.title, catalog_item.text, "
        "action_plan_target.deadline_year FROM catalog_item "
        "JOIN action_plan_target ON action_plan_target.item_code = catalog_item.code "
        "JOIN section ON section.code = catalog_item.section_code "
        "JOIN document ON document.code = catalog_item.document_code "
        "JOIN event ON event.code = document.event_code "
        f"WHERE {joined([*clauses, among])} ORDER BY section.ordinal, catalog_item.ordinal",
        {**params, **among_params})
    return {row[0]: _Target(*row) for row in rows}


def _region_countries(reader: SqlReader, scope: ProgressScope) -> frozenset[str]:
    """The countries "all" means: the conference's regional participants, or the scope's one.

    Eritrea is regional but only mentioned in the texts, not a participant: it is left out.
    """
    if scope.country_iso2 is not None:
        return frozenset({scope.country_iso2})
    rows = reader.all("SELECT DISTINCT country_iso2 FROM participation WHERE event_code = :event "
                      "AND regional = TRUE AND role = 'participant'", {"event": ACTION_PLAN_EVENT})
    return frozenset(row[0] for row in rows)


def _activities(reader: SqlReader, scope: ProgressScope, indicators: list[TargetIndicator]
                ) -> dict[str, list[TargetActivity]]:
    """Every target's live linked activities in scope, in one query, by target code."""
    values, params = _counted_items(indicators)
    if not params:
        return {}
    clauses, scope_params = activity_conditions(scope, "a")
    rows = reader.all(
        f"WITH counted(target_code, item_code) AS (VALUES {values}) "
        "SELECT counted.target_code, a.uuid, a.title, a.status, "
        "COALESCE(NULLIF(a.country_iso2, ''), office.country_iso2) AS iso2, "
        f"COALESCE(country.name, ''), office.name, a.evidence, {COUNTS_SQL} AS counts "
        "FROM counted JOIN progress_link AS p ON p.item_code = counted.item_code "
        "JOIN activity AS a ON a.uuid = p.activity_uuid "
        "JOIN office ON office.uuid = a.owner_office_uuid "
        "LEFT JOIN country ON country.iso2 = COALESCE(NULLIF(a.country_iso2, ''), "
        f"office.country_iso2) WHERE {joined(clauses)} "
        f"ORDER BY counted.target_code, counts DESC, {_STATUS_RANK}, "
        "country.name, a.title, a.uuid",
        {**params, **scope_params})
    found: dict[str, list[TargetActivity]] = defaultdict(list)
    previous = None
    for target, uuid, title, status, iso2, country, office, evidence, counts in rows:
        # An activity linked to several of one target's items comes once per link, adjacent.
        if (target, uuid) != previous:
            found[target].append(TargetActivity(uuid, title, status, iso2, country, office,
                                                evidence or "", bool(counts)))
        previous = target, uuid
    return found


def _counting(reader: SqlReader, scope: ProgressScope, indicators: list[TargetIndicator]
              ) -> dict[str, list[TargetActivity]]:
    """Only the counting activities of every target, with their countries: read from the
    narrow progress_link rows (migration 0006), which is what keeps the whole list quick."""
    values, params = _counted_items(indicators)
    if not params:
        return {}
    clauses, scope_params = activity_conditions(scope, "p", narrow=True)
    rows = reader.all(
        f"WITH counted(target_code, item_code) AS (VALUES {values}) "
        "SELECT DISTINCT counted.target_code, p.activity_uuid, "
        "COALESCE(NULLIF(p.country_iso2, ''), office.country_iso2) AS iso2 "
        "FROM counted JOIN progress_link AS p ON p.item_code = counted.item_code "
        "JOIN office ON office.uuid = p.owner_office_uuid "
        f"WHERE {joined([*clauses, COUNTS_SQL])}", {**params, **scope_params})
    names = dict(reader.all("SELECT iso2, name FROM country"))
    found: dict[str, list[TargetActivity]] = defaultdict(list)
    for target, uuid, iso2 in rows:
        found[target].append(TargetActivity(uuid, "", "", iso2, names.get(iso2, ""), "", "",
                                            True))
    return found


def _counted_items(indicators: list[TargetIndicator]) -> tuple[str, dict[str, str]]:
    """The VALUES rows (target code, counted item code) of the indicators, and their parameters."""
    pairs = [(indicator.code, item) for indicator in indicators
             for item in indicator.counted_items]
    values = ", ".join(f"(:target_{n}, :item_{n})" for n in range(len(pairs)))
    params = {}
    for n, (target, item) in enumerate(pairs):
        params[f"target_{n}"], params[f"item_{n}"] = target, item
    return values, params


def _measured(indicator: TargetIndicator, target: _Target, region: frozenset[str],
              activities: Iterable[TargetActivity], listed: bool) -> TargetProgress:
    activities = tuple(activities)
    counting = [activity for activity in activities if activity.counts]
    countries = _countries(counting)
    if indicator.threshold is None:
        # "All countries" is met by the region's countries, not by any others.
        threshold = len(region)
        achieved = sum(1 for country in countries if country.iso2 in region)
    else:
        threshold = indicator.threshold
        achieved = len(countries) if indicator.unit == "countries" else len(counting)
    return TargetProgress(
        code=target.code, section_title=target.section_title, text=target.text,
        deadline_year=target.deadline_year, unit=indicator.unit, threshold=threshold,
        threshold_is_all=indicator.threshold is None, source_text=indicator.source_text,
        achieved=achieved, reached=achieved >= threshold, gap=max(threshold - achieved, 0),
        countries=countries, activities=activities if listed else ())


def _countries(counting: list[TargetActivity]) -> tuple[TargetCountry, ...]:
    """The countries of the counting activities (those with none have no country to add)."""
    count: dict[tuple[str, str], int] = defaultdict(int)
    for activity in counting:
        if activity.country_iso2:
            count[activity.country_name, activity.country_iso2] += 1
    return tuple(TargetCountry(iso2, name, number)
                 for (name, iso2), number in sorted(count.items()))
