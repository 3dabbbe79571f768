"""The follow-up activity, declared once: ActivityContent and its rules.

Each field of ActivityContent says, beside its name (also its database column and the field
its history names), type and default: its package header, value type and column width, what a
person reads as its label, its maximum length, whether it is required and its choices.
Everything else derives from FIELDS: the database table's columns (db/models.py), the editor's
service and labels, the package's layout, reader, check and checksum, and the merge; the rules
(activity_problems) are the same for the editor and for a package. Adding a field touches this
class and a migration.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import get_type_hints

from exporters import problems
from exporters.value_types import CHOICE, CODES, COUNTRY, DATE, INTEGER, LONG_TEXT
from exporters.wording import QT_TRANSLATE_NOOP

# The translation context of the labels and headers below (a header that is also a label
# shares its translation; exporters/wording.py).
LABEL_CONTEXT = "activity"
_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate
# Choices: the stored code and its English label (the package's Lists sheet shows the label,
# the application its translation).
STATUS_LABELS = {
    "planned": _("activity", "Planned"),
    "ongoing": _("activity", "Ongoing"),
    "completed": _("activity", "Completed"),
    "suspended": _("activity", "Suspended"),
    "cancelled": _("activity", "Cancelled"),
}
# The Dar es Salaam Action Plan's areas of work.
KIND_LABELS = {
    "legislative_policy_reform": _("activity", "Legislative and policy reform"),
    "capacity_building": _("activity", "Capacity-building"),
    "operations": _("activity", "Operations"),
    "outreach": _("activity", "Communication and outreach"),
    "data_collection_analysis": _("activity", "Data collection and analysis"),
    "cooperation_coordination": _("activity", "Cooperation and coordination"),
}
STATUSES = tuple(STATUS_LABELS)
# Statuses whose end date still matters: a completed or cancelled activity is never late.
OPEN_STATUSES = ("planned", "ongoing", "suspended")
KINDS = tuple(KIND_LABELS)
MAX_TITLE = 300
MAX_TEXT = 20_000


@dataclass(frozen=True)
class ActivityField:
    """One field of the activity, as every part of Tenpoint sees it."""

    name: str  # attribute, database column and history field
    default: object
    header: str  # the package column's header, English (written and read in any language)
    label: str  # what a person reads in the application (translated there)
    value_type: str  # exporters.value_types
    width: int  # the package column's width
    max_length: int | None = None
    required: bool = False
    choices: dict[str, str] = field(default_factory=dict)  # code: English label
    refused_as: str = ""  # the problem code of a value not among the choices
    hint: str = ""  # what to write, shown in the empty field (translated there)
    lines: int = 1  # how much a person writes: a line, or a few lines of text

    @property
    def is_column(self) -> bool:
        """Stored in the activity table (item codes are stored as links)."""
        return self.value_type != CODES


def _declared(default: object, header: str, label: str, value_type: str, width: int,
              **rules) -> object:
    return field(default=default, metadata={"declared": dict(
        header=header, label=label, value_type=value_type, width=width, **rules)})


@dataclass(frozen=True)
class ActivityContent:
    """What a person records of one follow-up activity, in the package's column order."""

    title: str = _declared(
        "", _("activity", "Title"), _("activity", "Title"), LONG_TEXT, 40,
        max_length=MAX_TITLE, required=True, hint=_("activity", "What is being done, in a line"))
    item_codes: tuple[str, ...] = _declared(
        (), _("activity", "Item codes"), _("activity", "Linked items"), CODES, 22,
        required=True)
    status: str = _declared(
        "planned", _("activity", "Status"), _("activity", "Status"), CHOICE, 12,
        choices=STATUS_LABELS, refused_as=problems.INVALID_STATUS)
    kind: str | None = _declared(
        None, _("activity", "Kind"), _("activity", "Kind of activity"), CHOICE, 26,
        choices=KIND_LABELS, refused_as=problems.INVALID_KIND)
    country_iso2: str | None = _declared(
        None, _("activity", "Country"), _("activity", "Country"), COUNTRY, 9,
        hint=_("activity", "No country"))
    lead_organisation: str = _declared(
        "", _("activity", "Lead organisation"), _("activity", "Lead organisation"), LONG_TEXT,
        28, max_length=MAX_TEXT, hint=_("activity", "e.g. Ministry of Interior"))
    partners: str = _declared(
        "", _("activity", "Partners"), _("activity", "Partners"), LONG_TEXT, 28,
        max_length=MAX_TEXT,
        hint=_("activity", "Other organisations taking part, separated by commas"))
    start_date: date | None = _declared(
        None, _("activity", "Start date"), _("activity", "Start date"), DATE, 12)
    end_date: date | None = _declared(
        None, _("activity", "End date"), _("activity", "End date"), DATE, 12)
    people_reached: int | None = _declared(
        None, _("activity", "People reached"), _("activity", "People reached"), INTEGER, 11,
        hint=_("activity", "Not known"))
    description: str = _declared(
        "", _("activity", "Description"), _("activity", "Description"), LONG_TEXT, 50,
        max_length=MAX_TEXT, hint=_("activity", "What the activity is and who it is for"), lines=4)
    progress_notes: str = _declared(
        "", _("activity", "Progress notes"), _("activity", "Progress notes"), LONG_TEXT, 50,
        max_length=MAX_TEXT, hint=_("activity", "Where the activity stands"), lines=3)
    outcome: str = _declared(
        "", _("activity", "Outcome"), _("activity", "Outcome"), LONG_TEXT, 40,
        max_length=MAX_TEXT, hint=_("activity", "What it achieved"), lines=3)
    evidence: str = _declared(
        "", _("activity", "Evidence"), _("activity", "Evidence"), LONG_TEXT, 40,
        max_length=MAX_TEXT,
        hint=_("activity", "References to documents or links, one per line"), lines=3)

    def content(self) -> ActivityContent:
        """Only the recorded fields (a subclass's identity and bookkeeping dropped)."""
        return ActivityContent(**self.values())

    def values(self) -> dict[str, object]:
        """The recorded fields by name."""
        return {spec.name: getattr(self, spec.name) for spec in FIELDS}


FIELDS: tuple[ActivityField, ...] = tuple(
    ActivityField(spec.name, spec.default, **spec.metadata["declared"])
    for spec in fields(ActivityContent))
BY_NAME = {spec.name: spec for spec in FIELDS}
COLUMN_FIELDS = tuple(spec for spec in FIELDS if spec.is_column)
COLUMN_NAMES = tuple(spec.name for spec in COLUMN_FIELDS)  # the activity table's content
DEFAULTS = {spec.name: spec.default for spec in COLUMN_FIELDS}


def python_types() -> dict[str, type]:
    """Each field's Python type (the database table's columns are made from them)."""
    return get_type_hints(ActivityContent)


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityReference:
    """What an activity is checked against: the catalog's item codes (by lower case, with
    their spelling), the known countries, and the one country an office may record (None:
    any, as at headquarters)."""

    item_codes: dict[str, str]
    countries: frozenset[str]
    own_country: str | None = None


Problem = tuple[str, str, object]  # (field name, problem code, the value at fault)


def normalised(content: ActivityContent) -> ActivityContent:
    """Texts trimmed, the country in capitals, item codes de-duplicated in the order given.

    The content itself when nothing changes (a package's rows, as exported, nearly always):
    copying a row costs more than checking it, 1 s of a 20,000-row import."""
    values = content.values()
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["country_iso2"] = (values["country_iso2"] or "").upper() or None
    values["kind"] = values["kind"] or None
    values["item_codes"] = tuple(dict.fromkeys(
        code.strip() for code in content.item_codes if code.strip()))
    changed = {name: value for name, value in values.items()
               if (old := getattr(content, name)) != value or type(old) is not type(value)}
    return replace(content, **changed) if changed else content


def with_catalog_spelling(content: ActivityContent, reference: ActivityReference
                          ) -> ActivityContent:
    """Item codes as the catalog spells them ("des-sr-iii-01" -> "DES-SR-III-01")."""
    codes = tuple(dict.fromkeys(reference.item_codes.get(code.lower(), code)
                                for code in content.item_codes))
    return content if codes == content.item_codes else replace(content, item_codes=codes)


def _field_problems(spec: ActivityField, value: object) -> list[Problem]:
    if spec.required and not value:
        return [(spec.name, problems.REQUIRED, value)]
    if spec.max_length is not None and value and len(value) > spec.max_length:
        return [(spec.name, problems.TOO_LONG, len(value))]
    if spec.choices and value is not None and value not in spec.choices:
        return [(spec.name, spec.refused_as, value)]
    if spec.value_type == INTEGER and value is not None and value < 0:
        return [(spec.name, problems.NEGATIVE, value)]
    return []


def _reference_problems(content: ActivityContent, reference: ActivityReference
                        ) -> list[Problem]:
    found: list[Problem] = []
    unknown = tuple(c for c in content.item_codes if c.lower() not in reference.item_codes)
    if unknown:
        found.append(("item_codes", problems.UNKNOWN_ITEM_CODE, unknown))
    country = content.country_iso2
    if country and country not in reference.countries:
        found.append(("country_iso2", problems.UNKNOWN_COUNTRY, country))
    elif country and reference.own_country not in (None, country):
        found.append(("country_iso2", problems.OTHER_COUNTRY, country))
    return found


def activity_problems(content: ActivityContent, reference: ActivityReference
                      ) -> list[Problem]:
    """Every problem with an activity, in field order, so all can be shown at once: the same
    rules for what a person types in the editor and for a package's rows."""
    found = [problem for spec in FIELDS
             for problem in _field_problems(spec, getattr(content, spec.name))]
    found += _reference_problems(content, reference)
    if content.start_date and content.end_date and content.end_date < content.start_date:
        found.append(("end_date", problems.END_BEFORE_START, content.end_date))
    order = {spec.name: position for position, spec in enumerate(FIELDS)}
    return sorted(found, key=lambda problem: order[problem[0]])
