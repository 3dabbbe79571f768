"""The error workbook: the rows an import left out, each with where and why, to fix and resend."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from exporters import layout
from exporters.problems import Problem
from exporters.reader import RejectedRow
from exporters.styles import CellStyles, header_width
from exporters.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from exporters.writer import header_text, save_atomically

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate
# Sheet names stay English (as a package's do); headers are in the wording's language.
FILE_HEADER, ROW_HEADER = _("workbook", "File"), _("workbook", "Row")
PROBLEM_HEADERS = (FILE_HEADER, _("workbook", "Sheet"), ROW_HEADER, _("workbook", "Column"),
                   _("workbook", "Value"), _("workbook", "Problem"), _("workbook", "Code"))
PROBLEM_WIDTHS = (28, 14, 7, 18, 30, 60, 18)
SHEET_COLUMNS = {layout.ACTIVITIES_SHEET: layout.ACTIVITY_COLUMNS,
                 layout.DELETIONS_SHEET: layout.DELETION_COLUMNS,
                 layout.ACKNOWLEDGEMENTS_SHEET: layout.ACKNOWLEDGEMENT_COLUMNS}
# A problem names its column by the English header: shown in the wording's language.
COLUMN_BY_HEADER = {column.header: column for column in reversed(layout.all_columns())}


def _column_name(header: str | None, wording: Wording) -> str | None:
    column = COLUMN_BY_HEADER.get(header or "")
    return header_text(column, wording) if column else header


def _problems_sheet(workbook: Workbook, problems: list[Problem],
                    describe: Callable[[Problem], str], wording: Wording) -> None:
    sheet = workbook.create_sheet("Problems")
    sheet.sheet_view.rightToLeft = wording.right_to_left or None
    styles = CellStyles(sheet)
    headers = [wording.workbook(header) for header in PROBLEM_HEADERS]
    for number, (width, header) in enumerate(zip(PROBLEM_WIDTHS, headers, strict=True), 1):
        sheet.column_dimensions[get_column_letter(number)].width = header_width(header, width)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:G{max(len(problems) + 1, 2)}"
    sheet.append([styles.cell(header, "header") for header in headers])
    for problem in problems:
        sheet.append([styles.text(problem.file), problem.sheet, problem.row,
                      _column_name(problem.column, wording), styles.text(problem.value or ""),
                      styles.text(describe(problem), wrap=True), problem.code])


def _rows_sheet(workbook: Workbook, title: str, rows: list[tuple[str, RejectedRow]],
                wording: Wording) -> None:
    """The rejected rows as they were, so a person can correct them in place and resend."""
    columns = SHEET_COLUMNS.get(title, ())
    sheet = workbook.create_sheet(f"Rejected {title}"[:31])
    sheet.sheet_view.rightToLeft = wording.right_to_left or None
    styles = CellStyles(sheet)
    headers = (wording.workbook(FILE_HEADER), wording.workbook(ROW_HEADER),
               *(header_text(c, wording) for c in columns))
    widths = (28, 7, *(c.width for c in columns))
    for number, (width, header) in enumerate(zip(widths, headers, strict=True), 1):
        sheet.column_dimensions[get_column_letter(number)].width = header_width(header, width)
    sheet.freeze_panes = "C2"
    sheet.append([styles.cell(h, "header") for h in headers])
    for file, row in rows:
        sheet.append([styles.text(file), row.row,
                      *(styles.text(row.text.get(c.key, "")) for c in columns)])


def write_error_workbook(path: Path | str, rejected: Sequence[tuple[str, RejectedRow]],
                         file_problems: Sequence[Problem] = (),
                         describe: Callable[[Problem], str] | None = None,
                         wording: Wording = ENGLISH) -> None:
    """A workbook listing every problem and, per sheet, the rejected rows with their cells;
    headers and column names in the wording's language (describe words the problems)."""
    describe = describe or (lambda problem: problem.code)
    workbook = Workbook(write_only=True)
    problems = list(file_problems) + [p for _file, row in rejected for p in row.problems]
    _problems_sheet(workbook, problems, describe, wording)
    by_sheet: dict[str, list[tuple[str, RejectedRow]]] = {}
    for file, row in rejected:
        by_sheet.setdefault(row.sheet, []).append((file, row))
    for title, rows in by_sheet.items():
        _rows_sheet(workbook, title, rows, wording)
    save_atomically(workbook, Path(path))
