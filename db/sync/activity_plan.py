"""What an import does to each activity of a package, field by field, for the preview."""

from __future__ import annotations

from dataclasses import dataclass

from db.sync.merge_rule import (
    CONFLICT,
    EDITED,
    OUTDATED,
    UPDATED,
    HeldActivity,
    Version,
    field_changes,
    value_text,
)

REJECTED_ROW = "rejected"  # the row is left out (its problems say why)
# Outcomes whose differences with the row held here a person should see before deciding.
COMPARED = frozenset({UPDATED, EDITED, CONFLICT, OUTDATED})


@dataclass(frozen=True)
class FieldChange:
    """One field of one activity: its value here and in the package (text, "" for none)."""

    field: str  # a name of exporters.activity.COLUMN_NAMES, or merge_rule.ITEM_CODES
    held: str
    incoming: str


@dataclass(frozen=True)
class ActivityPlan:
    """One row of a package and what importing it does (a merge_rule outcome or
    REJECTED_ROW); changes lists the fields that differ from the version held here."""

    activity_id: str
    title: str
    outcome: str
    sheet: str
    row: int | None
    deletion: bool = False
    changes: tuple[FieldChange, ...] = ()


def _text(value: object) -> str:
    return value_text(value) or ""


def activity_plan(held: HeldActivity | None, version: Version, outcome: str, sheet: str,
                  row: int | None) -> ActivityPlan:
    """The plan of one decided row; a deletion lists no fields (it carries only its title)."""
    compared = held is not None and outcome in COMPARED and not version.deleted
    changes = tuple(FieldChange(name, _text(old), _text(new))
                    for name, old, new in field_changes(held.row, version)) if compared else ()
    title = str(version.values.get("title") or (held.row.values.get("title") if held else "")
                or "")
    return ActivityPlan(version.uuid, title, outcome, sheet, row, version.deleted, changes)


def rejected_plan(activity_id: str, title: str, sheet: str, row: int | None) -> ActivityPlan:
    return ActivityPlan(activity_id, title, REJECTED_ROW, sheet, row)
