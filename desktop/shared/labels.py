"""Translated names for the codes the services hand over: catalog kinds, bases, the
activity's fields, statuses and kinds (their English labels are declared with the activity,
exporters/activity.py), history actions, sync states, backup reasons and the catalog's labels
Tenpoint wrote (action areas, regions)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from desktop.shared.translate import translate, translated_label
from exporters.activity import BY_NAME, KIND_LABELS, LABEL_CONTEXT, STATUS_LABELS
from exporters.catalog_edits import ITEM_KIND_LABELS

# The item kinds' labels are declared with the catalog's edits (exporters/catalog_edits.py).
ITEM_KINDS = ITEM_KIND_LABELS

AREA_BASES = {
    "explicit": QT_TRANSLATE_NOOP("labels", "stated in the text"),
    "inferred": QT_TRANSLATE_NOOP("labels", "inferred"),
}

# What a history or conflict names besides the activity's fields.
OTHER_FIELDS = {"deleted": QT_TRANSLATE_NOOP("activity", "Deleted")}

SYNC_STATES = {
    "not_sent": QT_TRANSLATE_NOOP("labels", "Not yet sent"),
    "sent": QT_TRANSLATE_NOOP("labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("labels", "Received by headquarters"),
    "changed": QT_TRANSLATE_NOOP("labels", "Changed since sent"),
}


HISTORY_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("activities", "Created"),
    "updated": QT_TRANSLATE_NOOP("activities", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("activities", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("activities", "Restored"),
    "imported": QT_TRANSLATE_NOOP("activities", "Received in a package"),
    "conflict_resolved": QT_TRANSLATE_NOOP("activities", "Conflict resolved"),
    "conflict_detected": QT_TRANSLATE_NOOP("activities", "Conflict detected"),
}

# What an Action Plan target counts (db/progress/targets.py UNITS).
TARGET_UNITS = {
    "countries": QT_TRANSLATE_NOOP("labels", "countries"),
    "achievements": QT_TRANSLATE_NOOP("labels", "achievements"),
}

BACKUP_REASONS = {
    "manual": QT_TRANSLATE_NOOP("backups", "on request"),
    "import": QT_TRANSLATE_NOOP("backups", "before an import"),
    "migration": QT_TRANSLATE_NOOP("backups", "before a schema upgrade"),
    "restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
    "other": QT_TRANSLATE_NOOP("backups", "other file"),
}


def kind_label(kind: str) -> str:
    return translated_label("labels", ITEM_KINDS, kind)


def basis_label(basis: str) -> str:
    return translated_label("labels", AREA_BASES, basis)


def status_label(status: str) -> str:
    return translated_label(LABEL_CONTEXT, STATUS_LABELS, status)


# "3 ongoing": a plural message per status (marking a table is not enough: lupdate makes plural
# forms only of a call that passes the count), so each language agrees the word with the number
# and with the activities the disambiguation names. Keys: exporters.activity.STATUSES.
STATUS_COUNTS = {
    "planned": lambda n: translate("labels", "%Ln planned", "activities with this status", n),
    "ongoing": lambda n: translate("labels", "%Ln ongoing", "activities with this status", n),
    "completed": lambda n: translate("labels", "%Ln completed", "activities with this status",
                                     n),
    "suspended": lambda n: translate("labels", "%Ln suspended", "activities with this status",
                                     n),
    "cancelled": lambda n: translate("labels", "%Ln cancelled", "activities with this status",
                                     n),
}


def status_count_text(status: str, count: int) -> str:
    """How many activities have this status ("3 ongoing"), the number in the locale's digits."""
    wording = STATUS_COUNTS.get(status)
    if wording is None:
        return translate("labels", "{status}: {count}").format(
            status=status_label(status), count=QLocale().toString(count))
    return wording(count)


def activity_kind_label(kind: str | None) -> str:
    return translated_label(LABEL_CONTEXT, KIND_LABELS, kind)


def field_label(name: str | None) -> str:
    """An activity field's label (history and conflicts also name "deleted")."""
    spec = BY_NAME.get(name or "")
    table = {name: spec.label} if spec else OTHER_FIELDS
    return translated_label(LABEL_CONTEXT, table, name)


def target_unit_label(unit: str) -> str:
    """What a target counts: countries, or achievements (mechanisms, trainings, studies)."""
    return translated_label("labels", TARGET_UNITS, unit)


def sync_state_label(state: str) -> str:
    return translated_label("labels", SYNC_STATES, state)


def action_label(action: str) -> str:
    """What a history entry records: created, changed, received in a package, ..."""
    return translated_label("activities", HISTORY_ACTIONS, action)


def backup_reason_label(reason: str) -> str:
    return translated_label("backups", BACKUP_REASONS, reason if reason in BACKUP_REASONS
                            else "other")


def catalog_label(name: str | None) -> str:
    """An action area's or region's name from the catalog in the person's language: the names
    are marked in build/translations/catalog_labels.py, written from the catalog's JSON by
    tools/translations/update.py, so the English stays in one place."""
    return translate("catalog", name) if name else ""


def catalog_list_text(names: Iterable[str]) -> str:
    """Several regions' (or action areas') names as one list in the person's language."""
    return QLocale().createSeparatedList([catalog_label(name) for name in names])
