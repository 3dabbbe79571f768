"""How package sheets look: header, dates, wrapped text and forced text, as reusable cells."""

from __future__ import annotations

import textwrap

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from exporters.cells import clean_text_for_xml, needs_text_guard
from exporters.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")  # columns a person fills in
SYNC_HEADER_FILL = PatternFill("solid", fgColor="7F7F7F")  # what Tenpoint fills: leave alone
# Named on every font this module sets: a Font without a name reads as a serif face in
# LibreOffice beside the Calibri body (openpyxl's default).
BODY_FONT = "Calibri"
HEADER_FONT = Font(name=BODY_FONT, bold=True, color="FFFFFF")
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
LINE_HEIGHT = 15  # points per line of text at the default font
# Space after a README paragraph, in lines: an empty row between paragraphs took a whole line
# each and pushed the catalog workbook's README onto a second printed page.
PARAGRAPH_GAP = 0.6
MAX_LINES = 6  # a long text shows its start; the cell holds it all
NOTE_AUTHOR = "Tenpoint"
# The sheet's name (&A) and the page number (&P) of how many (&N), as the spreadsheet fills
# them in; a translation keeps the three codes.
#: Printed at the foot of each page of a workbook: keep &A (the sheet), &P (this page) and &N
#: (the number of pages) as they are.
PAGE_FOOTER = QT_TRANSLATE_NOOP("workbook", "&A, page &P of &N")


def header_width(header: str, width: int) -> int:
    """A column's width, widened so that the longest word of its header fits, bold, with a
    margin (a header wraps between words, never within one: a translation may bring a
    longer word than the English the width was chosen for)."""
    longest = max((len(word) for word in header.split()), default=0)
    return width if longest < width else longest + 2


def text_lines(value: str, width: int) -> int:
    """Lines a text wraps to in a column of this width, up to MAX_LINES (an estimate: the
    default font's letters are about as wide as the width's unit, a digit)."""
    if len(value) <= width and "\n" not in value:
        return 1
    if len(value) > width * MAX_LINES:
        return MAX_LINES
    lines = sum(_paragraph_lines(part, width) for part in value.split("\n"))
    return min(lines, MAX_LINES)


# What textwrap treats specially: its whitespace (other than the single space between words)
# and the hyphens it may break at.
_WRAPPED_APART = frozenset("\t\x0b\x0c\r-")


def _paragraph_lines(part: str, width: int) -> int:
    """Lines textwrap wraps a paragraph (no line break) to, at least one.

    Counted word by word when the words are parted by single spaces and none is longer than
    the width, as in nearly every activity's text: textwrap, which builds the lines, took
    0.86 s of a 9.5 s export of 10,000 activities. Anything else is textwrap's to wrap."""
    words = part.split(" ")
    if _WRAPPED_APART.isdisjoint(part) and all(0 < len(word) <= width for word in words):
        lines, used = 1, len(words[0])
        for word in words[1:]:
            if used + 1 + len(word) <= width:
                used += 1 + len(word)
            else:
                lines, used = lines + 1, len(word)
        return lines
    return len(textwrap.wrap(part, width)) or 1


def append_paragraphs(sheet: Worksheet, styles: CellStyles, paragraphs: list[str],
                      width: int, first_row: int) -> None:
    """A README's paragraphs, one wrapped row each from first_row on, each row as tall as
    its lines and a gap (Excel does not size rows to wrapped text on opening; a write-only
    sheet takes a row's height before the row)."""
    for row, paragraph in enumerate(paragraphs, first_row):
        sheet.row_dimensions[row].height = LINE_HEIGHT * (text_lines(paragraph, width)
                                                          + PARAGRAPH_GAP)
        sheet.append([styles.cell(paragraph, "wrap")])


def print_layout(sheet: Worksheet, table: bool = True, pages_wide: int = 1,
                 key_columns: str | None = None, wording: Wording = ENGLISH) -> None:
    """Landscape, pages_wide pages wide (as many down as the rows need), page numbers and,
    for a table, its header row on every page and grid lines: it reads on paper as it does
    on screen. key_columns ("B:B") are repeated on every page across. The footer is in the
    wording's language, and the sheet runs from the right edge in a right-to-left one."""
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = pages_wide
    sheet.page_setup.fitToHeight = 0
    if table:
        sheet.print_title_rows = "1:1"
        sheet.print_options.gridLines = True
    if key_columns:
        sheet.print_title_cols = key_columns
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = wording.workbook(PAGE_FOOTER)
    if wording.right_to_left:
        sheet.sheet_view.rightToLeft = True


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
            "title": self._proto(font=Font(name=BODY_FONT, bold=True, size=14)),
            "bold": self._proto(font=Font(name=BODY_FONT, bold=True), alignment=TOP),
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

    def header(self, text: str, fillable: bool = True, note: str = "") -> WriteOnlyCell:
        """A header cell: blue over what a person fills in, grey over what Tenpoint fills;
        a note becomes the cell's comment (shown when the pointer rests on it)."""
        cell = self.cell(text, "header" if fillable else "sync_header")
        if note:
            cell.comment = Comment(note, NOTE_AUTHOR, height=120, width=320)
        return cell

    def text(self, value: str, wrap: bool = False, width: int = 40) -> object:
        """A text cell that no spreadsheet will ever evaluate as a formula; wrapped, when
        asked, if it holds a line break or is longer than the column's width."""
        value = clean_text_for_xml(value)
        if needs_text_guard(value):
            cell = self.cell(None, "wrap_text_guard" if wrap else "text_guard")
            cell._value = value
            cell.data_type = "s"  # openpyxl would otherwise store '=...' as a live formula
            return cell
        if wrap and ("\n" in value or len(value) > width):
            return self.cell(value, "wrap")
        return value
