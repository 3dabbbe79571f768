"""Translated display names for the codes stored in the database (kinds, bases, statuses) and
for the activity's fields, whose English labels are declared with them (exporters/activity.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exporters.activity import BY_NAME, KIND_LABELS, LABEL_CONTEXT, STATUS_LABELS

ITEM_KINDS = {
    "recommendation": QT_TRANSLATE_NOOP("labels", "Recommendation"),
    "sub_item": QT_TRANSLATE_NOOP("labels", "Sub-item"),
    "target": QT_TRANSLATE_NOOP("labels", "Action Plan target"),
    "action": QT_TRANSLATE_NOOP("labels", "Action Plan action"),
    "training_topic": QT_TRANSLATE_NOOP("labels", "Training topic"),
    "training_target_group": QT_TRANSLATE_NOOP("labels", "Training target group"),
    "declaration_paragraph": QT_TRANSLATE_NOOP("labels", "Declaration paragraph"),
    "summary_paragraph": QT_TRANSLATE_NOOP("labels", "Co-Hosts' Summary paragraph"),
    "framework_element": QT_TRANSLATE_NOOP("labels", "Framework element"),
    "scenario": QT_TRANSLATE_NOOP("labels", "Scenario"),
    "support_function": QT_TRANSLATE_NOOP("labels", "Regional Support Function"),
    "selected_recommendation": QT_TRANSLATE_NOOP("labels", "Selected recommendation"),
    "selected_followup": QT_TRANSLATE_NOOP("labels", "Selected follow-up activity"),
    "followup_outcome": QT_TRANSLATE_NOOP("labels", "Follow-up outcome"),
}

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


def _label(table: dict[str, str], code: str, context: str = "labels") -> str:
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def kind_label(kind: str) -> str:
    return _label(ITEM_KINDS, kind)


def basis_label(basis: str) -> str:
    return _label(AREA_BASES, basis)


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status, LABEL_CONTEXT)


def activity_kind_label(kind: str | None) -> str:
    return _label(KIND_LABELS, kind, LABEL_CONTEXT) if kind else ""


def field_label(name: str | None) -> str:
    """An activity field's label (history and conflicts also name "deleted")."""
    if name is None:
        return ""
    spec = BY_NAME.get(name)
    source = spec.label if spec else OTHER_FIELDS.get(name)
    return QCoreApplication.translate(LABEL_CONTEXT, source) if source else name


def sync_state_label(state: str) -> str:
    return _label(SYNC_STATES, state)
