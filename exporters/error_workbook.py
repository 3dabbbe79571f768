"""The error workbook: the rows an import left out, each with where and why, to fix and resend."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from exporters import layout
from exporters.problems import Problem
from exporters.reader import RejectedRow
from exporters.styles import CellStyles
from exporters.writer import save_atomically

PROBLEM_HEADERS = ("File", "Sheet", "Row", "Column", "Value", "Problem", "Code")
PROBLEM_WIDTHS = (28, 14, 7, 18, 30, 60, 18)
SHEET_COLUMNS = {layout.ACTIVITIES_SHEET: layout.ACTIVITY_COLUMNS,
                 layout.DELETIONS_SHEET: layout.DELETION_COLUMNS,
                 layout.ACKNOWLEDGEMENTS_SHEET: layout.ACKNOWLEDGEMENT_COLUMNS}


def _problems_sheet(workbook: Workbook, problems: list[Problem],
                    describe: Callable[[Problem], str]) -> None:
    sheet = workbook.create_sheet("Problems")
    styles = CellStyles(sheet)
    for number, width in enumerate(PROBLEM_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:G{max(len(problems) + 1, 2)}"
    sheet.append([styles.cell(h, "header") for h in PROBLEM_HEADERS])
    for problem in problems:
        sheet.append([styles.text(problem.file), problem.sheet, problem.row,
                      problem.column, styles.text(problem.value or ""),
                      styles.text(describe(problem), wrap=True), problem.code])


def _rows_sheet(workbook: Workbook, title: str, rows: list[tuple[str, RejectedRow]]) -> None:
    """The rejected rows as they were, so a person can correct them in place and resend."""
    columns = SHEET_COLUMNS.get(title, ())
    sheet = workbook.create_sheet(f"Rejected {title}"[:31])
    styles = CellStyles(sheet)
    headers = ("File", "Row", *(c.header for c in columns))
    widths = (28, 7, *(c.width for c in columns))
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "C2"
    sheet.append([styles.cell(h, "header") for h in headers])
    for file, row in rows:
        sheet.append([styles.text(file), row.row,
                      *(styles.text(row.text.get(c.key, "")) for c in columns)])


def write_error_workbook(path: Path | str, rejected: Sequence[tuple[str, RejectedRow]],
                         file_problems: Sequence[Problem] = (),
                         describe: Callable[[Problem], str] | None = None) -> None:
    """A workbook listing every problem and, per sheet, the rejected rows with their cells."""
    describe = describe or (lambda problem: problem.code)
    workbook = Workbook(write_only=True)
    problems = list(file_problems) + [p for _file, row in rejected for p in row.problems]
    _problems_sheet(workbook, problems, describe)
    by_sheet: dict[str, list[tuple[str, RejectedRow]]] = {}
    for file, row in rejected:
        by_sheet.setdefault(row.sheet, []).append((file, row))
    for title, rows in by_sheet.items():
        _rows_sheet(workbook, title, rows)
    save_atomically(workbook, Path(path))
