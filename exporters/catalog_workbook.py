"""Writes the catalog workbook to fill: README, one sheet per kind of row (exporters/
catalog_sheets.py) in the order they are applied, and the Lists sheet behind the drop-downs,
all in the writer's language."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exporters.catalog_edits import CHOICE, CONTEXT, FIELD_LABELS
from exporters.catalog_sheets import (
    FILLED_ROWS,
    KIND_NOTES,
    LISTS_SHEET,
    README_SHEET,
    SHEETS,
    CatalogSheet,
    choice_label,
    choice_lists,
    field_spec,
)
from exporters.country_names import localised_name
from exporters.layout import Column
from exporters.styles import (
    LINE_HEIGHT,
    CellStyles,
    append_paragraphs,
    header_width,
    print_layout,
    text_lines,
)
from exporters.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from exporters.writer import PRINTED_WIDTH, SheetWriter, save_atomically

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate


@dataclass(frozen=True)
class CatalogLists:
    """What the code columns' drop-downs offer, from the database: (code, name) pairs."""

    events: tuple[tuple[str, str], ...] = ()
    documents: tuple[tuple[str, str], ...] = ()
    sections: tuple[tuple[str, str], ...] = ()
    items: tuple[tuple[str, str], ...] = ()  # those in use: the retired are no merge target
    countries: tuple[tuple[str, str], ...] = ()
    regions: tuple[tuple[str, str], ...] = ()
    action_areas: tuple[tuple[int, str], ...] = ()


REFERENCE_TITLES = {
    "events": _("catalog", "Event"), "documents": _("catalog", "Document"),
    "sections": _("catalog", "Section"), "items": _("catalog", "Item"),
    "countries": _("catalog", "Country"), "regions": _("catalog", "Region"),
    "action_areas": _("catalog", "Action areas"),
}
NAME_HEADER = _("workbook", "Name")
LABEL_HEADER = _("workbook", "In the drop-down")


@dataclass(frozen=True)
class ListBlock:
    """Two columns of the Lists sheet: codes, and what stands beside them."""

    key: object  # a choices tuple, or a CatalogLists field name
    headers: tuple[str, str]
    rows: tuple[tuple[object, str], ...]
    offered: int  # which of the two columns the drop-down offers (0 codes, 1 labels)


def list_blocks(lists: CatalogLists, wording: Wording = ENGLISH) -> tuple[ListBlock, ...]:
    """The choice lists first (labels offered, codes beside them for the reader), then the
    code lists (codes offered, names beside them for a person): one fixed order, so the
    reader finds each block where the writer put it."""
    blocks = []
    for choices, (name, sheet) in choice_lists().items():
        title = wording.text(CONTEXT, FIELD_LABELS[name])
        rows = tuple((code, wording.text(*choice_label(name, code))) for code in choices)
        blocks.append(ListBlock(choices, (f"{title} ({sheet})", wording.workbook(LABEL_HEADER)),
                                rows, 1))
    for key, title in REFERENCE_TITLES.items():
        rows = getattr(lists, key)
        if key == "countries":
            rows = tuple((code, localised_name(code, name, wording.language))
                         for code, name in rows)
        blocks.append(ListBlock(key, (wording.text(CONTEXT, title), wording.workbook(NAME_HEADER)),
                                rows, 0))
    return tuple(blocks)


def _write_lists(workbook: Workbook, blocks: tuple[ListBlock, ...], wording: Wording) -> None:
    sheet = workbook.create_sheet(LISTS_SHEET)
    styles = CellStyles(sheet)
    sheet.freeze_panes = "A2"
    total, header_lines = 0, 1
    for number, block in enumerate(blocks):
        code_width = max((len(str(code)) for code, _name in block.rows), default=8) + 2
        name_width = min(max((len(name) for _code, name in block.rows), default=10) + 2, 60)
        for offset, width in enumerate((code_width, name_width)):
            width = header_width(block.headers[offset], max(width, 12))
            sheet.column_dimensions[get_column_letter(2 * number + 1 + offset)].width = width
            header_lines = max(header_lines, text_lines(block.headers[offset], width - 2))
            total += width
    if header_lines > 1:
        sheet.row_dimensions[1].height = LINE_HEIGHT * header_lines
    print_layout(sheet, pages_wide=math.ceil(total / PRINTED_WIDTH), wording=wording)
    sheet.append([styles.header(header, fillable=False) for block in blocks
                  for header in block.headers])
    for row in range(max(len(block.rows) for block in blocks)):
        cells = []
        for block in blocks:
            code, name = block.rows[row] if row < len(block.rows) else (None, None)
            cells += [styles.text(code) if isinstance(code, str) else code,
                      styles.text(name) if name else None]
        sheet.append(cells)


def _drop_downs(sheet, catalog_sheet: CatalogSheet, columns: tuple[Column, ...],
                blocks: tuple[ListBlock, ...], wording: Wording) -> None:
    """A choice column offers its labels and refuses anything else; a code column offers the
    codes the catalog has, and takes a code added in this workbook too."""
    where = {block.key: (number, block) for number, block in enumerate(blocks)}
    for position, column in enumerate(columns, 1):
        spec = field_spec(catalog_sheet, column.key)
        if spec is None:
            continue
        key = spec.choices if spec.kind == CHOICE else catalog_sheet.list_of(spec.name)
        if key not in where:
            continue
        number, block = where[key]
        letter = get_column_letter(2 * number + 1 + block.offered)
        formula = f"'{LISTS_SHEET}'!${letter}$2:${letter}${max(len(block.rows) + 1, 2)}"
        strict = spec.kind == CHOICE
        validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                    showErrorMessage=strict, errorStyle="stop",
                                    showInputMessage=bool(column.note))
        validation.prompt = " ".join(wording.workbook(s) for s in column.note) or None
        validation.error = wording.workbook(KIND_NOTES[CHOICE])
        target = get_column_letter(position)
        validation.add(f"{target}2:{target}{FILLED_ROWS + 1}")
        sheet.data_validations.append(validation)


# --- the README ------------------------------------------------------------------------------

README_WIDTH = 100
TITLE = _("workbook", "Tenpoint catalog workbook")
MADE = _("workbook", "Made by Tenpoint {version} from catalog edition {edition}.")
INTRODUCTION = (
    _("workbook", "Headquarters adds to the catalog of recommendations and changes it with "
                  "this workbook: fill the sheets, then import it with `tenpoint catalog "
                  "import FILE.xlsx` (add --dry-run to see first what it would do). Every row "
                  "is applied, or none: a problem in any cell is named by its sheet, row and "
                  "column, and the catalog stays as it was."),
    _("workbook", "Rows are applied sheet by sheet in the order of the tabs, so a row may name "
                  "what a sheet before it adds: an event's documents, a document's sections, a "
                  "section's items. Leave a sheet empty when there is nothing to add."),
)
CLOSING = (
    _("workbook", "Blue headers mark the columns to fill; rest the pointer on a header with a "
                  "red corner to read what it holds. Choices and codes come from the "
                  "drop-downs (the Lists sheet); a code added in this workbook may be typed. "
                  "Values only: a formula is refused."),
    _("workbook", "Every change raises the catalog's edition and travels to the offices in "
                  "their next update from headquarters."),
)


def _write_readme(workbook: Workbook, wording: Wording, version: str, edition: int) -> None:
    sheet = workbook.create_sheet(README_SHEET)
    styles = CellStyles(sheet)
    sheet.column_dimensions["A"].width = README_WIDTH
    print_layout(sheet, table=False, wording=wording)
    sheet.append([styles.cell(wording.workbook(TITLE), "title")])
    sheet.append([wording.workbook(MADE).format(version=version, edition=edition)])
    sheet.append([])
    paragraphs = INTRODUCTION + tuple(s.about for s in SHEETS) + CLOSING
    append_paragraphs(sheet, styles, [wording.workbook(source) for source in paragraphs],
                      README_WIDTH, first_row=4)


# --- writing ---------------------------------------------------------------------------------


def write_catalog_template(path: Path | str, lists: CatalogLists, wording: Wording = ENGLISH,
                           app_version: str = "", edition: int = 0) -> None:
    """The workbook to fill: README, one sheet per kind of row in the order they are applied,
    and the Lists sheet behind the drop-downs, in the wording's language."""
    workbook = Workbook(write_only=True)
    _write_readme(workbook, wording, app_version, edition)
    blocks = list_blocks(lists, wording)
    for catalog_sheet in SHEETS:
        writer = SheetWriter(workbook, catalog_sheet.name, catalog_sheet.columns, 0,
                             key_column="code", wording=wording)
        _drop_downs(writer.sheet, catalog_sheet, writer.columns, blocks, wording)
    _write_lists(workbook, blocks, wording)
    save_atomically(workbook, Path(path))
