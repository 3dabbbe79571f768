"""Translated display names for the codes stored in the database (kinds, bases, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "ongoing": QT_TRANSLATE_NOOP("labels", "Ongoing"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "suspended": QT_TRANSLATE_NOOP("labels", "Suspended"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}


ACTIVITY_KINDS = {
    "legislative_policy_reform": QT_TRANSLATE_NOOP("labels", "Legislative and policy reform"),
    "capacity_building": QT_TRANSLATE_NOOP("labels", "Capacity-building"),
    "operations": QT_TRANSLATE_NOOP("labels", "Operations"),
    "outreach": QT_TRANSLATE_NOOP("labels", "Communication and outreach"),
    "data_collection_analysis": QT_TRANSLATE_NOOP("labels", "Data collection and analysis"),
    "cooperation_coordination": QT_TRANSLATE_NOOP("labels", "Cooperation and coordination"),
}


SYNC_STATES = {
    "not_sent": QT_TRANSLATE_NOOP("labels", "Not yet sent"),
    "sent": QT_TRANSLATE_NOOP("labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("labels", "Received by headquarters"),
    "changed": QT_TRANSLATE_NOOP("labels", "Changed since sent"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("labels", source) if source else code


def kind_label(kind: str) -> str:
    return _label(ITEM_KINDS, kind)


def basis_label(basis: str) -> str:
    return _label(AREA_BASES, basis)


def status_label(status: str) -> str:
    return _label(STATUSES, status)


def activity_kind_label(kind: str | None) -> str:
    return _label(ACTIVITY_KINDS, kind) if kind else ""


def sync_state_label(state: str) -> str:
    return _label(SYNC_STATES, state)
