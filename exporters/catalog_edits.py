"""What headquarters may change in the catalog: the actions, their fields and their rules.

One declaration for the catalog editor, the catalog workbook and the change log: each action
names its fields, which are required, and what kind of value each holds. db/catalog/changes.py
checks edits against the database and applies them; exporters/catalog_workbook.py derives its
sheets and columns from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from exporters.wording import QT_TRANSLATE_NOOP as _

CONTEXT = "catalog"  # the translation context of the labels below

ADD_EVENT = "add_event"
ADD_DOCUMENT = "add_document"
ADD_SECTION = "add_section"
ADD_ITEM = "add_item"
PARTICIPATION = "participation"
CORRECT = "correct"
ANNOTATE = "annotate"
RETIRE = "retire"
REINSTATE = "reinstate"
SUPERSEDE = "supersede"

# Value kinds: text, date, code (of something that must exist or must not), choice, numbers.
TEXT, DATE, CODE, CHOICE, NUMBERS = "text", "date", "code", "choice", "numbers"


@dataclass(frozen=True)
class EditField:
    """One value an action takes."""

    name: str
    kind: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The field's English label, marked for translation in CONTEXT."""
        return FIELD_LABELS[self.name]


FIELD_LABELS = {
    "code": _("catalog", "Code"), "title": _("catalog", "Title"),
    "short_name": _("catalog", "Short name"), "kind": _("catalog", "Kind"),
    "city": _("catalog", "City"), "country_iso2": _("catalog", "Country"),
    "start_date": _("catalog", "Start date"), "end_date": _("catalog", "End date"),
    "region_code": _("catalog", "Region"),
    "region_name": _("catalog", "Name of a new region"),
    "organizers": _("catalog", "Organizers"), "url": _("catalog", "Web address"),
    "event_code": _("catalog", "Event"), "document_code": _("catalog", "Document"),
    "section_code": _("catalog", "Section"), "parent_code": _("catalog", "Part of"),
    "issued_on": _("catalog", "Issued on"),
    "reference": _("catalog", "Source reference (symbol, publication or link)"),
    "label": _("catalog", "Number as printed"), "text": _("catalog", "Text"),
    "cited_as": _("catalog", "Cited as"), "action_areas": _("catalog", "Action areas"),
    "role": _("catalog", "Part in the event"), "field": _("catalog", "Field to correct"),
    "value": _("catalog", "Corrected value"), "into": _("catalog", "Superseded by"),
    "note": _("catalog", "Why (kept in the history)"),
    "action": _("catalog", "What to do"),
    # The catalog workbook's Changes sheet: a correction's value and an annotation's text
    # share this column (exporters/catalog_sheets.py).
    "new_text": _("catalog", "New value or text"),
}
ACTION_LABELS = {
    "add_event": _("catalog", "Add an event"),
    "add_document": _("catalog", "Add a document"),
    "add_section": _("catalog", "Add a section"),
    "add_item": _("catalog", "Add an item"),
    "participation": _("catalog", "Add a country to an event"),
    "correct": _("catalog", "Correct an added item"),
    "annotate": _("catalog", "Annotate an item"),
    "retire": _("catalog", "Retire an item"),
    "reinstate": _("catalog", "Reinstate a retired item"),
    "supersede": _("catalog", "Merge into another item"),
}


EVENT_KINDS = ("conference", "workshop", "follow_up_meeting")
DOCUMENT_KINDS = ("concept_note", "summary_report", "selected", "action_plan", "declaration",
                  "cohosts_summary", "discussion_paper", "outcome_document")
ITEM_KINDS = ("recommendation", "sub_item", "target", "action", "training_topic",
              "training_target_group", "declaration_paragraph", "summary_paragraph",
              "framework_element", "scenario", "support_function", "selected_recommendation",
              "selected_followup", "followup_outcome")
ROLES = ("participant", "invited", "observer")
CORRECTABLE = ("text", "label", "cited_as")  # of items headquarters added; never of 2011 items
# How the browser, the editor and the catalog workbook name the item kinds (in the context
# the browser has always used).
ITEM_KIND_LABELS = {
    "recommendation": _("labels", "Recommendation"),
    "sub_item": _("labels", "Sub-item"),
    "target": _("labels", "Action Plan target"),
    "action": _("labels", "Action Plan action"),
    "training_topic": _("labels", "Training topic"),
    "training_target_group": _("labels", "Training target group"),
    "declaration_paragraph": _("labels", "Declaration paragraph"),
    "summary_paragraph": _("labels", "Co-Hosts' Summary paragraph"),
    "framework_element": _("labels", "Framework element"),
    "scenario": _("labels", "Scenario"),
    "support_function": _("labels", "Regional Support Function"),
    "selected_recommendation": _("labels", "Selected recommendation"),
    "selected_followup": _("labels", "Selected follow-up activity"),
    "followup_outcome": _("labels", "Follow-up outcome"),
}
# Labels of the other choices.
CHOICE_LABELS = {
    "conference": _("catalog", "Conference"), "workshop": _("catalog", "Workshop"),
    "follow_up_meeting": _("catalog", "Follow-up meeting"),
    "concept_note": _("catalog", "Concept note"), "summary_report": _("catalog", "Summary report"),
    "selected": _("catalog", "Selected recommendations and follow-up"),
    "action_plan": _("catalog", "Action plan"), "declaration": _("catalog", "Declaration"),
    "cohosts_summary": _("catalog", "Co-hosts' summary"),
    "discussion_paper": _("catalog", "Discussion paper"),
    "outcome_document": _("catalog", "Outcome document"),
    "participant": _("catalog", "Participant"), "invited": _("catalog", "Invited"),
    "observer": _("catalog", "Observer"),
}

ACTION_FIELDS: dict[str, tuple[EditField, ...]] = {
    ADD_EVENT: (
        EditField("code", CODE, True), EditField("title", required=True),
        EditField("short_name", required=True),
        EditField("kind", CHOICE, True, EVENT_KINDS), EditField("city"),
        EditField("country_iso2", CODE, True), EditField("start_date", DATE, True),
        EditField("end_date", DATE), EditField("region_code", CODE, True),
        EditField("region_name"), EditField("organizers"), EditField("url")),
    ADD_DOCUMENT: (
        EditField("code", CODE, True), EditField("event_code", CODE, True),
        EditField("kind", CHOICE, True, DOCUMENT_KINDS), EditField("title", required=True),
        EditField("issued_on", DATE), EditField("reference", required=True)),
    ADD_SECTION: (
        EditField("code", CODE, True), EditField("document_code", CODE, True),
        EditField("parent_code", CODE), EditField("label"),
        EditField("title", required=True)),
    ADD_ITEM: (
        EditField("code", CODE, True), EditField("section_code", CODE, True),
        EditField("parent_code", CODE), EditField("kind", CHOICE, True, ITEM_KINDS),
        EditField("label"), EditField("text", required=True), EditField("cited_as"),
        EditField("action_areas", NUMBERS)),
    PARTICIPATION: (
        EditField("code", CODE, True), EditField("country_iso2", CODE, True),
        EditField("role", CHOICE, True, ROLES)),
    CORRECT: (
        EditField("code", CODE, True), EditField("field", CHOICE, True, CORRECTABLE),
        EditField("value", required=True)),
    ANNOTATE: (EditField("code", CODE, True), EditField("text", required=True)),
    RETIRE: (EditField("code", CODE, True),),
    REINSTATE: (EditField("code", CODE, True),),
    SUPERSEDE: (EditField("code", CODE, True), EditField("into", CODE, True)),
}
ACTIONS = tuple(ACTION_FIELDS)
ADDITIONS = (ADD_EVENT, ADD_DOCUMENT, ADD_SECTION, ADD_ITEM)

# Problem codes an edit can have; the GUI and the workbook's error sheet word them.
REQUIRED, BAD_DATE, BAD_CHOICE, BAD_CODE, BAD_NUMBERS = (
    "required", "bad_date", "bad_choice", "bad_code", "bad_numbers")
DUPLICATE_CODE, UNKNOWN_CODE = "duplicate_code", "unknown_code"
END_BEFORE_START = "end_before_start"
SOURCE_TEXT, INTO_ITSELF, INTO_RETIRED = "source_text", "into_itself", "into_retired"
ALREADY_RETIRED, NOT_RETIRED, SUPERSEDED = "already_retired", "not_retired", "superseded"
WRONG_PARENT = "wrong_parent"
NOT_USED = "not_used"  # a value for a field the action does not take (a workbook's cell)

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,39}$")
ISO2_PATTERN = re.compile(r"^[A-Z]{2}$")
Problem = tuple[str, str, object]  # (field name, problem code, the value at fault)


@dataclass(frozen=True)
class CatalogEdit:
    """One change a person asks for, before the database numbers and records it."""

    action: str
    values: dict[str, object] = field(default_factory=dict)
    note: str = ""
    row: int = 0  # where a workbook row came from (0: typed in the editor)

    @property
    def code(self) -> str:
        return str(self.values.get("code") or "")


def cleaned(edit: CatalogEdit) -> CatalogEdit:
    """Texts trimmed, codes in capitals, dates and numbers parsed where they can be; a value
    for a field the action does not take is kept, for shape_problems to refuse."""
    values = {name: value.strip() if isinstance(value, str) else value
              for name, value in edit.values.items()}
    for spec in ACTION_FIELDS.get(edit.action, ()):
        values[spec.name] = _cleaned_value(spec, edit.values.get(spec.name))
    return CatalogEdit(edit.action, values, (edit.note or "").strip(), edit.row)


def _cleaned_value(spec: EditField, value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
    if value in (None, ""):
        return [] if spec.kind == NUMBERS else None
    if spec.kind == CODE and isinstance(value, str):
        return value.upper()
    if spec.kind == DATE and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # left as typed: shape_problems reports it
    if spec.kind == NUMBERS and isinstance(value, str):
        parts = [p.strip() for p in re.split(r"[,;\s]+", value) if p.strip()]
        return [int(p) if p.isdigit() else p for p in parts]
    if spec.kind == NUMBERS and isinstance(value, int | float):
        return [int(value)]
    return value


def shape_problems(edit: CatalogEdit) -> list[Problem]:
    """What is wrong with the edit on its own, before the database is asked."""
    fields = ACTION_FIELDS.get(edit.action)
    if fields is None:
        return [("action", BAD_CHOICE, edit.action)]
    found: list[Problem] = []
    for spec in fields:
        value = edit.values.get(spec.name)
        if value in (None, "", []):
            if spec.required:
                found.append((spec.name, REQUIRED, value))
            continue
        problem = _value_problem(spec, value)
        if problem:
            found.append((spec.name, problem, value))
    start, end = edit.values.get("start_date"), edit.values.get("end_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        found.append(("end_date", END_BEFORE_START, end))
    taken = {spec.name for spec in fields}
    # Never dropped silently: what was typed where this change takes nothing is refused.
    found += [(name, NOT_USED, value) for name, value in edit.values.items()
              if name not in taken and value not in (None, "", [])]
    return found


def _value_problem(spec: EditField, value: object) -> str | None:
    if spec.kind == DATE and not isinstance(value, date):
        return BAD_DATE
    if spec.kind == CHOICE and value not in spec.choices:
        return BAD_CHOICE
    if spec.kind == CODE:
        pattern = ISO2_PATTERN if spec.name == "country_iso2" else CODE_PATTERN
        return None if isinstance(value, str) and pattern.match(value) else BAD_CODE
    if spec.kind == NUMBERS and not all(isinstance(n, int) and 1 <= n <= 10 for n in value):
        return BAD_NUMBERS
    return None
