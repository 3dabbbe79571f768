"""Cells of a package sheet found by their column's header, as the reader finds them."""

from __future__ import annotations


def column_of(sheet, header: str) -> int:
    """The number of the column the header row (row 1) names header; KeyError if none does."""
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def fill_row(sheet, row: int, values: dict[str, object]) -> None:
    """Write each value into row, in the column its header names: a template puts the
    Activity ID last, one sent before first, and a test fills both alike."""
    for header, value in values.items():
        sheet.cell(row, column_of(sheet, header), value)
