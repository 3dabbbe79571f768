"""What a progress figure covers: region, country, office, event, action area, status, period.

One declaration of the scope's SQL, so coverage, targets, lateness and reports count alike.
The 2011 compilation's activities are the baseline: left out unless the scope asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.catalog.compilation import COMPILATION_OFFICE_UUID, FOLLOWUP_KINDS
from db.storage.sql_dialect import json_value

# Items that ask something of States: everything but the follow-up the 2011 compilation
# reports and the Action Plan's lists of training topics and target groups. The compilation's
# activities link to its follow-up items, so counting the baseline counts those items too.
LISTS_KINDS = ("training_target_group", "training_topic")
NOT_ASKING_KINDS = (*FOLLOWUP_KINDS, *LISTS_KINDS)
# The activity statuses in the order figures show them, then the items with none.
STATUS_ORDER = ("completed", "ongoing", "planned", "suspended", "cancelled")
NO_FOLLOW_UP = "none"


@dataclass(frozen=True)
class ProgressScope:
    """The filters of the Progress area and of a report; None means any."""

    region_code: str | None = None
    country_iso2: str | None = None
    office_uuid: str | None = None
    event_code: str | None = None
    area_number: int | None = None
    status: str | None = None  # only activities of this status count as follow-up
    period_start: date | None = None  # activities running on a day of the period
    period_end: date | None = None
    include_baseline: bool = False  # count the 2011 compilation's activities too


def item_conditions(scope: ProgressScope, item: str = "catalog_item", event: str = "event",
                    asking_only: bool = True) -> tuple[list[str], dict]:
    """Conditions on a catalog item joined to its event: the asking, live items in scope
    (asking_only False: items of any kind)."""
    clauses = [f"{item}.retired = FALSE"]
    if asking_only:
        left_out = LISTS_KINDS if scope.include_baseline else NOT_ASKING_KINDS
        clauses.append(f"{item}.kind NOT IN ({', '.join(repr(kind) for kind in left_out)})")
    params: dict = {}
    if scope.region_code is not None:
        clauses.append(f"{event}.region_code = :scope_region")
        params["scope_region"] = scope.region_code
    if scope.event_code is not None:
        clauses.append(f"{event}.code = :scope_event")
        params["scope_event"] = scope.event_code
    if scope.area_number is not None:
        clauses.append(f"{item}.code IN (SELECT item_code FROM item_action_area "
                       "WHERE area_number = :scope_area)")
        params["scope_area"] = scope.area_number
    return clauses, params


def activity_conditions(scope: ProgressScope, activity: str = "activity",
                        baseline: bool | None = None, narrow: bool = False
                        ) -> tuple[list[str], dict]:
    """Conditions on live activities in scope, named activity in the query; baseline
    True/False picks the 2011 compilation's activities or the others (None: as the scope
    says). narrow: activity is a trigger-kept narrow copy of the rows (progress_link,
    activity_list_index; migrations 0003 and 0006), which says deleted, not deleted_at."""
    clauses = [f"{activity}.deleted = FALSE" if narrow else f"{activity}.deleted_at IS NULL"]
    params: dict = {"compilation_office": COMPILATION_OFFICE_UUID}
    if baseline is None:
        baseline = None if scope.include_baseline else False
    if baseline is True:
        clauses.append(f"{activity}.owner_office_uuid = :compilation_office")
    elif baseline is False:
        clauses.append(f"{activity}.owner_office_uuid != :compilation_office")
    if scope.country_iso2 is not None:
        clauses.append(f"{activity}.country_iso2 = :scope_country")
        params["scope_country"] = scope.country_iso2
    if scope.office_uuid is not None:
        clauses.append(f"{activity}.owner_office_uuid = :scope_office")
        params["scope_office"] = scope.office_uuid
    if scope.status is not None:
        clauses.append(f"{activity}.status = :scope_status")
        params["scope_status"] = scope.status
    if scope.period_end is not None:
        clauses.append(f"({activity}.start_date IS NULL OR {activity}.start_date <= :period_end)")
        params["period_end"] = scope.period_end.isoformat()
    if scope.period_start is not None:
        clauses.append(f"({activity}.end_date IS NULL OR {activity}.end_date >= :period_start)")
        params["period_start"] = scope.period_start.isoformat()
    return clauses, params


def narrows_items(scope: ProgressScope) -> bool:
    """Whether the scope picks items (region, event, action area), not only activities."""
    return any(value is not None for value in (scope.region_code, scope.event_code,
                                               scope.area_number))


def linked_item_condition(scope: ProgressScope, link_column: str) -> tuple[list[str], dict]:
    """link_column (an activity's uuid, or a link's item code) restricted to the items the
    scope picks: none when it picks no items, so the common case costs nothing."""
    if not narrows_items(scope):
        return [], {}
    clauses, params = item_conditions(scope, asking_only=False)
    items = ("SELECT catalog_item.code FROM catalog_item JOIN document ON document.code = "
             f"catalog_item.document_code JOIN event ON event.code = document.event_code "
             f"WHERE {joined(clauses)}")
    if link_column.endswith("item_code"):
        return [f"{link_column} IN ({items})"], params
    # progress_link is keyed by item: each picked item's activities are one range of it.
    return [f"{link_column} IN (SELECT activity_uuid FROM progress_link WHERE item_code "
            f"IN ({items}))"], params


def joined(clauses: list[str]) -> str:
    """The conditions joined with AND (TRUE when there are none)."""
    return " AND ".join(clauses) if clauses else "TRUE"


def source_order(dialect: str) -> str:
    """ORDER BY terms for items in source order: event, document, the item's first source
    line (a JSON number, compared as one; items with no line first, as SQLite orders NULL
    and PostgreSQL does when told), then its ordinal."""
    first_line = json_value(dialect, "catalog_item.source_lines", 0)
    return (f"event.ordinal, document.ordinal, CAST({first_line} AS INTEGER) NULLS FIRST, "
            "catalog_item.ordinal")
