"""Writes a consolidated Excel report: sheets of titled tables, optional native bar charts."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.legend import Legend
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters.cells import clean_text_for_xml, utc_naive
from exporters.errors import OperationCancelled
from exporters.styles import BODY_FONT, LINE_HEIGHT, CellStyles
from exporters.writer import write_beside_then_rename

CHART_KINDS = ("bar", "stacked_bar", "column", "stacked_column")
REPORT_EVERY = 500  # rows between progress reports and Cancel checks
MAX_SHEET_NAME = 31  # Excel's limit
INVALID_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
ROW_CM = LINE_HEIGHT * 2.54 / 72  # a default row, in the centimetres a chart is sized in
MAX_HEADER_LINES = 4
DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH = 12, 8, 40
# Series fills whose greyscale (luma) levels differ clearly, dark and light in turn, so that
# neighbouring bars stay apart on a black-and-white print; each bar also gets a dark outline.
SERIES_COLOURS = ("14213D", "FFE699", "C55A11", "9DC3E6", "8B3A3A", "70AD47")
OUTLINE_COLOUR = "262626"
# Document properties a report may set: the keys callers use, then openpyxl's own names.
PROPERTY_NAMES = {"author": "creator", "title": "title", "subject": "subject",
                  "description": "description", "keywords": "keywords", "category": "category",
                  "company": None}


class ReportCancelled(OperationCancelled):
    """The person pressed Cancel while the report was written; no file was left behind."""


@dataclass(frozen=True)
class ChartSpec:
    """A bar chart of some columns of its table, one series per column.

    y_title names the value axis and x_title the category axis, as openpyxl does, whether
    the bars lie ("bar") or stand ("column").
    """

    kind: str
    title: str
    category_column: int
    series_columns: tuple[int, ...]
    y_title: str = ""
    x_title: str = ""

    def __post_init__(self) -> None:
        if self.kind not in CHART_KINDS:
            raise ValueError(f"chart kind {self.kind!r} is not one of {CHART_KINDS}")
        if not self.series_columns:
            raise ValueError("a chart needs at least one series column")


@dataclass(frozen=True)
class ReportTable:
    """A titled table; rows may be a generator, read once while the sheet is written."""

    title: str
    headers: tuple[str, ...]
    rows: Iterable[tuple]
    widths: tuple[int, ...] = ()
    chart: ChartSpec | None = None
    autofilter: bool = False

    def __post_init__(self) -> None:
        if self.chart is not None:
            columns = (self.chart.category_column, *self.chart.series_columns)
            if not all(0 <= column < len(self.headers) for column in columns):
                raise ValueError(f"chart columns {columns} outside the {len(self.headers)} "
                                 f"columns of table {self.title!r}")


@dataclass(frozen=True)
class ReportSheet:
    """A sheet: intro lines (scope, date made, data sources), then its tables one below the
    other."""

    name: str
    intro: tuple[str, ...] = ()
    tables: tuple[ReportTable, ...] = ()
    freeze_header: bool = True

    def __post_init__(self) -> None:
        if sum(table.autofilter for table in self.tables) > 1:
            raise ValueError(f"sheet {self.name!r}: a sheet holds at most one autofilter")


@dataclass(frozen=True)
class Report:
    title: str
    sheets: tuple[ReportSheet, ...]
    properties: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.properties) - set(PROPERTY_NAMES)
        if unknown:
            raise ValueError(f"unknown document properties: {sorted(unknown)}")


def valid_sheet_names(names: Iterable[str]) -> list[str]:
    """Names Excel accepts: at most 31 characters, none of []:*?/\\, not blank, and unique
    regardless of case (as Excel compares them)."""
    result: list[str] = []
    taken: set[str] = set()
    for name in names:
        base = _trimmed(INVALID_SHEET_CHARACTERS.sub("_", name), MAX_SHEET_NAME) or "Sheet"
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            candidate = _trimmed(base, MAX_SHEET_NAME - len(suffix)) + suffix
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def _trimmed(name: str, limit: int) -> str:
    """At most limit characters, not starting or ending with blanks or an apostrophe (Excel
    refuses a name with an apostrophe at either end)."""
    return name.strip().strip("'")[:limit].strip().strip("'")


class _Counter:
    """Counts the rows written, reporting progress and asking about Cancel every so often."""

    def __init__(self, progress: Callable[[int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.done = 0
        self.progress = progress or (lambda _done: None)
        self.cancelled = cancelled or (lambda: False)

    def stop_if_cancelled(self) -> None:
        if self.cancelled():
            raise ReportCancelled()

    def check(self) -> None:
        self.stop_if_cancelled()
        self.progress(self.done)


class _ReportStyles(CellStyles):
    """The package cell looks plus a table title, and values of any type as cells."""

    def __init__(self, sheet: Worksheet) -> None:
        super().__init__(sheet)
        self._protos["table_title"] = self._proto(font=Font(name=BODY_FONT, bold=True, size=12))

    def fixed_text(self, text: str, look: str) -> WriteOnlyCell:
        """Text in a given look (a title, a header), stored as text whatever it starts with."""
        cell = self.cell(None, look)
        cell._value = clean_text_for_xml(str(text))
        cell.data_type = "s"  # as CellStyles.text does: '=...' would become a live formula
        return cell

    def value(self, value: object) -> object:
        """A cell for one table value; text is never left to be read as a formula."""
        kind = type(value)
        if kind is str:
            return self.text(value)
        if value is None or kind is int or kind is float:
            return value
        if kind is datetime:
            return self.cell(utc_naive(value), "datetime")
        if kind is date:
            return self.cell(value, "date")
        if isinstance(value, str):  # subclasses of str, such as enum members
            return self.text(str(value))
        if isinstance(value, int | float):
            return value
        return self.text(str(value))


@dataclass
class _Placed:
    """Where a written table landed: its rows and its columns (1-based)."""

    title_row: int
    header_row: int
    last_row: int
    columns: int

    @property
    def rows(self) -> int:
        return self.last_row - self.header_row


def write_report(report: Report, path: Path, progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
    """Write the report to path, through a file beside it renamed at the end.

    progress(rows) hears the table rows written so far; cancelled() is asked as often and,
    answering True, stops the write with ReportCancelled, leaving no file. A disk or folder
    failure raises PackageWriteError (the path and why), as for a sync package.
    """
    counter = _Counter(progress, cancelled)
    workbook = Workbook(write_only=True)
    _set_properties(workbook, report)
    try:
        names = valid_sheet_names(sheet.name for sheet in report.sheets)
        for name, sheet in zip(names, report.sheets, strict=True):
            _write_sheet(workbook, name, sheet, report.title, counter)
        counter.stop_if_cancelled()
    except BaseException:
        _discard(workbook)
        raise
    write_beside_then_rename(Path(path), workbook.save)
    counter.progress(counter.done)


def _set_properties(workbook: Workbook, report: Report) -> None:
    workbook.properties.title = report.title
    for key, value in report.properties.items():
        name = PROPERTY_NAMES[key]
        if name is not None:
            setattr(workbook.properties, name, value)


def _discard(workbook: Workbook) -> None:
    """Close and delete the streams of an unfinished write-only workbook.

    openpyxl streams each sheet into a temporary file that only saving removes; saving a
    cancelled report just to tidy up would cost as long as the rows written so far.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if sheet._rows is not None:
                sheet._rows.close()
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def _write_sheet(workbook: Workbook, name: str, spec: ReportSheet, report_title: str,
                 counter: _Counter) -> None:
    sheet = workbook.create_sheet(name)
    styles = _ReportStyles(sheet)
    _set_widths(sheet, spec.tables)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # one page wide, as long as needed
    first_table_row = len(spec.intro) + 3  # report title, intro lines, one blank row
    if spec.tables:
        _prepare_first_header(sheet, spec, first_table_row)
    sheet.append([styles.fixed_text(report_title, "title")])
    for line in spec.intro:
        sheet.append([styles.text(line)])
    sheet.append([])
    row = first_table_row
    for number, table in enumerate(spec.tables):
        if number:
            row = _skip_to(sheet, row, row + 1)  # a blank row between tables
        placed = _write_table(sheet, styles, table, row, counter)
        row = placed.last_row + 1
        if table.autofilter:
            last = get_column_letter(max(placed.columns, 1))
            sheet.auto_filter.ref = f"A{placed.header_row}:{last}{placed.last_row}"
        if table.chart is not None and placed.rows:
            chart_end = _add_chart(sheet, table, placed)
            row = _skip_to(sheet, row, chart_end + 1)  # the next table starts below the chart


def _prepare_first_header(sheet: Worksheet, spec: ReportSheet, title_row: int) -> None:
    """Set what a write-only sheet writes before its first row: the frozen pane (and the
    header rows each printed page repeats)."""
    header_row = title_row + 1
    if spec.freeze_header:
        sheet.freeze_panes = f"A{header_row + 1}"
        if len(spec.tables) == 1:  # each printed page repeats the header; wrong for a second
            sheet.print_title_rows = f"{header_row}:{header_row}"


def _set_widths(sheet: Worksheet, tables: tuple[ReportTable, ...]) -> None:
    """Each column as wide as its widest table asks (tables share a sheet's columns)."""
    widths: dict[int, int] = {}
    for table in tables:
        for index, header in enumerate(table.headers):
            width = (table.widths[index] if index < len(table.widths)
                     else min(max(len(header) + 2, DEFAULT_WIDTH), MAX_WIDTH // 2))
            widths[index] = max(widths.get(index, 0), width, MIN_WIDTH)
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index + 1)].width = width


def _skip_to(sheet: Worksheet, row: int, target: int) -> int:
    """Append blank rows until the next row written is target."""
    while row < target:
        sheet.append([])
        row += 1
    return row


def _header_lines(sheet: Worksheet, headers: tuple[str, ...]) -> int:
    """Lines the tallest wrapped header needs: Excel does not size rows to wrapped text."""
    lines = 1
    for index, header in enumerate(headers):
        width = sheet.column_dimensions[get_column_letter(index + 1)].width or DEFAULT_WIDTH
        needed = math.ceil(len(header) / max(width - 1, 1))
        lines = max(lines, min(needed, MAX_HEADER_LINES))
    return lines


def _write_table(sheet: Worksheet, styles: _ReportStyles, table: ReportTable, row: int,
                 counter: _Counter) -> _Placed:
    """Write the title, header and rows of one table from row on; where it landed."""
    sheet.append([styles.fixed_text(table.title, "table_title")])
    header_row = row + 1
    lines = _header_lines(sheet, table.headers)
    if lines > 1:
        sheet.row_dimensions[header_row].height = LINE_HEIGHT * lines
    sheet.append([styles.fixed_text(header, "header") for header in table.headers])
    last_row = header_row
    value = styles.value
    for values in table.rows:
        sheet.append([value(item) for item in values])
        last_row += 1
        counter.done += 1
        if counter.done % REPORT_EVERY == 0:
            counter.check()
    return _Placed(row, header_row, last_row, len(table.headers))


def _add_chart(sheet: Worksheet, table: ReportTable, placed: _Placed) -> int:
    """Anchor a native bar chart of the table to its right; the last row the chart covers."""
    spec = table.chart
    assert spec is not None
    chart = BarChart()
    chart.type = "bar" if spec.kind.endswith("bar") else "col"
    stacked = spec.kind.startswith("stacked")
    chart.grouping = "stacked" if stacked else "clustered"
    if stacked:
        chart.overlap = 100  # stacked parts must sit on one bar, not beside each other
    chart.title = spec.title
    chart.y_axis.title = spec.y_title or None
    chart.x_axis.title = spec.x_title or None
    # openpyxl 3.1 marks both axes deleted unless told: the chart would show no scale
    chart.x_axis.delete = chart.y_axis.delete = False
    if chart.type == "bar":
        chart.x_axis.scaling.orientation = "maxMin"  # the first row on top, as in the table
        chart.y_axis.crosses = "max"  # keeps the value axis at the bottom once flipped
    _add_series(sheet, chart, spec, placed)
    chart.legend = Legend()
    chart.legend.position = "b"
    chart.gapWidth = 60
    chart.width, chart.height = _chart_size(chart.type, placed.rows, len(spec.series_columns))
    sheet.add_chart(chart, f"{get_column_letter(placed.columns + 2)}{placed.title_row}")
    return placed.title_row + math.ceil(chart.height / ROW_CM)


def _add_series(sheet: Worksheet, chart: BarChart, spec: ChartSpec, placed: _Placed) -> None:
    first, last = placed.header_row + 1, placed.last_row
    for number, column in enumerate(spec.series_columns):
        chart.add_data(Reference(sheet, min_col=column + 1, min_row=placed.header_row,
                                 max_row=last), titles_from_data=True)
        fill = chart.series[-1].graphicalProperties
        fill.solidFill = SERIES_COLOURS[number % len(SERIES_COLOURS)]
        fill.line.solidFill = OUTLINE_COLOUR
        fill.line.width = 6350  # half a point, in EMU
    chart.set_categories(Reference(sheet, min_col=spec.category_column + 1, min_row=first,
                                   max_row=last))


def _chart_size(kind: str, categories: int, series: int) -> tuple[float, float]:
    """Width and height in cm: room for every category's bars and its label, a lying chart
    no taller than a landscape page (a taller one is cut in two on printing)."""
    bars = categories * (1 if series == 1 else 1.5)
    if kind == "bar":
        return 16.0, min(max(7.5, 4.5 + 0.45 * bars), 17.0)
    return min(max(15.0, 4.0 + 1.2 * bars), 40.0), 9.0  # a date label needs 1.2 cm
