"""The catalog workbook's sheets and columns, derived from the edits' declaration, and what
reading one gives.

Every sheet and column comes from exporters/catalog_edits.py: one sheet per kind of addition,
one for the changes of existing items, each column one field of an action, headed by the
field's label. Sheet names are never translated (Tenpoint finds them by name); headers and
choice labels are marked here and worded by the writer (exporters/catalog_workbook.py), and
the reader (exporters/catalog_workbook_reader.py) recognises them in any language. The sheets
are declared in the order their rows are applied: what a row names must exist before it.
This module is plain data: the desktop's first screen may import it (no spreadsheet library).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from exporters import value_types
from exporters.catalog_edits import (
    ACTION_FIELDS,
    ACTION_LABELS,
    ADD_DOCUMENT,
    ADD_EVENT,
    ADD_ITEM,
    ADD_SECTION,
    ANNOTATE,
    CHOICE,
    CHOICE_LABELS,
    CODE,
    CONTEXT,
    CORRECT,
    DATE,
    FIELD_LABELS,
    ITEM_KIND_LABELS,
    NUMBERS,
    PARTICIPATION,
    REINSTATE,
    RETIRE,
    SUPERSEDE,
    CatalogEdit,
    EditField,
)
from exporters.layout import Column
from exporters.wording import QT_TRANSLATE_NOOP

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate

README_SHEET = "README"
LISTS_SHEET = "Lists"
CHANGE_ACTIONS = (CORRECT, ANNOTATE, RETIRE, REINSTATE, SUPERSEDE)
NOTE = "note"  # every row may say why; the change log keeps it
ACTION = "action"  # the Changes sheet's "What to do"
# The Changes sheet holds a correction's new value and an annotation's text in one column.
NEW_TEXT = "new_text"
NEW_TEXT_LABEL = FIELD_LABELS[NEW_TEXT]
MERGED = {"value": NEW_TEXT, "text": NEW_TEXT}
FILLED_ROWS = 500  # rows the drop-downs cover; a person may fill more, read all the same


@dataclass(frozen=True)
class CatalogSheet:
    """One sheet: which actions its rows are, and what it holds, for the README."""

    name: str
    actions: tuple[str, ...]  # one for an addition sheet; "What to do" chooses among several
    about: str  # a README paragraph (workbook context)
    # A field whose header on this sheet is another field's label (a participation's code
    # is an event's).
    headed_as: dict[str, str] = field(default_factory=dict)
    # A code field's list on this sheet, where it is not the field's usual one.
    lists: dict[str, str] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[Column, ...]:
        return sheet_columns(self)

    def header_of(self, name: str) -> str | None:
        """The English header of the column holding the field (None: no column does)."""
        key = MERGED.get(name, name) if len(self.actions) > 1 else name
        return next((c.header for c in self.columns if c.key == key), None)

    def list_of(self, name: str) -> str | None:
        """The Lists sheet's list the field's drop-down offers."""
        return self.lists.get(name, REFERENCES.get(name))


SHEETS = (
    CatalogSheet("Events", (ADD_EVENT,), _(
        "workbook", "Events: one row per conference, workshop or follow-up meeting to add. "
                    "Region: a region from the Lists sheet, or a new code with the name of the "
                    "new region.")),
    CatalogSheet("Countries in events", (PARTICIPATION,), _(
        "workbook", "Countries in events: the countries taking part in an event (one row "
                    "each). The offices of those countries follow the event's "
                    "recommendations."), headed_as={"code": "event_code"},
        lists={"code": "events"}),
    CatalogSheet("Documents", (ADD_DOCUMENT,), _(
        "workbook", "Documents: the documents of an event (action plan, outcome document, "
                    "declaration...), each with the reference of its source: its symbol, "
                    "publication or web address.")),
    CatalogSheet("Sections", (ADD_SECTION,), _(
        "workbook", "Sections: the parts of a document, as printed. Part of: the section a "
                    "sub-section belongs to."), lists={"parent_code": "sections"}),
    CatalogSheet("Items", (ADD_ITEM,), _(
        "workbook", "Items: the recommendations, targets and actions of a section, their text "
                    "as the source prints it. Part of: the item a sub-item belongs to. Action "
                    "areas: numbers 1 to 10, separated by commas."),
        lists={"parent_code": "items"}),
    CatalogSheet("Changes", CHANGE_ACTIONS, _(
        "workbook", "Changes: one row per change of an item already in the catalog or added "
                    "above. What to do: correct the text, number or citation of an item added "
                    "after 2011; annotate any item; retire or reinstate an item; or merge it "
                    "into another (Superseded by), which moves every activity's link to that "
                    "item. The June 2011 texts are never rewritten: annotate them or merge "
                    "them."), lists={"code": "items"}),
)
BY_NAME = {sheet.name: sheet for sheet in SHEETS}

# The code lists a field's drop-down offers (the Lists sheet), by field name.
REFERENCES = {"event_code": "events", "document_code": "documents",
              "section_code": "sections", "into": "items", "country_iso2": "countries",
              "region_code": "regions", "action_areas": "action_areas"}
WIDTHS = {"title": 40, "text": 60, NEW_TEXT: 60, "reference": 34, NOTE: 36, "short_name": 20,
          "organizers": 26, "url": 30, "region_name": 22}
KIND_WIDTHS = {CODE: 18, DATE: 12, CHOICE: 26, NUMBERS: 14}
VALUE_TYPES = {DATE: value_types.DATE, CHOICE: value_types.CHOICE}
# A header's comment: what the cell holds (workbook context).
REQUIRED_NOTE = _("workbook", "Required.")
KIND_NOTES = {
    DATE: _("workbook", "A date: 2013-05-06, or 06/05/2013 (day/month/year)."),
    CHOICE: _("workbook", "Choose from the drop-down."),
    CODE: _("workbook", "A code from the Lists sheet, or one added in this workbook."),
    NUMBERS: _("workbook", "Numbers of the action areas (Lists sheet), separated by "
                           "commas."),
}
FIELD_NOTES = {
    "code": _("workbook", "Capital letters, digits, dots and hyphens, e.g. NBO-OD-A-01."),
    "region_name": _("workbook", "Only for a new region: its name."),
    "country_iso2": _("workbook", "An ISO 3166-1 alpha-2 code from the Lists sheet, e.g. "
                                  "KE."),
    NOTE: _("workbook", "Optional; kept in the history of the change."),
}
# On the Changes sheet, what the columns only some actions take are for.
CHANGE_NOTES = {
    "field": _("workbook", "To correct an item: which of its fields."),
    NEW_TEXT: _("workbook", "To correct an item: the corrected value. To annotate one: the "
                            "note's text."),
    "into": _("workbook", "To merge an item: the item that replaces it, which takes over its "
                          "activities' links."),
}


def _column(sheet: CatalogSheet, spec: EditField, key: str) -> Column:
    label = FIELD_LABELS[sheet.headed_as.get(spec.name, spec.name)]
    note = [REQUIRED_NOTE] if spec.required else []
    if spec.name in FIELD_NOTES and not (spec.name == "code" and sheet.list_of("code")):
        note.append(FIELD_NOTES[spec.name])
    elif spec.kind in KIND_NOTES and (spec.kind != CODE or sheet.list_of(spec.name)):
        note.append(KIND_NOTES[spec.kind])
    width = WIDTHS.get(key, KIND_WIDTHS.get(spec.kind, 24))
    kind = value_types.LONG_TEXT if width >= 34 else VALUE_TYPES.get(spec.kind, value_types.TEXT)
    return Column(key, label, width, kind, spec.required, fillable=True, note=tuple(note),
                  context=CONTEXT)


def sheet_columns(sheet: CatalogSheet) -> tuple[Column, ...]:
    """An addition sheet: its action's fields. The Changes sheet: the code, What to do, then
    every field of its actions once (a correction's value and an annotation's text share a
    column). Each sheet ends with Why."""
    several = len(sheet.actions) > 1
    columns: dict[str, Column] = {}
    for action in sheet.actions:
        for spec in ACTION_FIELDS[action]:
            key = MERGED.get(spec.name, spec.name) if several else spec.name
            if key not in columns:
                columns[key] = _column(sheet, spec, key)
            if several and key == "code" and ACTION not in columns:
                columns[ACTION] = _column(sheet, field_spec(sheet, ACTION), ACTION)
    if several:  # a field only some of the actions take is for their rows only
        for key, column in columns.items():
            if not all(any(MERGED.get(s.name, s.name) == key for s in ACTION_FIELDS[action])
                       for action in sheet.actions) and key != ACTION:
                columns[key] = replace(column, required=False, note=(CHANGE_NOTES[key],))
        columns[NEW_TEXT] = replace(columns[NEW_TEXT], header=NEW_TEXT_LABEL)
    columns[NOTE] = _column(sheet, EditField(NOTE), NOTE)
    return tuple(columns.values())


def field_spec(sheet: CatalogSheet, key: str) -> EditField | None:
    """The declaration of the field a column holds (the first action's, for a shared one)."""
    if key == ACTION:
        return EditField(ACTION, CHOICE, True, sheet.actions)
    for action in sheet.actions:
        for spec in ACTION_FIELDS[action]:
            if MERGED.get(spec.name, spec.name) == key or spec.name == key:
                return spec
    return None


# --- choices and the Lists sheet -----------------------------------------------------------


def choice_label(name: str, value: str) -> tuple[str, str]:
    """(context, English label) of a choice: an item kind, a field, an action, a kind..."""
    if name == "kind" and value in ITEM_KIND_LABELS:
        return "labels", ITEM_KIND_LABELS[value]
    if name == "field":
        return CONTEXT, FIELD_LABELS[value]
    if name == ACTION:
        return CONTEXT, ACTION_LABELS[value]
    return CONTEXT, CHOICE_LABELS[value]


def choice_lists() -> dict[tuple[str, ...], tuple[str, str]]:
    """Each list of choices the sheets offer (a field's choices) -> (field name, the sheet
    that names it), in the order of the sheets."""
    found: dict[tuple[str, ...], tuple[str, str]] = {}
    for sheet in SHEETS:
        for column in sheet.columns:
            spec = field_spec(sheet, column.key)
            if spec is not None and spec.kind == CHOICE and spec.choices not in found:
                found[spec.choices] = (spec.name, sheet.name)
    return found


def readable_texts() -> tuple[tuple[str, str], ...]:
    """(context, English text) of every header and choice label the workbook shows: what the
    reader recognises in any language (the desktop gives their translations)."""
    texts = [(c.context, c.header) for sheet in SHEETS for c in sheet.columns]
    texts += [choice_label(name, code) for choices, (name, _sheet) in choice_lists().items()
              for code in choices]
    return tuple(dict.fromkeys(texts))


# --- what reading a workbook gives ---------------------------------------------------------

NOT_A_CATALOG_WORKBOOK = "not_a_catalog_workbook"  # none of the catalog workbook's sheets


@dataclass(frozen=True)
class SheetEdit:
    """One row of the workbook as the edit it asks for (edit.row: the sheet's row)."""

    sheet: str
    edit: CatalogEdit


@dataclass(frozen=True)
class CellProblem:
    """Something wrong, as precisely as known: the file, or a sheet, row and column (its
    English header, in the catalog context), the field it holds and the value at fault.
    code: an exporters.problems code (the file) or an exporters.catalog_edits one (a cell)."""

    file: str
    code: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    field: str | None = None
    value: object = None


@dataclass(frozen=True)
class CatalogWorkbookRead:
    """A catalog workbook as read: its edits in the order they are to be applied (sheets in
    dependency order, rows in sheet order), or the problems that stop it being read."""

    file: str
    edits: tuple[SheetEdit, ...] = ()
    problems: tuple[CellProblem, ...] = ()

    @property
    def catalog_edits(self) -> list[CatalogEdit]:
        return [sheet_edit.edit for sheet_edit in self.edits]


def placed(read: CatalogWorkbookRead, index: int, name: str, code: str,
           value: object) -> CellProblem:
    """A problem of the index-th edit (db/catalog/changes.py's) at its sheet, row and
    column."""
    if not 0 <= index < len(read.edits):
        return CellProblem(read.file, code, field=name, value=value)
    where = read.edits[index]
    header = BY_NAME[where.sheet].header_of(name)
    return CellProblem(read.file, code, where.sheet, where.edit.row, header, name, value)
