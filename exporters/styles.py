"""How package sheets look: header, dates, wrapped text and forced text, as reusable cells."""

from __future__ import annotations

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from exporters.cells import clean_text_for_xml, needs_text_guard

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
SYNC_HEADER_FILL = PatternFill("solid", fgColor="7F7F7F")  # columns the app fills in
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


def stream_styled_cells(sheet: Worksheet) -> None:
    """Let a write-only sheet take ready-made cells without openpyxl's exception path.

    openpyxl's write-only sheet first tries to store each appended value in a reusable cell
    and, for a cell object, falls back on catching the ValueError that raises (formatting the
    cell's repr for the message): a third of the export time for a styled package. This
    replacement does the same work without it. openpyxl is pinned, and the package tests
    check the written cells.
    """
    def values_to_row(values, row_index):
        plain = WriteOnlyCell(sheet)
        for column_index, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = plain
                cell.value = value
            cell.column, cell.row = column_index, row_index
            yield cell
            if cell is plain and plain.has_style:  # a date got its number format: start anew
                plain = WriteOnlyCell(sheet)

    sheet._values_to_row = values_to_row


class CellStyles:
    """Prototype cells per look; copying a prototype's style is far cheaper than styling anew."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        stream_styled_cells(sheet)
        self._protos = {
            "header": self._proto(font=HEADER_FONT, fill=HEADER_FILL, border=HEADER_BORDER,
                                  alignment=TOP_WRAP),
            "sync_header": self._proto(font=HEADER_FONT, fill=SYNC_HEADER_FILL,
                                       border=HEADER_BORDER, alignment=TOP_WRAP),
            "title": self._proto(font=Font(bold=True, size=14)),
            "bold": self._proto(font=Font(bold=True), alignment=TOP),
            "wrap": self._proto(alignment=TOP_WRAP),
            "top": self._proto(alignment=TOP),
            "date": self._proto(number_format=DATE_FORMAT, alignment=TOP),
            "datetime": self._proto(number_format=DATETIME_FORMAT, alignment=TOP),
            "text_guard": self._proto(alignment=TOP, quote_prefix=True),
            "wrap_text_guard": self._proto(alignment=TOP_WRAP, quote_prefix=True),
        }

    def _proto(self, quote_prefix: bool = False, **attributes) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet)
        for name, value in attributes.items():
            setattr(cell, name, value)
        if quote_prefix:
            cell.quotePrefix = True
        return cell

    def cell(self, value: object, look: str) -> WriteOnlyCell:
        """A cell holding value with the named look."""
        cell = WriteOnlyCell(self.sheet, value)
        cell._style = StyleArray(self._protos[look]._style)  # a copy, cheaper than copy()
        return cell

    def text(self, value: str, wrap: bool = False) -> object:
        """A text cell that no spreadsheet will ever evaluate as a formula."""
        value = clean_text_for_xml(value)
        if needs_text_guard(value):
            cell = self.cell(None, "wrap_text_guard" if wrap else "text_guard")
            cell._value = value
            cell.data_type = "s"  # openpyxl would otherwise store '=...' as a live formula
            return cell
        if wrap and ("\n" in value or len(value) > 40):
            return self.cell(value, "wrap")
        return value
