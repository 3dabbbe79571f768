"""The catalog editor's words: actions, fields, choices and problems, translated.

The English labels are declared once with the actions (exporters/catalog_edits.py); the GUI,
the command line and the catalog workbook's error messages all word them here, and the
lines of a workbook's preview.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.labels import kind_label
from desktop.shared.sync_messages import problem_message
from desktop.shared.translate import translate
from exporters import catalog_edits as edits
from exporters.catalog_sheets import NOT_A_CATALOG_WORKBOOK as NOT_A_CATALOG_WORKBOOK_CODE
from exporters.catalog_sheets import CellProblem
from exporters.problems import Problem


def action_label(action: str) -> str:
    return translate(edits.CONTEXT, edits.ACTION_LABELS.get(action, action))


def field_label(name: str) -> str:
    return translate(edits.CONTEXT, edits.FIELD_LABELS.get(name, name))


def choice_label(name: str, value: str) -> str:
    """A choice as people read it: an item kind, an event or document kind, a role, a field."""
    if name == "kind" and value in edits.ITEM_KINDS:
        return kind_label(value)
    if name == "field":
        return field_label(value)
    return translate(edits.CONTEXT, edits.CHOICE_LABELS.get(value, value))


PROBLEMS = {
    edits.REQUIRED: QT_TRANSLATE_NOOP("catalog", "{field} is required."),
    edits.BAD_DATE: QT_TRANSLATE_NOOP("catalog", "{field}: \"{value}\" is not a date "
                                                 "(write it as 2013-05-06)."),
    edits.BAD_CHOICE: QT_TRANSLATE_NOOP("catalog", "{field}: \"{value}\" is not one of the "
                                                   "choices offered."),
    edits.BAD_CODE: QT_TRANSLATE_NOOP("catalog", "{field}: \"{value}\" is not a valid code "
                                                 "(capital letters, digits, dots and hyphens)."),
    edits.BAD_NUMBERS: QT_TRANSLATE_NOOP("catalog", "{field}: \"{value}\" must list action "
                                                    "areas by their numbers, 1 to 10."),
    edits.DUPLICATE_CODE: QT_TRANSLATE_NOOP("catalog", "{field}: the catalog already has "
                                                       "\"{value}\"; choose another code."),
    edits.UNKNOWN_CODE: QT_TRANSLATE_NOOP("catalog", "{field}: the catalog has nothing with "
                                                     "the code \"{value}\"."),
    edits.END_BEFORE_START: QT_TRANSLATE_NOOP("catalog", "{field}: {value} is before the "
                                                         "start date."),
    edits.SOURCE_TEXT: QT_TRANSLATE_NOOP("catalog", "{value} is printed in the June 2011 "
                                                    "compilation: its text stays as printed. "
                                                    "Annotate it, or supersede it with a new "
                                                    "item."),
    edits.INTO_ITSELF: QT_TRANSLATE_NOOP("catalog", "{field}: an item cannot be merged into "
                                                    "itself."),
    edits.INTO_RETIRED: QT_TRANSLATE_NOOP("catalog", "{field}: {value} is retired; merge into "
                                                     "an item in use."),
    edits.ALREADY_RETIRED: QT_TRANSLATE_NOOP("catalog", "{value} is already retired."),
    edits.NOT_RETIRED: QT_TRANSLATE_NOOP("catalog", "{value} is not retired."),
    edits.SUPERSEDED: QT_TRANSLATE_NOOP("catalog", "{value} was merged into another item "
                                                   "already."),
    edits.WRONG_PARENT: QT_TRANSLATE_NOOP("catalog", "{field}: {value} belongs to another "
                                                     "document."),
    edits.NOT_USED: QT_TRANSLATE_NOOP("catalog", "{field}: this change does not use it; empty "
                                                 "the cell, or choose in What to do the change "
                                                 "that uses it."),
    "not_headquarters": QT_TRANSLATE_NOOP("catalog", "Only headquarters edits the catalog; "
                                                     "offices receive its changes in updates."),
}


def problem_sentence(name: str, code: str, value: object) -> str:
    """One problem of an edit, as a sentence naming the field and the value at fault."""
    template = PROBLEMS.get(code)
    if template is None:
        return f"{field_label(name)}: {code} ({value})"
    shown = "" if value is None else (", ".join(map(str, value)) if isinstance(value, list)
                                      else str(value))
    return translate("catalog", template).format(field=field_label(name), value=shown)


# --- the catalog workbook -------------------------------------------------------------------

NOT_A_CATALOG_WORKBOOK = QT_TRANSLATE_NOOP(
    "catalog", "The workbook has none of the catalog workbook's sheets (Events, Documents, "
               "Sections, Items, Changes...); write one with `tenpoint catalog template`.")


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return value.isoformat() if isinstance(value, date) else str(value)


def workbook_problem_text(problem: CellProblem) -> str:
    """A problem of a catalog workbook as one line: "file, sheet, row N, column Header:
    value — sentence" (as much of the place as is known)."""
    column = translate(edits.CONTEXT, problem.column) if problem.column else None
    if problem.code in PROBLEMS:
        sentence = problem_sentence(problem.field or "", problem.code, problem.value)
    elif problem.code == NOT_A_CATALOG_WORKBOOK_CODE:
        sentence = translate("catalog", NOT_A_CATALOG_WORKBOOK)
    else:
        sentence = problem_message(Problem(problem.file, problem.sheet, problem.row, column,
                                           _shown(problem.value) or None, problem.code))
    place = [problem.file]
    if problem.sheet:
        place.append(problem.sheet)
    if problem.row:
        place.append(translate("catalog", "row {row}").format(row=problem.row))
    if column and problem.row:
        place.append(translate("catalog", "column {column}").format(column=column))
    where = translate("catalog", ", ", "between the parts of a place").join(place)
    if problem.row:
        where = f"{where}: {_shown(problem.value)}"
    return translate("catalog", "{place} — {problem}").format(place=where, problem=sentence)


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def edit_detail(edit: edits.CatalogEdit) -> str:
    """What a row adds or changes, beside its action and code."""
    values = edit.values
    if edit.action == edits.PARTICIPATION:
        return translate("catalog", "{country} ({role})").format(
            country=values.get("country_iso2") or "",
            role=choice_label("role", str(values.get("role") or "")))
    if edit.action == edits.CORRECT:
        return translate("catalog", "{field}: {value}").format(
            field=field_label(str(values.get("field") or "")),
            value=_clip(values.get("value") or ""))
    if edit.action == edits.SUPERSEDE:
        return translate("catalog", "into {code}").format(code=values.get("into") or "")
    return _clip(values.get("title") or values.get("text") or "")


def edit_line(sheet: str, edit: edits.CatalogEdit) -> str:
    """One row of a workbook in a preview: "Items, row 4: Add an item NBO-OD-A-01 — text"."""
    line = translate("catalog", "{sheet}, row {row}: {action} {code}").format(
        sheet=sheet, row=edit.row, action=action_label(edit.action), code=edit.code)
    detail = edit_detail(edit)
    return translate("catalog", "{place} — {problem}").format(place=line, problem=detail) \
        if detail else line
