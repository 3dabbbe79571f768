"""Coverage of the catalog by follow-up: per event, document, section or action area, how
many asking items have follow-up, by the latest status, and which have none.

The 2011 compilation's activities are counted apart, as the baseline "reported in 2011".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.progress.scope import (
    NO_FOLLOW_UP,
    STATUS_ORDER,
    ProgressScope,
    activity_conditions,
    item_conditions,
    joined,
    linked_item_condition,
    source_order,
)
from db.storage.database import Database
from db.storage.sql_dialect import POSTGRESQL

# What coverage is grouped by: the SQL of the group's key and of its name, in display order.
GROUPINGS = {
    "event": ("event.code", "event.short_name", "event.ordinal"),
    "document": ("document.code", "event.short_name || ' ' || document.title",
                 "event.ordinal * 100 + document.ordinal"),
    "section": ("top.code", "event.short_name || ' ' || trim(coalesce(top.label, '') || ' ' || "
                "top.title)", "event.ordinal * 100000 + document.ordinal * 1000 + top.ordinal"),
    "area": ("area.number", "area.name", "area.number"),
}


@dataclass(frozen=True)
class CoverageRow:
    """One group's items by the latest status of their follow-up ("none": no follow-up)."""

    key: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)
    baseline: int = 0  # activities the 2011 compilation reported in this group

    @property
    def items(self) -> int:
        return sum(self.counts.values())

    @property
    def followed_up(self) -> int:
        return self.items - self.counts.get(NO_FOLLOW_UP, 0)

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)


@dataclass(frozen=True)
class CoveredItem:
    """An item behind a coverage figure."""

    code: str
    label: str
    kind: str
    text: str
    status: str  # the latest follow-up's status, or "none"
    activities: int


def _latest_status_sql(scope: ProgressScope, dialect: str) -> tuple[str, dict]:
    """Per item: the status of its most recently updated activity in scope, and how many.

    It reads progress_link, the narrow trigger-kept copy of each link with its activity's
    status and dates (migration 0006), in its item order. SQLite takes the bare column status
    from the row holding max(updated_at) (the first such row, by activity, on a tie);
    PostgreSQL has no bare columns, and picks that row with DISTINCT ON.
    """
    clauses, params = activity_conditions(scope, "p", narrow=True)
    items, item_params = linked_item_condition(scope, "p.item_code")
    clauses, params = [*clauses, *items], {**params, **item_params}
    if dialect == POSTGRESQL:
        return (
            "SELECT DISTINCT ON (p.item_code) p.item_code AS item_code, p.status AS status, "
            "p.updated_at AS at, count(*) OVER (PARTITION BY p.item_code) AS activities "
            f"FROM progress_link AS p WHERE {joined(clauses)} "
            "ORDER BY p.item_code, p.updated_at DESC, p.activity_uuid", params)
    return (
        "SELECT p.item_code AS item_code, p.status AS status, max(p.updated_at) AS at, "
        f"count(*) AS activities FROM progress_link AS p WHERE {joined(clauses)} "
        "GROUP BY p.item_code", params)


def _item_joins(grouping: str) -> str:
    """What an item is grouped by, joined to catalog_item."""
    joins = ("JOIN document ON document.code = catalog_item.document_code "
             "JOIN event ON event.code = document.event_code "
             "JOIN section AS own ON own.code = catalog_item.section_code "
             "JOIN section AS top ON top.code = coalesce(own.parent_code, own.code) ")
    if grouping == "area":
        joins += ("JOIN item_action_area AS link_area ON link_area.item_code = catalog_item.code "
                  "JOIN action_area AS area ON area.number = link_area.area_number ")
    return joins


def coverage(database: Database, scope: ProgressScope, grouping: str = "event"
             ) -> list[CoverageRow]:
    """The groups of the scope's asking items, each with its items counted by latest status."""
    key, name, order = GROUPINGS[grouping]
    item_clauses, item_params = item_conditions(scope)
    rows: dict[str, CoverageRow] = {}
    with database.reading() as reader:
        latest, latest_params = _latest_status_sql(scope, reader.dialect)
        sql = (f"SELECT {key}, {name}, coalesce(latest.status, '{NO_FOLLOW_UP}'), count(*), "
               f"min({order}) FROM catalog_item {_item_joins(grouping)} "
               f"LEFT JOIN ({latest}) AS latest ON latest.item_code = catalog_item.code "
               f"WHERE {joined(item_clauses)} GROUP BY 1, 2, 3 ORDER BY 5")
        for group, group_name, status, count, _order in reader.all(
                sql, {**item_params, **latest_params}):
            row = rows.setdefault(str(group), CoverageRow(str(group), group_name))
            row.counts[status] = count
        baseline = _baseline(reader, scope, grouping)
    return [CoverageRow(row.key, row.name, _ordered(row.counts), baseline.get(row.key, 0))
            for row in rows.values()]


def _ordered(counts: dict[str, int]) -> dict[str, int]:
    return {status: counts[status] for status in (*STATUS_ORDER, NO_FOLLOW_UP)
            if status in counts}


def _baseline(reader, scope: ProgressScope, grouping: str) -> dict[str, int]:
    """The 2011 compilation's activities per group; they link to the follow-up items the
    compilation printed, which are not asking items, so the item kinds are not filtered."""
    key = GROUPINGS[grouping][0]
    item_clauses, item_params = item_conditions(scope, asking_only=False)
    activity_clauses, activity_params = activity_conditions(scope, "a", baseline=True)
    rows = reader.all(
        f"SELECT {key}, count(DISTINCT a.uuid) FROM activity AS a "
        "JOIN activity_item_link AS l ON l.activity_uuid = a.uuid "
        f"JOIN catalog_item ON catalog_item.code = l.item_code {_item_joins(grouping)}"
        f"WHERE {joined(activity_clauses + item_clauses)} GROUP BY 1",
        {**item_params, **activity_params})
    return {str(group): count for group, count in rows}


def coverage_items(database: Database, scope: ProgressScope, grouping: str, key: str,
                   status: str | None = None) -> list[CoveredItem]:
    """The items behind one figure: a group's items, those of one latest status ("none" for
    no follow-up), in source order."""
    group_key = GROUPINGS[grouping][0]
    item_clauses, item_params = item_conditions(scope)
    clauses = [*item_clauses, f"CAST({group_key} AS TEXT) = :group_key"]
    params = {**item_params, "group_key": key}
    if status is not None:
        clauses.append(f"coalesce(latest.status, '{NO_FOLLOW_UP}') = :item_status")
        params["item_status"] = status
    with database.reading() as reader:
        latest, latest_params = _latest_status_sql(scope, reader.dialect)
        sql = (f"SELECT catalog_item.code, catalog_item.label, catalog_item.kind, "
               f"catalog_item.text, coalesce(latest.status, '{NO_FOLLOW_UP}'), "
               f"coalesce(latest.activities, 0) FROM catalog_item {_item_joins(grouping)} "
               f"LEFT JOIN ({latest}) AS latest ON latest.item_code = catalog_item.code "
               f"WHERE {joined(clauses)} ORDER BY {source_order(reader.dialect)}")
        return [CoveredItem(*row) for row in reader.all(sql, {**params, **latest_params})]
