"""Reads a filled catalog workbook into CatalogEdits, each with the sheet and row it came from.

The reader only turns cells into values: a label back into its code, a date cell into a date.
Whether a value is right (required, a valid code, a parent that exists) is for
db/catalog/changes.py to say, edit by edit; `placed` (exporters/catalog_sheets.py) then names
each problem's sheet, row and column. An untrusted file is checked and read as packages are:
in a child process with limits, after exporters/package_guard.py
(read_catalog_workbook_isolated).
"""

from __future__ import annotations

from pathlib import Path

from exporters import cells, problems
from exporters.catalog_edits import ACTION_FIELDS, CHOICE, DATE, NUMBERS, CatalogEdit, EditField
from exporters.catalog_sheets import (
    ACTION,
    LISTS_SHEET,
    MERGED,
    NOT_A_CATALOG_WORKBOOK,
    NOTE,
    SHEETS,
    CatalogSheet,
    CatalogWorkbookRead,
    CellProblem,
    SheetEdit,
    choice_label,
    choice_lists,
    field_spec,
)
from exporters.isolated_read import Limits, read_package_isolated
from exporters.progress import Cancelled, Progress, no_progress
from exporters.reader import ReadPackage
from exporters.sheet_parser import data_rows, find_header
from exporters.sheet_rows import ENGINE_CALAMINE, SheetSource, UnreadableWorkbook
from exporters.wording import ENGLISH_ONLY, ReadingWords, fold

# --- cells to values -----------------------------------------------------------------------


def _choice_codes(words: ReadingWords) -> dict[tuple[str, ...], dict[str, str]]:
    """Each list of choices: its codes, English labels and their translations (folded) ->
    code. English wins a clash; a translation two codes share reads as neither."""
    found = {}
    for choices, (name, _sheet) in choice_lists().items():
        labels = {fold(code): code for code in choices}
        translated: dict[str, set[str]] = {}
        for code in choices:
            context, label = choice_label(name, code)
            labels[fold(label)] = code
            for spelling in words.spellings(context, label)[1:]:
                translated.setdefault(fold(spelling), set()).add(code)
        for spelling, codes in translated.items():
            if len(codes) == 1 and spelling not in labels:
                labels[spelling] = next(iter(codes))
        found[choices] = labels
    return found


def _lists_sheet_labels(source: SheetSource, found: dict) -> None:
    """The labels the Lists sheet shows beside each code: a workbook written in a language
    this installation has no translations for still reads."""
    if LISTS_SHEET not in source.sheet_names:
        return
    choices = list(choice_lists())
    for number, row in source.rows(LISTS_SHEET):
        if number == 1:
            continue
        for block, key in enumerate(choices):
            code, label = (tuple(row[2 * block:2 * block + 2]) + (None, None))[:2]
            if code in key and label:
                found[key].setdefault(fold(label), code)


def _value(spec: EditField, cell: object, labels: dict) -> object:
    """A cell as the edit's value: a choice's label as its code, a date cell as a date. What
    cannot be read is kept as the person typed it, for the checks to name."""
    if cell is None or cell == "" or (isinstance(cell, str) and not cell.strip()):
        return None
    if spec.kind == DATE:
        try:
            return cells.read_date(cell)
        except cells.CellError:
            return cells.read_text(cell)
    if spec.kind == NUMBERS and isinstance(cell, int | float) and not isinstance(cell, bool):
        return int(cell) if float(cell).is_integer() else cells.read_text(cell)
    text = cells.read_text(cell)
    if spec.kind == CHOICE:
        return labels.get(spec.choices, {}).get(fold(text), text)
    return text


def _is_blank(raw: tuple) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in raw)


def _edit(sheet: CatalogSheet, number: int, raw: tuple, columns: dict[int, str],
          labels: dict) -> CatalogEdit:
    by_key = {key: raw[index] if index < len(raw) else None for index, key in columns.items()}
    action = sheet.actions[0]
    if len(sheet.actions) > 1:
        action = _value(field_spec(sheet, ACTION), by_key.get(ACTION), labels) or ""
    values = {}
    for spec in ACTION_FIELDS.get(action, ()):
        key = MERGED.get(spec.name, spec.name) if len(sheet.actions) > 1 else spec.name
        values[spec.name] = _value(spec, by_key.get(key), labels)
    note = cells.read_text(by_key.get(NOTE))
    return CatalogEdit(str(action), {**_unused_cells(sheet, action, by_key), **values}, note,
                       number)


def _unused_cells(sheet: CatalogSheet, action: object, by_key: dict[str, object]) -> dict:
    """On the Changes sheet, what a row holds in the columns its action takes nothing from
    (a merge's "Superseded by" on a row that retires): kept as typed, so the checks refuse
    the row rather than the value being lost without a word."""
    if len(sheet.actions) < 2:
        return {}
    used = {MERGED.get(spec.name, spec.name) for spec in ACTION_FIELDS.get(action, ())}
    typed = {key: cells.read_text(cell) for key, cell in by_key.items()
             if key not in used | {ACTION, NOTE}}
    return {key: text for key, text in typed.items() if text}


# --- reading -----------------------------------------------------------------------------


def read_catalog_workbook(path: Path | str, progress: Progress | None = None,
                          words: ReadingWords | None = None,
                          engine: str = ENGINE_CALAMINE) -> CatalogWorkbookRead:
    """Read the workbook's rows as edits; never raises for a bad file, it reports problems.
    This parses the file as it is: an untrusted file goes through
    read_catalog_workbook_isolated. words: headers and labels of other languages."""
    path, words = Path(path), words or ENGLISH_ONLY
    try:
        source = SheetSource(path, engine)
    except UnreadableWorkbook as error:
        return CatalogWorkbookRead(path.name, (), (CellProblem(
            path.name, problems.UNREADABLE, value=error.detail),))
    try:
        return _read(path.name, source, words, progress or no_progress)
    finally:
        source.close()


def _read(file: str, source: SheetSource, words: ReadingWords,
          progress: Progress) -> CatalogWorkbookRead:
    present = [sheet for sheet in SHEETS if sheet.name in source.sheet_names]
    if not present:
        return CatalogWorkbookRead(file, (), (CellProblem(file, NOT_A_CATALOG_WORKBOOK),))
    source.prefetch([sheet.name for sheet in present] + [LISTS_SHEET])
    labels = _choice_codes(words)
    _lists_sheet_labels(source, labels)
    edits, found = [], []
    for sheet in present:
        rows = source.rows(sheet.name)
        header = find_header(rows, sheet.columns, words)
        if header is None:
            found.append(CellProblem(file, problems.MISSING_COLUMN, sheet.name,
                                     column=sheet.columns[0].header))
            continue
        columns = {index: column.key for index, column in header.columns.items()}
        sheet_edits = [SheetEdit(sheet.name, _edit(sheet, number, raw, columns, labels))
                       for number, raw in data_rows(rows, header.row, _is_blank)]
        missing = header.missing(tuple(c.key for c in sheet.columns if c.required))
        if sheet_edits and missing:
            found.append(CellProblem(file, problems.MISSING_COLUMN, sheet.name,
                                     column=missing[0].header))
        edits += sheet_edits
        progress(len(edits), len(edits))
    return CatalogWorkbookRead(file, tuple(edits) if not found else (), tuple(found))


def read_catalog_workbook_isolated(path: Path | str, words: ReadingWords | None = None,
                                   progress: Progress | None = None,
                                   cancelled: Cancelled | None = None,
                                   limits: Limits | None = None) -> CatalogWorkbookRead:
    """An untrusted workbook: checked by the package guard (zip bombs, XML declarations,
    sizes, formulas, .xls and .ods refused), then read in a child process with time and memory
    limits, as packages are; a file refused or fatal to the child is a file problem."""
    read = read_package_isolated(path, progress=progress, cancelled=cancelled, limits=limits,
                                 words=words, reader=read_catalog_workbook)
    if isinstance(read, ReadPackage):  # refused before or while reading
        return CatalogWorkbookRead(read.file, (), tuple(
            CellProblem(p.file, p.code, p.sheet, p.row, p.column, None, p.value)
            for p in read.problems))
    return read

